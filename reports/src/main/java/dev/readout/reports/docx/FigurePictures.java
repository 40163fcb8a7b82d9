package dev.readout.reports.docx;

import dev.readout.reports.chart.PngCharts;
import dev.readout.reports.doc.Block;
import dev.readout.reports.doc.Figure;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The picture of every figure of a document, drawn on threads of its own while the text is written:
 * rasterising and encoding the charts is most of a Word render's work, and each chart is drawn
 * alone, so the pictures come out the same bytes whichever thread draws them. One thread per
 * processor, no more than there are figures; closed when the render ends.
 */
final class FigurePictures implements AutoCloseable {
  private final String language;
  private final ExecutorService pool;
  private final Map<Figure, Future<byte[]>> pictures = new HashMap<>();

  /** Starts drawing the figures among the blocks, in the document's language. */
  FigurePictures(List<Block> blocks, String language) {
    this.language = language;
    List<Figure> figures = blocks.stream().filter(Figure.class::isInstance).map(Figure.class::cast).distinct().toList();
    int threads = Math.min(figures.size(), Runtime.getRuntime().availableProcessors());
    this.pool = threads == 0 ? null : Executors.newFixedThreadPool(threads, task -> {
      Thread thread = new Thread(task, "readout-figure");
      thread.setDaemon(true);
      return thread;
    });
    for (Figure figure : figures) {
      pictures.put(figure, pool.submit(() -> PngCharts.png(figure.chart(), language)));
    }
  }

  /** The figure's PNG: drawn ahead, or now when it was not among the blocks given. */
  byte[] png(Figure figure) {
    Future<byte[]> picture = pictures.get(figure);
    if (picture == null) {
      return PngCharts.png(figure.chart(), language);
    }
    try {
      return picture.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(new InterruptedIOException("interrupted while a figure was drawn"));
    }
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
