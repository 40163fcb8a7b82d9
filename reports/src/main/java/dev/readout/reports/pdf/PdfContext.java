package dev.readout.reports.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import dev.readout.reports.chart.Drawings;
import dev.readout.reports.doc.Block;
import dev.readout.reports.doc.BlockVisitor;
import dev.readout.reports.doc.Cover;
import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.Figure;
import dev.readout.reports.doc.Heading;
import dev.readout.reports.doc.KeyValueBlock;
import dev.readout.reports.doc.ListBlock;
import dev.readout.reports.doc.Note;
import dev.readout.reports.doc.PageBreak;
import dev.readout.reports.doc.Paragraph;
import dev.readout.reports.doc.PlainText;
import dev.readout.reports.doc.RenderWarning;
import dev.readout.reports.doc.Table;
import dev.readout.reports.doc.TableOfContents;
import dev.readout.reports.pdf.Fonts.Face;
import java.awt.Color;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.zip.Deflater;

/**
 * One {@link PdfRenderer#render} call: it visits the document's blocks and adds them, one after
 * another, to a {@link FlowDocument}, then the endnotes and the outline, and records where each
 * heading landed. Every document is laid out and written in one pass: the footer's page count and
 * the page numbers of a table of contents are drawn into templates when the file closes ({@link
 * ContentsLeaders}). Created per render and dropped after it; the renderer itself stays immutable.
 *
 * <p>Text becomes OpenPDF chunks in {@link Typesetter}; {@link PageFurniture} draws the running
 * header and footer and notes the headings' pages; {@link FileIdentity} writes the document
 * information and the file identifier.
 */
final class PdfContext implements BlockVisitor<Void> {

  private static final float BODY_LEADING = 14.5f;
  private static final float[] HEADING_SIZES = {15f, 12.5f, 11f};
  private static final float[] HEADING_BEFORE = {14f, 10f, 8f};
  private static final float LIST_INDENT = 16f;
  /** Between a list item's symbol and its text: one space, widened by character spacing. */
  private static final float LIST_GAP = 5f;
  private static final float LIST_ITEM_AFTER = 1.5f;
  private static final float TOC_INDENT = 14f;
  /**
   * Space a heading needs below it on the page, else it starts on the next page with its text: room
   * for a table's header row and a first row of four or five lines, which a table will not split,
   * so a heading is not left alone at the foot of a page above the table it introduces.
   */
  private static final float KEEP_WITH_NEXT = 120f;
  /** How far below the top margin a cover's title starts, as a share of the page height. */
  private static final float COVER_TITLE_DROP = 0.2f;

  private final Document document;
  private final PdfSettings settings;
  private final Fonts fonts;
  private final PdfTheme theme;
  private final List<String> anchors;
  private final Set<RenderWarning> warnings = new LinkedHashSet<>();
  private final Typesetter type;
  private final PageFurniture furniture;
  private final ContentsLeaders leaders;
  private int headingIndex;
  /** The block after the one being laid out, or null: a heading keeps room for a figure that follows it. */
  private Block next;

  private com.lowagie.text.Document pdf;
  private PdfWriter writer;
  /** Where the blocks go, one after another down the pages, the content in reading order. */
  private FlowDocument flow;

  PdfContext(Document document, PdfSettings settings, Fonts fonts, IntConsumer pageDone) {
    this.document = document;
    this.settings = settings;
    this.fonts = fonts;
    this.theme = fonts.theme();
    this.anchors = document.uniqueAnchors();
    Set<String> declaredAnchors = new HashSet<>();
    List<Heading> headings = document.headings();
    for (int i = 0; i < headings.size(); i++) {
      Heading h = headings.get(i);
      declaredAnchors.add(h.anchor());
      if (!h.anchor().equals(anchors.get(i))) {
        warnings.add(RenderWarning.duplicateAnchor(h, anchors.get(i)));
      }
    }
    this.type = new Typesetter(fonts, warnings, declaredAnchors);
    this.furniture = new PageFurniture(document.metadata(), settings.labels(), type, theme, COVER_TITLE_DROP, pageDone);
    this.leaders = new ContentsLeaders(type);
  }

