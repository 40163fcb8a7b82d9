package dev.readout.core.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The problems of one dataset file as it is read: each at the line and column of its value, where
 * every path read was found, so that a problem the dataset reports later by path can be placed too,
 * and in the end all of them in file order.
 */
final class FileProblems {
  private static final Comparator<FileProblem> FILE_ORDER = Comparator
      .comparingInt((FileProblem p) -> p.hasLocation() ? p.line() : Integer.MAX_VALUE)
      .thenComparingInt(FileProblem::column);

  private final String file;
  private final List<FileProblem> problems = new ArrayList<>();
  /** Where the value at each path read was written. */
  private final Map<String, Mark> marks = new HashMap<>();

  FileProblems(String file) {
    this.file = file;
  }

  /** Notes where the value at {@code path} is written, for problems placed by path later. */
  void visit(String path, Node node) {
    marks.putIfAbsent(path, node.mark());
  }

  /** Adds a problem with the value at {@code path}, written at {@code mark}. */
  void add(String path, Mark mark, String message) {
    problems.add(new FileProblem(file, mark.line(), mark.column(), path, message));
  }

  /** Adds a problem with the value at {@code path}, placed where that value, or the nearest one enclosing it, is written. */
  void addAt(String path, String message) {
    add(path, markOf(path), message);
  }

  /** Adds a problem that lies in the records the file builds on, not in the file. */
  void addInBase(String path, String message) {
    problems.add(new FileProblem(file, 0, 0, path, FileMessages.inBase(message)));
  }

  /** Adds problems found already, such as the parser's. */
  void addAll(List<FileProblem> found) {
    problems.addAll(found);
  }

  /** {@return how many problems were found so far} */
  int count() {
    return problems.size();
  }

  /** {@return the exception that reports every problem, in file order} */
  DatasetFileException failure() {
    List<FileProblem> sorted = new ArrayList<>(problems);
    sorted.sort(FILE_ORDER);
    return new DatasetFileException(sorted);
  }

  private Mark markOf(String path) {
    for (String at = path; !at.isEmpty(); at = parent(at)) {
      Mark mark = marks.get(at);
      if (mark != null) {
        return mark;
      }
    }
    return Mark.NONE;
  }

  private static String parent(String path) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut < 0 ? "" : path.substring(0, cut);
  }
}
