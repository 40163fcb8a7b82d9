package dev.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * {@link WarmUp}: its rounds run one after another in the background, a pause cuts the round
 * under way at its next write or checkpoint and holds the rest, and every round asked for runs in the end,
 * however often it is paused. The bounds on waiting are generous; nothing here is timed.
 */
class WarmUpTest {
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @Test
  void everyRoundRunsOnceWhateverThePausesAndAPauseCutsTheRoundUnderWay() throws Exception {
    AtomicInteger started = new AtomicInteger();
    AtomicInteger finished = new AtomicInteger();
    AtomicInteger cut = new AtomicInteger();
    CountDownLatch thirdStarted = new CountDownLatch(1);
    CountDownLatch mayFinish = new CountDownLatch(1);
    WarmUp warmUp = WarmUp.start(sink -> {
      if (started.incrementAndGet() == 3) {
        thirdStarted.countDown();
        mayFinish.await(); // holds the third round until the test has paused the warm-up
      }
      try {
        sink.write(new byte[] {1, 2, 3});
      } catch (IOException e) {
        cut.incrementAndGet();
        throw e;
      }
      finished.incrementAndGet();
    }, 5, PATIENCE);

    assertThat(thirdStarted.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
    Thread pausing = new Thread(() -> warmUp.pause(PATIENCE));
    pausing.start();
    awaitPaused(warmUp);
    mayFinish.countDown();
    pausing.join(PATIENCE.toMillis());

    assertThat(cut).as("the round under way stopped at its write").hasValue(1);
    assertThat(finished).hasValue(2);
    Thread.sleep(100);
    assertThat(started).as("nothing runs while paused").hasValue(3);
    assertThat(warmUp.left()).isEqualTo(3);

    resumeToTheEnd(warmUp);

    assertThat(finished).as("the cut round ran again: five in all").hasValue(5);
    assertThat(started).hasValue(6);
  }

  @Test
  void aRoundBusyWithoutWritingStopsAtItsNextCheckpointOnceThePauseHasGivenUpWaiting() throws Exception {
    CountDownLatch reading = new CountDownLatch(1);
    CountDownLatch readDone = new CountDownLatch(1);
    AtomicInteger started = new AtomicInteger();
    AtomicInteger cut = new AtomicInteger();
    AtomicInteger finished = new AtomicInteger();
    WarmUp warmUp = WarmUp.start(sink -> {
      if (started.incrementAndGet() == 1) {
        reading.countDown();
        readDone.await(); // a large dataset being read: no write for a long time
      }
      try {
        sink.checkpoint();
      } catch (IOException e) {
        cut.incrementAndGet();
        throw e;
      }
      sink.write(1);
      finished.incrementAndGet();
    }, 2, PATIENCE);

    assertThat(reading.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
    warmUp.pause(Duration.ofMillis(1)); // gives up waiting: the round is still reading
    assertThat(finished).hasValue(0);
    readDone.countDown();
    await(() -> cut.get() > 0);
    assertThat(cut).as("stopped at the checkpoint after the read").hasValue(1);
    assertThat(finished).hasValue(0);
    assertThat(warmUp.left()).isEqualTo(2);

    resumeToTheEnd(warmUp);
    assertThat(finished).as("the cut round ran again").hasValue(2);
    assertThat(started).hasValue(3);
  }

  @Test
  void aRoundThatFailsOnItsOwnCountsAndStopEndsTheRest() throws Exception {
    AtomicInteger started = new AtomicInteger();
    WarmUp failing = WarmUp.start(sink -> {
      started.incrementAndGet();
      throw new IllegalStateException("a file half saved");
    }, 4, PATIENCE);
    awaitLeft(failing, 0);
    failing.stop(PATIENCE);
    assertThat(started).hasValue(4);

    CountDownLatch running = new CountDownLatch(1);
    AtomicInteger rounds = new AtomicInteger();
    WarmUp endless = WarmUp.start(sink -> {
      rounds.incrementAndGet();
      running.countDown();
      Thread.sleep(5);
      sink.write(0);
    }, Integer.MAX_VALUE, PATIENCE);
    assertThat(running.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
    endless.stop(PATIENCE);
    int after = rounds.get();
    Thread.sleep(100);
    assertThat(rounds).as("no round after stop").hasValue(after);
  }

  @Test
  void theRoundsStopOnceTheyHaveTakenTheirTime() throws Exception {
    AtomicInteger rounds = new AtomicInteger();
    WarmUp timed = WarmUp.start(sink -> {
      rounds.incrementAndGet();
      Thread.sleep(1);
    }, 1_000, Duration.ofNanos(1));
    awaitEnded(timed);
    assertThat(rounds).as("the first round used the time").hasValue(1);
    assertThat(timed.left()).isEqualTo(999);

    AtomicInteger none = new AtomicInteger();
    WarmUp noTime = WarmUp.start(sink -> none.incrementAndGet(), 1_000, Duration.ZERO);
    awaitEnded(noTime);
    assertThat(none).hasValue(0);
  }

  /** Waits until the pause has been asked for: the warm-up's sink then fails. */
  private static void awaitPaused(WarmUp warmUp) throws InterruptedException {
    await(warmUp::paused);
    assertThat(warmUp.paused()).isTrue();
  }

  private static void awaitEnded(WarmUp warmUp) throws InterruptedException {
    await(warmUp::ended);
    assertThat(warmUp.ended()).isTrue();
  }

  private static void awaitLeft(WarmUp warmUp, int left) throws InterruptedException {
    await(() -> warmUp.left() <= left);
    assertThat(warmUp.left()).isEqualTo(left);
  }

  /** Lets the rounds go on, waits until every one has run, and ends the warm-up. */
  private static void resumeToTheEnd(WarmUp warmUp) throws InterruptedException {
    warmUp.resume();
    awaitLeft(warmUp, 0);
    warmUp.stop(PATIENCE);
  }

  /** Waits, at most {@link #PATIENCE}, until the condition holds; the caller asserts it. */
  private static void await(BooleanSupplier condition) throws InterruptedException {
    long end = System.nanoTime() + PATIENCE.toNanos();
    while (!condition.getAsBoolean() && System.nanoTime() < end) {
      Thread.sleep(1);
    }
  }
}
