package dev.readout.cli;

import dev.readout.reports.pdf.PdfRenderer;
import java.io.Console;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Locale;

/**
 * How far a render has come, on one line of standard error rewritten in place (a carriage return
 * before each update): the file being rendered, the number of files, and for a PDF the page being
 * laid out — {@code [2/6] out/briefing-book.pdf: page 37}. The line is cleared before
 * anything else is printed and when the render ends, so it never stays in the output. Shown only
 * when standard error is a terminal that can take it; silent otherwise (a pipe, a file, {@code
 * TERM=dumb}), so scripts and logs see nothing of it. Thread-safe.
 */
class Progress {
  /** Shows nothing. */
  static final Progress OFF = new Progress();

  /** For tests: true shows progress whatever the terminal, false never; null decides by the terminal. */
  static volatile Boolean forced;

  private Progress() {}

  /** {@return progress on {@code err} when it is a terminal (or tests force it on); else {@link #OFF}} */
  static Progress to(PrintWriter err) {
    boolean on = forced != null ? forced : onTerminal();
    return on ? new Shown(err) : OFF;
  }

  /**
   * Whether the command runs on a terminal that can rewrite a line: Java sees a console (standard
   * input and output are a terminal; on Java 22 and later, {@code Console.isTerminal()} says so)
   * and {@code TERM} is not {@code dumb}.
   */
  static boolean onTerminal() {
    Console console = System.console();
    if (console == null || "dumb".equals(System.getenv("TERM"))) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return true; // before Java 22, a console is a terminal
    }
  }

  /** {@return a listener that shows the PDF renderer's pages; null when nothing is shown} */
  PdfRenderer.PageListener pageListener() {
    return null;
  }

  /** A render of {@code files} files begins. */
  void start(int files) {}

  /**
   * A file's render starts.
   *
   * @param number the file's place among the render's files, from 1: its place as asked, whichever
   *     thread gets to it first
   * @param target the file
   */
  void next(int number, Path target) {}

  /** Clears the line, before something else is printed or at the end. */
  void clear() {}

  /**
   * Progress shown on a terminal. Its methods are synchronized: the formats of one render are
   * written on threads of their own ({@link RenderBatch}), and each tells of its files and pages.
   */
  private static final class Shown extends Progress {
    private final PrintWriter err;
    private int files;
    /** The PDF file being laid out, whose pages the listener counts, and its number. */
    private String pdf = "";
    private int pdfNumber;
    /** The length of the line on the terminal; 0 when there is none. */
    private int shown;

    Shown(PrintWriter err) {
      this.err = err;
    }

    @Override
    PdfRenderer.PageListener pageListener() {
      return this::page;
    }

    private synchronized void page(int page) {
      show(pdfNumber, pdf, "page " + page);
    }

    @Override
    synchronized void start(int files) {
      this.files = files;
    }

    @Override
    synchronized void next(int number, Path target) {
      String shown = Terminal.safe(target.toString());
      if (shown.endsWith(".pdf")) {
        pdf = shown;
        pdfNumber = number;
      }
      show(number, shown, null);
    }

    /** Shows the file with its number, and what is known of its progress. */
    private void show(int number, String target, String detail) {
      String line = String.format(Locale.ROOT, "[%d/%d] %s%s", number, Math.max(files, number), target,
          detail == null ? "" : ": " + detail);
      // Spaces over what is left of a longer line before.
      err.print("\r" + line + " ".repeat(Math.max(0, shown - line.length())));
      err.flush();
      shown = line.length();
    }

    @Override
    synchronized void clear() {
      if (shown > 0) {
        err.print("\r" + " ".repeat(shown) + "\r");
        err.flush();
        shown = 0;
      }
    }
  }
}
