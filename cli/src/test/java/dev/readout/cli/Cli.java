package dev.readout.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command in this process and keeps what it printed. */
record Cli(int status, String out, String err) {
  static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Cli(status, out.toString(), err.toString());
  }
}
