package dev.readout.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
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
 * Writes files so that a reader never sees a partial one: each file is written in full to a
 * temporary file in its target directory, then moved into place in one step, replacing an earlier
 * file only with a complete new one. A batch is staged completely before any file is moved.
 */
final class AtomicFiles {
  private AtomicFiles() {}

  /**
   * Writes every file of a batch, or none of them if staging fails.
   *
   * @param files the target paths and their contents, in order
   * @return the paths written
   */
  static List<Path> write(Map<Path, byte[]> files) {
    Map<Path, Path> staged = new LinkedHashMap<>();
    try {
      for (Map.Entry<Path, byte[]> f : files.entrySet()) {
        Path target = f.getKey().toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
        staged.put(target, temp);
        Files.write(temp, f.getValue());
        keepPermissions(temp, target);
      }
      List<Path> written = new ArrayList<>();
      for (Map.Entry<Path, Path> s : staged.entrySet()) {
        move(s.getValue(), s.getKey());
        written.add(s.getKey());
      }
      return written;
    } catch (IOException e) {
      staged.values().forEach(AtomicFiles::deleteQuietly);
      throw CliException.io("cannot write " + e.getMessage(), e);
    }
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
}
