package dev.readout.bench;

import dev.readout.core.io.DatasetFiles;
import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.DocumentRenderer;
import dev.readout.reports.docx.DocxRenderer;
import dev.readout.reports.markdown.MarkdownRenderer;
import dev.readout.reports.pdf.PdfRenderer;
import com.sun.management.GarbageCollectorMXBean;
import com.sun.management.GcInfo;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Measures the heap one render needs, in a JVM of its own that {@link Suite} starts with a heap
 * limit ({@code -Xmx}) and the parallel collector: {@code HeapProbe FORMAT ENGAGEMENTS}. With the
 * format {@code folder} it measures reading the synthetic dataset as a folder of files instead
 * ({@link DatasetFolders}, written first): nothing is held before, and the bytes are the folder's.
 *
 * <p>Method: compose the book, collect garbage and note the live heap (the dataset and the
 * document, which the caller holds anyway). Then render to a sink while a sampler thread collects
 * garbage every {@value #SAMPLE_MILLIS} ms or four times as long as a collection takes ({@code
 * System.gc()}, a full collection with the parallel collector) and notes the heap in use at the end
 * of that collection, as the collector reports it ({@code GcInfo.getMemoryUsageAfterGc}): the live
 * heap at that moment, not the garbage a generational collector lets pile up. The render's peak is
 * the highest sample minus the live heap before it. A render that runs out of memory is reported as
 * such. The sampler slows the render down, so this run measures memory only; times come from JMH.
 *
 * <p>A sample counts only if the full collection really ran. {@code System.gc()} returns without
 * collecting while another thread is in a JNI critical region (the "GC locker": {@code Deflater},
 * which compresses every PDF content stream, holds it), and the heap in use then includes all the
 * garbage since the last collection; such samples made the PDF render's own heap at 1,000
 * engagements read 324 MB instead of 54. Reading the heap after {@code System.gc()} returned also
 * counted what the render allocated in the meantime.
 *
 * <p>Prints one line of JSON: {@code {"format":…,"engagements":…,"maxHeapMb":…,"documentMb":…,
 * "peakMb":…,"renderMb":…,"bytes":…,"samples":…,"skipped":…,"ok":true}} ({@code skipped}: calls of
 * {@code System.gc()} that did not collect).
 */
public final class HeapProbe {
  static final long SAMPLE_MILLIS = 200;

  private HeapProbe() {}

  public static void main(String[] args) throws Exception {
    String format = args[0];
    int engagements = Integer.parseInt(args[1]);
    long max = Runtime.getRuntime().maxMemory();
    Books.Sink sink = new Books.Sink();
    Document book;
    Runnable work;
    Path folder = null;
    long folderBytes = 0;
    if (format.equals("folder")) {
      // Reading a folder of dataset files: nothing held before, the bytes are the folder's.
      folder = Files.createTempDirectory("readout-folder");
      folderBytes = DatasetFolders.write(SyntheticDatasets.of(engagements), folder);
      book = null;
      Path dir = folder;
      work = () -> DatasetFiles.read(dir);
    } else {
      book = Books.book(engagements);
      DocumentRenderer renderer = switch (format) {
        case "pdf" -> PdfRenderer.create();
        case "docx" -> DocxRenderer.create();
        case "md" -> MarkdownRenderer.create();
        default -> throw new IllegalArgumentException("format must be pdf, docx, md or folder, but was " + format);
      };
      work = () -> {
        try {
          renderer.render(book, sink);
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      };
    }
    GarbageCollectorMXBean full = fullCollector();
    long before = -1;
    for (int attempt = 0; before < 0; attempt++) {
      if (attempt == 100) {
        // G1 counts System.gc() elsewhere; the suite runs the probe with -XX:+UseParallelGC.
        throw new IllegalStateException("System.gc() does not run a full collection here: run with -XX:+UseParallelGC");
      }
      before = liveAfterFullGc(full);
    }
    AtomicLong peak = new AtomicLong(before);
    AtomicInteger samples = new AtomicInteger();
    AtomicInteger skipped = new AtomicInteger();
    Thread sampler = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        long gcStart = System.nanoTime();
        long live = liveAfterFullGc(full);
        if (live < 0) {
          skipped.incrementAndGet();
        } else {
          samples.incrementAndGet();
          peak.accumulateAndGet(live, Math::max);
        }
        try {
          // At least four times as long as the collection took, so the render still runs most of the time.
          Thread.sleep(Math.max(SAMPLE_MILLIS, 4 * (System.nanoTime() - gcStart) / 1_000_000));
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "heap-sampler");
    sampler.setDaemon(true);
    boolean ok = true;
    sampler.start();
    try {
      work.run();
    } catch (OutOfMemoryError e) {
      ok = false;
    }
    sampler.interrupt();
    sampler.join();
    if (folder != null) {
      DatasetFolders.delete(folder);
    }
    System.out.println(String.format(Locale.ROOT,
        "{\"format\":\"%s\",\"engagements\":%d,\"maxHeapMb\":%.1f,\"documentMb\":%.1f,\"peakMb\":%.1f,"
            + "\"renderMb\":%.1f,\"bytes\":%d,\"samples\":%d,\"skipped\":%d,\"ok\":%b}",
        format, engagements, mb(max), mb(before), mb(peak.get()), mb(peak.get() - before),
        folder != null ? folderBytes : sink.count(),
        samples.get(), skipped.get(), ok));
    if (book != null) {
      book.blocks(); // keeps the document reachable until the end, as a caller would
    }
  }

  /** The collector that System.gc() runs: the one that collects the old generation. */
  static GarbageCollectorMXBean fullCollector() {
    for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      boolean old = Arrays.stream(gc.getMemoryPoolNames()).anyMatch(p -> p.contains("Old") || p.contains("Tenured"));
      if (old && gc instanceof GarbageCollectorMXBean full) {
        return full;
      }
    }
    throw new IllegalStateException("no collector of the old generation");
  }

  /**
   * Runs a full collection and returns the heap in use at its end, or -1 when {@code System.gc()}
   * returned without one (the GC locker was held).
   */
  static long liveAfterFullGc(GarbageCollectorMXBean full) {
    long count = full.getCollectionCount();
    System.gc();
    GcInfo info = full.getLastGcInfo();
    if (full.getCollectionCount() == count || info == null) {
      return -1;
    }
    long used = 0;
    for (Map.Entry<String, MemoryUsage> pool : info.getMemoryUsageAfterGc().entrySet()) {
      if (HEAP_POOLS.contains(pool.getKey())) {
        used += pool.getValue().getUsed();
      }
    }
    return used;
  }

  private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
      .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());

  private static double mb(long bytes) {
    return bytes / (1024.0 * 1024.0);
  }
}
