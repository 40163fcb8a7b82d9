package dev.readout.reports.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.awt.font.GlyphVector;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.ref.SoftReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fonts of one render: the theme's body and heading fonts or, where it has none, the Liberation
 * fonts of {@code openpdf-fonts-extra} first, then the faces
 * of the renderer's {@link FontChain} (the fallback fonts given, then the machine's fonts) for the
 * characters Liberation has no glyph for; all embedded as Identity-H subsets. The Liberation files
 * are read from the jar once per JVM; the {@link BaseFont}s are made per render (never OpenPDF's
 * shared font cache), and a fallback face only when a character needs it, so that each carries its
 * own deterministic subset tag ({@link SubsetTag}): six letters taken from a hash of the document id
 * and the font file's name, instead of OpenPDF's random ones.
 */
final class Fonts {

  /** The faces a document uses: serif for text, sans for headings, labels and page furniture. */
  enum Face {
    SERIF("LiberationSerif-Regular.ttf"),
    SERIF_BOLD("LiberationSerif-Bold.ttf"),
    SERIF_ITALIC("LiberationSerif-Italic.ttf"),
    SERIF_BOLD_ITALIC("LiberationSerif-BoldItalic.ttf"),
    SANS("LiberationSans-Regular.ttf"),
    SANS_BOLD("LiberationSans-Bold.ttf"),
    SANS_ITALIC("LiberationSans-Italic.ttf"),
    SANS_BOLD_ITALIC("LiberationSans-BoldItalic.ttf");

    private final String file;

    Face(String file) {
      this.file = file;
    }

    /** The font's file in {@code openpdf-fonts-extra}, such as {@code LiberationSerif-Bold.ttf}. */
    String file() {
      return file;
    }

    /** Returns the face of the given family and style. */
    static Face of(boolean sans, boolean bold, boolean italic) {
      int i = (sans ? 4 : 0) + (bold ? 1 : 0) + (italic ? 2 : 0);
      return values()[i];
    }

    boolean bold() {
      return (ordinal() & 1) != 0;
    }

    boolean italic() {
      return (ordinal() & 2) != 0;
    }

    /** Returns the same style in the other family (serif for sans, sans for serif). */
    Face otherFamily() {
      return values()[(ordinal() + 4) % 8];
    }
  }

  /** Where openpdf-fonts-extra keeps the Liberation fonts in its jar. */
  private static final String FONT_DIRECTORY = "liberation/";

  private static final Map<Face, byte[]> FILES = new ConcurrentHashMap<>();
  /**
   * The fallback font files read so far, kept while memory allows: OpenPDF reads a font it opens by
   * name a byte at a time from the file, each time a render opens it.
   */
  private static final Map<FileVersion, SoftReference<byte[]>> FALLBACK_FILES = new ConcurrentHashMap<>();

  /** A file as it is now: a file replaced since it was read is read again. */
  private record FileVersion(Path file, long size, FileTime modified) {}

  private final FontChain chain;
  /** The fonts of the theme, which take the place of Liberation where it has them. */
  private final PdfTheme theme;
  private String subsetSeed;
  private final Map<Face, BaseFont> fonts = new EnumMap<>(Face.class);
  /** The fallback faces loaded so far, and which face each of their fonts is. */
  private final Map<FontFace, BaseFont> fallbacks = new HashMap<>();
  private final Map<BaseFont, FontFace> fallbackFaces = new IdentityHashMap<>();
  private final Set<BaseFont> embeddedWhole = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Map<BaseFont, Set<Integer>> soundSubsets = new IdentityHashMap<>();
  /**
   * What each face was asked about: for a code point of the Basic Multilingual Plane, 0 not yet, 1
   * it has a glyph, 2 it has none. Every character of a document is checked, and the font's own
   * answer is a look-up in a map of boxed code points.
   */
  private final byte[][] glyphs = new byte[Face.values().length][];
  private final Boolean[] printableAscii = new Boolean[Face.values().length];

