package dev.readout.reports.docx;

import dev.readout.reports.chart.Drawings;
import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.DocumentRenderer;
import dev.readout.reports.doc.Metadata;
import dev.readout.reports.doc.PageSize;
import dev.readout.reports.doc.RenderResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Renders a document as a Word file (Office Open XML, {@code .docx}) with Apache POI. Immutable and
 * thread-safe; configure with {@link #builder()} or take the defaults with {@link #create()}.
 *
 * <p>What Word (and LibreOffice) users get:
 *
 * <ul>
 *   <li><b>Word's own styles</b>: Normal (Liberation Serif, which Word replaces by Times New Roman
 *       where it is missing, 11 pt), Title, Subtitle, Heading 1–3 with outline levels 0–2 (so the
 *       navigation pane lists them), List Bullet and List Number, Caption, Footnote Text and
 *       Footnote Reference, Hyperlink, TOC Heading and TOC 1–3, Header and Footer, and the table
 *       style Table Grid with a shaded, bold first row. Every style has Word's built-in id and
 *       name, so Word treats it as its own.
 *   <li><b>Cover</b>: the title (Title style), the subtitle (Subtitle style), then the author, the
 *       organisation and the date ({@link dev.readout.reports.doc.Cover#metadataLines}), then the
 *       cover's own lines, centred; the next block starts a new page. Without a cover, the title
 *       opens the document in the Title style.
 *   <li><b>Table of contents</b>: the title (TOC Heading style), then a real <code>TOC \o "1-n"
 *       \h \z &#92;u</code> field whose result already lists every heading up to level {@code n}, each
 *       entry (TOC 1–3 style) a link to its heading's bookmark. It shows as it is in Word and
 *       LibreOffice; "Update table" adds the page numbers, which only a paginating program knows.
 *   <li><b>Headings</b>: Heading 1–3, each inside a bookmark named after its anchor ({@code h_}
 *       and the anchor with {@code _} for {@code -}, shortened with a hash where Word's 40
 *       characters are not enough). Duplicate anchors get a suffix and a warning.
 *   <li><b>Lists</b>: List Bullet and List Number paragraphs with numbering definitions of nine
 *       levels; a nested list uses the next level (bullets •, ◦, ▪; numbers 1., a., i.), and each
 *       numbered list counts from 1.
 *   <li><b>Tables</b>: the Table Grid style, fixed column widths in proportion to the relative
 *       widths and adding up to the text width, each column's alignment on its cells, header rows
 *       shaded, bold and marked to repeat at the top of every page, rows that do not split
 *       across pages; the caption above in the Caption style.
 *   <li><b>Key–value blocks</b>: a two-column table, keys bold on a grey ground.
 *   <li><b>Notes</b>: a one-cell table shaded by kind (blue for info, yellow for important, red for
 *       warning) with a thick left border, the title in bold.
 *   <li><b>Page breaks</b>: the next paragraph starts on a new page.
 *   <li><b>Inlines</b>: emphasis in italics, strong in bold, links as hyperlinks (to a URL, or to
 *       a heading's bookmark for {@code #anchor}), footnotes as real footnotes numbered by Word, a
 *       line feed as a line break.
 *   <li><b>Scripts</b>: a run of Hangul, Han or Kana names a Noto Sans CJK font (Korean for
 *       Hangul, Japanese for Kana, Han by the document's language) in its East Asian font slot
 *       ({@code w:eastAsia}), and one of Arabic, Devanagari and the other scripts of India, Thai,
 *       Lao, Myanmar or Khmer a Noto font of its script in the complex-script slot ({@code w:cs}),
 *       with the language of that text; the font table names the Windows font Word uses in its
 *       place where the Noto font is not installed (Malgun Gothic, Yu Gothic, Microsoft YaHei,
 *       Nirmala UI, Leelawadee UI, ...). Latin text keeps Liberation Serif and Sans.
 *   <li><b>Every page</b>: a header with the classification marking (bold, when there is one) and
 *       the title; a footer "Page N of M" whose numbers are {@code PAGE} and {@code NUMPAGES}
 *       fields, in the renderer's locale.
 *   <li><b>File properties</b>: title, subject (the subtitle), author, keywords and language from
 *       the metadata; created and modified at the {@link Builder#timestamp(Instant) timestamp}.
 * </ul>
 *
 * <p><b>A Word template</b> ({@link Builder#template(Path)}), like pandoc's reference document,
 * gives the file a house style: the template's styles, theme, numbering definitions, page set-up
 * (the section properties that end its body: paper, orientation, margins, columns, a different
 * first page, ...) and headers and footers, with the images (a logo) and links they show. Its text
 * is not used. Readout's content keeps Word's style names: each paragraph, run and table takes the
 * template's style of the same name ("heading 1", "List Bullet", "Table Grid", "footnote text",
 * ...), under whatever id the template gives it (Word in another language uses other ids); a style
 * Readout needs and the template lacks is added with Readout's definition (in the theme's fonts,
 * where the template has a theme). The defaults of the template apply, but for the language, which
 * is the document's. Readout's lists keep their own numbering definitions, numbered after the
 * template's.
 *
 * <ul>
 *   <li><b>Page set-up</b>: the template's. A page size set {@linkplain Builder#pageSize(PageSize)
 *       explicitly} replaces its paper, turned as the template's page is turned (A4 in a landscape
 *       template gives A4 landscape), and keeps its margins; the default A4 does not.
 *   <li><b>Header and footer</b>: each header and footer of the template (every page, first page,
 *       even pages) is used as it is. Readout puts the classification marking, when the document
 *       has one, at the top of each of the template's headers, so that every page carries it, and
 *       its "Page N of M" at the end of each of the template's footers that has no page number field
 *       ({@code PAGE}, {@code NUMPAGES}) of its own. Where the template has no header or no footer
 *       for every page, Readout's own is used: the running title replaced by the template's header,
 *       not added to it.
 *   <li><b>Not taken</b>: the template's content, comments, settings (but mirrored margins, gutter
 *       at the top and different even-page headers, which are part of the page set-up), font table
 *       and embedded fonts, glossary (building blocks) and macros.
 * </ul>
 *
 * <p>The same document and options give the same bytes: dates come from the timestamp, never the
 * clock; zip entries are written in a fixed order with the same time; relationship, bookmark and
 * numbering ids are assigned in document order; a template's parts are copied byte for byte, or
 * rewritten the same way every time. Text is written in Unicode NFC, and the characters
 * XML 1.0 forbids are left out with a {@link dev.readout.reports.doc.RenderWarning}. Each warning is
 * reported once, however often its text is written (the title is on the cover, in the header and
 * in the file properties).
 *
 * <p><b>Memory.</b> The body, the footnotes, the header and the footer are written as streams of
 * XML while the document is visited; Apache POI builds only the package around them (parts,
 * relationships, content types, properties, styles, numbering, settings). A part larger than a few
 * megabytes moves to a temporary file in {@code java.io.tmpdir}, deleted before {@code render}
 * returns, so the heap a render needs hardly grows with the document: a briefing book of 10,000
 * engagements (about 16 MB of DOCX, 50,000 pages) renders in a 1 GB heap that also holds the
 * document.
 */
public final class DocxRenderer implements DocumentRenderer {
  private final Optional<PageSize> pageSize;
  private final Optional<Instant> timestamp;
  private final Optional<Locale> locale;
  private final Optional<DocxTemplate> template;

  private DocxRenderer(Builder builder) {
    this.pageSize = builder.pageSize;
    this.timestamp = builder.timestamp;
    this.locale = builder.locale;
    this.template = builder.template;
  }

  /**
   * Returns a renderer with the default options: A4, no template, the timestamp taken from the document's date,
   * the document's own language for the footer.
   *
   * @return a renderer
   */
  public static DocxRenderer create() {
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

  /**
   * Returns the page size: the one set on the builder, else A4. With a {@linkplain
   * Builder#template(Path) template}, the template's paper is used instead unless one was set.
   *
   * @return the page size
   */
  public PageSize pageSize() {
    return pageSize.orElse(PageSize.A4);
  }

  /**
   * Returns how the Word template is named in messages (its path, or how it was given), if the
   * renderer has one.
   *
   * @return the template's name, or empty
   */
  public Optional<String> template() {
    return template.map(DocxTemplate::name);
  }

  /**
   * Returns the fixed timestamp written as the file's creation and modification time, if one was
   * set; when empty, each document's {@link #timestampOf(Metadata) own timestamp} is used.
   *
   * @return the timestamp, or empty
   */
  public Optional<Instant> timestamp() {
    return timestamp;
  }

  /**
   * Returns the locale of the words the renderer writes itself (the footer's "Page N of M"), if
   * one was set; when empty, the document's language is used.
   *
   * @return the locale, or empty
   */
  public Optional<Locale> locale() {
    return locale;
  }

  /**
   * Returns the timestamp of a document when none is set on the builder: its date at 00:00 UTC, or
   * the epoch (1970-01-01T00:00:00Z) when it has no date. Never the current time.
   *
   * @param metadata the document's metadata
   * @return the timestamp written into the file
   */
  public static Instant timestampOf(Metadata metadata) {
    return metadata.date().map(d -> d.atStartOfDay().toInstant(ZoneOffset.UTC)).orElse(Instant.EPOCH);
  }

  @Override
  public RenderResult render(Document document, OutputStream out) throws IOException {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(out, "out");
    PoiFirstUse.await();
    Section section = template.map(t -> t.section(pageSize, PageSize.A4)).orElseGet(() -> Section.of(pageSize()));
    DocxContext context = new DocxContext(document, section, template.orElse(null),
        timestamp.orElseGet(() -> timestampOf(document.metadata())),
        locale.orElseGet(() -> document.metadata().locale()));
    context.render(out);
    return new RenderResult(context.warnings());
  }

  /**
   * Loads the chart fonts, and with them Java 2D's font system, which the first chart of a process
   * otherwise waits for; makes Apache POI's first document of the process. A render started while
   * this runs waits for POI's part of it before it touches POI: POI's schema types initialise one
   * another, and two threads loading them at once could block each other for good.
   */
  @Override
  public void prepare() {
    Drawings.prepare();
    PoiFirstUse.await();
  }

  /** Sets the options of a {@link DocxRenderer}; not thread-safe, meant for one use. */
  public static final class Builder {
    private Optional<PageSize> pageSize = Optional.empty();
    private Optional<Instant> timestamp = Optional.empty();
    private Optional<Locale> locale = Optional.empty();
    private Optional<DocxTemplate> template = Optional.empty();

    private Builder() {}

    /**
     * Sets the page size; A4 by default. With a {@linkplain #template(Path) template}, the size set
     * here replaces the template's paper (turned as the template's page is), while the default
     * leaves it.
     *
     * @param pageSize the paper
     * @return this builder
     */
    public Builder pageSize(PageSize pageSize) {
      this.pageSize = Optional.of(Objects.requireNonNull(pageSize, "pageSize"));
      return this;
    }

    /**
     * Sets the Word template whose styles, theme, numbering, page set-up, header and footer the
     * file takes (see {@link DocxRenderer}): a {@code .docx} or {@code .dotx} file (also {@code
     * .docm}, {@code .dotm}, whose macros are not taken). It is read here, once; later changes to
     * the file do not reach the renderer. None by default.
     *
     * @param file the template
     * @return this builder
     * @throws IllegalArgumentException if the file cannot be read, or is no Word document (not a zip
     *     package, encrypted, a Word 97-2003 {@code .doc}, another kind of Office file) or has no
     *     styles part; the message names the file and says which
     */
    public Builder template(Path file) {
      this.template = Optional.of(DocxTemplate.read(Objects.requireNonNull(file, "file")));
      return this;
    }

    /**
     * Sets the Word template from the bytes of its file, as {@link #template(Path)} does.
     *
     * @param bytes the template file's content
     * @return this builder
     * @throws IllegalArgumentException if the bytes are no Word document with styles
     */
    public Builder template(byte[] bytes) {
      this.template = Optional.of(DocxTemplate.read(Objects.requireNonNull(bytes, "bytes").clone(), "(given as bytes)"));
      return this;
    }

    /**
     * Sets the Word template from a stream of its file, as {@link #template(Path)} does. The stream
     * is read to its end here, and not closed.
     *
     * @param in the template file's content
     * @return this builder
     * @throws IllegalArgumentException if the stream cannot be read or holds no Word document with styles
     */
    public Builder template(InputStream in) {
      this.template = Optional.of(DocxTemplate.read(Objects.requireNonNull(in, "in")));
      return this;
    }

    /**
     * Sets the time written as the file's creation and modification time and as the time of its
     * zip entries, for every document; by default each document's {@link
     * DocxRenderer#timestampOf(Metadata) own timestamp} (its date at 00:00 UTC).
     *
     * @param timestamp the time, to the second
     * @return this builder
     */
    public Builder timestamp(Instant timestamp) {
      this.timestamp = Optional.of(Objects.requireNonNull(timestamp, "timestamp"));
      return this;
    }

    /**
     * Sets the language of the words the renderer writes itself ("Page 3 of 7"; Vietnamese "Trang
     * 3 / 7"); by default each document's language. Languages without a translation get English.
     *
     * @param locale the locale
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = Optional.of(Objects.requireNonNull(locale, "locale"));
      return this;
    }

    /**
     * Builds the renderer.
     *
     * @return an immutable renderer
     */
    public DocxRenderer build() {
      return new DocxRenderer(this);
    }
  }
}
