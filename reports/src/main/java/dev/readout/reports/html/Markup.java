package dev.readout.reports.html;

/**
 * The escaping rules of HTML text, attribute values and CSS strings, in one place. Every method is a
 * pure function of its arguments and expects text with only renderable characters (see {@link
 * dev.readout.reports.doc.PlainText#isRenderable(int)}).
 */
final class Markup {
  private Markup() {}

  /**
   * Appends text as the content of an element: {@code & < >} as character references, each line
   * break ({@code \r\n}, {@code \r} or {@code \n}) as {@code <br>}.
   */
  static void text(String text, StringBuilder sb) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '\r' -> {
          sb.append("<br>");
          if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            i++;
          }
        }
        case '\n' -> sb.append("<br>");
        default -> sb.append(c);
      }
    }
  }

  /** Returns text as the content of an element, as {@link #text(String, StringBuilder)} writes it. */
  static String text(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    text(text, sb);
    return sb.toString();
  }

  /**
   * Returns text as a double-quoted attribute value: {@code & < > "} as character references, line
   * breaks as one space each.
   */
  static String attribute(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\r' -> {
          sb.append(' ');
          if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            i++;
          }
        }
        case '\n' -> sb.append(' ');
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Returns text with each line break ({@code \r\n}, {@code \r} or {@code \n}) as one space. */
  static String oneLine(String text) {
    return text.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
  }

  /**
   * Returns text as a CSS string in double quotes: ASCII letters, digits and spaces as they are,
   * every other character as a hexadecimal escape ({@code \201C }), so no text can end the string,
   * the rule or the style element.
   */
  static String cssString(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 8).append('"');
    text.codePoints().forEach(cp -> {
      if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == ' ') {
        sb.appendCodePoint(cp);
      } else {
        sb.append('\\').append(Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT)).append(' ');
      }
    });
    return sb.append('"').toString();
  }
}
