package dev.readout.reports.internal;

import java.text.Normalizer;

/** Unicode NFC for the renderers, which put every text of a document through it. */
public final class Nfc {
  private Nfc() {}

  /**
   * Returns the text in NFC. Text without a character from U+0300 (the first combining mark) up is
   * in NFC already, which is most text, and is checked in one look at each character instead of
   * normalised.
   *
   * @param text any text
   * @return the text in NFC
   */
  public static String of(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= '\u0300') {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
      }
    }
    return text;
  }
}
