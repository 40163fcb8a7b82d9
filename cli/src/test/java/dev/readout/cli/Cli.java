package dev.readout.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Consumer;
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

  /**
   * A factory that makes each command as picocli does, then hands it to {@code adjust} (which puts
   * in a test's own renderers).
   */
  static CommandLine.IFactory factory(Consumer<Object> adjust) {
    return new CommandLine.IFactory() {
      @Override
      public <K> K create(Class<K> type) throws Exception {
        K made = CommandLine.defaultFactory().create(type);
        adjust.accept(made);
        return made;
      }
    };
  }
}
