package dev.readout.reports.pdf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The messages of the PDF renderer, in one place so wording stays consistent and tests can assert
 * the exact text. The warnings every renderer shares come from {@link
 * dev.readout.reports.doc.RenderWarning}'s factories; these are the ones only a renderer with
 * fonts has.
 */
final class PdfMessages {
  private PdfMessages() {}

  /**
   * A warning: the characters (each written {@code U+XXXX} and itself) have no glyph in any font of
   * the chain, which the message names: "U+1F600 😀 has no glyph in the bundled fonts (Liberation
   * Serif and Sans), the fallback fonts given or the fonts installed on this machine and was left
   * out".
   */
  static String noGlyph(List<String> characters, FontChain chain) {
    boolean one = characters.size() == 1;
    List<String> fonts = new ArrayList<>(List.of("the bundled fonts (Liberation Serif and Sans)"));
    if (!chain.files().isEmpty()) {
      fonts.add("the fallback fonts given");
    }
    if (chain.system()) {
      fonts.add("the fonts installed on this machine");
    }
    String where = fonts.size() == 1 ? fonts.get(0)
        : String.join(", ", fonts.subList(0, fonts.size() - 1)) + " or " + fonts.get(fonts.size() - 1);
    return String.join(", ", characters) + (one ? " has" : " have") + " no glyph in " + where + " and "
        + (one ? "was" : "were") + " left out";
  }

  /** A fallback font file that cannot be read as a font. */
  static String fallbackFontUnreadable(Path file, String reason) {
    return "fallback font " + file + " must be a TrueType or OpenType font or collection (.ttf, .otf, .ttc, .otc), but "
        + reason;
  }

  /** A fallback font file none of whose faces OpenPDF can embed. */
  static String fallbackFontUnusable(Path file) {
    return "fallback font " + file + " must have a face that can be embedded (outlines, a Unicode character map, a"
        + " licence that allows embedding), but has none";
  }

  /** A warning: invisible format characters (direction marks, joiners) that the renderer does not apply. */
  static String formatCharacters(List<String> codePoints) {
    boolean one = codePoints.size() == 1;
    return String.join(", ", codePoints) + (one ? " is an invisible format character" : " are invisible format characters")
        + " (such as a direction mark or joiner) that the PDF renderer does not apply, and "
        + (one ? "was" : "were") + " left out";
  }

  static String fontMissing(String resource) {
    return "font resource " + resource + " must be on the class path (artifact openpdf-fonts-extra), but was not found";
  }

  static String documentIdBlank() {
    return "PDF document id must not be blank";
  }
}