  /**
   * @param subsetSeed what the subset tags are derived from (the document id), so that the same
   *     document gets the same tags
   * @param chain where to look for the glyphs Liberation does not have
   */
  Fonts(String subsetSeed, FontChain chain) {
    this(subsetSeed, chain, PdfTheme.defaults());
  }

  /**
   * @param subsetSeed what the subset tags are derived from
   * @param chain where to look for the glyphs the theme's fonts and Liberation do not have
   * @param theme whose body and heading fonts take the place of Liberation Serif and Sans
   */
  Fonts(String subsetSeed, FontChain chain, PdfTheme theme) {
    this.subsetSeed = subsetSeed;
    this.chain = chain;
    this.theme = theme;
  }

  /** Fonts whose subset tags come from the seed {@linkplain #seed set} before they are written. */
  Fonts(FontChain chain, PdfTheme theme) {
    this("", chain, theme);
  }

  /**
   * Makes the fonts ready for another render, as if new but for what they have read: the fonts
   * loaded, their glyph checks, and the subsets found sound are kept (they depend only on the
   * files), while what a render decided for itself is undone — the subset seed, and the faces it
   * embedded whole, which are subsets again.
   */
  void reset() {
    subsetSeed = "";
    embeddedWhole.forEach(font -> font.setSubset(true));
    embeddedWhole.clear();
  }

  /**
   * Sets what the subset tags are derived from. OpenPDF draws a font's tag when it writes the font,
   * as the file is closed, so a render can derive its document id from what it wrote before that.
   */
  void seed(String subsetSeed) {
    this.subsetSeed = subsetSeed;
  }

  /** Returns the font of a face, loading it on first use. */
  BaseFont font(Face face) {
    return fonts.computeIfAbsent(face, this::load);
  }

  /**
   * Returns the font to show a code point in: the preferred Liberation face when it has a glyph for
   * it, else the same style in the other Liberation family, else the face the chain finds for the
   * style, else null (no font can show it).
   */
  BaseFont fontFor(int codePoint, Face preferred) {
    Face face = faceFor(codePoint, preferred);
    if (face != null) {
      return font(face);
    }
    FontFace fallback = chain.find(codePoint, preferred.bold(), preferred.italic());
    return fallback == null ? null : fallback(fallback);
  }

  /** The fallback face a font of this render was made from, or null for a Liberation font. */
  FontFace fallbackFace(BaseFont font) {
    return fallbackFaces.get(font);
  }

  /**
   * Makes a font of this render embedded whole rather than as a subset, until the render ends
   * ({@link CffSubsetGuard}).
   */
  void embedWhole(BaseFont font) {
    font.setSubset(false);
    embeddedWhole.add(font);
  }

  /** Records that the font's subset with these glyphs is sound ({@link CffSubsetGuard}). */
  void subsetSound(BaseFont font, Set<Integer> glyphs) {
    soundSubsets.put(font, Set.copyOf(glyphs));
  }

  /** Whether {@link #subsetSound} was told of the font with exactly these glyphs, as in an earlier render. */
  boolean subsetFoundSound(BaseFont font, Set<Integer> glyphs) {
    return glyphs.equals(soundSubsets.get(font));
  }

  /** Where this render looks for the glyphs Liberation does not have. */
  FontChain chain() {
    return chain;
  }

  /** The theme whose fonts this render uses. */
  PdfTheme theme() {
    return theme;
  }

  /**
   * The style OpenPDF simulates for text in a face the theme has no file for ({@code Font.BOLD},
   * {@code Font.ITALIC}), {@code Font.NORMAL} otherwise.
   */
  int simulated(Face face) {
    return theme.simulated(face);
  }

  /** As {@link #simulated(Face)} for text set in {@code font} in the face's style: nothing for another font. */
  int simulated(BaseFont font, Face face) {
    return fonts.get(face) == font ? theme.simulated(face) : com.lowagie.text.Font.NORMAL;
  }

  /**
   * Lays text out in a font of this render when it is a fallback font and the text is of a shaped
   * script, else null ({@link ShapingContent.Shaper}).
   */
  GlyphVector shape(BaseFont font, float size, String text) {
    FontFace face = fallbackFaces.get(font);
    return face == null ? null : Shaping.shape(face, size, text);
  }

