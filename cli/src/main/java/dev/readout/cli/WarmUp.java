package dev.readout.cli;

import dev.readout.reports.doc.BarChart;
import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.Figure;
import dev.readout.reports.doc.Footnote;
import dev.readout.reports.doc.Metadata;
import dev.readout.reports.doc.Table;
import dev.readout.reports.doc.Text;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Work done again in the background, its output thrown away, while nothing else happens: after
 * {@code watch}'s first render, a few more renders of the same briefings, so that the JIT has
 * compiled the reader, the composers and the renderers before the first edit, whose render then
 * costs what a warm JVM's does. {@link #stop()} ends it at once: each round writes to {@link
 * #sink()}, which fails its next write once stopped. Whatever a round throws is ignored; it writes
 * no file and prints nothing.
 *
 * <p>{@link #sampleRenders} is the cold start's warm-up: while {@code render} reads the dataset and
 * composes, a small document rendered to nowhere on the second processor reads the fonts and loads,
 * initialises and compiles the charting and Word libraries, off the way to the first page.
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

  /** The formats whose renderers take long enough to start that warming them up pays. */
  private static final Set<OutputFormat> SLOW_TO_START = Set.of(OutputFormat.PDF, OutputFormat.DOCX);

  /**
   * Starts one round of {@link #sampleRenders} for the formats, when one of them is slow to start and
   * the machine has a processor to spare; else does nothing.
   *
   * @param formats the formats the command will render
   */
  static void startSampleRenders(Collection<OutputFormat> formats) {
    List<OutputFormat> slow = formats.stream().filter(SLOW_TO_START::contains).distinct().toList();
    if (!slow.isEmpty() && Runtime.getRuntime().availableProcessors() > 1) {
      start(sampleRenders(slow), 1);
    }
  }

  /**
   * {@return a round that renders {@link #sample()} with a default renderer of each format}
   *
   * @param formats the formats
   */
  static Round sampleRenders(List<OutputFormat> formats) {
    return sink -> {
      for (OutputFormat format : formats) {
        format.renderer(null).render(sample(), sink);
      }
    };
  }

  /** A page with what a briefing has: headings, Vietnamese text with a note, a table and a chart. */
  static Document sample() {
    BarChart chart = new BarChart(List.of("Their undertakings", "Our requests"), List.of("Open", "Overdue"),
        List.of(List.of(2, 1), List.of(3, 0)), "Open items");
    return Document.builder()
        .metadata(Metadata.builder().title("Readout").language("vi").classification("UNCLASSIFIED").build())
        .heading(1, "Bộ trưởng Quốc phòng Phan Văn Giang")
        .paragraph(Text.of("Hai bên nhất trí tăng cường hợp tác quốc phòng."), Footnote.of("Quân đội nhân dân, 2022."))
        .add(Table.builder().header("Bên", "Cam kết").row("Việt Nam", "Hợp tác khắc phục hậu quả chiến tranh").build())
        .add(new Figure(chart, "Open items", "Two undertakings and three requests are open."))
        .build();
  }
}