  List<RenderWarning> warnings() {
    return List.copyOf(warnings);
  }

  /** Writes the whole document to the stream (which is not closed). */
  void render(OutputStream out) throws IOException {
    PdfTheme.Margins margins = theme.margins();
    pdf = new com.lowagie.text.Document(settings.pageSize(), margins.left(), margins.right(), margins.top(),
        margins.bottom());
    FileIdentity identity = new FileIdentity(settings, document.metadata(), fonts);
    OutputStream watched = identity.watch(out);
    writer = FlowDocument.writer(pdf, watched, fonts::shape, new CffSubsetGuard(fonts, warnings::add)::check);
    writer.setCloseStream(false);
    // Streams and font subsets deflated at the fastest level: the book's render is a tenth faster
    // (deflate was a fifth of it) for a file 4% larger. The same bytes for the same input still.
    writer.setCompressionLevel(Deflater.BEST_SPEED);
    if (settings.pdfA()) {
      writer.setPDFXConformance(PdfWriter.PDFA1B);
    }
    writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
    // The identifier first: it is set as the file closes, before the page count is drawn.
    writer.setPageEvent(identity);
    writer.setPageEvent(furniture);
    pdf.open();
    identity.describe(writer);
    if (settings.pdfA()) {
      ICC_Profile srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB);
      writer.setOutputIntents("sRGB IEC61966-2.1", null, "http://www.color.org", "sRGB IEC61966-2.1", srgb);
    }
    writer.createXmpMetadata();
    flow = FlowDocument.of(writer);

