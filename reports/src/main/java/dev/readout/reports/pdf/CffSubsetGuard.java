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
 * Keeps two faults of OpenPDF's CFF subsetter from losing a document or writing a font readers
 * cannot read: just before the fonts are written, each CFF-outline face (Noto Sans CJK, say) is
 * subset once as a trial, and a face the subsetter fails on is embedded whole instead, with a
 * warning.
 *
 * <p>The faults, of OpenPDF 2.0.5 and still in its main branch. First, in {@code
 * CFFFontSubset.ReadASubr} and {@code CalcHints}: when a glyph declares its vertical stems implicitly, as arguments left on the stack
 * before its first {@code hintmask} (which Type 2 charstrings allow), the subsetter does not count
 * them, reads the hint mask a byte short, and parses the rest of the glyph from the wrong byte. For
 * most glyphs the slip is harmless; for a few (U+445B 䑛 in Noto Sans CJK, for one) it reads a
 * subroutine number past the end of the table and throws, and the whole PDF was lost. Embedding the
 * face whole avoids the subsetter: the file is correct but larger (about 13 MB for a CJK face), so
 * the warning names the face and the reason. Second, it writes an INDEX of exactly 255 or 65,535
 * bytes with offsets a byte too small ({@link CffIndexes}), which a subset of one blank CJK glyph
 * hits: the trial's INDEXes are checked, and such a subset is padded with the glyph of a space or
 * another common character, which lengthens it, before embedding the face whole is considered.
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
      Map<Integer, int[]> glyphs = glyphsUsed(details);
      if (glyphs == null || glyphs.isEmpty() || fonts.subsetFoundSound(font, glyphs.keySet())) {
        return; // nothing to check, or an earlier render with these fonts found these glyphs sound
      }
      byte[] cff;
      try {
        cff = FontFileReader.cffTable(face.file(), face.index());
      } catch (IOException e) {
        return; // OpenPDF read the same file a moment ago; it will report its own failure
      }
      if (cff == null || subsets(cff, glyphs)) {
        fonts.subsetSound(font, glyphs.keySet());
      } else if (!padded(font, cff, glyphs)) {
        fonts.embedWhole(font);
        warnings.accept(new RenderWarning(PdfMessages.embeddedWhole(face), ""));
      }
    });
  }

  /**
   * Whether OpenPDF's subsetter makes a well-formed subset of the CFF table with the glyphs: one it
   * does not fail on, whose INDEXes are sound ({@link CffIndexes}).
   */
  static boolean subsets(byte[] cff, Map<Integer, int[]> glyphs) {
    try {
      CFFFontSubset subset = new CFFFontSubset(new RandomAccessFileOrArray(cff), new HashMap<>(glyphs));
      return CffIndexes.wellFormed(subset.Process(subset.getNames()[0]));
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /**
   * Makes the subset well formed by adding the glyph of a common character to it, where that is
   * enough: an INDEX of exactly 255 or 65,535 bytes, which OpenPDF writes with offsets a byte too
   * small, is then longer. The glyph is embedded and mapped to its character but drawn nowhere.
   *
   * @return whether a glyph was added and the subset is now well formed
   */
  private static boolean padded(BaseFont font, byte[] cff, Map<Integer, int[]> glyphs) {
    for (int c : PADDING) {
      int[] metrics = metrics(font, c);
      if (metrics == null || glyphs.containsKey(metrics[0])) {
        continue;
      }
      int[] glyph = {metrics[0], metrics[1], c};
      Map<Integer, int[]> trial = new HashMap<>(glyphs);
      trial.put(metrics[0], glyph);
      if (subsets(cff, trial)) {
        glyphs.put(metrics[0], glyph);
        return true;
      }
    }
    return false;
  }

  /** The characters whose glyphs may pad a subset: a space, digits and letters every CJK face has. */
  private static final int[] PADDING = {' ', '0', 'A', '.', '-'};

  /** OpenPDF's glyph id and width of a character in a font ({@code TrueTypeFont.getMetricsTT}), or null. */
  private static int[] metrics(BaseFont font, int c) {
    try {
      java.lang.reflect.Method m = font.getClass().getMethod("getMetricsTT", int.class);
      m.setAccessible(true);
      return (int[]) m.invoke(font, c);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
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
