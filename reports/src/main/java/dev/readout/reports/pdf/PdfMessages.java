package dev.readout.reports.pdf;

import java.util.List;

/**
 * The messages of the PDF renderer, in one place so wording stays consistent and tests can assert
 * the exact text. The warnings every renderer shares come from {@link
 * dev.readout.reports.doc.RenderWarning}'s factories; these are the ones only a renderer with
 * fonts has.
 */
final class PdfMessages {
  private PdfMessages() {}

  /** A warning: the code points (written {@code U+XXXX}) have no glyph in the bundled fonts. */
  static String noGlyph(List<String> codePoints) {
    boolean one = codePoints.size() == 1;
    return String.join(", ", codePoints) + (one ? " has" : " have")
        + " no glyph in the bundled fonts (Liberation Serif and Sans) and " + (one ? "was" : "were") + " left out";
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
