package dev.readout.core.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The two notations of a dataset file, which hold the same shape. */
public enum Format {
  /** JSON, in files ending in {@code .json}. */
  JSON,
  /** YAML, in files ending in {@code .yaml} or {@code .yml}. */
  YAML;

  /**
   * The format of a file, by its extension (in any case): {@code .json} for JSON, {@code .yaml} or
   * {@code .yml} for YAML.
   *
   * @param file the file
   * @return its format
   * @throws DatasetFileException if the file has any other extension, or none
   */
  public static Format of(Path file) {
    Path name = file.getFileName();
    String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    if (lower.endsWith(".json")) {
      return JSON;
    }
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      return YAML;
    }
    throw new DatasetFileException(List.of(
        new FileProblem(file.toString(), 0, 0, "", FileMessages.unsupportedExtension(String.valueOf(name)))));
  }
}
