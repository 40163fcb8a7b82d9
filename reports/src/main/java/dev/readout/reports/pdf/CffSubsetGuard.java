package dev.readout.reports.pdf;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.CFFFontSubset;
import com.lowagie.text.pdf.RandomAccessFileOrArray;
import dev.readout.reports.doc.RenderWarning;
import java.io.IOException;
import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Keeps a fault of OpenPDF's CFF subsetter from losing a document: just before the fonts are
 * written, each CFF-outline face (Noto Sans CJK, say) is subset once as a trial, and a face the
 * subsetter fails on is embedded whole instead, with a warning.
 *
 * <p>The fault (OpenPDF 2.0.5, {@code CFFFontSubset.ReadASubr} and {@code CalcHints}, still in its
 * main branch): when a glyph declares its vertical stems implicitly, as arguments left on the stack
 * before its first {@code hintmask} (which Type 2 charstrings allow), the subsetter does not count
 * them, reads the hint mask a byte short, and parses the rest of the glyph from the wrong byte. For
 * most glyphs the slip is harmless; for a few (U+445B 䑛 in Noto Sans CJK, for one) it reads a
 * subroutine number past the end of the table and throws, and the whole PDF was lost. Embedding the
 * face whole avoids the subsetter: the file is correct but larger (about 13 MB for a CJK face), so
 * the warning names the face and the reason.
 *
 * <p>The trial needs the glyphs the document used, which OpenPDF keeps in its package-private
 * {@code FontDetails.longTag}; it is read by reflection (OpenPDF is an automatic module, so its
 * packages are open). Should a later OpenPDF rename the field, the trial is skipped and the fonts
 * are written as before; {@code CffSubsetGuardTest} then fails, naming this class.
 */
final class CffSubsetGuard {
  private final Fonts fonts;
  private final Consumer<RenderWarning> warnings;

  CffSubsetGuard(Fonts fonts, Consumer<RenderWarning> warnings) {
    this.fonts = fonts;
    this.warnings = warnings;
  }

  /**
   * Tries the subset of every CFF face among the document's fonts (OpenPDF's {@code
   * PdfWriter.documentFonts}: each font with its details) and embeds whole those it fails on.
   */
  void check(Map<BaseFont, ?> documentFonts) {
    documentFonts.forEach((font, details) -> {
      FontFace face = fonts.fallbackFace(font);
      if (face == null) {
        return;
      }
      if (fonts.embeddedWhole(font)) {
        // Found by an earlier pass of the same render, whose fonts this pass shares.
        warnings.accept(new RenderWarning(PdfMessages.embeddedWhole(face), ""));
        return;
      }
      Map<Integer, int[]> glyphs = glyphsUsed(details);
      if (glyphs == null || glyphs.isEmpty()) {
        return;
      }
      byte[] cff;
      try {
        cff = FontFileReader.cffTable(face.file(), face.index());
      } catch (IOException e) {
        return; // OpenPDF read the same file a moment ago; it will report its own failure
      }
      if (cff != null && !subsets(cff, glyphs)) {
        fonts.embedWhole(font);
        warnings.accept(new RenderWarning(PdfMessages.embeddedWhole(face), ""));
      }
    });
  }

  /** Whether OpenPDF's subsetter makes a subset of the CFF table with the glyphs. */
  static boolean subsets(byte[] cff, Map<Integer, int[]> glyphs) {
    try {
      CFFFontSubset subset = new CFFFontSubset(new RandomAccessFileOrArray(cff), new HashMap<>(glyphs));
      subset.Process(subset.getNames()[0]);
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** The glyphs OpenPDF recorded as used with a font, or null when they cannot be read. */
  @SuppressWarnings("unchecked")
  static Map<Integer, int[]> glyphsUsed(Object details) {
    try {
      Field field = details.getClass().getDeclaredField("longTag");
      field.setAccessible(true);
      return (Map<Integer, int[]>) field.get(details);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }
}
