package dev.readout.cli;

import dev.readout.core.io.DatasetFiles;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code readout schema}: prints the JSON Schema of dataset files. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = "Print the JSON Schema (draft 2020-12) of dataset files, for editors that check files as they are written.",
    footerHeading = "%nExample:%n", footer = "  ./readout schema > readout-dataset.schema.json")
final class SchemaCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(DatasetFiles.schema());
    spec.commandLine().getOut().flush();
    return 0;
  }
}
