package dev.readout.core.internal;

import java.util.Locale;

/**
 * A value as an error message quotes it: between quotes, safe to print on a terminal and short.
 * Line breaks and tabs are written {@code \n}, {@code \r} and {@code \t}; other control characters
 * (terminal escape sequences begin with one), the bidirectional controls that reorder what a reader
 * sees, lone surrogates and other invisible format characters are written as a backslash, {@code u}
 * and the code point in hex between braces ({@code U+001B} as backslash-{@code u{001B}}). A value
 * longer than {@value #MAX_SHOWN} code points is cut there with an ellipsis, and the message says how
 * long it was.
 */
public final class Quoted {
  /** The most code points of a value a message shows. */
  public static final int MAX_SHOWN = 80;

  private Quoted() {}

  /** {@return the value quoted for a message, e.g. {@code 'Giang'}, {@code 'a\nb'}} */
  public static String of(String value) {
    return of(value, '\'');
  }

  /** {@return a passage of prose quoted for a message between double quotes, e.g. {@code "Vietnam's"}} */
  public static String prose(String value) {
    return of(value, '"');
  }

  private static String of(String value, char mark) {
    StringBuilder out = new StringBuilder(Math.min(value.length(), MAX_SHOWN) + 8).append(mark);
    int shown = 0;
    int i = 0;
    while (i < value.length() && shown < MAX_SHOWN) {
      int cp = value.codePointAt(i);
      escape(out, cp);
      i += Character.charCount(cp);
      shown++;
    }
    out.append(mark);
    if (i < value.length()) {
      out.insert(out.length() - 1, '…');
      out.append(" (").append(value.codePointCount(0, value.length())).append(" characters)");
    }
    return out.toString();
  }

  private static void escape(StringBuilder out, int cp) {
    switch (cp) {
      case '\n' -> out.append("\\n");
      case '\r' -> out.append("\\r");
      case '\t' -> out.append("\\t");
      default -> {
        if (isHidden(cp)) {
          out.append(String.format(Locale.ROOT, "\\u{%04X}", cp));
        } else {
          out.appendCodePoint(cp);
        }
      }
    }
  }

  /** Control, format (bidi controls, zero-width characters), surrogate and line or paragraph separator code points. */
  private static boolean isHidden(int cp) {
    return switch (Character.getType(cp)) {
      case Character.CONTROL, Character.FORMAT, Character.SURROGATE,
          Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> true;
      default -> false;
    };
  }
}
