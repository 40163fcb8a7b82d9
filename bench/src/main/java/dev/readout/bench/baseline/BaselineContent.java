package dev.readout.bench.baseline;

import dev.readout.reports.doc.BlockVisitor;
import dev.readout.reports.doc.Cover;
import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.Emphasis;
import dev.readout.reports.doc.Footnote;
import dev.readout.reports.doc.Heading;
import dev.readout.reports.doc.Inline;
import dev.readout.reports.doc.InlineVisitor;
import dev.readout.reports.doc.KeyValueBlock;
import dev.readout.reports.doc.Link;
import dev.readout.reports.doc.ListBlock;
import dev.readout.reports.doc.Note;
import dev.readout.reports.doc.PageBreak;
import dev.readout.reports.doc.Paragraph;
import dev.readout.reports.doc.Strong;
import dev.readout.reports.doc.Table;
import dev.readout.reports.doc.TableOfContents;
import dev.readout.reports.doc.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * The content of a document as plain Java values — headings, paragraphs, list items, tables, notes,
 * page breaks and endnotes, text as runs of plain, bold, italic, linked text and footnote marks —
 * so that the raw OpenPDF and POI programs write what Readout's renderers write without going
 * through Readout's document model. Extracted once, before the measurement.
 *
 * @param title the document's title, for the running header
 * @param blocks the blocks in reading order
 * @param endnotes the footnotes' texts, numbered from 1 in reading order
 */
public record BaselineContent(String title, List<Block> blocks, List<List<Run>> endnotes) {

  /** A run of text in one style; {@code note} is the footnote number of a mark (0 for text). */
  public record Run(String text, boolean bold, boolean italic, String url, int note) {}

  /** A block of content. */
  public sealed interface Block permits Title, HeadingBlock, Para, Item, TableBlock, NoteBlock, FigureBlock, Break {}

  /** A cover line, centred, in the title's size when {@code main}. */
  public record Title(String text, boolean main) implements Block {}

  /** A heading of level 1 to 3 with its anchor. */
  public record HeadingBlock(int level, String anchor, String text) implements Block {}

  /** A paragraph. */
  public record Para(List<Run> runs) implements Block {}

  /** A list item at a nesting depth, with its number (0 for a bullet). */
  public record Item(int depth, int number, List<Run> runs) implements Block {}

  /** A table: relative column widths, alignments (0 left, 1 centre, 2 right), header and body rows. */
  public record TableBlock(float[] widths, int[] alignments, List<List<List<Run>>> header,
                           List<List<List<Run>>> rows) implements Block {}

  /** A note in a tinted box. */
  public record NoteBlock(String title, List<Run> runs) implements Block {}

  /** A chart, drawn by the baseline as Readout draws it, and its caption. */
  public record FigureBlock(dev.readout.reports.doc.Chart chart, String language, String caption) implements Block {}

  /** A page break. */
  public record Break() implements Block {}

  /**
   * Extracts the content of a document.
   *
   * @param document the document (without a table of contents: the baselines write none)
   * @return its content
   */
  public static BaselineContent of(Document document) {
    List<String> cover = Cover.metadataLines(document.metadata());
    Extractor x = new Extractor(cover, document.metadata().language());
    document.blocks().forEach(b -> b.accept(x));
    if (document.blocks().stream().noneMatch(Cover.class::isInstance)) {
      x.blocks.add(0, new Title(cover.get(0), true));
    }
    return new BaselineContent(document.metadata().title(), List.copyOf(x.blocks), List.copyOf(x.notes));
  }

  private static final class Extractor implements BlockVisitor<Void> {
    private final List<Block> blocks = new ArrayList<>();
    private final List<List<Run>> notes = new ArrayList<>();
    private final List<String> coverLines;
    private final String language;

    Extractor(List<String> coverLines, String language) {
      this.coverLines = coverLines;
      this.language = language;
    }

    @Override
    public Void visit(dev.readout.reports.doc.Figure figure) {
      blocks.add(new FigureBlock(figure.chart(), language, figure.caption()));
      return null;
    }

    List<Run> runs(List<Inline> inlines) {
      Runs visitor = new Runs();
      inlines.forEach(i -> i.accept(visitor));
      return visitor.out;
    }

