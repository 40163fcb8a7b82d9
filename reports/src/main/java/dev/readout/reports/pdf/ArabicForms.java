package dev.readout.reports.pdf;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The presentation forms an Arabic letter is drawn with. OpenPDF lays right-to-left text out with
 * its own bidirectional algorithm, which also joins Arabic letters: it writes each letter of
 * U+0600–U+06FF as its isolated, initial, medial or final form from the Arabic Presentation Forms
 * blocks, and lam with alef as one ligature ({@code ArabicLigaturizer}). A font drawn for an Arabic
 * letter must therefore have those forms too, or the letter would silently vanish from the page.
 *
 * <p>A letter's forms are the characters of Arabic Presentation Forms-B (U+FE70–U+FEFF) whose
 * compatibility decomposition (NFKC) is the letter, or, for the letters that block does not have
 * (those of Persian, Urdu and other languages), of Presentation Forms-A (U+FB50–U+FDFF); lam also
 * needs the lam–alef ligatures U+FEF5–U+FEFC.
 */
final class ArabicForms {
  private static final int[] NONE = {};
  private static final Map<Integer, int[]> FORMS = forms();

  private ArabicForms() {}

  /** The presentation forms a font needs besides the letter, or none for any other character. */
  static int[] of(int codePoint) {
    if (codePoint < 0x0600 || codePoint > 0x06FF) {
      return NONE;
    }
    return FORMS.getOrDefault(codePoint, NONE);
  }

  private static Map<Integer, int[]> forms() {
    Map<Integer, int[]> formsB = new HashMap<>();
    Map<Integer, int[]> formsA = new HashMap<>();
    for (int c = 0xFB50; c <= 0xFEFF; c++) {
      if (c > 0xFDFF && c < 0xFE70) {
        continue;
      }
      Map<Integer, int[]> block = c >= 0xFE70 ? formsB : formsA;
      String letters = Normalizer.normalize(Character.toString(c), Normalizer.Form.NFKC);
      if (letters.length() == 1 && letters.charAt(0) >= 0x0600 && letters.charAt(0) <= 0x06FF) {
        block.merge((int) letters.charAt(0), new int[] {c}, ArabicForms::concat);
      } else if (c >= 0xFEF5 && c <= 0xFEFC) {
        block.merge(0x0644, new int[] {c}, ArabicForms::concat); // lam–alef
      }
    }
    Map<Integer, int[]> forms = new HashMap<>(formsA);
    forms.putAll(formsB);
    return Map.copyOf(forms);
  }

  private static int[] concat(int[] a, int[] b) {
    int[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }
}
