package dev.readout.reports.pdf;

import java.nio.file.Path;
import java.util.Locale;

/**
 * One face of a font file on disk, as {@link FontFileReader} found it: where it is, its family and
 * style, and which code points it has a glyph for. Immutable, so one catalogue of the machine's
 * fonts serves every render.
 *
 * @param file the font file
 * @param index the face's index in a collection ({@code .ttc}, {@code .otc}), 0 in a single font
 * @param family the family name (the typographic family where the font gives one), such as {@code
 *     Noto Sans Devanagari}
 * @param weight the weight class, 100 to 900 (400 regular, 700 bold)
 * @param italic whether the face is italic or oblique
 * @param width the width class, 1 to 9 (5 normal)
 * @param coverage the code points with a glyph
 */
record FontFace(Path file, int index, String family, int weight, boolean italic, int width, Coverage coverage) {

  /** Whether the face has a glyph for the code point. */
  boolean has(int codePoint) {
    return coverage.has(codePoint);
  }

  /** Whether the face has a glyph for every one of the code points. */
  boolean hasAll(int[] codePoints) {
    for (int cp : codePoints) {
      if (!has(cp)) {
        return false;
      }
    }
    return true;
  }

  /** The name OpenPDF opens the face by: the file's path, with {@code ,index} in a collection. */
  String openPdfName() {
    return isInCollection() ? file + "," + index : file.toString();
  }

  /** The file's name, with {@code ,index} in a collection: what its subset tag is derived from. */
  String fileName() {
    String name = String.valueOf(file.getFileName());
    return isInCollection() ? name + "," + index : name;
  }

  private boolean isInCollection() {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    return name.endsWith(".ttc") || name.endsWith(".otc");
  }

  /**
   * How far the face is from the wanted style, smaller being closer: a wrong slant first, then the
   * distance from the wanted weight (400 regular, 700 bold), then from the normal width.
   */
  int styleDistance(boolean bold, boolean italic) {
    return (this.italic == italic ? 0 : 10_000) + Math.abs(weight - (bold ? 700 : 400)) * 10 + Math.abs(width - 5);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FontFace f && f.file.equals(file) && f.index == index;
  }

  @Override
  public int hashCode() {
    return file.hashCode() * 31 + index;
  }

  @Override
  public String toString() {
    return family + " (" + openPdfName() + ")";
  }
}
