package dev.readout.cli;

import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.DocumentRenderer;
import dev.readout.reports.doc.RenderResult;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The files of one render — each briefing in each format — written into one {@link AtomicFiles}
 * batch. When several formats are asked for and the machine has more than one core, each format's
 * files are rendered on a thread of their own: the renderers share nothing and each is thread-safe,
 * so PDF and Word, the default, take about as long as the slower of the two rather than their sum.
 * The files are staged in the order asked before any is rendered, and the results come back in that
 * order, so what is printed and written does not depend on which thread finished first.
 */
final class RenderBatch {
  /** One file: a briefing, the renderer of its format, and where it goes. */
  record File(Path target, Document document, OutputFormat format, DocumentRenderer renderer) {}

  private RenderBatch() {}

  /**
   * Has the renderers {@linkplain DocumentRenderer#prepare prepare} on a thread of their own, one
   * after another, while this thread reads the dataset and composes the briefings: a new process
   * then finds its fonts open and its libraries loaded when it renders. Not on a machine of one
   * core, where it would only take turns with the work it is meant to get ahead of.
   *
   * @param renderers the renderers about to be used
   */
  static void prepareAhead(Collection<DocumentRenderer> renderers) {
    if (Runtime.getRuntime().availableProcessors() < 2) {
      return;
    }
    List<DocumentRenderer> all = List.copyOf(renderers);
    Thread ahead = new Thread(() -> all.forEach(DocumentRenderer::prepare), "readout-prepare");
    ahead.setDaemon(true);
    ahead.start();
  }

  /**
   * Renders every file into the batch and returns the results, in the order of {@code files}. A
   * failure is thrown once every file being rendered has stopped: the first in that order.
   *
   * @param files the files, grouped into threads by their format
   * @param batch where they are staged
   * @param progress told of each file as its render starts
   * @return each file's result
   * @throws CliException if a file cannot be written; whatever a renderer throws
   */
  static List<RenderResult> render(List<File> files, AtomicFiles batch, Progress progress) {
    progress.start(files.size());
    OutputStream[] streams = new OutputStream[files.size()];
    for (int i = 0; i < files.size(); i++) {
      streams[i] = batch.stage(files.get(i).target());
    }
    Map<OutputFormat, List<Integer>> byFormat = new LinkedHashMap<>();
    for (int i = 0; i < files.size(); i++) {
      byFormat.computeIfAbsent(files.get(i).format(), f -> new ArrayList<>()).add(i);
    }
    RenderResult[] results = new RenderResult[files.size()];
    int threads = Math.min(byFormat.size(), Runtime.getRuntime().availableProcessors());
    if (threads <= 1) {
      for (int i = 0; i < files.size(); i++) {
        results[i] = render(i + 1, files.get(i), streams[i], batch, progress);
      }
      return Arrays.asList(results);
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, work -> {
      Thread t = new Thread(work, "readout-render");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> running = new ArrayList<>();
      for (List<Integer> format : byFormat.values()) {
        running.add(pool.submit(() -> {
          for (int i : format) {
            results[i] = render(i + 1, files.get(i), streams[i], batch, progress);
          }
        }));
      }
      awaitAll(running);
    } finally {
      pool.shutdownNow();
    }
    return Arrays.asList(results);
  }

  /** Waits for every render, then throws the first failure in the order they were started. */
  private static void awaitAll(List<Future<?>> running) {
    Throwable first = null;
    boolean interrupted = false;
    for (Future<?> f : running) {
      while (true) {
        try {
          f.get();
          break;
        } catch (ExecutionException e) {
          first = first == null ? e.getCause() : first;
          break;
        } catch (InterruptedException e) {
          // Stopped (Ctrl-C in watch): the renders still end before the batch deletes their files.
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
      if (first == null) {
        throw new CancellationException("the render was stopped");
      }
    }
    if (first instanceof RuntimeException r) {
      throw r;
    }
    if (first instanceof Error e) {
      throw e;
    }
    if (first != null) {
      throw new IllegalStateException(first);
    }
  }

  /**
   * Renders the document straight into the staged file of its target. A failure says which file
   * and why: the file's own write failure ("cannot write out/x.pdf: no space left on device") however
   * the renderer passed it on, else the renderer's.
   */
  private static RenderResult render(int number, File file, OutputStream stream, AtomicFiles batch, Progress progress) {
    progress.next(number, file.target());
    try {
      return file.renderer().render(file.document(), stream);
    } catch (IOException e) {
      batch.checkWritten(file.target());
      throw CliException.io("cannot render " + file.target() + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      batch.checkWritten(file.target());
      throw e;
    }
  }
}
