package dev.readout.cli;

/**
 * What the command prints to a terminal: each line as it is, except that control characters,
 * escape sequences, bidirectional controls and other invisible characters are written as escapes,
 * and a line longer than {@value #MAX_LINE} characters is cut, saying how long it was — messages
 * quote the input, and the input may be hostile.
 */
final class Terminal {
  /** The most characters of one message line printed. */
  static final int MAX_LINE = 1_000;

  private Terminal() {}

  /** {@return the line safe to print: escaped, and cut when longer than {@value #MAX_LINE} characters} */
  static String safe(String line) {
    StringBuilder out = new StringBuilder(Math.min(line.length(), MAX_LINE) + 32);
    int shown = 0;
    int i = 0;
    while (i < line.length() && shown < MAX_LINE) {
      int cp = line.codePointAt(i);
      if (cp == '\t') {
        out.append(' ');
      } else if (isHidden(cp)) {
        out.append(String.format(java.util.Locale.ROOT, "\\u{%04X}", cp));
      } else {
        out.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
      shown++;
    }
    if (i < line.length()) {
      out.append("… (").append(line.codePointCount(0, line.length())).append(" characters)");
    }
    return out.toString();
  }

  private static boolean isHidden(int cp) {
    return switch (Character.getType(cp)) {
      case Character.CONTROL, Character.FORMAT, Character.SURROGATE,
          Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> true;
      default -> false;
    };
  }
}
