package dev.readout.reports.markdown;

import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.DocumentRenderer;
import dev.readout.reports.doc.PlainText;
import dev.readout.reports.doc.RenderResult;
import dev.readout.reports.doc.SideFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Renders a document as CommonMark 0.31 with GitHub Flavored Markdown's pipe tables and footnotes:
 * UTF-8, {@code \n} line endings, blocks separated by one blank line, the same bytes for the same
 * document whatever the default locale. Immutable and thread-safe; configure with {@link
 * #builder()} or take the defaults with {@link #create()}.
 *
 * <p>How each part of the document is written:
 *
 * <ul>
 *   <li><b>Metadata</b>: the classification marking, when present, as a bold line at the very top
 *       and the very bottom. With a {@link dev.readout.reports.doc.Cover} the metadata appear
 *       there; without one, and unless the document opens with a level-1 heading of its own, the
 *       title is written as a level-1 heading {@code # Title} at the top.
 *       No YAML front matter: the output is plain CommonMark.
 *   <li><b>Cover</b>: {@code # Title}, then one paragraph for each other line of {@link
 *       dev.readout.reports.doc.Cover#headLines} and for each extra line, then a thematic
 *       break {@code ---} standing for the page break after the cover.
 *   <li><b>Heading</b>: an ATX heading {@code ## <a id="anchor"></a>Text}. The empty HTML anchor
 *       carries the heading's own id, so table-of-contents entries and {@code #id} links work on
 *       any CommonMark site, whatever slugs that site makes itself. A duplicate anchor gets a
 *       suffix {@code -2}, {@code -3}… and a warning; a line break in a heading becomes a space.
 *   <li><b>Paragraph</b>: its text; a line break in the text is a backslash hard break.
 *   <li><b>List</b>: {@code -} bullets or {@code 1.} numbers, nested lists indented under their
 *       item, tight. Two lists in a row would merge into one in Markdown, so the second uses
 *       {@code *} or {@code 1)} instead.
 *   <li><b>Table</b>: a pipe table whose delimiter row gives each column's alignment ({@code
 *       :---}, {@code :---:}, {@code ---:}). Markdown has one header row: the first header row is
 *       the table's header, and further header rows become the first body rows with every cell in
 *       bold. Relative widths cannot be expressed and are ignored. The caption is an emphasised
 *       paragraph just above the table. A line break in a cell is written {@code <br>}.
 *   <li><b>Key–value block</b>: a bulleted list of {@code **Key:** value} lines.
 *   <li><b>Note</b>: a block quote whose first line is GitHub's alert marker ({@code [!NOTE]} for
 *       {@code INFO}, {@code [!IMPORTANT]}, {@code [!WARNING]}), which GitHub and GitLab show as a
 *       callout and other sites as plain text; then the title in bold, then the text. The marker
 *       can be turned off with {@link Builder#githubAlerts(boolean)}.
 *   <li><b>Page break</b>: a thematic break {@code ---}.
 *   <li><b>Table of contents</b>: the title in bold, then a nested bulleted list of links {@code
 *       [Heading](#anchor)}, one per heading it lists.
 *   <li><b>Emphasis, strong, links</b>: {@code *em*}, {@code **strong**}, {@code [text](url)}.
 *       Where CommonMark's delimiter rules would not read {@code *} back as emphasis (emphasis
 *       next to punctuation inside a word, or touching another emphasis), {@code <em>} or {@code
 *       <strong>} is written instead.
 *   <li><b>Footnotes</b>: marks {@code [^1]}, {@code [^2]}… numbered in reading order, and the
 *       definitions {@code [^1]: text} at the end of the document (before the closing marking).
 * </ul>
 *
 * <p>Text is escaped so that it reads back as the same characters: {@code \ * _ ` [ ] < | ~ $ ^}
 * everywhere, {@code &} where it would start an entity, {@code #} in headings, and {@code # > - +
 * = :}, list numbers like {@code 1.} and leading spaces at the start of a line. Characters that
 * {@link PlainText#isRenderable(int)} rejects are left out with a warning, as in every renderer.
 */
public final class MarkdownRenderer implements DocumentRenderer {
  private final boolean githubAlerts;
  private final FigureOutput figures;

  private MarkdownRenderer(Builder builder) {
    this.githubAlerts = builder.githubAlerts;
    this.figures = new FigureOutput(builder.figurePrefix, builder.sideFiles);
  }

  /**
   * Returns a renderer with the default options.
   *
   * @return a renderer
   */
  public static MarkdownRenderer create() {
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
   * Tells whether notes start with GitHub's alert marker.
   *
   * @return true when notes are written as GitHub alerts
   */
  public boolean githubAlerts() {
    return githubAlerts;
  }

  @Override
  public RenderResult render(Document document, OutputStream out) throws IOException {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(out, "out");
    MarkdownContext context = new MarkdownContext(document, githubAlerts, figures);
    // Written as it is made, not built whole first: a large book is hundreds of MB of text.
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
    try {
      context.render(writer);
    } catch (UncheckedIOException e) {
      throw e.getCause(); // a side file could not be written
    }
    writer.flush(); // and not closed: the stream is the caller's
    return new RenderResult(context.warnings());
  }

  /**
   * Returns the document as Markdown text, for callers that want a string and not the warnings
   * ({@link #render} gives both).
   *
   * @param document the document to render
   * @return the Markdown, ending with a line feed
   */
  public String renderToString(Document document) {
    Objects.requireNonNull(document, "document");
    return new MarkdownContext(document, githubAlerts, new FigureOutput("", null)).render();
  }

  /** Sets the options of a {@link MarkdownRenderer}; not thread-safe, meant for one use. */
  public static final class Builder {
    private boolean githubAlerts = true;
    private String figurePrefix = "";
    private SideFiles sideFiles;

    private Builder() {}

    /**
     * Where figures go: each figure's chart is written as an SVG file named {@code prefix +
     * "figure-" + n + ".svg"} to the side files, and the Markdown links to it by that name with the
     * figure's text alternative. Without this option (the default) each drawing is inlined in the
     * Markdown as a {@code data:} URI, so the one file is complete; some sites (GitHub among them)
     * do not show such images.
     *
     * @param prefix what each file name starts with, such as the Markdown file's name and a hyphen;
     *     may be empty, no folders
     * @param sideFiles where the files are written
     * @return this builder
     */
    public Builder figureFiles(String prefix, SideFiles sideFiles) {
      Objects.requireNonNull(prefix, "prefix");
      Objects.requireNonNull(sideFiles, "sideFiles");
      if (prefix.contains("/") || prefix.contains("\\")) {
        throw new IllegalArgumentException("figure file prefix must not name a folder: " + prefix);
      }
      this.figurePrefix = prefix;
      this.sideFiles = sideFiles;
      return this;
    }

    /**
     * Whether a note's block quote starts with GitHub's alert marker ({@code [!NOTE]}, {@code
     * [!IMPORTANT]}, {@code [!WARNING]}); on by default. Turn it off for sites that show the
     * marker as text.
     *
     * @param githubAlerts true to write the marker
     * @return this builder
     */
    public Builder githubAlerts(boolean githubAlerts) {
      this.githubAlerts = githubAlerts;
      return this;
    }

    /**
     * Builds the renderer.
     *
     * @return an immutable renderer
     */
    public MarkdownRenderer build() {
      return new MarkdownRenderer(this);
    }
  }
}
