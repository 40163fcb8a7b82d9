package dev.readout.core.io;

import java.util.ArrayList;
import java.util.List;

/** The problems found in one dataset file as it is read, each at the line and column of its value. */
final class FileProblems {
  private final String file;
  private final List<FileProblem> problems = new ArrayList<>();

  FileProblems(String file) {
    this.file = file;
  }

  /** {@return the file's name, as messages give it} */
  String file() {
    return file;
  }

  /** Adds a problem with the value at {@code path}, written at {@code mark}. */
  void add(String path, Mark mark, String message) {
    problems.add(new FileProblem(file, mark.line(), mark.column(), path, message));
  }

  /** Adds problems found already, such as the parser's. */
  void addAll(List<FileProblem> found) {
    problems.addAll(found);
  }

  /** {@return how many problems were found so far} */
  int count() {
    return problems.size();
  }

  /** {@return the problems found, in the order found} */
  List<FileProblem> list() {
    return List.copyOf(problems);
  }
}
