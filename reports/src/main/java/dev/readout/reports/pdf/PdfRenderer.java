package dev.readout.reports.pdf;

import com.lowagie.text.Rectangle;
import dev.readout.reports.chart.Drawings;
import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.DocumentRenderer;
import dev.readout.reports.doc.PageSize;
import dev.readout.reports.doc.RenderResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.ref.SoftReference;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.IntConsumer;

/**
 * Renders a document as a PDF with OpenPDF, laid out like a ministerial brief: serif body text
 * (Liberation Serif 10.5 pt), sans-serif headings (Liberation Sans bold), shaded table headers
 * repeated on every page, notes in tinted boxes, key–value blocks as a borderless two-column table,
 * nested lists with hanging indents and a centred cover page. Its settings are immutable and it
 * is thread-safe (it keeps the fonts of a finished render for the next, one set per render under
 * way); configure with {@link #builder()} or take the defaults with {@link #create()}.
 *
 * <p>What the file contains:
 *
 * <ul>
 *   <li><b>Fonts</b>: Liberation Serif and Sans from {@code openpdf-fonts-extra} for the scripts
 *       they have (Latin, Vietnamese, Greek, Cyrillic, Hebrew); for any other character the first
 *       font that has a glyph for it, of the {@linkplain Builder#fallbackFonts(java.util.List)
 *       fallback fonts} given (in their order) and then of the {@linkplain Builder#systemFonts(boolean)
 *       fonts installed on the machine} (in path order), in the face of that family nearest the
 *       text's style. Every font is embedded as an Identity-H subset; never the unembedded
 *       base-14 fonts. (A face with CFF outlines that OpenPDF's subsetter fails on, as it does on
 *       some glyphs of Noto Sans CJK, is embedded whole instead, with a warning.) A character no font can show (emoji, as a rule) is left out and reported in
 *       the {@link RenderResult}, one warning per text it occurs in, naming the character. Text is
 *       written in Unicode NFC, so decomposed Vietnamese shows the precomposed letters.
 *   <li><b>Scripts</b>: Hangul, Han and Kana are written a glyph per character. Devanagari and the
 *       other scripts of India, Thai, Lao, Tibetan, Myanmar and Khmer are shaped (conjuncts,
 *       reordered vowel signs, stacked marks) by java.awt's font layout and written as the glyphs
 *       it chose, with their text as {@code /ActualText} so that copying and text extraction give
 *       the words back. Lines run left to right, with right-to-left words (Hebrew, Arabic) drawn in
 *       their own order by the Unicode bidirectional algorithm and Arabic letters joined, from the
 *       presentation forms of a font that has them; invisible format characters (direction marks,
 *       and joiners outside such words) are left out with a warning.
 *   <li><b>PDF/A-1b</b> by default: XMP metadata matching the document information, an sRGB
 *       output intent, every font embedded, no transparency.
 *   <li><b>Navigation</b>: bookmarks mirroring the headings (level 1 to 3); the table of contents
 *       lists each heading with its page number, and both the entry and the number are links to
 *       the heading. Internal links {@code #id} jump to the heading, {@code http(s)} links open
 *       the URL; the document model allows no other kind, so there are no {@code javascript:} or
 *       {@code file:} actions.
 *   <li><b>Page furniture</b>: the classification marking centred at the top and bottom of every
 *       page; the title at the top of every page but the cover's; "Page N of M" at the bottom
 *       left, in the language of the {@linkplain Builder#locale(Locale) locale} (English and
 *       Vietnamese, English for others).
 *   <li><b>Footnotes</b> are numbered endnotes at the end of the document, under the heading
 *       "Notes", each linked to and from its mark. Not at the foot of the page, because OpenPDF
 *       has no footnote layout, and not after each section, because the text-parity contract of
 *       {@link DocumentRenderer} puts every footnote's text after all blocks, which endnotes keep.
 * </ul>
 *
 * <p><b>Theme.</b> Everything above is the {@linkplain PdfTheme#defaults() default theme}; a
 * {@linkplain Builder#theme(PdfTheme) theme} of the renderer's own changes the fonts of body text
 * and headings, the colours of headings, rules, links, table headers and notes, the page margins,
 * and adds a logo on the cover and in the running header, and the file stays PDF/A-1b.
 *
 * <p><b>Pagination.</b> Blocks flow down the page in reading order, each laid out once, and every
 * page is written out as soon as it is full, so the heap a render needs does not hold the pages;
 * OpenPDF keeps a small record of each object, named destination and bookmark until the file is
 * closed, which grows with the document. Every document is laid out and written in one pass,
 * straight to the stream (which has part of a file in it if the render fails): the numbers that
 * are known only at the end — the footer's page count and the page of each entry of a table of
 * contents — are drawn into templates the pages show, filled in when the file is closed. An entry
 * of the contents leaves room at the right of its lines for a number of up to four digits, so its
 * lines are the same whatever its page.
 *
 * <p><b>Determinism.</b> The creation and modification dates (in the document information and the
 * XMP) are the {@linkplain Builder#timestamp(Instant) timestamp}, the file identifier is the
 * {@linkplain Builder#documentId(String) document id}, and each font's subset tag is derived from
 * the document id and the font file's name, so the same document, options and fonts give the same
 * bytes (on the same JDK, whose layout shapes the scripts above). A document whose characters the
 * Liberation fonts all have is the same whatever fonts are given or installed; one that needs more
 * depends on the fonts the machine has unless {@link Builder#systemFonts(boolean)} is off.
 */
