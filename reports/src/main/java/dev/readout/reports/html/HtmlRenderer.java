package dev.readout.reports.html;

import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.DocumentRenderer;
import dev.readout.reports.doc.PageSize;
import dev.readout.reports.doc.RenderResult;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Renders a document as one self-contained HTML file: UTF-8, its style sheet inside, its figures
 * drawn in inline SVG, no script, nothing fetched from the network, the same bytes for the same
 * document whatever the default locale. The file reads on screen in any browser and prints on A4
 * (or US Letter) with the classification and "Page N of M" in the page margins. Immutable and
 * thread-safe; configure with {@link #builder()} or take the defaults with {@link #create()}.
 *
 * <p>How each part of the document is written:
 *
 * <ul>
 *   <li><b>Page</b>: {@code <html lang>} with the metadata's language (and {@code dir="rtl"} for a
 *       right-to-left one), {@code <title>}, {@code <meta>} author, description (the subtitle),
 *       keywords and date, then {@code <main>} holding every block. The classification marking,
 *       when present, is a banner {@code <header>} before {@code <main>} and a {@code <footer>}
 *       after it, and is printed at the top and bottom of every page.
 *   <li><b>Cover</b>: a {@code <header>} whose title is the page's one {@code <h1>}, then a
 *       paragraph for each other line of {@link dev.readout.reports.doc.Cover#headLines} and each
 *       extra line; printed alone on the first page. Without a cover before the first heading, the
 *       title opens {@code <main>} as the {@code <h1>} (and a cover shows it as a paragraph).
 *   <li><b>Headings</b>: one level below the title ({@code <h2>} to {@code <h4>}), and never more
 *       than one level below the heading before, so that no level is skipped; {@code id} is the
 *       heading's anchor, a duplicate with a suffix {@code -2}, {@code -3}… and a warning.
 *   <li><b>Table of contents</b>: a {@code <nav>} named by its title (an {@code <h2>}), then a
 *       nested list of links {@code <a href="#anchor">}, one per heading it lists.
 *   <li><b>Lists</b>: {@code <ul>} and {@code <ol>}, nested lists inside their item.
 *   <li><b>Tables</b>: {@code <caption>}, a {@code <colgroup>} giving each column its share of
 *       the width, widened where a column's longest word would not fit whole at the page's widest
 *       (measured in Liberation Sans, with room for wider system faces), the header rows in
 *       {@code <thead>} as {@code <th scope="col">} (an empty header cell is a plain cell), the body rows in {@code <tbody>}, each column's alignment on its
 *       cells. Printed, header rows repeat on every page and rows do not split.
 *   <li><b>Key–value blocks</b>: a description list {@code <dl>}, one {@code <div>} of {@code
 *       <dt>} key and {@code <dd>} value per entry.
 *   <li><b>Notes</b>: {@code <div role="note">} with a coloured left border, its kind named in
 *       words ("Important:") before the title in bold or the text.
 *   <li><b>Figures</b>: {@code <figure>} holding the chart as inline SVG with {@code role="img"}
 *       and the figure's text alternative as {@code aria-label}, then {@code <figcaption>}.
 *   <li><b>Page breaks</b>: the next block has the class {@code break}: a new page in print, a
 *       rule on screen.
 *   <li><b>Inlines</b>: {@code <em>}, {@code <strong>}, {@code <a href>} for a URL or {@code
 *       #anchor} (a link to an anchor no heading has is written as its text, with a warning), a
 *       line feed as {@code <br>}, and a quotation as {@code “<q>…</q>”} with {@code lang} when its
 *       language is not the document's (the marks are text, so they are copied with the quotation
 *       and part it from the words around it; the style sheet turns the browser's own marks off).
 *   <li><b>Footnotes</b>: a numbered mark {@code <a role="doc-noteref" href="#note.N"
 *       id="ref.N.k">} in superscript where each is referred to (equal footnotes are one note,
 *       numbered where first referred to), and the notes at the end in a {@code <section
 *       role="doc-endnotes">} list, each with a link back to each of its references. Printed, the
 *       notes start a new page.
 * </ul>
 *
 * <p>Text is written in Unicode NFC with {@code & < > "} escaped; characters that {@link
 * dev.readout.reports.doc.PlainText#isRenderable(int)} rejects are left out with a warning, as in
 * every renderer. Each warning is reported once, however often its text is written. The ids the
 * renderer makes itself contain a full stop, which no heading anchor can, so they never clash.
 *
 * <p><b>Memory.</b> Each block is written to the stream as it is visited; only the footnotes are
 * held (as the document's own objects) until the end, so the heap a render needs hardly grows with
 * the document.
 */
public final class HtmlRenderer implements DocumentRenderer {
  /** The style sheet, the same for every document but for its page rule. */
  private static final String CSS = readStyleSheet();

  private final PageSize pageSize;
  private final Optional<Locale> locale;

  private HtmlRenderer(Builder builder) {
    this.pageSize = builder.pageSize;
    this.locale = builder.locale;
  }

  /**
   * Returns a renderer with the default options: A4 when printed, the document's own language for
   * the words the renderer writes itself.
   *
   * @return a renderer
   */
  public static HtmlRenderer create() {
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

  /** {@return the paper the style sheet prints on} */
  public PageSize pageSize() {
    return pageSize;
  }

  /**
   * Returns the locale of the words the renderer writes itself (the kinds of note, the title of the
   * notes, "Page N of M" in print), if one was set; when empty, the document's language is used.
   *
   * @return the locale, or empty
   */
  public Optional<Locale> locale() {
    return locale;
  }

  @Override
  public RenderResult render(Document document, OutputStream out) throws IOException {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(out, "out");
    // Written as it is made, not built whole first: a large book is hundreds of MB of text.
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
    HtmlContext context = new HtmlContext(document, pageSize, locale.orElseGet(() -> document.metadata().locale()),
        CSS, writer);
    try {
      context.render();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    writer.flush(); // and not closed: the stream is the caller's
    return new RenderResult(context.warnings());
  }

  private static String readStyleSheet() {
    try (InputStream in = HtmlRenderer.class.getResourceAsStream("readout.css")) {
      if (in == null) {
        throw new IllegalStateException("style sheet readout.css must be beside " + HtmlRenderer.class.getName());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("style sheet readout.css could not be read", e);
    }
  }

  /** Sets the options of an {@link HtmlRenderer}; not thread-safe, meant for one use. */
  public static final class Builder {
    private PageSize pageSize = PageSize.A4;
    private Optional<Locale> locale = Optional.empty();

    private Builder() {}

    /**
     * Sets the paper the page prints on; A4 by default.
     *
     * @param pageSize the paper
     * @return this builder
     */
    public Builder pageSize(PageSize pageSize) {
      this.pageSize = Objects.requireNonNull(pageSize, "pageSize");
      return this;
    }

    /**
     * Sets the language of the words the renderer writes itself ("Important", "Notes", "Page 3 of
     * 7"; Vietnamese "Quan trọng", "Ghi chú", "Trang 3 / 7"); by default each document's language.
     * Languages without a translation get English.
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
    public HtmlRenderer build() {
      return new HtmlRenderer(this);
    }
  }
}
