package dev.readout.core.internal;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Unicode NFC normalisation and whitespace folding, the text rules at the model boundary. */
public final class Text {
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

  private Text() {}

  /** {@return returns {@code s} in Unicode Normalization Form C.} */
  public static String nfc(String s) {
    return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  /** {@return returns the optional string in NFC.} */
  public static Optional<String> nfc(Optional<String> s) {
    return s.map(Text::nfc);
  }

  /** {@return returns every string of the list in NFC.} */
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
    return WHITESPACE.matcher(nfc(s)).replaceAll(" ").strip();
  }

  /** {@return true when {@code s} holds something other than white space.} */
  public static boolean hasText(String s) {
    return !s.isBlank();
  }
}
