package dev.readout.core.io;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Writes a {@link CanonicalTree} as canonical YAML: block style throughout, two spaces of
 * indentation with list items indented under their key, no document marker, {@code \n} line ends
 * and a final line end.
 *
 * <p>A string is written plain when it reads back as the same string in any YAML 1.1 or 1.2
 * parser; a string with line breaks that a literal block keeps exactly is written as a literal
 * block ({@code |}, with {@code |-} or {@code |+} for its final line breaks); every other string is
 * written in double quotes, with escapes only where YAML needs them. Booleans, numbers and nulls are
 * written plain ({@code true}, {@code 65000000}, {@code null}). The choice depends on the string
 * alone, so equal datasets give equal bytes.
 */
final class YamlEmitter {
  private static final String INDENT = "  ";
  /** Plain scalars that YAML 1.1 (SnakeYAML) or 1.2 would read as something other than a string. */
  private static final List<Pattern> NOT_STRINGS = List.of(Resolver.BOOL, Resolver.FLOAT, Resolver.INT,
      Resolver.MERGE, Resolver.NULL, Resolver.VALUE, Resolver.YAML,
      Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?"),
      Pattern.compile("0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)"));

  private final StringBuilder out = new StringBuilder();

  private YamlEmitter() {}

  /**
   * Writes a tree.
   *
   * @param tree maps with string keys, lists, strings, booleans, decimal numbers and nulls
   * @return the YAML text
   */
  static String emit(Map<String, Object> tree) {
    YamlEmitter emitter = new YamlEmitter();
    if (tree.isEmpty()) {
      return "{}\n";
    }
    emitter.mapping(tree, 0, false);
    return emitter.out.toString();
  }

  private void mapping(Map<?, ?> map, int indent, boolean continuesLine) {
    if (map.isEmpty()) {
      out.append("{}\n");
      return;
    }
    boolean first = true;
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (!first || !continuesLine) {
        indent(indent);
      }
      first = false;
      out.append(entry.getKey()).append(':');
      Object value = entry.getValue();
      if (value instanceof String s) {
        out.append(' ');
        scalar(s, indent + 1);
      } else if (value == null) {
        out.append(" null\n");
      } else if (value instanceof Boolean || value instanceof BigDecimal) {
        out.append(' ').append(value).append('\n');
      } else if (value instanceof List<?> list) {
        out.append('\n');
        sequence(list, indent + 1);
      } else {
        out.append('\n');
        mapping((Map<?, ?>) value, indent + 1, false);
      }
    }
  }

  private void sequence(List<?> list, int indent) {
    if (list.isEmpty()) {
      indent(indent);
      out.append("[]\n");
      return;
    }
    for (Object item : list) {
      indent(indent);
      out.append("- ");
      if (item instanceof String s) {
        scalar(s, indent + 1);
      } else if (item instanceof Boolean || item instanceof BigDecimal) {
        out.append(item).append('\n');
      } else if (item instanceof Map<?, ?> map) {
        mapping(map, indent + 1, true);
      } else {
        throw new IllegalArgumentException("list items must be strings or maps, but was a list");
      }
    }
  }

  /** Writes a string and its line end; {@code indent} is the level of a literal block's lines. */
  private void scalar(String s, int indent) {
    if (isPlain(s)) {
      out.append(s).append('\n');
    } else if (isLiteral(s)) {
      literal(s, indent);
    } else {
      quoted(s);
      out.append('\n');
    }
  }

  private void literal(String s, int indent) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == '\n') {
      end--;
    }
    int breaks = s.length() - end;
    out.append(breaks == 0 ? "|-" : breaks == 1 ? "|" : "|+").append('\n');
    for (String line : s.substring(0, end).split("\n", -1)) {
      if (!line.isEmpty()) {
        indent(indent);
        out.append(line);
      }
      out.append('\n');
    }
    for (int i = 1; i < breaks; i++) {
      out.append('\n');
    }
  }

  private void quoted(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\t':
          out.append("\\t");
          break;
        case '\r':
          out.append("\\r");
          break;
        default:
          if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            out.append(c).append(s.charAt(++i));
          } else if (isPrintable(c) && !isSpecialBreak(c)) {
            out.append(c);
          } else {
            out.append("\\u").append(hex4(c));
          }
      }
    }
    out.append('"');
  }

  private void indent(int level) {
    out.append(INDENT.repeat(level));
  }

  /** True when the string can be written as a plain scalar and reads back as the same string. */
  static boolean isPlain(String s) {
    if (s.isEmpty() || s.startsWith("---") || s.startsWith("...")) {
      return false;
    }
    char first = s.charAt(0);
    if (!(Character.isLetterOrDigit(first) || first == '.' || first == '/' || first == '(' || first == '_'
        || first == '$')) {
      return false;
    }
    if (s.endsWith(":") || s.contains(": ") || s.contains(" #") || s.endsWith(" ")) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != ' ' && (Character.isWhitespace(c) || Character.isSpaceChar(c)) || !isSafe(s, i)) {
        return false;
      }
    }
    for (Pattern p : NOT_STRINGS) {
      if (p.matcher(s).matches()) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when a literal block keeps the string exactly: it has a line break, its first line starts
   * with neither a space, a tab nor a line break (so the indentation is found from it), no line
   * starts with a tab or ends in a space or tab, and every character may appear unescaped.
   */
  static boolean isLiteral(String s) {
    if (s.indexOf('\n') < 0 || s.charAt(0) == '\n' || s.charAt(0) == ' ' || s.charAt(0) == '\t') {
      return false;
    }
    for (String line : s.split("\n", -1)) {
      if (!line.isEmpty() && (line.charAt(0) == '\t' || line.endsWith(" ") || line.endsWith("\t"))) {
        return false;
      }
      for (int i = 0; i < line.length(); i++) {
        if (line.charAt(i) != '\t' && !isSafe(line, i)) {
          return false;
        }
      }
    }
    return true;
  }

  /** True when the character at {@code i} may stand unescaped: printable, not a YAML 1.1 line break, not a lone surrogate. */
  private static boolean isSafe(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
    return isPrintable(c) && !isSpecialBreak(c) && c != '\t';
  }

  /** YAML's printable characters of the Basic Multilingual Plane, less the byte order mark. */
  private static boolean isPrintable(char c) {
    return c >= 0x20 && c <= 0x7E || c >= 0xA0 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF;
  }

  /** Characters YAML 1.1 reads as line breaks. */
  private static boolean isSpecialBreak(char c) {
    return c == 0x85 || c == 0x2028 || c == 0x2029;
  }

  private static String hex4(char c) {
    String hex = Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT);
    return "0".repeat(4 - hex.length()) + hex;
  }
}
