package dev.readout.cli;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.io.DatasetFiles;
import dev.readout.core.seed.Datasets;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --dataset FILE|DIR|seed} option shared by the commands that read a dataset. */
final class DatasetOption {
  @Option(names = "--dataset", paramLabel = "FILE|DIR|seed", defaultValue = "seed",
      description = "A YAML or JSON dataset file (with the files it extends), a folder of them read as one dataset,"
          + " or 'seed' for the built-in dataset (default: ${DEFAULT-VALUE}).")
  String dataset;

  Dataset load() {
    return isSeed() ? Datasets.seed() : DatasetFiles.read(Path.of(dataset));
  }

  /** {@return whether the option names the built-in dataset} */
  boolean isSeed() {
    return "seed".equals(dataset);
  }
}
