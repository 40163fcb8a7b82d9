package dev.readout.cli;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.io.DatasetFileException;
import dev.readout.core.io.DatasetFiles;
import dev.readout.core.io.FileProblem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code readout validate}: checks dataset files and folders and reports every problem of each. */
@Command(name = "validate", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
    description = {"Check dataset files, or folders of them (each folder one dataset), with everything they extend:"
        + " every problem is reported, one a line, as FILE:LINE:COL: path: message.",
        "A quote whose source has no text cannot be checked: it is reported as 'warning: FILE:LINE:COL: path:"
            + " message', and with --strict it is a problem."},
    footerHeading = "%nExamples:%n",
    footer = {"  ./readout validate my-data.yaml", "  ./readout validate docs/datasets/*.yaml",
        "  ./readout validate data/2023/ --strict"})
final class ValidateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR",
      description = "YAML (.yaml, .yml) or JSON (.json) dataset files, or folders of them.")
  List<Path> paths;

  @Option(names = "--strict", description = "Treat quotes that cannot be checked as problems: exit with 1 if there are any.")
  boolean strict;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean allValid = true;
    boolean fault = false;
    for (Path path : paths) {
      try {
        DatasetFiles.Validated v = DatasetFiles.validate(path, strict);
        Dataset d = v.dataset();
        List<FileProblem> warnings = v.warnings();
        warnings.forEach(w -> err.println(Terminal.safe("warning: " + w)));
        out.println(Terminal.safe(path + ": valid (" + Counts.of(d.engagements().size(), "engagement") + ", "
            + Counts.of(d.commitments().size(), "commitment") + ", " + Counts.of(d.sources().size(), "source")
            + (warnings.isEmpty() ? "" : "; " + Counts.of(warnings.size(), "warning"))
            + ")"));
      } catch (DatasetFileException e) {
        allValid = false;
        e.problems().forEach(p -> err.println(Terminal.safe(p.toString())));
      } catch (RuntimeException e) {
        // A fault of Readout on one file is reported, and the other files are still checked.
        fault = true;
        err.println(Terminal.safe("readout: internal error on " + path + ": " + e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : ": " + e.getMessage())));
      }
    }
    if (fault) {
      err.println("This is a fault of Readout, not of your data: please report it with the output of --verbose.");
      return Main.INTERNAL;
    }
    return allValid ? 0 : Main.INVALID;
  }
}
