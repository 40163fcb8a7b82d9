package dev.readout.cli;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.io.DatasetFiles;
import dev.readout.core.io.Format;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code readout export}: writes a dataset as a canonical YAML or JSON file. */
@Command(name = "export", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
    description = {"Write a dataset as one canonical file: records and keys in a fixed order, two-space indentation, so that"
        + " export, import, export gives the same bytes.",
        "A dataset of several files (a chain of extends, or a folder) is written whole, as one file that extends"
            + " nothing: the records as added, then the amendments."},
    footerHeading = "%nExamples:%n",
    footer = {"  ./readout export --to yaml --out seed.yaml", "  ./readout export --dataset my-data.yaml --to json",
        "  ./readout export --dataset data/ --out everything.yaml"})
final class ExportCommand implements Callable<Integer> {
  /** The notations export writes. */
  enum Notation { JSON, YAML }

  @Spec
  CommandSpec spec;

  @Mixin
  DatasetOption dataset;

  @Option(names = "--to", paramLabel = "json|yaml",
      description = "The notation (default: from the --out file's extension, else yaml).")
  Notation to;

  @Option(names = "--out", paramLabel = "FILE", description = "The file to write (default: standard output).")
  Path out;

  @Override
  public Integer call() {
    Format format = to != null ? Format.valueOf(to.name())
        : out != null ? Format.of(out) : Format.YAML;
    Dataset d = dataset.load();
    if (out == null) {
      spec.commandLine().getOut().print(DatasetFiles.toString(d, format));
      spec.commandLine().getOut().flush();
      return 0;
    }
    try (AtomicFiles files = AtomicFiles.open()) {
      try {
        DatasetFiles.write(d, format, files.stage(out));
      } catch (IOException e) {
        throw AtomicFiles.cannotWrite(out, e);
      }
      files.commit();
    }
    spec.commandLine().getOut().println(out);
    return 0;
  }
}
