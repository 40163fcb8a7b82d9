package dev.readout.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the command in this process and keeps what it printed. */
record Cli(int status, String out, String err) {
  static Cli run(String... args) {
    return run(CommandLine.defaultFactory(), args);
  }

  /** Runs the command with the subcommands {@code factory} makes. */
  static Cli run(CommandLine.IFactory factory, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), factory);
    return new Cli(status, out.toString(), err.toString());
  }
}
