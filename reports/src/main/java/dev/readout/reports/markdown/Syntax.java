package dev.readout.reports.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The character rules of CommonMark 0.31 and GFM that escaping and emphasis depend on, in one
 * place. Every method is a pure function of its arguments.
 */
final class Syntax {
  private static final Pattern ORDERED_MARKER = Pattern.compile("^([0-9]{1,9})([.)])");
  private static final Pattern ENTITY =
      Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});");

  /** Escaped wherever they occur in text: inline syntax, GFM tables, strikethrough and math. */
  private static final String ALWAYS_ESCAPED = "\\*_`[]<|~$^";

  /** Escaped as the first character of a line, where they would start a block. */
  private static final String LINE_START_ESCAPED = "#>-+=:";

  private Syntax() {}

  /** Where a run of inline text is written, which decides what must be escaped. */
  enum Mode {
    /** In a paragraph, list item, quote or footnote: lines can start blocks; breaks are hard breaks. */
    BLOCK,
    /** In an ATX heading: one line, {@code #} is escaped everywhere, breaks become spaces. */
    HEADING,
    /** In a table cell: one line, breaks become {@code <br>}. */
    CELL
  }

  /**
   * Escapes one line of text (no line feed in it) so that it reads back as the same characters.
   *
   * @param text the text, with only renderable characters
   * @param lineStart whether the text begins a line where a block could start
   * @param afterFootnoteMark whether a footnote mark {@code [^n]} is just before it
   * @param beforeBracket whether a link's or footnote mark's {@code [} follows it ({@code ![} opens an image)
   */
  static String escape(String text, Mode mode, boolean lineStart, boolean afterFootnoteMark, boolean beforeBracket) {
    StringBuilder sb = new StringBuilder(text.length() + 8);
    int i = 0;
    if (!text.isEmpty() && lineStart && mode == Mode.BLOCK) {
      char first = text.charAt(0);
      Matcher ordered = ORDERED_MARKER.matcher(text);
      if (first == ' ') {
        sb.append("&#32;");
        i = 1;
      } else if (first == '\t') {
        sb.append("&#9;");
        i = 1;
      } else if (LINE_START_ESCAPED.indexOf(first) >= 0) {
        sb.append('\\').append(first);
        i = 1;
      } else if (ordered.find()) {
        sb.append(ordered.group(1)).append('\\').append(ordered.group(2));
        i = ordered.end();
      }
    }
    if (i == 0 && afterFootnoteMark && (text.startsWith(":") || text.startsWith("("))) {
      // "[^1]:" at the start of a line would be read as a footnote definition, "[^1](x)" as a link.
      sb.append('\\').append(text.charAt(0));
      i = 1;
    }
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (ALWAYS_ESCAPED.indexOf(c) >= 0
          || (c == '#' && mode == Mode.HEADING)
          || (c == '!' && beforeBracket && i == text.length() - 1)
          || (c == '&' && ENTITY.matcher(text).region(i, text.length()).lookingAt())) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /**
   * Escapes a link destination: parentheses would end or unbalance it, and an entity such as
   * {@code &amp;} would be decoded (the model's URL checks exclude spaces, {@code <}, {@code >} and
   * backslashes).
   */
  /**
   * A link destination for a file name or {@code data:} URI: in angle brackets when it has spaces or
   * angle brackets (which are then escaped), else as {@link #destination}.
   */
  static String imageDestination(String target) {
    boolean bracket = false;
    for (int i = 0; i < target.length() && !bracket; i++) {
      char c = target.charAt(i);
      bracket = c == '<' || c == '>' || Character.isWhitespace(c);
    }
    if (!bracket) {
      return destination(target);
    }
    return "<" + target.replace("\\", "\\\\").replace("<", "\\<").replace(">", "\\>") + ">";
  }

  static String destination(String target) {
    StringBuilder sb = new StringBuilder(target.length() + 4);
    for (int i = 0; i < target.length(); i++) {
      char c = target.charAt(i);
      if (c == '(' || c == ')' || (c == '&' && ENTITY.matcher(target).region(i, target.length()).lookingAt())) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /** Unicode whitespace in CommonMark's sense: Zs, tab, line feed, form feed, carriage return. */
  static boolean isWhitespace(int cp) {
    return cp == '\t' || cp == '\n' || cp == '\f' || cp == '\r' || Character.getType(cp) == Character.SPACE_SEPARATOR;
  }

  /**
   * Punctuation as CommonMark 0.31 counts it (ASCII punctuation, Unicode P and S categories): the
   * wider reading, used where counting more characters as punctuation makes emphasis less likely.
   */
  static boolean isPunctuationWide(int cp) {
    return isAsciiPunctuation(cp) || isUnicodePunctuation(cp) || isUnicodeSymbol(cp);
  }

  /**
   * Punctuation as older parsers count it (ASCII punctuation, Unicode P only): the narrower reading,
   * used where counting fewer characters as punctuation makes emphasis less likely.
   */
  static boolean isPunctuationNarrow(int cp) {
    return isAsciiPunctuation(cp) || isUnicodePunctuation(cp);
  }

  /**
   * Whether a delimiter run between {@code before} and {@code after} is left-flanking (can open
   * emphasis with {@code *}) under both readings of punctuation.
   */
  static boolean leftFlanking(int before, int after) {
    return !isWhitespace(after)
        && (!isPunctuationWide(after) || isWhitespace(before) || isPunctuationNarrow(before));
  }

  /**
   * Whether a delimiter run between {@code before} and {@code after} is right-flanking (can close
   * emphasis with {@code *}) under both readings of punctuation.
   */
  static boolean rightFlanking(int before, int after) {
    return !isWhitespace(before)
        && (!isPunctuationWide(before) || isWhitespace(after) || isPunctuationNarrow(after));
  }

  /**
   * Whether a delimiter run between {@code before} and {@code after} may be left-flanking under one
   * of the readings of punctuation: a run that may open must not be allowed to close early.
   */
  static boolean mayBeLeftFlanking(int before, int after) {
    return !isWhitespace(after)
        && (!isPunctuationNarrow(after) || isWhitespace(before) || isPunctuationWide(before));
  }

  /** Whether a delimiter run may be right-flanking under one of the readings of punctuation. */
  static boolean mayBeRightFlanking(int before, int after) {
    return !isWhitespace(before)
        && (!isPunctuationNarrow(before) || isWhitespace(after) || isPunctuationWide(after));
  }

  private static boolean isAsciiPunctuation(int cp) {
    return (cp >= 0x21 && cp <= 0x2F) || (cp >= 0x3A && cp <= 0x40) || (cp >= 0x5B && cp <= 0x60)
        || (cp >= 0x7B && cp <= 0x7E);
  }

  private static boolean isUnicodePunctuation(int cp) {
    switch (Character.getType(cp)) {
      case Character.CONNECTOR_PUNCTUATION:
      case Character.DASH_PUNCTUATION:
      case Character.START_PUNCTUATION:
      case Character.END_PUNCTUATION:
      case Character.INITIAL_QUOTE_PUNCTUATION:
      case Character.FINAL_QUOTE_PUNCTUATION:
      case Character.OTHER_PUNCTUATION:
        return true;
      default:
        return false;
    }
  }

  private static boolean isUnicodeSymbol(int cp) {
    switch (Character.getType(cp)) {
      case Character.MATH_SYMBOL:
      case Character.CURRENCY_SYMBOL:
      case Character.MODIFIER_SYMBOL:
      case Character.OTHER_SYMBOL:
        return true;
      default:
        return false;
    }
  }
}
