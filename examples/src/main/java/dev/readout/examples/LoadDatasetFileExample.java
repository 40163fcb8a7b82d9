package dev.readout.examples;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.io.DatasetFileException;
import dev.readout.core.io.DatasetFiles;
import dev.readout.core.io.FileProblem;
import dev.readout.core.io.Format;
import dev.readout.core.model.Commitment;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;

/**
 * Loads a YAML dataset file that extends the built-in seed with a new meeting (it says
 * {@code extends: seed} and uses the seed's people by id), then a broken copy of it, and prints
 * every problem of the broken one as {@code FILE:LINE:COL: path: message}.
 */
public final class LoadDatasetFileExample {
  private LoadDatasetFileExample() {}

  static Dataset load(String resource) throws IOException {
    try (InputStream in = LoadDatasetFileExample.class.getResourceAsStream(resource)) {
      return DatasetFiles.read(resource, in, Format.YAML, Dataset.empty());
    }
  }

  /**
   * Loads {@code new-meeting.yaml} and {@code broken-meeting.yaml} from this package.
   *
   * @param args not used
   * @throws IOException if a resource cannot be read
   */
  public static void main(String[] args) throws IOException {
    Dataset dataset = load("new-meeting.yaml");
    System.out.println("new-meeting.yaml: valid, " + dataset.engagements().size() + " engagements");
    for (Commitment c : dataset.commitmentsAt("giang-austin-2025")) {
      System.out.println("  " + c.id() + ": " + dataset.statusOn(c, LocalDate.of(2025, 6, 1)).orElseThrow());
    }
    try {
      load("broken-meeting.yaml");
      System.out.println("broken-meeting.yaml: valid?!");
    } catch (DatasetFileException e) {
      System.out.println("broken-meeting.yaml: " + e.problems().size() + " problems");
      for (FileProblem p : e.problems()) {
        System.out.println("  " + p);
      }
    }
  }
}