    @Override
    public Void visit(Heading heading) {
      blocks.add(new HeadingBlock(heading.level(), heading.anchor(),
          dev.readout.reports.doc.PlainText.of(heading.content())));
      return null;
    }

    @Override
    public Void visit(Paragraph paragraph) {
      blocks.add(new Para(runs(paragraph.content())));
      return null;
    }

    @Override
    public Void visit(ListBlock list) {
      list(list, 0);
      return null;
    }

    private void list(ListBlock list, int depth) {
      int n = 1;
      for (ListBlock.Item item : list.items()) {
        blocks.add(new Item(depth, list.ordered() ? n++ : 0, runs(item.content())));
        item.nested().ifPresent(nested -> list(nested, depth + 1));
      }
    }

    @Override
    public Void visit(Table table) {
      float[] widths = new float[table.columns().size()];
      int[] alignments = new int[widths.length];
      for (int i = 0; i < widths.length; i++) {
        widths[i] = (float) table.columns().get(i).width();
        alignments[i] = table.columns().get(i).alignment().ordinal();
      }
      blocks.add(new TableBlock(widths, alignments, rows(table.headerRows()), rows(table.bodyRows())));
      return null;
    }

    private List<List<List<Run>>> rows(List<Table.Row> rows) {
      List<List<List<Run>>> out = new ArrayList<>();
      for (Table.Row row : rows) {
        out.add(row.cells().stream().map(c -> runs(c.content())).toList());
      }
      return out;
    }

    @Override
    public Void visit(KeyValueBlock keyValues) {
      List<List<List<Run>>> rows = new ArrayList<>();
      for (KeyValueBlock.Entry e : keyValues.entries()) {
        rows.add(List.of(List.of(new Run(e.key(), true, false, null, 0)), runs(e.value())));
      }
      blocks.add(new TableBlock(new float[] {1.1f, 3f}, new int[] {0, 0}, List.of(), rows));
      return null;
    }

    @Override
    public Void visit(Note note) {
      blocks.add(new NoteBlock(note.title().orElse(null), runs(note.content())));
      return null;
    }

    @Override
    public Void visit(PageBreak pageBreak) {
      blocks.add(new Break());
      return null;
    }

    @Override
    public Void visit(TableOfContents contents) {
      return null;
    }

    @Override
    public Void visit(Cover cover) {
      for (int i = 0; i < coverLines.size(); i++) {
        blocks.add(new Title(coverLines.get(i), i == 0));
      }
      cover.lines().forEach(line -> blocks.add(new Para(runs(line.content()))));
      blocks.add(new Break());
      return null;
    }

    /** Inlines as runs: emphasis italic, strong bold, a link's URL on its runs, footnotes numbered. */
    private final class Runs implements InlineVisitor<Void> {
      private final List<Run> out = new ArrayList<>();
      private boolean bold;
      private boolean italic;
      private String url;

      @Override
      public Void visit(Text text) {
        out.add(new Run(text.text(), bold, italic, url, 0));
        return null;
      }

      @Override
      public Void visit(dev.readout.reports.doc.Quote quote) {
        out.add(new Run(quote.marked(), bold, italic, url, 0));
        return null;
      }

      @Override
      public Void visit(Emphasis emphasis) {
        boolean outer = italic;
        italic = true;
        emphasis.children().forEach(i -> i.accept(this));
        italic = outer;
        return null;
      }

      @Override
      public Void visit(Strong strong) {
        boolean outer = bold;
        bold = true;
        strong.children().forEach(i -> i.accept(this));
        bold = outer;
        return null;
      }

      @Override
      public Void visit(Link link) {
        String outer = url;
        url = link.isInternal() ? null : link.target();
        link.children().forEach(i -> i.accept(this));
        url = outer;
        return null;
      }

      @Override
      public Void visit(Footnote footnote) {
        notes.add(null); // reserve the number; the note's own runs come next
        int n = notes.size();
        notes.set(n - 1, runs(footnote.content()));
        out.add(new Run(Integer.toString(n), false, false, null, n));
        return null;
      }
    }
  }
}
