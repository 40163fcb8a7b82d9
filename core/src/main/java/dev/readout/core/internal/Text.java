package dev.readout.core.internal;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;

/** Unicode NFC normalisation and whitespace folding, the text rules at the model boundary. */
public final class Text {
  private Text() {}

  /** {@return {@code s} in Unicode Normalization Form C.} */
  public static String nfc(String s) {
    return isBelowCombiningMarks(s) || Normalizer.isNormalized(s, Normalizer.Form.NFC)
        ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  /**
   * True when every character is below U+0300, where the combining marks begin: such text is in
   * NFC already (every character below it is its own composition and combines with nothing), and
   * checking so is a plain scan, cheaper than the normaliser's check of a long source text.
   */
  private static boolean isBelowCombiningMarks(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= '\u0300') {
        return false;
      }
    }
    return true;
  }

  /** {@return the optional string in NFC.} */
  public static Optional<String> nfc(Optional<String> s) {
    return s.map(Text::nfc);
  }

  /** {@return the list with every string in NFC.} */
  public static List<String> nfc(List<String> list) {
    return list.stream().map(Text::nfc).toList();
  }

  /** {@return true when every given string is already in NFC.} */
  public static boolean isNfc(String... values) {
    for (String v : values) {
      if (v != null && !Normalizer.isNormalized(v, Normalizer.Form.NFC)) {
        return false;
      }
    }
    return true;
  }

  /** {@return true when the optional string is absent or already in NFC.} */
  public static boolean isNfc(Optional<String> value) {
    return value.map(Text::isNfc).orElse(true);
  }

  /** {@return true when every string of the list is already in NFC.} */
  public static boolean isNfc(List<String> values) {
    return values.stream().allMatch(Text::isNfc);
  }

  /**
   * Returns {@code s} in NFC with every run of white space (including no-break spaces) folded to
   * one ASCII space and the ends trimmed: the form in which quotes are compared with source texts.
   */
  public static String fold(String s) {
    // One pass over the characters instead of a regular expression: validation folds every quote,
    // and the regex was most of the time a large dataset took to build.
    if (isFoldedBelowCombiningMarks(s)) {
      return s;
    }
    String n = nfc(s);
    int length = n.length();
    StringBuilder folded = null;
    int copied = 0;
    for (int i = 0; i < length; i++) {
      if (!isFoldedSpace(n.charAt(i))) {
        continue;
      }
      int end = i + 1;
      while (end < length && isFoldedSpace(n.charAt(end))) {
        end++;
      }
      if (end - i > 1 || n.charAt(i) != ' ') {
        if (folded == null) {
          folded = new StringBuilder(length);
        }
        folded.append(n, copied, i).append(' ');
        copied = end;
      }
      i = end - 1;
    }
    if (folded != null) {
      n = folded.append(n, copied, length).toString();
    }
    return n.strip();
  }

  /**
   * True when {@code s} is its own {@linkplain #fold folded} form for a reason one scan sees: every
   * character below U+0300 (so in NFC), no white space but single ASCII spaces between other
   * characters. Most quotes are, and this is cheaper than the two scans of {@link #nfc} and the fold.
   */
  private static boolean isFoldedBelowCombiningMarks(String s) {
    boolean afterSpace = true; // no space at the start
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c > ' ' && c < '\u00A0') {
        afterSpace = false;
      } else if (c == ' ' && !afterSpace) {
        afterSpace = true;
      } else if (c <= ' ' || c == '\u00A0' || c >= '\u0300') {
        return false;
      } else {
        afterSpace = false; // U+00A1 to U+02FF: letters and signs, none of them white space
      }
    }
    return !afterSpace || s.isEmpty();
  }

  /** The white space {@link #fold} folds: regex {@code \s}, no-break space, figure space, narrow no-break space. */
  private static boolean isFoldedSpace(char c) {
    switch (c) {
      case ' ': case '\t': case '\n': case '\u000B': case '\f': case '\r':
      case '\u00A0': case '\u2007': case '\u202F':
        return true;
      default:
        return false;
    }
  }
}
