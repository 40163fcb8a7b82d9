package dev.readout.core.io;

import java.util.Objects;

/**
 * One thing wrong with a dataset file: the file, where in it (line and column, from 1; both 0 when
 * unknown), the path of the value in the dataset's shape (e.g.
 * {@code engagements[3].participants[1].side}; empty for the file as a whole) and what is wrong.
 *
 * @param file the file's name, as given to the reader
 * @param line the line, from 1; 0 when unknown
 * @param column the column, from 1; 0 when unknown
 * @param path the path of the value, e.g. {@code engagements[3].date}; empty for the whole file
 * @param message what is wrong, e.g. {@code "2022-13-45" is not an EDTF date: month must be 01–12}
 */
public record FileProblem(String file, int line, int column, String path, String message) {
  /**
   * Checks that no component is null and the location is not negative.
   *
   * @param file the file's name
   * @param line the line, from 1; 0 when unknown
   * @param column the column, from 1; 0 when unknown
   * @param path the path of the value; empty for the whole file
   * @param message what is wrong
   */
  public FileProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must not be negative, but were " + line + " and " + column);
    }
  }

  /** {@return true when the line of the problem is known.} */
  public boolean hasLocation() {
    return line > 0;
  }

  /**
   * The problem in one line: {@code FILE:LINE:COL: path: message}, or {@code FILE: path: message}
   * when the location is unknown; the path and its colon are left out when it is empty.
   *
   * @return e.g. {@code meeting.yaml:12:11: engagements[0].date: "2022-13" is not an EDTF date: month must be 01–12}
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(file);
    if (hasLocation()) {
      sb.append(':').append(line).append(':').append(column);
    }
    sb.append(": ");
    if (!path.isEmpty()) {
      sb.append(path).append(": ");
    }
    return sb.append(message).toString();
  }
}