public final class PdfRenderer implements DocumentRenderer {
  /** Fonts used only to ask which characters have glyphs; never written into a file. */
  private static final Fonts GLYPHS = new Fonts("glyph-lookup", FontChain.DEFAULT);

  /**
   * Fonts of finished renders, ready for the next: opening a font (its tables and character maps)
   * is a tenth of a warm render. Each render takes a set of its own, so renders on several threads
   * never share one; softly held, so an idle renderer gives their memory back when it is needed.
   */
  private final Queue<SoftReference<Fonts>> idleFonts = new ConcurrentLinkedQueue<>();

  /** The faces {@link #prepare} opens: those every briefing's text is set in. */
  private static final List<Fonts.Face> PREPARED = List.of(Fonts.Face.SERIF, Fonts.Face.SERIF_BOLD,
      Fonts.Face.SERIF_ITALIC, Fonts.Face.SANS, Fonts.Face.SANS_BOLD);

  private final PageSize pageSize;
  private final Optional<Locale> locale;
  private final boolean pdfA;
  private final Optional<Instant> timestamp;
  private final Optional<String> documentId;
  private final FontChain fonts;
  private final PdfTheme theme;
  private final Optional<PageListener> pageListener;

  /**
   * Told of a render's progress, page by page: what a command line needs to show how far a long
   * render has come. Set with {@link Builder#pageListener(PageListener)}.
   */
  @FunctionalInterface
  public interface PageListener {
    /**
     * Called on the thread that renders, each time a page is laid out and written (see
     * <i>Pagination</i> above). A listener of a renderer shared between threads is called from each
     * of them.
     *
     * @param page the number of the page just laid out, from 1
     */
    void pageLaidOut(int page);
  }

  private PdfRenderer(Builder builder, FontChain fonts) {
    this.fonts = fonts;
    this.pageListener = builder.pageListener;
    this.theme = builder.theme;
    this.pageSize = builder.pageSize;
    this.locale = builder.locale;
    this.pdfA = builder.pdfA;
    this.timestamp = builder.timestamp;
    this.documentId = builder.documentId;
  }

  /**
   * Tells whether a renderer with the default options can show a character: whether Liberation
   * Serif, Liberation Sans or a font installed on this machine has a glyph for it. Such a renderer
   * leaves out, and reports as a warning, every character for which this is false; invisible
   * format characters (direction marks, and joiners outside a word that is shaped or joined) are
   * left out and reported too, whatever this says. The answer depends on the machine's fonts.
   *
   * @param codePoint a Unicode code point
   * @return true when a font of the default chain has a glyph for it
   */
  public static boolean canShow(int codePoint) {
    synchronized (GLYPHS) { // Fonts caches in an EnumMap: one caller at a time
      return GLYPHS.faceFor(codePoint, Fonts.Face.of(false, false, false)) != null
          || FontChain.DEFAULT.find(codePoint, false, false) != null;
    }
  }

  /**
   * Returns a renderer with the default options.
   *
   * @return a renderer
   */
  public static PdfRenderer create() {
    return builder().build();
  }

  /**
   * Returns a new builder, holding the default options.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the page size; A4 by default} */
  public PageSize pageSize() {
    return pageSize;
  }

  /** {@return the locale of the footer and the endnotes' title, or empty for the document's language} */
  public Optional<Locale> locale() {
    return locale;
  }

  /** {@return whether the file is made PDF/A-1b; true by default} */
  public boolean pdfA() {
    return pdfA;
  }