    if (document.blocks().stream().noneMatch(Cover.class::isInstance)) {
      writeTitle();
    }
    List<Block> blocks = document.blocks();
    for (int i = 0; i < blocks.size(); i++) {
      next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
      blocks.get(i).accept(this);
    }
    writeEndnotes();
    writeOutline();
    leaders.fill(furniture.headingPages());
    if (writer.getPageNumber() == 1 && pdf.isOpen() && document.blocks().isEmpty()) {
      writer.setPageEmpty(false);
    }
    pdf.close();
    watched.flush();
  }

  // ---- blocks ----

  /**
   * Adds a paragraph to the flow with space before and after it; kept together, it moves whole to
   * the next page when it does not fit on this one.
   */
  private void addBlock(com.lowagie.text.Paragraph p, float before, float after, boolean keepTogether) {
    p.setSpacingBefore(before);
    p.setSpacingAfter(after + 2f);
    p.setKeepTogether(keepTogether);
    add(p);
  }

  /** Adds an element to the flow, laid out for right-to-left words if it has any. */
  private void add(Element element) {
    flow.add(ComplexText.laidOut(element));
  }

  /** Starts a new page when less than {@code height} points are left, so a title keeps its text. */
  private void keepWithNext(float height) {
    if (flow.spaceLeft() < height) {
      flow.newPage();
    }
  }

  private void writeTitle() {
    Style style = new Style(true, true, false, 20f, theme.headingColour());
    com.lowagie.text.Paragraph p = type.paragraph(25f, Element.ALIGN_LEFT);
    p.addAll(type.chunks(document.metadata().title(), style));
    addBlock(p, 0f, 10f, true);
  }

  @Override
  public Void visit(Heading heading) {
    int level = heading.level();
    String anchor = anchors.get(headingIndex++);
    Style style = new Style(true, true, false, HEADING_SIZES[level - 1], level == 3 ? Style.INK : theme.headingColour());
    keepWithNext(next instanceof Figure f ? Math.max(KEEP_WITH_NEXT, figureHeight(f) + 40f + 2 * style.size()) : KEEP_WITH_NEXT);
    com.lowagie.text.Paragraph p = type.paragraph(style.size() * 1.25f, Element.ALIGN_LEFT);
    p.addAll(type.inlineChunks(heading.content(), style));
    // The destination and the page tag sit on a chunk that always exists, even when the heading's
    // text is made only of characters the fonts cannot show.
    Chunk mark = new Chunk("\u00A0", type.font(style.face(), style));
    mark.setLocalDestination(anchor);
    mark.setGenericTag(anchor);
    p.add(mark);
    // A heading of one line cannot break; keeping a longer one together costs a trial layout.
    boolean wraps = Typesetter.width(p) > pdf.right() - pdf.left();
    addBlock(p, HEADING_BEFORE[level - 1], level == 1 ? 4f : 2f, wraps);
    return null;
  }

  @Override
  public Void visit(Paragraph paragraph) {
    List<Chunk> chunks = type.inlineChunks(paragraph.content(), Style.body());
    if (chunks.isEmpty()) {
      return null;
    }
    com.lowagie.text.Paragraph p = type.paragraph(BODY_LEADING, Element.ALIGN_LEFT);
    p.addAll(chunks);
    addBlock(p, 0f, 6f, false);
    return null;
  }

  @Override
  public Void visit(ListBlock list) {
    List<com.lowagie.text.Paragraph> items = new ArrayList<>();
    listItems(list, 0f, 0, items);
    items.get(items.size() - 1).setSpacingAfter(LIST_ITEM_AFTER + 6f);
    items.forEach(this::add);
    return null;
  }

  /**
   * A list as paragraphs with a hanging indent: the bullet or number, right-aligned against the
   * item's text, whose lines all start at the same indent; a nested list follows its item,
   * indented further. The symbol is the paragraph's first text, so extracted text reads "1. item".
   */
  private void listItems(ListBlock list, float indent, int depth, List<com.lowagie.text.Paragraph> out) {
    Style body = Style.body();
    float textIndent = indent + (list.ordered() ? LIST_INDENT + 4f : LIST_INDENT);
    int number = 1;
    for (ListBlock.Item item : list.items()) {
      String symbol = list.ordered() ? (number++) + "." : depth % 2 == 0 ? "\u2022" : "\u2013";
      Chunk gap = new Chunk(" ", type.font(Face.SERIF, body));
      gap.setCharacterSpacing(LIST_GAP - type.width(" ", Face.SERIF, body.size()));
      float markWidth = type.width(symbol, Face.SERIF, body.size()) + LIST_GAP;
      com.lowagie.text.Paragraph p = type.paragraph(BODY_LEADING, Element.ALIGN_LEFT);
      p.setIndentationLeft(textIndent);
      p.setFirstLineIndent(-Math.min(markWidth, textIndent));
      p.add(new Chunk(symbol, type.font(Face.SERIF, body)));
      p.add(gap);
      p.addAll(type.inlineChunks(item.content(), body));
      p.setSpacingAfter(LIST_ITEM_AFTER);
      out.add(p);
      item.nested().ifPresent(n -> listItems(n, textIndent, depth + 1, out));
    }
  }

  @Override
  public Void visit(Table table) {
    TablePieces.layOut(table, type, textWidth(), this::add);
    return null;
  }

  @Override
  public Void visit(KeyValueBlock keyValues) {
    PdfPTable t = new PdfPTable(new float[] {1.1f, 3f});
    t.setWidthPercentage(100);
    t.setSpacingBefore(4f);
    t.setSpacingAfter(8f);
    Style key = new Style(true, true, false, Style.SMALL_SIZE, Style.MUTED);
    for (KeyValueBlock.Entry entry : keyValues.entries()) {
      PdfPCell k = ComplexText.newCell(type.phrase(entry.key(), key));
      PdfPCell v = ComplexText.newCell(type.phrase(entry.value(), Style.body()));
      for (PdfPCell c : List.of(k, v)) {
        c.setBorder(Rectangle.NO_BORDER);
        c.setPadding(2.5f);
        c.setPaddingLeft(0);
        c.setUseAscender(true);
        c.setLeading(0f, 1.3f);
        t.addCell(c);
      }
    }
    add(t);
    return null;
  }

  @Override
  public Void visit(Note note) {
    Color accent = theme.noteBorder(note.kind());
    Color fill = theme.noteFill(note.kind());
    PdfPCell cell = ComplexText.newCell(null);
    cell.setBackgroundColor(fill);
    cell.setBorder(Rectangle.LEFT);
    cell.setBorderColor(accent);
    cell.setBorderWidthLeft(3f);
    cell.setPadding(8f);
    cell.setPaddingLeft(10f);
    cell.setUseAscender(true);
    note.title().ifPresent(title -> {
      com.lowagie.text.Paragraph p = type.paragraph(13f, Element.ALIGN_LEFT);
      p.addAll(type.chunks(title, new Style(true, true, false, 10f, accent)));
      p.setSpacingAfter(2f);
      ComplexText.addTo(cell, p);
    });
    com.lowagie.text.Paragraph text = type.paragraph(BODY_LEADING, Element.ALIGN_LEFT);
    text.addAll(type.inlineChunks(note.content(), Style.body()));
    ComplexText.addTo(cell, text);
    PdfPTable t = new PdfPTable(1);
    t.setWidthPercentage(100);
    t.setSpacingBefore(4f);
    t.setSpacingAfter(10f);
    t.addCell(cell);
    add(t);
    return null;
  }

  /** The chart in vector graphics, centred at the text width, its caption below; the two kept on one page. */
  @Override
  public Void visit(Figure figure) {
    Drawings.leftOut(figure.chart()).ifPresent(warnings::add);
    float width = textWidth();
    Image image = PdfFigures.draw(figure, document.metadata().language(), writer, fonts, width);
    keepWithNext(image.getScaledHeight() + 40f);
    image.setSpacingBefore(6f);
    add(image);
    com.lowagie.text.Paragraph caption = type.paragraph(12f, Element.ALIGN_LEFT);
    caption.addAll(type.chunks(figure.caption(), new Style(false, false, true, 9f, Style.MUTED)));
    addBlock(caption, 4f, 8f, true);
    return null;
  }

  private float textWidth() {
    return pdf.getPageSize().getWidth() - pdf.leftMargin() - pdf.rightMargin();
  }

  /** The height a figure's drawing takes at the text width. */
  private float figureHeight(Figure figure) {
    java.awt.Dimension size = Drawings.size(figure.chart());
    return size.height * Math.min(1f, textWidth() / size.width);
  }

  @Override
  public Void visit(PageBreak pageBreak) {
    flow.newPage();
    return null;
  }

  @Override
  public Void visit(TableOfContents contents) {
    Style titleStyle = new Style(true, true, false, HEADING_SIZES[0], theme.headingColour());
    keepWithNext(KEEP_WITH_NEXT);
    com.lowagie.text.Paragraph title = type.paragraph(titleStyle.size() * 1.25f, Element.ALIGN_LEFT);
    title.addAll(type.chunks(contents.title(), titleStyle));
    addBlock(title, HEADING_BEFORE[0], 6f, true);
    com.lowagie.text.Paragraph last = null;
    List<Heading> all = document.headings();
    int minLevel = all.stream().filter(h -> h.level() <= contents.levels()).mapToInt(Heading::level).min().orElse(1);
    int depth = -1;
    for (int i = 0; i < all.size(); i++) {
      Heading h = all.get(i);
      if (h.level() > contents.levels()) {
        continue;
      }
      depth = Math.min(h.level() - minLevel, depth + 1);
      String anchor = anchors.get(i);
      Style style = Style.body().bold(depth == 0);
      com.lowagie.text.Paragraph entry = type.paragraph(BODY_LEADING + 1f, Element.ALIGN_LEFT);
      entry.setIndentationLeft(depth * TOC_INDENT);
      for (Chunk c : type.chunks(Typesetter.plain(PlainText.of(h.content())), style)) {
        c.setLocalGoto(anchor);
        entry.add(c);
      }
      leaders.end(entry, anchor, style);
      entry.setSpacingBefore(depth == 0 ? 3f : 0f);
      entry.setSpacingAfter(1f);
      if (last != null) {
        add(last);
      }
      last = entry;
    }
    if (last != null) {
      last.setSpacingAfter(13f);
      add(last);
    }
    return null;
  }

  @Override
  public Void visit(Cover cover) {
    flow.newPage();
    furniture.coverOn(writer.getPageNumber());
    float height = pdf.getPageSize().getHeight();
    List<String> lines = cover.headLines(document.metadata());
    Style titleStyle = new Style(true, true, false, 24f, theme.headingColour());
    Style rest = new Style(false, false, false, 13f, Style.INK);
    List<com.lowagie.text.Paragraph> content = new ArrayList<>();
    com.lowagie.text.Paragraph title = type.paragraph(31f, Element.ALIGN_CENTER);
    title.addAll(type.chunks(lines.get(0), titleStyle));
    title.setSpacingAfter(16f);
    content.add(title);
    for (int i = 1; i < lines.size(); i++) {
      com.lowagie.text.Paragraph p = type.paragraph(18f, Element.ALIGN_CENTER);
      p.addAll(type.chunks(lines.get(i), i == 1 && document.metadata().subtitle().isPresent()
          ? new Style(true, false, false, 14f, Style.MUTED) : rest));
      p.setSpacingAfter(3f);
      content.add(p);
    }
    boolean first = true;
    for (Paragraph line : cover.lines()) {
      List<Chunk> chunks = type.inlineChunks(line.content(), rest);
      if (chunks.isEmpty()) {
        continue;
      }
      com.lowagie.text.Paragraph p = type.paragraph(18f, Element.ALIGN_CENTER);
      p.setSpacingBefore(first ? 32f : 0f);
      p.addAll(chunks);
      p.setSpacingAfter(3f);
      content.add(p);
      first = false;
    }
    // The title stands a third of the way down the page.
    flow.skip(height * COVER_TITLE_DROP);
    for (com.lowagie.text.Paragraph p : content) {
      add(p);
    }
    flow.newPage();
    return null;
  }

  // ---- endnotes and outline ----

  private void writeEndnotes() {
    if (type.footnotes().isEmpty()) {
      return;
    }
    Labels labels = settings.labels();
    Style titleStyle = new Style(true, true, false, HEADING_SIZES[1], theme.headingColour());
    keepWithNext(KEEP_WITH_NEXT);
    com.lowagie.text.Paragraph title = type.paragraph(titleStyle.size() * 1.25f, Element.ALIGN_LEFT);
    title.addAll(type.chunks(labels.notes(), titleStyle));
    addBlock(title, HEADING_BEFORE[0], 4f, true);
    Style style = new Style(false, false, false, Style.SMALL_SIZE, Style.INK);
    for (int i = 0; i < type.footnotes().size(); i++) {
      int n = i + 1;
      com.lowagie.text.Paragraph p = type.paragraph(12.5f, Element.ALIGN_LEFT);
      p.setIndentationLeft(18f);
      p.setFirstLineIndent(-18f);
      Chunk number = new Chunk(n + ".", type.font(Face.SERIF, style.color(theme.linkColour())));
      number.setLocalDestination("fn." + n);
      number.setLocalGoto("fnref." + n);
      p.add(number);
      p.add(new Chunk(" ", type.font(Face.SERIF, style)));
      p.addAll(type.inlineChunks(type.footnotes().get(i), style));
      p.setSpacingAfter(3f);
      add(p);
    }
  }

  private void writeOutline() {
    Outline.addTo(writer.getRootOutline(), document.headings(), anchors);
  }
}
