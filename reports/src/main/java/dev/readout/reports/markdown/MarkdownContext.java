package dev.readout.reports.markdown;

import dev.readout.reports.chart.Drawings;
import dev.readout.reports.doc.Block;
import dev.readout.reports.doc.BlockVisitor;
import dev.readout.reports.doc.Cover;
import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.Emphasis;
import dev.readout.reports.doc.Figure;
import dev.readout.reports.doc.Footnote;
import dev.readout.reports.doc.Heading;
import dev.readout.reports.doc.Inline;
import dev.readout.reports.doc.KeyValueBlock;
import dev.readout.reports.doc.Link;
import dev.readout.reports.doc.ListBlock;
import dev.readout.reports.doc.Note;
import dev.readout.reports.doc.PageBreak;
import dev.readout.reports.doc.Paragraph;
import dev.readout.reports.doc.PlainText;
import dev.readout.reports.doc.RenderWarning;
import dev.readout.reports.doc.Strong;
import dev.readout.reports.doc.Table;
import dev.readout.reports.doc.TableOfContents;
import dev.readout.reports.doc.Text;
import dev.readout.reports.markdown.Syntax.Mode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state of one {@link MarkdownRenderer#render} call: the unique anchor of each heading, the
 * footnotes met so far, the warnings, and which list marker the previous block ended with. Created
 * inside {@code render} and dropped after it, so the renderer itself stays immutable.
 */
final class MarkdownContext implements BlockVisitor<String> {
  private final Document document;
  private final boolean githubAlerts;
  private final FigureOutput figures;
  private int figuresWritten;
  private final InlineWriter block = new InlineWriter(this, Mode.BLOCK);
  private final InlineWriter heading = new InlineWriter(this, Mode.HEADING);
  private final InlineWriter cell = new InlineWriter(this, Mode.CELL);

  /** The anchor written for the i-th heading of the document: its own, or with a suffix when taken. */
  private final List<String> headingAnchors = new ArrayList<>();
  private final Set<String> declaredAnchors = new HashSet<>();
  private int headingsWritten;
  private final List<String> footnotes = new ArrayList<>();
  /** The number of each footnote met, by its content: equal footnotes are one note. */
  private final Map<List<Inline>, Integer> numbers = new HashMap<>();
  private final List<RenderWarning> warnings = new ArrayList<>();
  /** The bullet or delimiter the previous block's list ended with, or 0; two lists in a row must differ. */
  private char previousListMarker;
  private char currentListMarker;

  MarkdownContext(Document document, boolean githubAlerts, FigureOutput figures) {
    this.document = document;
    this.githubAlerts = githubAlerts;
    this.figures = figures;
    assignAnchors();
  }

  private void assignAnchors() {
    List<Heading> headings = document.headings();
    headingAnchors.addAll(document.uniqueAnchors());
    for (int i = 0; i < headings.size(); i++) {
      Heading h = headings.get(i);
      declaredAnchors.add(h.anchor());
      if (!h.anchor().equals(headingAnchors.get(i))) {
        warnings.add(RenderWarning.duplicateAnchor(h, headingAnchors.get(i)));
      }
    }
  }

  /** True when the first block is a level-1 heading: the document then carries its own title. */
  private boolean opensWithTitleHeading() {
    return !document.blocks().isEmpty() && document.blocks().get(0) instanceof Heading
        && ((Heading) document.blocks().get(0)).level() == 1;
  }

  /** Renders the whole document; returns the Markdown text, ending with one line feed. */
  String render() {
    StringBuilder out = new StringBuilder();
    try {
      render(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not throw
    }
    return out.toString();
  }

  /**
   * Writes the whole document: its chunks (the banner, the title, each block, each footnote) with a
   * blank line between two, then one line feed. Each chunk is written as soon as it is made, so a
   * large document is not held as text in memory (the footnotes' texts are, until the end).
   */
  void render(Appendable out) throws IOException {
    Chunks chunks = new Chunks(out);
    if (document.metadata().classification().isPresent()) {
      chunks.add(banner(document.metadata().classification().get()));
    }
    if (document.blocks().stream().noneMatch(Cover.class::isInstance) && !opensWithTitleHeading()) {
      chunks.add("# " + heading.write(document.metadata().title(), ' ', '\n'));
    }
    for (Block b : document.blocks()) {
      currentListMarker = 0;
      String chunk = b.accept(this);
      if (chunk != null && !chunk.isEmpty()) {
        chunks.add(chunk);
        previousListMarker = currentListMarker;
      }
    }
    for (int i = 0; i < footnotes.size(); i++) {
      String label = "[^" + (i + 1) + "]:";
      String content = footnotes.get(i);
      chunks.add(label + " " + indent(content.isEmpty() ? "&#32;" : content, "    "));
    }
    if (document.metadata().classification().isPresent()) {
      chunks.add(banner(document.metadata().classification().get()));
    }
    out.append('\n');
  }

  /** Writes chunks as {@code String.join("\n\n", chunks)} would. */
  private static final class Chunks {
    private final Appendable out;
    private boolean first = true;

    Chunks(Appendable out) {
      this.out = out;
    }

    void add(String chunk) throws IOException {
      if (!first) {
        out.append("\n\n");
      }
      out.append(chunk);
      first = false;
    }
  }

  List<RenderWarning> warnings() {
    return List.copyOf(warnings);
  }

  private String banner(String classification) {
    return block.write(List.of(new Strong(List.of(new Text(classification)))), '\n', '\n');
  }

  // ---- services for the inline writer ----

  /** Returns the text without the characters no renderer writes, with a warning when any were dropped. */
  String renderable(String text) {
    String clean = PlainText.renderable(text);
    if (clean.length() != text.length()) {
      warnings.add(RenderWarning.charactersLeftOut(text));
    }
    return clean;
  }

  /** Registers a footnote met in reading order; returns its number, the same for equal footnotes. */
  int footnote(Footnote footnote) {
    Integer known = numbers.get(footnote.content());
    if (known != null) {
      return known;
    }
    // The content holds no footnote (the model forbids it), so numbering cannot interleave.
    footnotes.add(block.write(footnote.content(), '\n', '\n'));
    numbers.put(footnote.content(), footnotes.size());
    return footnotes.size();
  }

  /** Returns the link's destination as written between the parentheses. */
  String linkDestination(Link link) {
    if (link.isInternal() && !declaredAnchors.contains(link.anchor())) {
      warnings.add(RenderWarning.unknownAnchor(link));
    }
    return Syntax.destination(renderable(link.target()));
  }

  // ---- blocks ----

  @Override
  public String visit(Heading h) {
    String anchor = headingAnchors.get(headingsWritten++);
    return "#".repeat(h.level()) + " <a id=\"" + anchor + "\"></a>" + heading.write(h.content(), '>', '\n');
  }

  @Override
  public String visit(Paragraph paragraph) {
    return block.write(paragraph.content(), '\n', '\n');
  }

  @Override
  public String visit(ListBlock list) {
    char marker = list.ordered() ? '.' : '-';
    if (previousListMarker == marker) {
      marker = list.ordered() ? ')' : '*';
    }
    currentListMarker = marker;
    return list(list, marker);
  }

  private String list(ListBlock list, char marker) {
    List<String> lines = new ArrayList<>();
    int number = 1;
    for (ListBlock.Item item : list.items()) {
      String bullet = list.ordered() ? (number++) + String.valueOf(marker) : String.valueOf(marker);
      String pad = " ".repeat(bullet.length() + 1);
      String content = block.write(item.content(), '\n', '\n');
      lines.add(content.isEmpty() ? bullet : bullet + " " + indent(content, pad));
      item.nested().ifPresent(n -> lines.add(indent(pad + list(n, n.ordered() ? '.' : '-'), pad)));
    }
    return String.join("\n", lines);
  }

  @Override
  public String visit(Table table) {
    StringBuilder sb = new StringBuilder();
    table.caption().ifPresent(c -> sb.append(block.write(List.of(new Emphasis(
        List.of(new Text(c)))), '\n', '\n')).append("\n\n"));
    sb.append(row(table.headerRows().get(0).cells(), false)).append('\n');
    for (Table.Column column : table.columns()) {
      sb.append('|').append(switch (column.alignment()) {
        case LEFT -> " :--- ";
        case CENTER -> " :---: ";
        case RIGHT -> " ---: ";
      });
    }
    sb.append('|');
    for (Table.Row extraHeader : table.headerRows().subList(1, table.headerRows().size())) {
      sb.append('\n').append(row(extraHeader.cells(), true));
    }
    for (Table.Row body : table.bodyRows()) {
      sb.append('\n').append(row(body.cells(), false));
    }
    return sb.toString();
  }

  private String row(List<Table.Cell> cells, boolean bold) {
    StringBuilder sb = new StringBuilder("|");
    for (Table.Cell c : cells) {
      List<Inline> content = bold && !c.content().isEmpty() ? List.of(new Strong(c.content())) : c.content();
      String text = cell.write(content, ' ', ' ');
      sb.append(text.isEmpty() ? " " : " " + text + " ").append('|');
    }
    return sb.toString();
  }

  @Override
  public String visit(KeyValueBlock keyValues) {
    char marker = previousListMarker == '-' ? '*' : '-';
    currentListMarker = marker;
    List<String> lines = new ArrayList<>();
    for (KeyValueBlock.Entry entry : keyValues.entries()) {
      String key = entry.key().replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ') + ":";
      List<Inline> line = new ArrayList<>();
      line.add(new Strong(List.of(new Text(key))));
      if (!entry.value().isEmpty()) {
        line.add(new Text(" "));
        line.addAll(entry.value());
      }
      lines.add(marker + " " + indent(block.write(line, '\n', '\n'), "  "));
    }
    return String.join("\n", lines);
  }

  @Override
  public String visit(Note note) {
    StringBuilder first = new StringBuilder();
    note.title().ifPresent(t -> first.append(block.write(List.of(new Strong(List.of(new Text(t)))), '\n', '\n')));
    String content = block.write(note.content(), '\n', '\n');
    String body = first.length() == 0 ? content : content.isEmpty() ? first.toString() : first + "\n\n" + content;
    if (githubAlerts) {
      // The alert marker must be alone on the quote's first line; the text follows on the next lines.
      String alert = switch (note.kind()) {
        case INFO -> "[!NOTE]";
        case IMPORTANT -> "[!IMPORTANT]";
        case WARNING -> "[!WARNING]";
      };
      body = alert + "\n" + body;
    }
    StringBuilder sb = new StringBuilder();
    for (String line : body.split("\n", -1)) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append(line.isEmpty() ? ">" : "> " + line);
    }
    return sb.toString();
  }

  /**
   * An image of the figure's SVG drawing, its text alternative as the image's text, then the caption
   * in italics as a paragraph of its own.
   */
  @Override
  public String visit(Figure figure) {
    Drawings.leftOut(figure.chart()).ifPresent(warnings::add);
    String target = figures.write(figure, ++figuresWritten, document.metadata().language());
    String alt = block.write(List.of(new Text(figure.description())), ' ', ' ');
    String caption = block.write(List.of(new Emphasis(List.of(new Text(figure.caption())))), '\n', '\n');
    return "![" + alt + "](" + Syntax.imageDestination(target) + ")\n\n" + caption;
  }

  @Override
  public String visit(PageBreak pageBreak) {
    return "---";
  }

  @Override
  public String visit(TableOfContents contents) {
    StringBuilder sb = new StringBuilder(block.write(List.of(new Strong(List.of(new Text(contents.title())))), '\n', '\n'));
    List<Heading> all = document.headings();
    List<String> lines = new ArrayList<>();
    int minLevel = all.stream().filter(h -> h.level() <= contents.levels()).mapToInt(Heading::level).min().orElse(1);
    int depth = -1;
    for (int i = 0; i < all.size(); i++) {
      Heading h = all.get(i);
      if (h.level() > contents.levels()) {
        continue;
      }
      depth = Math.min(h.level() - minLevel, depth + 1);
      String text = PlainText.of(h.content()).replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
      lines.add("  ".repeat(depth) + "- [" + cell.write(text, '[', ']') + "](#" + headingAnchors.get(i) + ")");
    }
    if (!lines.isEmpty()) {
      currentListMarker = '-';
      sb.append("\n\n").append(String.join("\n", lines));
    }
    return sb.toString();
  }

  @Override
  public String visit(Cover cover) {
    List<String> parts = new ArrayList<>();
    List<String> metadata = cover.headLines(document.metadata());
    parts.add("# " + heading.write(metadata.get(0), ' ', '\n'));
    for (String line : metadata.subList(1, metadata.size())) {
      parts.add(block.write(line, '\n', '\n'));
    }
    for (Paragraph line : cover.lines()) {
      String text = block.write(line.content(), '\n', '\n');
      if (!text.isEmpty()) {
        parts.add(text);
      }
    }
    parts.add("---");
    return String.join("\n\n", parts);
  }

  // ---- helpers ----

  /** Prefixes every line after the first with {@code pad}, leaving empty lines empty. */
  private static String indent(String text, String pad) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        sb.append('\n');
        if (!lines[i].isEmpty()) {
          sb.append(pad);
        }
      }
      sb.append(lines[i]);
    }
    return sb.toString();
  }
}
