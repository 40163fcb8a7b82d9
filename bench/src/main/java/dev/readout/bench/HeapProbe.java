package dev.readout.bench;

import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.DocumentRenderer;
import dev.readout.reports.docx.DocxRenderer;
import dev.readout.reports.markdown.MarkdownRenderer;
import dev.readout.reports.pdf.PdfRenderer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures the heap one render needs, in a JVM of its own that {@link Suite} starts with a heap
 * limit ({@code -Xmx}) and the parallel collector: {@code HeapProbe FORMAT ENGAGEMENTS}.
 *
 * <p>Method: compose the book, collect garbage and note the live heap (the dataset and the
 * document, which the caller holds anyway). Then render to a sink while a sampler thread collects
 * garbage every {@value #SAMPLE_MILLIS} ms or four times as long as a collection takes ({@code System.gc()}, a full collection with the parallel
 * collector) and notes the heap in use just after: the live heap at that moment, not the garbage a
 * generational collector lets pile up. The render's peak is the highest sample minus the live heap
 * before it. A render that runs out of memory is reported as such. The sampler slows the render
 * down, so this run measures memory only; times come from JMH.
 *
 * <p>Prints one line of JSON: {@code {"format":…,"engagements":…,"maxHeapMb":…,"documentMb":…,
 * "peakMb":…,"renderMb":…,"bytes":…,"ok":true}}.
 */
public final class HeapProbe {
  static final long SAMPLE_MILLIS = 200;

  private HeapProbe() {}

  public static void main(String[] args) throws Exception {
    String format = args[0];
    int engagements = Integer.parseInt(args[1]);
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long max = Runtime.getRuntime().maxMemory();
    Document book = Books.book(engagements);
    DocumentRenderer renderer = switch (format) {
      case "pdf" -> PdfRenderer.create();
      case "docx" -> DocxRenderer.create();
      case "md" -> MarkdownRenderer.create();
      default -> throw new IllegalArgumentException("format must be pdf, docx or md, but was " + format);
    };
    System.gc();
    long before = memory.getHeapMemoryUsage().getUsed();
    AtomicLong peak = new AtomicLong(before);
    Thread sampler = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        long gcStart = System.nanoTime();
        System.gc();
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        try {
          // At least four times as long as the collection took, so the render still runs most of the time.
          Thread.sleep(Math.max(SAMPLE_MILLIS, 4 * (System.nanoTime() - gcStart) / 1_000_000));
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "heap-sampler");
    sampler.setDaemon(true);
    Books.Sink sink = new Books.Sink();
    boolean ok = true;
    sampler.start();
    try {
      renderer.render(book, sink);
    } catch (OutOfMemoryError e) {
      ok = false;
    }
    sampler.interrupt();
    sampler.join();
    System.out.println(String.format(Locale.ROOT,
        "{\"format\":\"%s\",\"engagements\":%d,\"maxHeapMb\":%.1f,\"documentMb\":%.1f,\"peakMb\":%.1f,"
            + "\"renderMb\":%.1f,\"bytes\":%d,\"ok\":%b}",
        format, engagements, mb(max), mb(before), mb(peak.get()), mb(peak.get() - before), sink.count(), ok));
    book.blocks(); // keeps the document reachable until the end, as a caller would
  }

  private static double mb(long bytes) {
    return bytes / (1024.0 * 1024.0);
  }
}
