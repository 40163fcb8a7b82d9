package dev.readout.reports.pdf;

import java.util.List;

/**
 * A theme file that cannot be used: every problem found in it, in file order, each a line of the
 * form {@code FILE:LINE:COLUMN: field: message} ({@code FILE: message} for the file as a whole), such
 * as {@code house.yaml:7:12: colours.heading: must be a colour written "#RRGGBB", such as "#1F3864",
 * but was "navy"}. The message is those lines, joined by line feeds.
 */
public final class ThemeFileException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The problems; a list of strings, serializable as it is. */
  private final List<String> problems;

  ThemeFileException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  /**
   * Returns the problems, in file order, one a line.
   *
   * @return the problems, at least one
   */
  public List<String> problems() {
    return problems;
  }
}
