package dev.readout.cli;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.io.DatasetFileException;
import dev.readout.core.io.DatasetFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code readout validate}: checks dataset files and reports every problem of each. */
@Command(name = "validate", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
    description = "Check dataset files: every problem of every file is reported, one a line, as FILE:LINE:COL: path: message.",
    footerHeading = "%nExamples:%n",
    footer = {"  ./readout validate my-data.yaml", "  ./readout validate docs/datasets/*.yaml"})
final class ValidateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "YAML (.yaml, .yml) or JSON (.json) dataset files.")
  List<Path> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean allValid = true;
    for (Path file : files) {
      try {
        Dataset d = DatasetFiles.read(file);
        out.println(file + ": valid (" + d.engagements().size() + " engagements, " + d.commitments().size()
            + " commitments, " + d.sources().size() + " sources)");
      } catch (DatasetFileException e) {
        allValid = false;
        e.problems().forEach(err::println);
      }
    }
    return allValid ? 0 : Main.INVALID;
  }
}
