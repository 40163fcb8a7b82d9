package dev.readout.core.io;

/**
 * A place in a file: line and column, from 1.
 *
 * @param line the line, from 1
 * @param column the column, from 1
 */
record Mark(int line, int column) {
  /** No known place. */
  static final Mark NONE = new Mark(0, 0);

  /** {@return e.g. {@code line 3, column 5}.} */
  String describe() {
    return "line " + line + ", column " + column;
  }
}
