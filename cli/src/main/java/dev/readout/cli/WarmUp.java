package dev.readout.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Work done again in the background, its output thrown away, while nothing else happens: after
 * {@code watch}'s first render, more renders of the same briefings, so that the JIT has compiled
 * the reader, the composers and the renderers before an edit, whose render then costs what a warm
 * JVM's does. The rounds are paused while the watch renders and go on once it waits again, until
 * as many have run as were asked for, however soon after the start the first edit comes, or
 * until they have taken the time they were given: a large dataset's render compiles what it
 * needs in a round or two, and its rounds are long. {@link
 * #pause} ends the round under way at once: each round writes to a sink that fails its next write,
 * or the next checkpoint it passes between steps that write nothing, once paused. Whatever a round
 * throws is ignored; it writes no file and prints nothing.
 */
final class WarmUp {
  /** One round of the work, writing to the stream it is given. */
  @FunctionalInterface
  interface Round {
    void run(Sink sink) throws Exception;
  }

  /**
   * Where a round writes: takes every byte and keeps none, and fails once the warm-up is paused or
   * ended. A round calls {@link #checkpoint} between steps that write nothing and may take long
   * (reading a large dataset, composing its briefings), so that a pause cuts it there too.
   */
  abstract static class Sink extends OutputStream {
    /**
     * Returns if the round may go on.
     *
     * @throws IOException once the warm-up is paused or ended: the round is to stop
     */
    abstract void checkpoint() throws IOException;

    @Override
    public void write(int b) throws IOException {
      checkpoint();
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      checkpoint();
    }
  }

  private final Round round;
  private final Thread thread;
  /** Rounds still to run; guarded by this. */
  private int left;
  /** Time the rounds may still take, in nanoseconds; guarded by this. */
  private long budget;
  /** Whether a round is under way; guarded by this. */
  private boolean running;
  /** Whether the rounds are to wait: read by the sink without the lock. */
  private volatile boolean paused;
  private volatile boolean ended;

  private WarmUp(Round round, int rounds, Duration budget) {
    this.round = round;
    this.left = rounds;
    this.budget = budget.toNanos();
    thread = new Thread(this::runRounds, "readout-warm-up");
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
  }

  /**
   * Starts the warm-up: {@code rounds} rounds of {@code round}, one after another, or fewer when
   * those that ran took {@code budget} (a round under way is finished).
   *
   * @param round the work
   * @param rounds how many rounds at most
   * @param budget how long the rounds may take in all, those cut by a pause not counted
   * @return the warm-up, started
   */
  static WarmUp start(Round round, int rounds, Duration budget) {
    WarmUp w = new WarmUp(round, rounds, budget);
    w.thread.start();
    return w;
  }

  private void runRounds() {
    while (true) {
      synchronized (this) {
        while (paused && !ended) {
          try {
            wait();
          } catch (InterruptedException e) {
            ended = true;
          }
        }
        if (ended || left == 0 || budget <= 0) {
          ended = true;
          notifyAll();
          return;
        }
        running = true;
      }
      boolean cut = false;
      long start = System.nanoTime();
      try {
        round.run(sink());
      } catch (Exception | LinkageError e) {
        cut = paused || ended; // a round that fails on its own (a file being saved) still counts
      }
      long took = System.nanoTime() - start;
      synchronized (this) {
        running = false;
        if (!cut) {
          left--;
          budget -= took;
        }
        notifyAll();
      }
    }
  }

  /** {@return whether the rounds are paused} */
  boolean paused() {
    return paused;
  }

  /** {@return whether the rounds have ended: all run, their time used, or stopped} */
  boolean ended() {
    return ended;
  }

  /** {@return how many rounds are still to run} */
  synchronized int left() {
    return left;
  }

  /**
   * Stops the round under way and holds the rest until {@link #resume}; waits, at most {@code
   * wait}, for the round to end: it stops at its next write or {@linkplain Sink#checkpoint
   * checkpoint}. A round still busy after that (reading a large dataset) goes on beside whatever the
   * caller does next, until it reaches one.
   *
   * @param wait the longest wait
   */
  synchronized void pause(Duration wait) {
    paused = true;
    awaitIdle(wait);
  }

  /** Lets the rounds go on after {@link #pause}, when there are any left. */
  synchronized void resume() {
    paused = false;
    notifyAll();
  }

  /**
   * Ends the warm-up and waits, a little, for its thread to end.
   *
   * @param wait the longest wait
   */
  void stop(Duration wait) {
    synchronized (this) {
      ended = true;
      notifyAll();
    }
    try {
      thread.join(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void awaitIdle(Duration wait) {
    long end = System.nanoTime() + wait.toNanos();
    try {
      while (running) {
        long millis = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
        if (millis <= 0) {
          return;
        }
        wait(millis);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The sink of a round: fails once the warm-up is paused or ended. */
  private Sink sink() {
    return new Sink() {
      @Override
      void checkpoint() throws IOException {
        if (paused || ended) {
          throw new IOException("warm-up paused");
        }
      }
    };
  }
}
