package dev.readout.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A batch of files written so that a reader never sees a partial one and a failed run replaces
 * nothing. {@link #stage} gives a stream to a new temporary file in the target's directory, which
 * the caller writes in full (a renderer streams straight into it, so memory does not grow with the
 * file); {@link #commit} moves every staged file into place, each in one step, once all of them
 * were written; {@link #close} deletes whatever was staged and not moved. So a failure before
 * {@code commit} — a renderer that throws, a full disk — leaves every earlier file as it was and no
 * temporary file behind.
 *
 * <pre>{@code
 * try (AtomicFiles files = AtomicFiles.open()) {
 *   renderer.render(document, files.stage(target));
 *   files.commit();
 * }
 * }</pre>
 *
 * <p>A replaced file keeps its permissions; a new one is readable by all. Errors name the target,
 * never the temporary file, and say why ("cannot write out/x.pdf: permission denied"). The moves of
 * {@code commit} are checked beforehand as far as they can be (a target that is a directory is
 * refused by {@code stage}); a move that still fails is reported, and the files moved before it
 * stay replaced. Not thread-safe.
 */
final class AtomicFiles implements AutoCloseable {
  /** The staged files by target, in the order they were staged. */
  private final Map<Path, Staged> staged = new LinkedHashMap<>();

  private AtomicFiles() {}

  /** {@return a new, empty batch} */
  static AtomicFiles open() {
    return new AtomicFiles();
  }

  /**
   * Starts a new temporary file beside {@code target} (creating its directory) and returns a stream
   * to it. The caller writes the file's whole content; closing the stream is optional, {@link
   * #commit} closes it.
   *
   * @param target the file to write, relative to the working directory or absolute
   * @return a buffered stream to the temporary file
   * @throws CliException if the temporary file cannot be created ("cannot write out/x.pdf: ...")
   * @throws IllegalStateException if {@code target} is already staged in this batch
   */
  OutputStream stage(Path target) {
    if (staged.containsKey(target)) {
      throw new IllegalStateException(target + " is already staged");
    }
    if (Files.isDirectory(target)) {
      throw cannotWrite(target, "is a directory");
    }
    Path dir = target.getParent() != null ? target.getParent() : target.toAbsolutePath().getParent();
    Path temp = null;
    try {
      Files.createDirectories(dir);
      temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
      Staged file = new Staged(target, temp, new BufferedOutputStream(Files.newOutputStream(temp), 64 * 1024));
      staged.put(target, file);
      keepPermissions(temp, target);
      return file;
    } catch (IOException e) {
      if (temp != null && !staged.containsKey(target)) {
        deleteQuietly(temp);
      }
      throw cannotWrite(target, e);
    }
  }

  /**
   * Throws the error to report when writing to {@code target}'s staged file failed (a full disk),
   * named by the target: a renderer may pass the stream's exception on wrapped or reworded.
   *
   * @param target a staged target
   * @throws CliException if a write to the target's temporary file failed
   */
  void checkWritten(Path target) {
    Staged file = staged.get(target);
    if (file != null && file.failure != null) {
      throw cannotWrite(target, file.failure);
    }
  }

  /**
   * Closes every staged stream, then moves each temporary file into place over its target,
   * atomically where the file system can.
   *
   * @return the targets written, in the order they were staged
   * @throws CliException if a file cannot be completed or moved; every file not yet moved is then
   *     left as it was when the batch is closed
   */
  List<Path> commit() {
    for (Staged file : staged.values()) {
      try {
        file.close();
      } catch (IOException e) {
        throw cannotWrite(file.target, e);
      }
    }
    List<Path> written = new ArrayList<>();
    for (Staged file : staged.values()) {
      try {
        move(file.temp, file.target);
      } catch (IOException e) {
        throw cannotWrite(file.target, e);
      }
      file.moved = true;
      written.add(file.target);
    }
    return written;
  }

  /** Deletes every temporary file not moved into place; the targets are left as they are. */
  @Override
  public void close() {
    for (Staged file : staged.values()) {
      if (!file.moved) {
        try {
          file.close();
        } catch (IOException ignored) {
          // the file is deleted anyway
        }
        deleteQuietly(file.temp);
      }
    }
  }

  /** "cannot write TARGET: REASON", the exit status of a file that cannot be written. */
  static CliException cannotWrite(Path target, IOException cause) {
    return CliException.io("cannot write " + target + ": " + reason(cause), cause);
  }

  private static CliException cannotWrite(Path target, String reason) {
    return CliException.io("cannot write " + target + ": " + reason, null);
  }

  /**
   * Why an operation failed, in words and without the path of the file it failed on (that may be the
   * temporary file): "permission denied", "no space left on device", "'out' is not a directory".
   */
  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
      return "'" + ((FileSystemException) e).getFile() + "' is not a directory";
    }
    String why = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
    if (why == null || why.isBlank()) {
      return e.getClass().getSimpleName();
    }
    // The operating system's "No space left on device" reads as part of the sentence.
    return why.length() > 1 && Character.isUpperCase(why.charAt(0)) && Character.isLowerCase(why.charAt(1))
        ? Character.toLowerCase(why.charAt(0)) + why.substring(1) : why;
  }

  /** A replaced file keeps its permissions; a new one is readable by all, as an ordinary file would be. */
  private static void keepPermissions(Path temp, Path target) throws IOException {
    if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
      return;
    }
    Set<PosixFilePermission> permissions = Files.exists(target)
        ? Files.getPosixFilePermissions(target) : PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(temp, permissions);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException ignored) {
      // the temporary file is left behind; nothing the user relies on is touched
    }
  }

  /** The stream to one staged file: it remembers its first failure, so that the error can name the target. */
  private static final class Staged extends OutputStream {
    final Path target;
    final Path temp;
    private final OutputStream out;
    IOException failure;
    boolean closed;
    boolean moved;

    Staged(Path target, Path temp, OutputStream out) {
      this.target = target;
      this.temp = temp;
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      try {
        out.write(b);
      } catch (IOException e) {
        throw failed(e);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        throw failed(e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        throw failed(e);
      }
    }

    /** Completes the file; fails, now and on every later call, if any write to it failed. */
    @Override
    public void close() throws IOException {
      if (!closed) {
        closed = true;
        try {
          out.close();
        } catch (IOException e) {
          failed(e);
        }
      }
      if (failure != null) {
        throw failure;
      }
    }

    private IOException failed(IOException e) {
      if (failure == null) {
        failure = e;
      }
      return e;
    }
  }
}
