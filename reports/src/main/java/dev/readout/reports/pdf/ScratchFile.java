package dev.readout.reports.pdf;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.Cleaner;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A temporary file of bytes appended and read back at any position, for OpenPDF's bookkeeping that
 * would otherwise stay in the heap until the file is closed.
 *
 * <p>It is opened with {@link StandardOpenOption#DELETE_ON_CLOSE}: on Linux and macOS the JDK
 * removes its name as soon as it is opened, and on Windows the system deletes it when its handle
 * is closed, so the file does not outlive the process even when a render fails before {@link
 * #close()}. Its space is freed when the channel is closed: by {@link #close()}, or, when a render
 * fails and drops the file without closing it, by a {@link Cleaner} once the file is unreachable.
 * Appends are buffered; not thread-safe.
 */
final class ScratchFile implements Closeable {
  private static final int BUFFER = 64 * 1024;
  private static final Cleaner CLEANER = Cleaner.create();

  private final FileChannel channel;
  private final Cleaner.Cleanable cleanable;
  private final ByteBuffer pending = ByteBuffer.allocate(BUFFER);
  private long flushed;

  ScratchFile(String suffix) {
    channel = open(suffix);
    FileChannel c = channel;
    cleanable = CLEANER.register(this, () -> {
      try {
        c.close();
      } catch (IOException e) {
        // dropped without close(): nobody to tell
      }
    });
  }

  private static FileChannel open(String suffix) {
    Path path = null;
    try {
      path = Files.createTempFile("readout-", suffix);
      return FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE,
          StandardOpenOption.DELETE_ON_CLOSE);
    } catch (IOException e) {
      UncheckedIOException failure = new UncheckedIOException("cannot create a temporary file", e);
      if (path != null) {
        try {
          Files.deleteIfExists(path);
        } catch (IOException again) {
          failure.addSuppressed(again);
        }
      }
      throw failure;
    }
  }

  /** {@return the bytes appended so far} */
  long size() {
    return flushed + pending.position();
  }

  /** Appends {@code len} bytes of {@code b} from {@code off}. */
  void append(byte[] b, int off, int len) {
    while (len > 0) {
      if (!pending.hasRemaining()) {
        flush();
      }
      int n = Math.min(len, pending.remaining());
      pending.put(b, off, n);
      off += n;
      len -= n;
    }
  }

  /**
   * Fills {@code into} from its position to its limit with the bytes from {@code position}, or
   * fewer at the end of the file.
   */
  void read(long position, ByteBuffer into) {
    flush();
    try {
      while (into.hasRemaining()) {
        int n = channel.read(into, position);
        if (n < 0) {
          return;
        }
        position += n;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read a temporary file", e);
    }
  }

  private void flush() {
    pending.flip();
    try {
      while (pending.hasRemaining()) {
        flushed += channel.write(pending, flushed);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write a temporary file", e);
    }
    pending.clear();
  }

  /** Closes the file, which deletes it. */
  @Override
  public void close() {
    cleanable.clean();
  }
}