  /**
   * Returns the Liberation face to show a code point in: the preferred face when it has a glyph for
   * it, else the same style in the other family when that one has, else null.
   */
  Face faceFor(int codePoint, Face preferred) {
    if (hasGlyph(preferred, codePoint)) {
      return preferred;
    }
    Face other = preferred.otherFamily();
    return hasGlyph(other, codePoint) ? other : null;
  }

  /**
   * Whether the face has a glyph for every printable ASCII character (U+0020 to U+007E), so text
   * made only of those can be set in it without a check per character.
   */
  boolean showsPrintableAscii(Face face) {
    Boolean shows = printableAscii[face.ordinal()];
    if (shows == null) {
      shows = true;
      for (int c = ' '; c <= '~'; c++) {
        shows &= hasGlyph(face, c);
      }
      printableAscii[face.ordinal()] = shows;
    }
    return shows;
  }

  private boolean hasGlyph(Face face, int codePoint) {
    if (codePoint > Character.MAX_VALUE) {
      return font(face).charExists(codePoint);
    }
    byte[] known = glyphs[face.ordinal()];
    if (known == null) {
      known = new byte[Character.MAX_VALUE + 1];
      glyphs[face.ordinal()] = known;
    }
    if (known[codePoint] == 0) {
      known[codePoint] = font(face).charExists(codePoint) ? (byte) 1 : (byte) 2;
    }
    return known[codePoint] == 1;
  }

  private BaseFont load(Face face) {
    FontFace themed = theme.face(face);
    if (themed != null) {
      try {
        return face(themed);
      } catch (IOException | RuntimeException e) {
        throw new UncheckedIOException(new IOException(PdfMessages.themeFont(themed.file(), "it cannot be opened: "
            + e.getMessage()), e));
      }
    }
    byte[] file = FILES.computeIfAbsent(face, Fonts::read);
    try {
      return subset(BaseFont.createFont(face.file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, file, null), face.file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The font of a fallback face, opened from its file on first use, or null when OpenPDF cannot
   * open it after all (the file went away or is damaged past its tables): its characters are then
   * reported as not shown.
   */
  private BaseFont fallback(FontFace face) {
    BaseFont font = fallbacks.get(face);
    if (font == null && !fallbacks.containsKey(face)) {
      try {
        font = face(face);
      } catch (IOException | RuntimeException e) {
        fallbacks.put(face, null);
      }
    }
    return font;
  }

  /**
   * The font of a face of a file, a theme's or a fallback font, opened on first use: one font per
   * face, however many styles or roles it serves, so it is embedded once.
   */
  private BaseFont face(FontFace face) throws IOException {
    BaseFont font = fallbacks.get(face);
    if (font == null) {
      byte[] file = fileOf(face.file());
      font = subset(BaseFont.createFont(face.openPdfName(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, file, null),
          face.fileName());
      fallbackFaces.put(font, face);
      fallbacks.put(face, font);
    }
    return font;
  }

  private static byte[] fileOf(Path file) throws IOException {
    FileVersion version = new FileVersion(file, Files.size(file), Files.getLastModifiedTime(file));
    SoftReference<byte[]> kept = FALLBACK_FILES.get(version);
    byte[] bytes = kept == null ? null : kept.get();
    if (bytes == null) {
      bytes = Files.readAllBytes(file);
      FALLBACK_FILES.keySet().removeIf(v -> v.file().equals(file));
      FALLBACK_FILES.put(version, new SoftReference<>(bytes));
    }
    return bytes;
  }

  /** Makes the font an Identity-H subset whose tag is derived from the seed and the file's name. */
  private BaseFont subset(BaseFont font, String fileName) {
    font.setSubset(true);
    font.setSecureRandom(new SubsetTag(() -> SubsetTag.of(subsetSeed, fileName)));
    return font;
  }

  private static byte[] read(Face face) {
    String resource = FONT_DIRECTORY + face.file;
    try (InputStream in = Fonts.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(PdfMessages.fontMissing(resource));
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
