package dev.readout.reports.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Holds the bytes of a layout pass until the renderer knows whether the pass is the last: in memory
 * up to a limit, then in a temporary file, so that a book of thousands of pages does not hold its
 * whole file in the heap. {@link #close()} deletes the file.
 */
final class PassBuffer extends OutputStream {
  /** Bytes kept in memory before the buffer moves to a temporary file. */
  static final int IN_MEMORY = 16 * 1024 * 1024;

  private final int limit;
  private ByteArrayOutputStream memory = new ByteArrayOutputStream(64 * 1024);
  private Path file;
  private OutputStream fileOut;

  PassBuffer() {
    this(IN_MEMORY);
  }

  PassBuffer(int limit) {
    this.limit = limit;
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    if (fileOut == null && memory.size() + len > limit) {
      file = Files.createTempFile("readout-", ".pdf.part");
      fileOut = new java.io.BufferedOutputStream(Files.newOutputStream(file), 64 * 1024);
      memory.writeTo(fileOut);
      memory = null;
    }
    if (fileOut != null) {
      fileOut.write(b, off, len);
    } else {
      memory.write(b, off, len);
    }
  }

  /** Whether the bytes went to a temporary file. */
  boolean spilled() {
    return file != null;
  }

  /** Copies every byte written to {@code out}. */
  void writeTo(OutputStream out) throws IOException {
    if (fileOut == null) {
      memory.writeTo(out);
      return;
    }
    fileOut.flush();
    try (InputStream in = Files.newInputStream(file)) {
      in.transferTo(out);
    }
  }

  /** Drops the bytes and deletes the temporary file, if any. */
  @Override
  public void close() throws IOException {
    memory = null;
    if (fileOut != null) {
      try {
        fileOut.close();
      } finally {
        Files.deleteIfExists(file);
      }
    }
  }
}
