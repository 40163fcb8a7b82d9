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
import java.util.concurrent.ConcurrentHashMap;

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
 * never the temporary file, and say why ("cannot write out/x.pdf: permission denied"). {@code
 * commit} is all or nothing: it first keeps a copy of each file it will replace (a hard link where
 * the file system has them), and when a move fails it puts back the files already replaced and
 * removes those already created, so a multi-format render never leaves some formats new and others
 * old. A run stopped by Ctrl-C or SIGTERM deletes its temporary files (a shutdown hook); only a
 * killed process ({@code kill -9}) can leave one, named {@code .<target>.*.tmp} beside its target.
 * Thread-safe: files may be staged and written from several threads at once (each stream by one),
 * and {@link #commit} and {@link #close} are called once they are all written.
 */
final class AtomicFiles implements AutoCloseable {
  /** The temporary files of every batch of this process not yet moved or deleted, for the shutdown hook. */
  private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> PENDING.forEach(AtomicFiles::deleteQuietly),
        "readout-temporary-files"));
  }

  /** The staged files by target, in the order they were staged. */
  private final Map<Path, Staged> staged = new LinkedHashMap<>();

  private AtomicFiles() {}

  /** {@return a new, empty batch} */
  static AtomicFiles open() {
    return new AtomicFiles();
  }

  /** {@return the temporary files of this process that a stop now would delete, for the tests} */
  static Set<Path> pending() {
    return Set.copyOf(PENDING);
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
  synchronized OutputStream stage(Path target) {
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
      PENDING.add(temp);
      Staged file = new Staged(target, temp, new BufferedOutputStream(Files.newOutputStream(temp), 64 * 1024));
      staged.put(target, file);
      keepPermissions(temp, target);
      return file;
    } catch (IOException e) {
      if (temp != null && !staged.containsKey(target)) {
        deleteQuietly(temp);
        PENDING.remove(temp);
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
  synchronized void checkWritten(Path target) {
    Staged file = staged.get(target);
    if (file != null && file.failure != null) {
      throw cannotWrite(target, file.failure);
    }
  }

  /**
   * Closes every staged stream, then moves each temporary file into place over its target,
   * atomically where the file system can — all of them or none: when a move fails, the files
   * replaced before it are put back and those created are removed.
   *
   * @return the targets written, in the order they were staged
   * @throws CliException if a file cannot be completed or moved; every target is then as it was
   */
  synchronized List<Path> commit() {
    for (Staged file : staged.values()) {
      try {
        file.close();
      } catch (IOException e) {
        throw cannotWrite(file.target, e);
      }
    }
    List<Staged> done = new ArrayList<>();
    try {
      for (Staged file : staged.values()) {
        try {
          file.keepOld();
        } catch (IOException e) {
          throw cannotWrite(file.target, e);
        }
      }
      for (Staged file : staged.values()) {
        try {
          move(file.temp, file.target);
        } catch (IOException e) {
          done.forEach(Staged::putBack);
          throw cannotWrite(file.target, e);
        }
        file.moved = true;
        PENDING.remove(file.temp);
        done.add(file);
      }
    } finally {
      staged.values().forEach(Staged::dropOld);
    }
    return done.stream().map(f -> f.target).toList();
  }

  /** Deletes every temporary file not moved into place; the targets are left as they are. */
  @Override
  public synchronized void close() {
    for (Staged file : staged.values()) {
      if (!file.moved) {
        try {
          file.close();
        } catch (IOException ignored) {
          // the file is deleted anyway
        }
        deleteQuietly(file.temp);
        PENDING.remove(file.temp);
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
    /** The file the target was before the commit, kept until it is done; null when there was none. */
    private Path old;

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

    /** Keeps the target as it is, by a hard link beside it (a copy where links are not supported). */
    void keepOld() throws IOException {
      if (!Files.exists(target)) {
        return;
      }
      Path dir = temp.getParent();
      Path keep = Files.createTempFile(dir, "." + target.getFileName() + ".", ".old");
      PENDING.add(keep);
      Files.delete(keep);
      try {
        Files.createLink(keep, target);
      } catch (UnsupportedOperationException | IOException e) {
        Files.copy(target, keep, StandardCopyOption.COPY_ATTRIBUTES);
      }
      old = keep;
    }

    /** Undoes the move of this file: the old target back, or the new one removed when there was none. */
    void putBack() {
      try {
        if (old != null) {
          move(old, target);
          PENDING.remove(old);
          old = null;
        } else {
          Files.deleteIfExists(target);
        }
      } catch (IOException ignored) {
        // the new file stays; the error reported names the target whose move failed
      }
    }

    /** Deletes the kept old file, once the commit is done or undone. */
    void dropOld() {
      if (old != null) {
        deleteQuietly(old);
        PENDING.remove(old);
        old = null;
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
