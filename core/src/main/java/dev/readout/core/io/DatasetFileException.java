package dev.readout.core.io;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a dataset file cannot be read: it cannot be opened, is not well-formed JSON or YAML,
 * goes beyond a size limit, does not have the dataset's shape, or breaks a rule of the dataset. It
 * carries every {@link FileProblem} found, in file order, and its message lists them one a line.
 */
public final class DatasetFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<FileProblem> problems;

  /**
   * Creates the exception.
   *
   * @param problems the problems found, at least one, in the order to report them
   * @throws IllegalArgumentException if the list is empty
   */
  public DatasetFileException(List<FileProblem> problems) {
    super(problems.stream().map(FileProblem::toString).collect(Collectors.joining("\n")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems must hold at least one problem, but was empty");
    }
    this.problems = List.copyOf(problems);
  }

  /** {@return every problem found, in file order: by line, then column; those without a location last.} */
  public List<FileProblem> problems() {
    return problems;
  }
}
