package dev.readout.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top-level {@code readout} command: its subcommands and the options they all share. */
@Command(name = "readout", mixinStandardHelpOptions = true, versionProvider = ReadoutCommand.Version.class,
    sortOptions = false, usageHelpAutoWidth = true,
    description = "Briefings on defence-diplomacy engagements, from the built-in dataset or your own files.",
    subcommands = {RenderCommand.class, WatchCommand.class, ValidateCommand.class, DraftCommand.class,
        ExportCommand.class, SchemaCommand.class, ListCommand.class, HelpCommand.class},
    footerHeading = "%nExamples:%n",
    footer = {"  ./readout render book",
        "  ./readout render country --country US --as-of 2022-12-01 --lang vi",
        "  ./readout watch book --dataset my-data.yaml --format pdf",
        "  ./readout validate my-data.yaml data/ --strict",
        "  ./readout draft article.txt --published 2022-11-23 --extends seed --out draft.yaml",
        "  ./readout list commitments --as-of 2023-01-15"})
final class ReadoutCommand {
  @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Print stack traces of failures.")
  boolean verbose;

  /**
   * The version and commit Maven wrote into the jar ("with local changes" when the working tree had
   * uncommitted changes), and the Java runtime it runs on.
   */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = ReadoutCommand.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      String commit = p.getProperty("commit", "unknown");
      if (Boolean.parseBoolean(p.getProperty("dirty", "false"))) {
        commit += ", with local changes";
      }
      return new String[] {"readout " + p.getProperty("version", "unknown") + " (commit " + commit + ")",
          "Java " + System.getProperty("java.runtime.version", System.getProperty("java.version")) + " ("
              + System.getProperty("java.vendor", "unknown vendor") + ", " + System.getProperty("java.home") + ")"};
    }
  }
}