  /** {@return the fixed creation and modification date, or empty to derive it from the document} */
  public Optional<Instant> timestamp() {
    return timestamp;
  }

  /** {@return the document id, or empty to derive it from the document's content} */
  public Optional<String> documentId() {
    return documentId;
  }

  /** {@return the fallback font files, in the order they are searched; none by default} */
  public List<Path> fallbackFonts() {
    return fonts.files();
  }

  /** {@return whether the fonts installed on the machine are searched after the others; true by default} */
  public boolean systemFonts() {
    return fonts.system();
  }

  /** {@return the theme: fonts, colours, margins and logo; {@link PdfTheme#defaults()} by default} */
  public PdfTheme theme() {
    return theme;
  }

  @Override
  public RenderResult render(Document document, OutputStream out) throws IOException {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(out, "out");
    PdfSettings settings = settings(document);
    Fonts fonts = takeFonts();
    PdfContext context = new PdfContext(document, settings, fonts,
        pageListener.<IntConsumer>map(l -> l::pageLaidOut).orElse(page -> { }));
    context.render(out);
    out.flush();
    // Only after a render that succeeded: one that failed may have left its fonts half-way.
    idleFonts.offer(new SoftReference<>(fonts));
    return new RenderResult(context.warnings());
  }

  /**
   * Opens the fonts a render sets its text in (the theme's body and heading faces, regular, bold
   * and italic) and keeps them for the next render, unless a finished render's are kept already;
   * loads the chart fonts, and reads what Java 2D reads of the installed fonts before the first
   * chart. A render that starts before this ends opens fonts of its own.
   */
  @Override
  public void prepare() {
    Drawings.prepare();
    try {
      if (idleFonts.isEmpty()) {
        Fonts ready = new Fonts(this.fonts, theme);
        for (Fonts.Face face : PREPARED) {
          ready.font(face);
        }
        idleFonts.offer(new SoftReference<>(ready));
      }
    } catch (RuntimeException | LinkageError e) {
      // Left for the render, which reports what it cannot open.
    }
    PdfFigures.prepare();
  }

  /** Fonts an earlier render finished with, made ready for this one, or new ones. */
  private Fonts takeFonts() {
    for (SoftReference<Fonts> kept; (kept = idleFonts.poll()) != null; ) {
      Fonts fonts = kept.get();
      if (fonts != null) {
        fonts.reset();
        return fonts;
      }
    }
    return new Fonts(this.fonts, theme);
  }

