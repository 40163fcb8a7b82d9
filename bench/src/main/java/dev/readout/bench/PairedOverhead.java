package dev.readout.bench;

import dev.readout.bench.baseline.BaselineContent;
import dev.readout.bench.baseline.RawDocx;
import dev.readout.bench.baseline.RawPdf;
import dev.readout.reports.doc.DocumentRenderer;
import dev.readout.reports.doc.Document;
import dev.readout.reports.docx.DocxRenderer;
import dev.readout.reports.pdf.PdfRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Readout's renderer against its raw baseline in pairs, in one JVM: {@code java -Xms8g -Xmx8g
 * -XX:+AlwaysPreTouch -cp benchmarks.jar dev.readout.bench.PairedOverhead pdf|docx ENGAGEMENTS ROUNDS}.
 *
 * <p>Why pairs: on a shared machine the speed drifts by tens of percent over minutes, and JMH runs
 * the two sides of a ratio in different forks, minutes apart, so their ratio carries the drift.
 * Here each round renders the same content once with Readout (like for like: no contents, PDF/A
 * off) and once with the raw program, back to back, alternating which goes first, each after a
 * full collection so that it pays for its own garbage; the ratio of each pair sees the same
 * machine, and the median of the rounds' ratios is the overhead. Two unmeasured rounds warm both up.
 *
 * <p>Prints one line of JSON: {@code {"format":…,"engagements":…,"rounds":…,"readoutMs":…,
 * "rawMs":…,"median":…,"low":…,"high":…,"ratios":[…]}} (medians of the wall times; {@code low} and
 * {@code high}: the least and greatest ratio of a round).
 */
public final class PairedOverhead {
  private static final int WARMUP_ROUNDS = 2;

  private PairedOverhead() {}

  public static void main(String[] args) {
    String format = args[0];
    int engagements = Integer.parseInt(args[1]);
    int rounds = Integer.parseInt(args[2]);
    Document book = Books.withoutContents(Books.book(engagements));
    BaselineContent content = BaselineContent.of(book);
    DocumentRenderer readout = switch (format) {
      case "pdf" -> PdfRenderer.builder().pdfA(false).build();
      case "docx" -> DocxRenderer.create();
      default -> throw new IllegalArgumentException("format must be pdf or docx, but was " + format);
    };
    Runnable ours = () -> {
      try {
        readout.render(book, new Books.Sink());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
    Runnable raw = format.equals("pdf") ? () -> RawPdf.write(content, new Books.Sink()) : () -> {
      try {
        RawDocx.write(content, new Books.Sink());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
    for (int i = 0; i < WARMUP_ROUNDS; i++) {
      time(ours);
      time(raw);
    }
    double[] oursMs = new double[rounds];
    double[] rawMs = new double[rounds];
    double[] ratios = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      if (i % 2 == 0) {
        oursMs[i] = time(ours);
        rawMs[i] = time(raw);
      } else {
        rawMs[i] = time(raw);
        oursMs[i] = time(ours);
      }
      ratios[i] = oursMs[i] / rawMs[i];
    }
    System.out.println(String.format(Locale.ROOT,
        "{\"format\":\"%s\",\"engagements\":%d,\"rounds\":%d,\"readoutMs\":%.1f,\"rawMs\":%.1f,"
            + "\"median\":%.4f,\"low\":%.4f,\"high\":%.4f,\"ratios\":[%s]}",
        format, engagements, rounds, median(oursMs), median(rawMs), median(ratios),
        Arrays.stream(ratios).min().orElseThrow(), Arrays.stream(ratios).max().orElseThrow(),
        Arrays.stream(ratios).mapToObj(r -> String.format(Locale.ROOT, "%.4f", r)).collect(Collectors.joining(","))));
  }

  /** Milliseconds of wall time of one run, after a full collection. */
  private static double time(Runnable run) {
    System.gc();
    long start = System.nanoTime();
    run.run();
    return (System.nanoTime() - start) / 1e6;
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
