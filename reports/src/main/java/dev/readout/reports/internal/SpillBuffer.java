package dev.readout.reports.internal;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Bytes a renderer writes before it knows where they go: a PDF layout pass that may not be the last,
 * or a DOCX part that is zipped only once the parts before it are known. They are kept in memory up
 * to a limit, then in a temporary file, so that a book of thousands of pages does not hold its
 * whole file in the heap. {@link #close()} deletes the file. Not thread-safe; not part of the API.
 */
public final class SpillBuffer extends OutputStream {
  /** Bytes kept in memory before the buffer moves to a temporary file. */
  public static final int IN_MEMORY = 16 * 1024 * 1024;

  private final int limit;
  private final String suffix;
  private ByteArrayOutputStream memory = new ByteArrayOutputStream(64 * 1024);
  private Path file;
  private OutputStream fileOut;

  /**
   * A buffer that keeps {@link #IN_MEMORY} bytes in memory.
   *
   * @param suffix the end of the temporary file's name, such as {@code ".pdf.part"}
   */
  public SpillBuffer(String suffix) {
    this(IN_MEMORY, suffix);
  }

  /**
   * A buffer that keeps {@code limit} bytes in memory.
   *
   * @param limit the bytes kept in memory
   * @param suffix the end of the temporary file's name
   */
  public SpillBuffer(int limit, String suffix) {
    this.limit = limit;
    this.suffix = Objects.requireNonNull(suffix, "suffix");
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    if (fileOut == null && memory.size() + len > limit) {
      file = Files.createTempFile("readout-", suffix);
      fileOut = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024);
      memory.writeTo(fileOut);
      memory = null;
    }
    if (fileOut != null) {
      fileOut.write(b, off, len);
    } else {
      memory.write(b, off, len);
    }
  }

  /**
   * Returns the temporary file the bytes went to, once they outgrew the memory limit.
   *
   * @return the file, or empty while the bytes are in memory
   */
  public Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  /**
   * Copies every byte written so far to {@code out}.
   *
   * @param out where the bytes go; not closed
   * @throws IOException if reading the temporary file or writing fails
   */
  public void writeTo(OutputStream out) throws IOException {
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