  /**
   * Returns the document as PDF bytes, for callers that do not need the warnings ({@link #render}
   * gives both).
   *
   * @param document the document to render
   * @return the bytes of the PDF file
   */
  public byte[] renderToBytes(Document document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      render(document, out);
    } catch (IOException e) {
      throw new IllegalStateException(e); // a ByteArrayOutputStream does not throw
    }
    return out.toByteArray();
  }

  private PdfSettings settings(Document document) {
    Locale resolved = locale.orElse(document.metadata().locale());
    Instant when = timestamp.orElseGet(() -> document.metadata().date()
        .map(d -> d.atStartOfDay(ZoneOffset.UTC).toInstant())
        .orElse(Instant.EPOCH));
    byte[] idBytes = documentId.map(FileIdentity::of).orElse(null);
    return new PdfSettings(new Rectangle(pageSize.widthPoints(), pageSize.heightPoints()), resolved, Labels.of(resolved), pdfA, when, idBytes);
  }

  /** Sets the options of a {@link PdfRenderer}; not thread-safe, meant for one use. */
  public static final class Builder {
    private PageSize pageSize = PageSize.A4;
    private Optional<Locale> locale = Optional.empty();
    private boolean pdfA = true;
    private Optional<Instant> timestamp = Optional.empty();
    private Optional<String> documentId = Optional.empty();
    private List<Path> fallbackFonts = List.of();
    private boolean systemFonts = true;
    private PdfTheme theme = PdfTheme.defaults();
    private Optional<PageListener> pageListener = Optional.empty();

    private Builder() {}

    /**
     * Sets the page size; A4 by default.
     *
     * @param pageSize the page size
     * @return this builder
     */
    public Builder pageSize(PageSize pageSize) {
      this.pageSize = Objects.requireNonNull(pageSize, "pageSize");
      return this;
    }

    /**
     * Sets the language of the words the renderer writes itself ("Page N of M", "Notes"); by
     * default the document's {@linkplain dev.readout.reports.doc.Metadata#language() language}.
     * English and Vietnamese have their own words; other languages get English.
     *
     * @param locale the locale
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = Optional.of(Objects.requireNonNull(locale, "locale"));
      return this;
    }

    /**
     * Whether the file is made PDF/A-1b (XMP metadata, sRGB output intent); true by default.
     *
     * @param pdfA false for a plain PDF 1.4 file
     * @return this builder
     */
    public Builder pdfA(boolean pdfA) {
      this.pdfA = pdfA;
      return this;
    }

    /**
     * Sets the creation and modification date written into the file. By default it is the
     * document's {@linkplain dev.readout.reports.doc.Metadata#date() date} at 00:00 UTC, or
     * 1970-01-01T00:00:00Z when the document has no date; never the current time. Written to
     * the second, in UTC.
     *
     * @param timestamp the date
     * @return this builder
     */
    public Builder timestamp(Instant timestamp) {
      this.timestamp = Optional.of(Objects.requireNonNull(timestamp, "timestamp"));
      return this;
    }

    /**
     * Sets the document id, from which the file identifier (the trailer's {@code /ID}) and the
     * fonts' subset tags are made: 32 hex digits are taken as the identifier's 16 bytes, any other
     * text is hashed (the first 16 bytes of its SHA-256). By default it is a hash of the file as
     * written up to its fonts (every page, with its text, links and drawings), the document's
     * metadata and these options, so a changed document gets a new identifier; the file's last
     * objects (fonts, outline, destinations, trailer) are written after the hash is taken.
     *
     * @param documentId the id, not blank
     * @return this builder
     * @throws IllegalArgumentException if the id is blank
     */
    public Builder documentId(String documentId) {
      Objects.requireNonNull(documentId, "documentId");
      if (documentId.isBlank()) {
        throw new IllegalArgumentException(PdfMessages.documentIdBlank());
      }
      this.documentId = Optional.of(documentId);
      return this;
    }

    /**
     * Sets the fonts to draw a character in when the bundled Liberation fonts have no glyph for it
     * (Hangul, Han, Kana, Devanagari, Arabic, Thai, Khmer, ...): TrueType or OpenType files ({@code
     * .ttf}, {@code .otf}) or collections ({@code .ttc}, {@code .otc}, every face of which is
     * used). A character takes the first of them, in the order given, that has a glyph for it, in
     * the face of that family closest to the text's style (bold, italic) among those given. What
     * they draw is embedded as a subset. None by default.
     *
     * @param files the font files, searched in this order
     * @return this builder
     * @throws IllegalArgumentException (from {@link #build()}) if a file cannot be read as such a
     *     font or has no face that can be embedded
     */
    public Builder fallbackFonts(List<Path> files) {
      this.fallbackFonts = List.copyOf(files);
      return this;
    }

    /**
     * Whether the fonts installed on the machine are searched, after the bundled and the fallback
     * fonts, for a character none of those has; true by default. The standard font folders of
     * Linux, Windows and macOS are read in path order, once per JVM, when a render first needs
     * them. The output then depends on the fonts the machine has: for the same bytes on every
     * machine, turn this off and name the fonts with {@link #fallbackFonts(List)}.
     *
     * @param systemFonts false to use only the bundled and the fallback fonts
     * @return this builder
     */
    public Builder systemFonts(boolean systemFonts) {
      this.systemFonts = systemFonts;
      return this;
    }

    /**
     * Sets the theme: the fonts of body text and headings, the colours of headings, rules, links,
     * table headers and notes, the page margins and a logo on the cover and in the running header
     * ({@link PdfTheme}). By default {@link PdfTheme#defaults()}, the look described above. The
     * theme's fonts take the place of Liberation Serif and Sans and are searched before the
     * fallback fonts.
     *
     * @param theme the theme
     * @return this builder
     */
    public Builder theme(PdfTheme theme) {
      this.theme = Objects.requireNonNull(theme, "theme");
      return this;
    }

    /**
     * Sets who is told of each page as it is laid out, to show the progress of a long render; none
     * by default. It changes nothing in the file.
     *
     * @param listener told of each page
     * @return this builder
     */
    public Builder pageListener(PageListener listener) {
      this.pageListener = Optional.of(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * Builds the renderer, reading the fallback fonts' character maps.
     *
     * @return an immutable renderer
     * @throws IllegalArgumentException if a fallback font cannot be read as a TrueType or OpenType
     *     font or has no face that can be embedded; the message names the file
     */
    public PdfRenderer build() {
      return new PdfRenderer(this, FontChain.of(fallbackFonts, systemFonts));
    }
  }
}
