package dev.readout.reports.pdf;

import com.lowagie.text.Font;
import dev.readout.reports.doc.Note;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * The house style of the PDF renderer: the fonts of body text and of headings, the colours of
 * headings, rules, links, table headers and notes, the page margins and a logo. Immutable and
 * thread-safe; the {@linkplain #defaults() default theme} is the renderer's look without a theme.
 * Make one with {@link #builder()}, or read one from a YAML file with {@link #read(Path)}, whose
 * format the method describes.
 *
 * <ul>
 *   <li><b>Fonts</b>: two families of TrueType or OpenType files ({@code .ttf}, {@code .otf}). The
 *       body font sets paragraphs, lists, tables, notes, the cover's lines and the endnotes (the
 *       bundled Liberation Serif by default); the heading font sets the title, the headings, the
 *       table of contents' title, captions, table headers, labels and the running header and
 *       footer (Liberation Sans by default). A family needs its regular face; text in a style whose
 *       face is not given is drawn in the regular face, made bold by stroking the outlines and
 *       italic by slanting them. Every face used is embedded as a subset. A character a theme font
 *       lacks is drawn, as ever, in the other family or a fallback font.
 *   <li><b>Colours</b>: of the title and the headings of levels 1 and 2 (and the titles of the
 *       table of contents and the endnotes); of the rules under the running header and above the
 *       footer, the leaders of the table of contents and the line under table headers; of links
 *       and note marks; of the shading of table header rows; and of each kind of note, its border
 *       and its fill. Level-3 headings and body text stay near-black.
 *   <li><b>Margins</b> in points: top at least {@value #MIN_TOP} (the running header stands above
 *       it, 30 to 53 points from the top edge), bottom at least {@value #MIN_BOTTOM} (the footer,
 *       22 to 50 points from the bottom edge), left and right at least {@value #MIN_SIDE}, none more
 *       than {@value #MAX_MARGIN}.
 *   <li><b>Logo</b>: a PNG or JPEG image, at most {@value #MAX_LOGO_PIXELS} pixels on a side, drawn
 *       centred above the title on the cover (fitted into 144 × 72 points) and at the right of the
 *       running header on every other page (into 90 × 18 points, the running title shortened to
 *       leave it room). It is decoded when the theme is built, drawn onto white, so that a
 *       transparent background shows white and the file stays PDF/A-1b (which allows no
 *       transparency), and embedded once, losslessly compressed.
 * </ul>
 */
public final class PdfTheme {
  /** The least top margin, in points: room for the running header. */
  public static final float MIN_TOP = 60f;
  /** The least bottom margin, in points: room for the footer. */
  public static final float MIN_BOTTOM = 56f;
  /** The least left and right margins, in points. */
  public static final float MIN_SIDE = 18f;
  /** The largest margin, in points. */
  public static final float MAX_MARGIN = 200f;
  /** The most pixels a logo may have on a side. */
  public static final int MAX_LOGO_PIXELS = 4096;
  /** The largest logo or font file read, in bytes. */
  static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

  private static final PdfTheme DEFAULTS = builder().build();

  /**
   * The font files of one family: the regular face, and the bold, italic and bold italic faces
   * where there are files for them.
   *
   * @param regular the regular face
   * @param bold the bold face, if there is one
   * @param italic the italic face, if there is one
   * @param boldItalic the bold italic face, if there is one
   */
  public record FontFamily(Path regular, Optional<Path> bold, Optional<Path> italic, Optional<Path> boldItalic) {
    /**
     * Checks that no component is null.
     *
     * @param regular the regular face
     * @param bold the bold face, if there is one
     * @param italic the italic face, if there is one
     * @param boldItalic the bold italic face, if there is one
     */
    public FontFamily {
      Objects.requireNonNull(regular, "regular");
      Objects.requireNonNull(bold, "bold");
      Objects.requireNonNull(italic, "italic");
      Objects.requireNonNull(boldItalic, "boldItalic");
    }

    /**
     * A family of one file, whose bold and italic are made from it.
     *
     * @param regular the regular face
     * @return the family
     */
    public static FontFamily of(Path regular) {
      return new FontFamily(regular, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * A family of four files; any but the regular one may be null.
     *
     * @param regular the regular face
     * @param bold the bold face, or null
     * @param italic the italic face, or null
     * @param boldItalic the bold italic face, or null
     * @return the family
     */
    public static FontFamily of(Path regular, Path bold, Path italic, Path boldItalic) {
      return new FontFamily(regular, Optional.ofNullable(bold), Optional.ofNullable(italic),
          Optional.ofNullable(boldItalic));
    }

    /** The file of a face (regular, bold, italic, bold italic), or empty. */
    Optional<Path> file(boolean bold, boolean italic) {
      if (bold && italic) {
        return boldItalic;
      }
      return bold ? this.bold : italic ? this.italic : Optional.of(regular);
    }
  }

  /**
   * The page margins, in points.
   *
   * @param top the top margin
   * @param bottom the bottom margin
   * @param left the left margin
   * @param right the right margin
   */
  public record Margins(float top, float bottom, float left, float right) {}

  /** A logo decoded onto white: its size in pixels and its samples, three bytes (R, G, B) a pixel. */
  record Logo(int width, int height, byte[] rgb) {
    Logo {
      rgb = rgb.clone();
    }

    @Override
    public byte[] rgb() {
      return rgb.clone();
    }
  }

  private final Optional<FontFamily> bodyFont;
  private final Optional<FontFamily> headingFont;
  /** The faces of the fonts, by Readout's face: null where Liberation is used. */
  private final Map<Fonts.Face, FontFace> faces;
  private final Color headingColour;
  private final Color ruleColour;
  private final Color linkColour;
  private final Color tableHeaderColour;
  private final Map<Note.Kind, Color> noteBorders;
  private final Map<Note.Kind, Color> noteFills;
  private final Margins margins;
  private final Optional<Path> logo;
  private final Logo logoImage;

  private PdfTheme(Builder b, Map<Fonts.Face, FontFace> faces, Logo logoImage) {
    this.bodyFont = b.bodyFont;
    this.headingFont = b.headingFont;
    this.faces = Collections.unmodifiableMap(new EnumMap<>(faces));
    this.headingColour = b.headingColour;
    this.ruleColour = b.ruleColour;
    this.linkColour = b.linkColour;
    this.tableHeaderColour = b.tableHeaderColour;
    this.noteBorders = Collections.unmodifiableMap(new EnumMap<>(b.noteBorders));
    this.noteFills = Collections.unmodifiableMap(new EnumMap<>(b.noteFills));
    this.margins = b.margins;
    this.logo = b.logo;
    this.logoImage = logoImage;
  }

  /**
   * Returns the theme of a renderer given none: Liberation Serif and Sans, headings in dark blue,
   * grey rules, margins of 80 points at the top, 70 at the bottom and 66 at the sides, no logo.
   *
   * @return the default theme
   */
  public static PdfTheme defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a new builder, holding the default theme.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a theme from a YAML file. Every field may be left out, which keeps the default; paths
   * are relative to the file's folder; colours are written {@code "#RRGGBB"} (in quotes, since a
   * {@code #} starts a comment in YAML); lengths are points, or a number with {@code pt}, {@code
   * mm}, {@code cm} or {@code in}. A font family may be one path (its regular face) or a mapping:
   *
   * <pre>{@code
   * fonts:
   *   body:                          # paragraphs, lists, tables, notes
   *     regular: fonts/SourceSerif4-Regular.ttf
   *     bold: fonts/SourceSerif4-Bold.ttf
   *     italic: fonts/SourceSerif4-It.ttf
   *     boldItalic: fonts/SourceSerif4-BoldIt.ttf
   *   headings: fonts/SourceSans3-Semibold.ttf
   * colours:
   *   heading: "#0B3D2E"             # title, headings 1-2
   *   rule: "#7A9A8A"                # header and footer rules, table header line
   *   link: "#0B5394"                # links and note marks
   *   tableHeader: "#DCE8E1"         # table header shading
   *   notes:
   *     info: { border: "#2F5597", fill: "#EAF1FB" }
   *     important: { border: "#B06E00", fill: "#FFF5E1" }
   *     warning: { border: "#A9231C", fill: "#FCECEA" }
   * margins: { top: 2.5cm, bottom: 2cm, left: 2.2cm, right: 2.2cm }
   * logo: images/crest.png
   * }</pre>
   *
   * @param file the theme file
   * @return the theme
   * @throws ThemeFileException if the file cannot be read, is not YAML, has a field the theme does
   *     not know or a value it cannot use (a colour, a length, a font or image file): every
   *     problem, each with its line, column and field
   */
  public static PdfTheme read(Path file) {
    return ThemeFile.read(file);
  }

  /** {@return the font of body text, or empty for Liberation Serif} */
  public Optional<FontFamily> bodyFont() {
    return bodyFont;
  }

  /** {@return the font of headings, labels and the page furniture, or empty for Liberation Sans} */
  public Optional<FontFamily> headingFont() {
    return headingFont;
  }

  /** {@return the colour of the title and the headings of levels 1 and 2} */
  public Color headingColour() {
    return headingColour;
  }

  /** {@return the colour of the rules of the running header and footer, the table of contents' leaders and the line under table headers} */
  public Color ruleColour() {
    return ruleColour;
  }

  /** {@return the colour of links and note marks} */
  public Color linkColour() {
    return linkColour;
  }

  /** {@return the shading of table header rows} */
  public Color tableHeaderColour() {
    return tableHeaderColour;
  }

  /**
   * Returns the colour of the border of notes of a kind, which their title is written in too.
   *
   * @param kind the kind of note
   * @return the colour
   */
  public Color noteBorder(Note.Kind kind) {
    return noteBorders.get(kind);
  }

  /**
   * Returns the colour notes of a kind are shaded with.
   *
   * @param kind the kind of note
   * @return the colour
   */
  public Color noteFill(Note.Kind kind) {
    return noteFills.get(kind);
  }

  /** {@return the page margins, in points} */
  public Margins margins() {
    return margins;
  }

  /** {@return the logo's file, or empty for none} */
  public Optional<Path> logo() {
    return logo;
  }

  // ---- what a render takes ----

  /** The theme's face for one of Readout's faces, or null where the bundled Liberation face is used. */
  FontFace face(Fonts.Face face) {
    return faces.get(face);
  }

  /**
   * The style OpenPDF is to simulate for a face that has no file of its own ({@link Font#BOLD}
   * strokes the outlines, {@link Font#ITALIC} slants them), {@link Font#NORMAL} otherwise.
   */
  int simulated(Fonts.Face face) {
    Optional<FontFamily> family = face.ordinal() < 4 ? bodyFont : headingFont;
    if (family.isEmpty() || family.get().file(face.bold(), face.italic()).isPresent()) {
      return Font.NORMAL;
    }
    return (face.bold() ? Font.BOLD : 0) | (face.italic() ? Font.ITALIC : 0);
  }

  /** Whether the theme has its own body font, heading font: which fonts a glyph is looked for in. */
  boolean hasBodyFont() {
    return bodyFont.isPresent();
  }

  boolean hasHeadingFont() {
    return headingFont.isPresent();
  }

  /** The family names of the body and heading fonts, as their files name them, for messages. */
  String bodyFamily() {
    return bodyFont.isEmpty() ? "Liberation Serif" : faces.get(Fonts.Face.SERIF).family();
  }

  String headingFamily() {
    return headingFont.isEmpty() ? "Liberation Sans" : faces.get(Fonts.Face.SANS).family();
  }

  /** The decoded logo, or null. */
  Logo logoImage() {
    return logoImage;
  }

  // ---- checks shared with the theme file ----

  /**
   * The face of a theme font file, or an exception whose message says why the file is none: "there
   * is no such file", "its name does not end in .ttf or .otf", ...
   */
  static FontFace readFont(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException(Files.isDirectory(file) ? "it is a folder" : "there is no such file");
    }
    if (!Files.isReadable(file)) {
      throw new IOException("it cannot be read (permission denied)");
    }
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    if (!name.endsWith(".ttf") && !name.endsWith(".otf")) {
      throw new IOException("its name does not end in .ttf or .otf");
    }
    List<FontFace> read = FontFileReader.read(file);
    if (read.isEmpty()) {
      throw new IOException("it has no face that can be embedded (outlines, a Unicode character map, a licence that"
          + " allows embedding)");
    }
    return read.get(0);
  }

  /**
   * Decodes a logo onto white, or gives an exception whose message says why the file is no usable
   * logo: "there is no such file", "it is not a PNG or JPEG image", ...
   */
  static Logo readLogo(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException(Files.isDirectory(file) ? "it is a folder" : "there is no such file");
    }
    if (!Files.isReadable(file)) {
      throw new IOException("it cannot be read (permission denied)");
    }
    if (Files.size(file) > MAX_FILE_BYTES) {
      throw new IOException("it is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB");
    }
    byte[] bytes = Files.readAllBytes(file);
    boolean png = bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G';
    boolean jpeg = bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF;
    if (!png && !jpeg) {
      throw new IOException("it is not a PNG or JPEG image");
    }
    BufferedImage image;
    int[] size = new int[2];
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(png ? "png" : "jpeg");
      if (!readers.hasNext()) {
        throw new IOException("this Java has no " + (png ? "PNG" : "JPEG") + " decoder");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        size[0] = reader.getWidth(0);
        size[1] = reader.getHeight(0);
        // Decoded only when not too large: a small file can stand for a huge image.
        image = size[0] > MAX_LOGO_PIXELS || size[1] > MAX_LOGO_PIXELS ? null : reader.read(0);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      throw new IOException("it cannot be decoded as " + (png ? "PNG" : "JPEG") + ": " + e.getMessage(), e);
    }
    if (image == null) {
      throw new IOException("it is " + size[0] + " × " + size[1] + " pixels, more than " + MAX_LOGO_PIXELS + " on a side");
    }
    int w = image.getWidth();
    int h = image.getHeight();
    byte[] rgb = new byte[w * h * 3];
    int i = 0;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int argb = image.getRGB(x, y);
        int alpha = argb >>> 24;
        for (int shift = 16; shift >= 0; shift -= 8) {
          int c = argb >> shift & 0xFF;
          // Onto white: c · α + 255 · (1 − α), rounded.
          rgb[i++] = (byte) ((c * alpha + 255 * (255 - alpha) + 127) / 255);
        }
      }
    }
    return new Logo(w, h, rgb);
  }

  /** Where a margin may be: at least its least, at most {@link #MAX_MARGIN}. */
  static float leastMargin(String side) {
    return switch (side) {
      case "top" -> MIN_TOP;
      case "bottom" -> MIN_BOTTOM;
      default -> MIN_SIDE;
    };
  }

  /** Why a margin is out of its range, or null when it is in it. */
  static String marginProblem(String side, float points) {
    if (!Float.isFinite(points) || points < leastMargin(side)) {
      return PdfMessages.marginTooSmall(side, leastMargin(side), points);
    }
    if (points > MAX_MARGIN) {
      return PdfMessages.marginTooLarge(side, MAX_MARGIN, points);
    }
    return null;
  }

  /** Sets the fonts, colours, margins and logo of a {@link PdfTheme}; not thread-safe, meant for one use. */
  public static final class Builder {
    private Optional<FontFamily> bodyFont = Optional.empty();
    private Optional<FontFamily> headingFont = Optional.empty();
    private Color headingColour = new Color(0x1F, 0x38, 0x64);
    private Color ruleColour = new Color(0xA6, 0xA6, 0xA6);
    private Color linkColour = new Color(0x1F, 0x4E, 0x9A);
    private Color tableHeaderColour = new Color(0xE4, 0xE9, 0xF0);
    private final Map<Note.Kind, Color> noteBorders = new EnumMap<>(Map.of(
        Note.Kind.INFO, new Color(0x2F, 0x55, 0x97),
        Note.Kind.IMPORTANT, new Color(0xB0, 0x6E, 0x00),
        Note.Kind.WARNING, new Color(0xA9, 0x23, 0x1C)));
    private final Map<Note.Kind, Color> noteFills = new EnumMap<>(Map.of(
        Note.Kind.INFO, new Color(0xEA, 0xF1, 0xFB),
        Note.Kind.IMPORTANT, new Color(0xFF, 0xF5, 0xE1),
        Note.Kind.WARNING, new Color(0xFC, 0xEC, 0xEA)));
    private Margins margins = new Margins(80f, 70f, 66f, 66f);
    private Optional<Path> logo = Optional.empty();

    private Builder() {}

    /**
     * Sets the font of body text; Liberation Serif by default.
     *
     * @param family the font files
     * @return this builder
     */
    public Builder bodyFont(FontFamily family) {
      this.bodyFont = Optional.of(Objects.requireNonNull(family, "family"));
      return this;
    }

    /**
     * Sets the font of the title, headings, labels and the running header and footer; Liberation
     * Sans by default.
     *
     * @param family the font files
     * @return this builder
     */
    public Builder headingFont(FontFamily family) {
      this.headingFont = Optional.of(Objects.requireNonNull(family, "family"));
      return this;
    }

    /**
     * Sets the colour of the title and the headings of levels 1 and 2; dark blue (#1F3864) by default.
     *
     * @param colour the colour
     * @return this builder
     */
    public Builder headingColour(Color colour) {
      this.headingColour = opaque(colour);
      return this;
    }

    /**
     * Sets the colour of the rules of the running header and footer, the table of contents' leaders
     * and the line under table headers; grey (#A6A6A6) by default.
     *
     * @param colour the colour
     * @return this builder
     */
    public Builder ruleColour(Color colour) {
      this.ruleColour = opaque(colour);
      return this;
    }

    /**
     * Sets the colour of links and note marks; blue (#1F4E9A) by default.
     *
     * @param colour the colour
     * @return this builder
     */
    public Builder linkColour(Color colour) {
      this.linkColour = opaque(colour);
      return this;
    }

    /**
     * Sets the shading of table header rows; pale blue-grey (#E4E9F0) by default.
     *
     * @param colour the colour
     * @return this builder
     */
    public Builder tableHeaderColour(Color colour) {
      this.tableHeaderColour = opaque(colour);
      return this;
    }

    /**
     * Sets the colours of notes of a kind: the border (and title) and the fill. By default blue for
     * information, amber for important notes, red for warnings, each on a pale ground of its hue.
     *
     * @param kind the kind of note
     * @param border the colour of the border and the title
     * @param fill the shading
     * @return this builder
     */
    public Builder note(Note.Kind kind, Color border, Color fill) {
      noteBorders.put(Objects.requireNonNull(kind, "kind"), opaque(border));
      noteFills.put(kind, opaque(fill));
      return this;
    }

    /**
     * Sets the page margins, in points; 80 at the top, 70 at the bottom and 66 at the sides by
     * default. See {@link PdfTheme} for the range of each.
     *
     * @param top the top margin
     * @param bottom the bottom margin
     * @param left the left margin
     * @param right the right margin
     * @return this builder
     */
    public Builder margins(float top, float bottom, float left, float right) {
      this.margins = new Margins(top, bottom, left, right);
      return this;
    }

    /**
     * Sets the logo: a PNG or JPEG file, read when the theme is built. None by default.
     *
     * @param file the image
     * @return this builder
     */
    public Builder logo(Path file) {
      this.logo = Optional.of(Objects.requireNonNull(file, "file"));
      return this;
    }

    private static Color opaque(Color colour) {
      Objects.requireNonNull(colour, "colour");
      return new Color(colour.getRed(), colour.getGreen(), colour.getBlue());
    }

    /**
     * Builds the theme, reading its font files and decoding its logo.
     *
     * @return an immutable theme
     * @throws IllegalArgumentException if a font file is no TrueType or OpenType font that can be
     *     embedded, the logo is no PNG or JPEG image that can be decoded, or a margin is out of its
     *     range; the message names every such file and margin, one a line
     */
    public PdfTheme build() {
      List<String> problems = new ArrayList<>();
      Map<Fonts.Face, FontFace> faces = new EnumMap<>(Fonts.Face.class);
      faces(bodyFont, false, faces, problems);
      faces(headingFont, true, faces, problems);
      String[] sides = {"top", "bottom", "left", "right"};
      float[] values = {margins.top(), margins.bottom(), margins.left(), margins.right()};
      for (int i = 0; i < sides.length; i++) {
        String problem = marginProblem(sides[i], values[i]);
        if (problem != null) {
          problems.add(PdfMessages.themeMargin(sides[i], problem));
        }
      }
      Logo image = null;
      if (logo.isPresent()) {
        try {
          image = readLogo(logo.get());
        } catch (IOException e) {
          problems.add(PdfMessages.themeLogo(logo.get(), e.getMessage()));
        }
      }
      if (!problems.isEmpty()) {
        throw new IllegalArgumentException(String.join("\n", problems));
      }
      return new PdfTheme(this, faces, image);
    }

    private static void faces(Optional<FontFamily> family, boolean sans, Map<Fonts.Face, FontFace> faces,
        List<String> problems) {
      if (family.isEmpty()) {
        return;
      }
      FontFace regular = null;
      for (int style = 0; style < 4; style++) {
        boolean bold = (style & 1) != 0;
        boolean italic = (style & 2) != 0;
        Optional<Path> file = family.get().file(bold, italic);
        if (file.isEmpty()) {
          continue;
        }
        try {
          FontFace face = readFont(file.get());
          faces.put(Fonts.Face.of(sans, bold, italic), face);
          if (style == 0) {
            regular = face;
          }
        } catch (IOException e) {
          problems.add(PdfMessages.themeFont(file.get(), e.getMessage()));
        }
      }
      if (regular != null) {
        for (Fonts.Face face : Fonts.Face.values()) {
          if (face.ordinal() / 4 == (sans ? 1 : 0)) {
            faces.putIfAbsent(face, regular);
          }
        }
      }
    }
  }
}
