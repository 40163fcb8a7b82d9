package dev.readout.core.io;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A test that writes dataset files into a folder of its own. */
abstract class WithTempFiles {
  @TempDir
  Path dir;
  TempFiles files;

  @BeforeEach
  void setUpFiles() {
    files = new TempFiles(dir);
  }
}
