package dev.readout.reports.chart;

import java.util.function.Supplier;

/**
 * The one lock under which Readout uses Java 2D's font code, in the whole process: the charts'
 * measuring and drawing ({@link Drawings}, {@link SvgCharts}) and the PDF renderer's layout of the
 * scripts whose letters join and stack. Java 2D's font code is not safe to use on two threads at
 * once the first times a font is used at a size and scale (a font strike, for one, publishes its
 * metrics before it has converted them from device space: {@code FileFontStrike.getFontMetrics}),
 * and what it gets wrong it caches for later use. Seen: a Word file's three charts, drawn at once
 * on threads of their own in a new process, came out about once in a hundred with every label laid
 * out with the wrong metrics (values below their bars, tick labels over the axis title). The
 * strikes are softly held and made again after a collection, so warming them up once would not
 * do. Held for one chart, or one run of text, at a time; what is done with the result afterwards
 * (encoding a picture, writing a PDF) runs unlocked.
 */
public final class Java2dText {
  static final Object LOCK = new Object();

  private Java2dText() {}

  /**
   * Runs the work under the lock and returns what it returns.
   *
   * @param work what uses Java 2D's fonts, and finishes with them before it returns
   * @param <T> what it returns
   * @return the work's result
   */
  public static <T> T locked(Supplier<T> work) {
    synchronized (LOCK) {
      return work.get();
    }
  }
}
