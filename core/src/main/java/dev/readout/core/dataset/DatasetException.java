package dev.readout.core.dataset;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown by {@link Dataset.Builder#build()} with every problem the dataset has, in file order. */
public final class DatasetException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  /**
   * Creates the exception.
   *
   * @param problems the problems found, at least one
   */
  public DatasetException(List<Problem> problems) {
    super(DatasetMessages.summary(problems.size()) + problems.stream().map(p -> "\n  " + p).collect(Collectors.joining()));
    this.problems = List.copyOf(problems);
  }

  /** {@return every problem found, in file order: by kind of record, then position, then field.} */
  public List<Problem> problems() {
    return problems;
  }
}
