package dev.readout.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Work done again in the background, its output thrown away, while nothing else happens: after
 * {@code watch}'s first render, a few more renders of the same briefings, so that the JIT has
 * compiled the reader, the composers and the renderers before the first edit, whose render then
 * costs what a warm JVM's does. {@link #stop()} ends it at once: each round writes to {@link
 * #sink()}, which fails its next write once stopped. Whatever a round throws is ignored; it writes
 * no file and prints nothing.
 */
final class WarmUp {
  /** One round of the work, writing to the stream it is given. */
  @FunctionalInterface
  interface Round {
    void run(OutputStream sink) throws Exception;
  }

  private final AtomicBoolean stopped = new AtomicBoolean();
  private final Thread thread;

  private WarmUp(Round round, int rounds) {
    thread = new Thread(() -> {
      for (int i = 0; i < rounds && !stopped.get(); i++) {
        try {
          round.run(sink());
        } catch (Exception | LinkageError e) {
          return; // a round that fails (stopped, or a file being saved) ends the warm-up
        }
      }
    }, "readout-warm-up");
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
  }

  /** {@return the warm-up, started: {@code rounds} rounds of {@code round}, one after another} */
  static WarmUp start(Round round, int rounds) {
    WarmUp w = new WarmUp(round, rounds);
    w.thread.start();
    return w;
  }

  /** A stream that takes every byte and keeps none, and fails once the warm-up is stopped. */
  private OutputStream sink() {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        check();
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        check();
      }

      private void check() throws IOException {
        if (stopped.get()) {
          throw new IOException("warm-up stopped");
        }
      }
    };
  }

  /**
   * Stops the warm-up and waits, a little, for its thread to end: a round stops at its next write
   * (composing a briefing does not write, and is short).
   *
   * @param wait the longest wait
   */
  void stop(Duration wait) {
    stopped.set(true);
    try {
      thread.join(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
