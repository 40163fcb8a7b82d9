package dev.readout.cli;

import dev.readout.core.dataset.DatasetException;
import dev.readout.core.io.DatasetFileException;
import dev.readout.reports.pdf.ThemeFileException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * Runs the {@code readout} command. Exit status: 0 success, 1 invalid dataset (or a file that cannot
 * be read or written, or a warning under {@code --strict}), 2 usage error (among them a {@code
 * --font}, {@code --template} or {@code --theme} file that cannot be used), 3 internal error (a bug:
 * the message says to report it). Messages go to standard error, one problem a line, with no stack
 * trace unless {@code --verbose} is given; what they quote of the input is escaped and shortened
 * ({@link Terminal#safe}), so no control character or escape sequence reaches the terminal.
 */
public final class Main {
  /** Exit status of a run that failed on an invalid dataset or a file that could not be read or written. */
  public static final int INVALID = 1;
  /** Exit status of a run that was asked for something it cannot do. */
  public static final int USAGE = 2;
  /** Exit status of a run that failed on a fault of Readout itself. */
  public static final int INTERNAL = 3;

  private Main() {}

  /**
   * Runs the command and exits with its status.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    // Charts are drawn off screen: no window system is needed or touched, on any desktop.
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int status = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(status);
  }

  /**
   * Runs the command in this process, writing to the given streams.
   *
   * @param args the command line
   * @param out standard output
   * @param err standard error
   * @return the exit status
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, CommandLine.defaultFactory());
  }

  /** Runs the command with the subcommands {@code factory} makes (tests give them other renderers). */
  static int run(String[] args, PrintWriter out, PrintWriter err, CommandLine.IFactory factory) {
    ReadoutCommand root = new ReadoutCommand();
    CommandLine cl = new CommandLine(root, factory);
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    Converters.register(cl);
    cl.setParameterExceptionHandler((e, arguments) -> {
      CommandLine c = e.getCommandLine();
      PrintWriter w = c.getErr();
      if (root.verbose) {
        e.printStackTrace(w);
      }
      w.println(Terminal.safe("readout: " + e.getMessage()));
      if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
        w.println(Terminal.safe("Did you mean: " + String.join(", ", u.getSuggestions()) + "?"));
      }
      w.println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
      return USAGE;
    });
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> report(e, commandLine.getErr(), root.verbose));
    return cl.execute(args);
  }

  /**
   * Prints why a command failed, one problem a line, and returns the exit status it ends with: the
   * problems of a dataset with their file, line and column; a theme file's problems; a failure the
   * command words itself; an internal error, asking to report it.
   *
   * @param e what the command threw
   * @param w standard error
   * @param verbose whether to print the stack trace first ({@code --verbose})
   * @return the exit status: {@link #INVALID}, {@link #USAGE} or {@link #INTERNAL}
   */
  static int report(Exception e, PrintWriter w, boolean verbose) {
    if (verbose) {
      e.printStackTrace(w);
    }
    if (e instanceof DatasetFileException f) {
      f.problems().forEach(p -> w.println(Terminal.safe(p.toString())));
      return INVALID;
    }
    if (e instanceof DatasetException d) {
      d.problems().forEach(p -> w.println(Terminal.safe(p.toString())));
      return INVALID;
    }
    if (e instanceof ThemeFileException t) {
      t.problems().forEach(p -> w.println(Terminal.safe(p)));
      return USAGE;
    }
    if (e instanceof CliException c) {
      w.println(Terminal.safe("readout: " + c.getMessage()));
      return c.status();
    }
    if (e instanceof IllegalArgumentException) {
      w.println(Terminal.safe("readout: " + e.getMessage()));
      return USAGE;
    }
    w.println(Terminal.safe("readout: internal error: " + e.getClass().getSimpleName()
        + (e.getMessage() == null ? "" : ": " + e.getMessage())));
    w.println("This is a fault of Readout, not of your data: please report it with the output of --verbose.");
    return INTERNAL;
  }
}
