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
  static String noGlyph(List<String> characters, FontChain chain, PdfTheme theme) {
    boolean one = characters.size() == 1;
    String own;
    if (!theme.hasBodyFont() && !theme.hasHeadingFont()) {
      own = "the bundled fonts (Liberation Serif and Sans)";
    } else {
      own = (theme.hasBodyFont() && theme.hasHeadingFont() ? "the theme's fonts (" : "the theme's and the bundled fonts (")
          + theme.bodyFamily() + " and " + theme.headingFamily() + ")";
    }
    List<String> fonts = new ArrayList<>(List.of(own));
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

  /**
   * A warning: OpenPDF could not make a subset of a CFF face, so the whole face was embedded (a
   * larger file, but every glyph shows).
   */
  static String embeddedWhole(FontFace face) {
    return "the font " + face.family() + " (" + face.fileName() + ") was embedded whole, which makes the file larger,"
        + " because OpenPDF could not make a subset of it with the glyphs this document uses";
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

  /** A theme's font file that is no font to embed; {@code reason} says why ("there is no such file"). */
  static String themeFont(Path file, String reason) {
    return "theme font " + fontFile(file.toString(), reason);
  }

  /** {@code file} must be a font file, but {@code reason}: for a theme and a theme file. */
  static String fontFile(String file, String reason) {
    return file + " must be a TrueType or OpenType font file (.ttf, .otf), but " + reason;
  }

  /** A theme's logo that cannot be used; {@code reason} says why ("it is not a PNG or JPEG image"). */
  static String themeLogo(Path file, String reason) {
    return "theme logo " + logoFile(file.toString(), reason);
  }

  /** {@code file} must be a logo, but {@code reason}: for a theme and a theme file. */
  static String logoFile(String file, String reason) {
    return file + " must be a PNG or JPEG image, but " + reason;
  }

  /** A theme's margin out of its range: "theme margin top must be at least 60pt, ...". */
  static String themeMargin(String side, String problem) {
    return "theme margin " + side + " " + problem;
  }

  static String marginTooSmall(String side, float least, float points) {
    String room = switch (side) {
      case "top" -> " (room for the running header)";
      case "bottom" -> " (room for the footer)";
      default -> "";
    };
    return "must be at least " + points(least) + room + ", but was " + points(points);
  }

  static String marginTooLarge(String side, float most, float points) {
    return "must be at most " + points(most) + ", but was " + points(points);
  }

  /** A length in points as a theme file writes it: {@code 60pt}, {@code 56.7pt}. */
  static String points(float points) {
    if (!Float.isFinite(points)) {
      return Float.toString(points);
    }
    float rounded = Math.round(points * 10f) / 10f;
    return (rounded == Math.rint(rounded) ? Integer.toString((int) rounded) : Float.toString(rounded)) + "pt";
  }

  static String fontMissing(String resource) {
    return "font resource " + resource + " must be on the class path (artifact openpdf-fonts-extra), but was not found";
  }

  static String documentIdBlank() {
    return "PDF document id must not be blank";
  }
}
