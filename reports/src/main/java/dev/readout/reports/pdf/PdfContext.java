package dev.readout.reports.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.DottedLineSeparator;
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
import dev.readout.reports.doc.Metadata;
import dev.readout.reports.doc.Note;
import dev.readout.reports.doc.PageBreak;
import dev.readout.reports.doc.Paragraph;
import dev.readout.reports.doc.PlainText;
import dev.readout.reports.doc.RenderWarning;
import dev.readout.reports.doc.Strong;
import dev.readout.reports.doc.Table;
import dev.readout.reports.doc.TableOfContents;
import dev.readout.reports.doc.Text;
import dev.readout.reports.internal.Nfc;
import dev.readout.reports.pdf.Fonts.Face;
import java.awt.Color;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeSet;

/**
 * One layout pass of a {@link PdfRenderer#render} call: it writes the whole document with OpenPDF
 * and records where each heading landed. A document with a table of contents needs the pages of
 * its headings before they are laid out, so the renderer runs passes until what a pass found
 * equals what it was told, and the last pass is the one written out; a document without one is
 * written in a single pass (the footer's page count is drawn once, when the file is closed).
 * Created per pass and dropped after it; the renderer itself stays immutable.
 */
final class PdfContext implements BlockVisitor<Void> {

  /** Where each heading landed: its page, by unique anchor. */
  record Layout(Map<String, Integer> headingPages) {
    static final Layout UNKNOWN = new Layout(Map.of());

    Layout {
      headingPages = Map.copyOf(headingPages);
    }
  }

  // ---- typography ----

  private static final float BODY_SIZE = 10.5f;
  private static final float BODY_LEADING = 14.5f;
  private static final float SMALL_SIZE = 9.5f;
  private static final float[] HEADING_SIZES = {15f, 12.5f, 11f};
  private static final float[] HEADING_BEFORE = {14f, 10f, 8f};
  private static final float LIST_INDENT = 16f;
  /** Hebrew, the first right-to-left script: no character below it runs right to left. */
  private static final char FIRST_RIGHT_TO_LEFT = '\u0590';
  /** Between a list item's symbol and its text: one space, widened by character spacing. */
  private static final float LIST_GAP = 5f;
  /** How many body rows of a table are laid out at a time; see {@link #tablePiece}. */
  static final int TABLE_PIECE_ROWS = 200;
  private static final float LIST_ITEM_AFTER = 1.5f;
  private static final float TOC_INDENT = 14f;
  /** Space a heading needs below it on the page, else it starts on the next page with its text. */
  private static final float KEEP_WITH_NEXT = 72f;

  private static final Color INK = new Color(0x1A, 0x1A, 0x1A);
  private static final Color ACCENT = new Color(0x1F, 0x38, 0x64);
  private static final Color MUTED = new Color(0x59, 0x59, 0x59);
  private static final Color RULE = new Color(0xA6, 0xA6, 0xA6);
  private static final Color LINK = new Color(0x1F, 0x4E, 0x9A);
  private static final Color HEADER_FILL = new Color(0xE4, 0xE9, 0xF0);
  private static final Color ZEBRA_FILL = new Color(0xF5, 0xF7, 0xFA);
  private static final Color BODY_RULE = new Color(0xD0, 0xD5, 0xDD);

  /** How a run of text looks. */
  private record Style(boolean sans, boolean bold, boolean italic, float size, Color color) {
    static Style body() {
      return new Style(false, false, false, BODY_SIZE, INK);
    }

    Style bold(boolean b) {
      return new Style(sans, b, italic, size, color);
    }

    Style italic(boolean i) {
      return new Style(sans, bold, i, size, color);
    }

    Style color(Color c) {
      return new Style(sans, bold, italic, size, c);
    }

    Face face() {
      return Face.of(sans, bold, italic);
    }
  }

  private final Document document;
  private final PdfSettings settings;
  private final Fonts fonts;
  private final Layout known;

  private final List<String> anchors;
  private final Set<String> declaredAnchors = new HashSet<>();
  private int headingIndex;
  private final Map<String, Integer> headingPages = new LinkedHashMap<>();
  private final Set<Integer> coverPages = new HashSet<>();
  private final List<List<Inline>> footnotes = new ArrayList<>();
  private final Set<RenderWarning> warnings = new LinkedHashSet<>();

  private com.lowagie.text.Document pdf;
  private PdfWriter writer;
  /** Where the blocks go, one after another down the pages, the content in reading order. */
  private FlowDocument flow;
  private int pages;
  /** The hash of what has been written, when the document id is derived from it. */
  private MessageDigest contentHash;

  PdfContext(Document document, PdfSettings settings, Fonts fonts, Layout known) {
    this.document = document;
    this.settings = settings;
    this.fonts = fonts;
    this.known = known;
    this.anchors = document.uniqueAnchors();
    List<Heading> headings = document.headings();
    for (int i = 0; i < headings.size(); i++) {
      Heading h = headings.get(i);
      declaredAnchors.add(h.anchor());
      if (!h.anchor().equals(anchors.get(i))) {
        warnings.add(RenderWarning.duplicateAnchor(h, anchors.get(i)));
      }
    }
  }

  /** What this pass found: the page of each heading. */
  Layout layout() {
    return new Layout(headingPages);
  }

  List<RenderWarning> warnings() {
    return List.copyOf(warnings);
  }

  /** Writes the whole document to the stream (which is not closed). */
  void render(OutputStream out) throws IOException {
    Rectangle size = settings.pageSize();
    pdf = new com.lowagie.text.Document(size, 66, 66, 80, 70);
    if (settings.documentId() == null) {
      contentHash = Fonts.sha256();
      contentHash.update(settings.idBasis(document.metadata()).getBytes(StandardCharsets.UTF_8));
      out = new DigestOutputStream(out, contentHash);
    }
    writer = FlowDocument.writer(pdf, out);
    writer.setCloseStream(false);
    if (settings.pdfA()) {
      writer.setPDFXConformance(PdfWriter.PDFA1B);
    }
    writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
    writer.setPageEvent(new PageFurniture());
    pdf.open();
    writeInfo();
    if (settings.pdfA()) {
      ICC_Profile srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB);
      writer.setOutputIntents("sRGB IEC61966-2.1", null, "http://www.color.org", "sRGB IEC61966-2.1", srgb);
    }
    writer.createXmpMetadata();
    flow = FlowDocument.of(writer);

    if (document.blocks().stream().noneMatch(Cover.class::isInstance)) {
      writeTitle();
    }
    document.blocks().forEach(b -> b.accept(this));
    writeEndnotes();
    writeOutline();
    if (writer.getPageNumber() == 1 && pdf.isOpen() && isEmpty()) {
      writer.setPageEmpty(false);
    }
    pdf.close();
    out.flush();
  }

  private boolean isEmpty() {
    return document.blocks().isEmpty();
  }

  // ---- file properties ----

  private void writeInfo() {
    Metadata m = document.metadata();
    PdfDictionary info = writer.getInfo();
    info.put(PdfName.TITLE, new PdfString(plain(m.title()), PdfObject.TEXT_UNICODE));
    m.author().ifPresent(a -> info.put(PdfName.AUTHOR, new PdfString(plain(a), PdfObject.TEXT_UNICODE)));
    m.subtitle().ifPresent(s -> info.put(PdfName.SUBJECT, new PdfString(plain(s), PdfObject.TEXT_UNICODE)));
    if (!m.keywords().isEmpty()) {
      info.put(PdfName.KEYWORDS, new PdfString(plain(String.join(", ", m.keywords())), PdfObject.TEXT_UNICODE));
    }
    info.put(PdfName.CREATOR, new PdfString("Readout", PdfObject.TEXT_UNICODE));
    GregorianCalendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
    when.setTimeInMillis(settings.timestamp().toEpochMilli());
    info.put(PdfName.CREATIONDATE, new PdfDate(when));
    info.put(PdfName.MODDATE, new PdfDate(when));
    writer.getExtraCatalog().put(PdfName.LANG, new PdfString(m.language()));
  }

  /**
   * Sets the file identifier and the fonts' subset tags, when every page has been written and
   * before the fonts are: from the document id given, or else from a hash of the file so far (every
   * page with its text, links and drawings), the metadata and the options.
   */
  private void identify() {
    if (contentHash != null) {
      writer.flush(); // OpenPDF buffers what it writes: the hash must see every page
    }
    byte[] id = contentHash == null ? settings.documentId() : Arrays.copyOf(contentHash.digest(), 16);
    // OpenPDF writes the trailer's /ID from this entry when present, instead of a random one.
    writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
    fonts.seed(HexFormat.of().formatHex(id));
  }

  /** Text for the file's properties and the outline: no glyphs needed, so only cleaned. */
  private static String plain(String text) {
    return Nfc.of(PlainText.renderable(text).replace("\r\n", " ").replace('\r', ' ').replace('\n', ' '));
  }

  // ---- text ----

  /**
   * Turns text into chunks in the style's face: line endings made {@code \n}, characters no
   * renderer writes left out, NFC, and each code point set in the style's face or the other
   * family's, or left out with a warning when neither has a glyph for it.
   */
  private List<Chunk> chunks(String raw, Style style) {
    if (isPrintableAscii(raw) && fonts.showsPrintableAscii(style.face())) {
      // Most text: nothing to leave out, normalise or look up, so one chunk as it stands.
      return List.of(new Chunk(raw, font(style.face(), style)));
    }
    String clean = PlainText.renderable(raw);
    if (clean.length() != raw.length()) {
      warnings.add(RenderWarning.charactersLeftOut(raw));
    }
    clean = Nfc.of(clean.replace("\r\n", "\n").replace('\r', '\n'));
    List<Chunk> out = new ArrayList<>();
    Set<Integer> missing = null;
    Set<Integer> invisible = null;
    StringBuilder run = new StringBuilder();
    Face runFace = null;
    Face preferred = style.face();
    for (int i = 0; i < clean.length(); ) {
      int cp = clean.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '\t') {
        cp = ' ';
      }
      if (cp == '\n') {
        flush(out, run, runFace, style);
        out.add(new Chunk("\n", font(preferred, style)));
        continue;
      }
      if (Character.getType(cp) == Character.FORMAT) {
        // Direction marks, joiners and the like: Liberation draws some of them as visible boxes.
        invisible = invisible == null ? new TreeSet<>() : invisible;
        invisible.add(cp);
        continue;
      }
      Face face = fonts.faceFor(cp, preferred);
      if (face == null) {
        missing = missing == null ? new TreeSet<>() : missing;
        missing.add(cp);
        continue;
      }
      if (face != runFace) {
        flush(out, run, runFace, style);
        runFace = face;
      }
      run.appendCodePoint(cp);
    }
    flush(out, run, runFace, style);
    if (invisible != null) {
      warnings.add(RenderWarning.about(PdfMessages.formatCharacters(names(invisible)), raw));
    }
    if (missing != null) {
      warnings.add(RenderWarning.about(PdfMessages.noGlyph(names(missing)), raw));
    }
    return out;
  }

  /** Whether the text is not empty and made only of U+0020 to U+007E. */
  private static boolean isPrintableAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < ' ' || c > '~') {
        return false;
      }
    }
    return !text.isEmpty();
  }

  private static List<String> names(Set<Integer> codePoints) {
    return codePoints.stream().map(cp -> String.format(Locale.ROOT, "U+%04X", cp)).toList();
  }

  private void flush(List<Chunk> out, StringBuilder run, Face face, Style style) {
    if (run.length() > 0) {
      out.add(new Chunk(run.toString(), font(face, style)));
      run.setLength(0);
    }
  }

  private com.lowagie.text.Font font(Face face, Style style) {
    return new com.lowagie.text.Font(fonts.font(face), style.size(), com.lowagie.text.Font.NORMAL, style.color());
  }

  private Phrase phrase(String raw, Style style) {
    Phrase p = new Phrase(style.size() * 1.3f);
    p.setFont(font(style.face(), style));
    p.addAll(chunks(raw, style));
    return p;
  }

  private Phrase phrase(List<Inline> inlines, Style style) {
    Phrase p = new Phrase(style.size() * 1.3f);
    p.setFont(font(style.face(), style));
    p.addAll(inlineChunks(inlines, style));
    return p;
  }

  private com.lowagie.text.Paragraph paragraph(float leading, int alignment) {
    com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph(leading);
    p.setAlignment(alignment);
    p.setFont(font(Face.SERIF, Style.body()));
    return p;
  }

  private List<Chunk> inlineChunks(List<Inline> inlines, Style style) {
    InlineChunks visitor = new InlineChunks(style);
    inlines.forEach(i -> i.accept(visitor));
    return visitor.out;
  }

  /** Turns inlines into chunks: emphasis italic, strong bold, links coloured and clickable. */
  private final class InlineChunks implements InlineVisitor<Void> {
    private final List<Chunk> out = new ArrayList<>();
    private Style style;
    private Link link;
    private List<Chunk> deferredMarks;

    InlineChunks(Style style) {
      this.style = style;
    }

    @Override
    public Void visit(Text text) {
      for (Chunk c : chunks(text.text(), link == null ? style : style.color(LINK))) {
        if (link != null && !"\n".equals(c.getContent())) {
          if (link.isInternal()) {
            c.setLocalGoto(link.anchor());
          } else {
            c.setAnchor(link.target());
          }
        }
        out.add(c);
      }
      return null;
    }

    @Override
    public Void visit(Emphasis emphasis) {
      Style outer = style;
      style = style.italic(true);
      emphasis.children().forEach(i -> i.accept(this));
      style = outer;
      return null;
    }

    @Override
    public Void visit(Strong strong) {
      Style outer = style;
      style = style.bold(true);
      strong.children().forEach(i -> i.accept(this));
      style = outer;
      return null;
    }

    @Override
    public Void visit(Link l) {
      boolean known = !l.isInternal() || declaredAnchors.contains(l.anchor());
      if (!known) {
        warnings.add(RenderWarning.unknownAnchor(l));
      }
      List<Chunk> outerMarks = deferredMarks;
      deferredMarks = new ArrayList<>();
      Link outer = link;
      link = known ? l : null;
      l.children().forEach(i -> i.accept(this));
      link = outer;
      out.addAll(deferredMarks);
      deferredMarks = outerMarks;
      return null;
    }

    @Override
    public Void visit(Footnote footnote) {
      footnotes.add(footnote.content());
      int n = footnotes.size();
      Style mark = new Style(style.sans(), false, false, style.size() * 0.62f, LINK);
      // A space in the mark's small size (1.6 pt) keeps the number apart from the word before it
      // when the text is extracted, so "statement" stays a word of its own.
      Chunk c = new Chunk(" " + n, font(mark.face(), mark));
      c.setTextRise(style.size() * 0.36f);
      c.setLocalGoto("fn." + n);
      c.setLocalDestination("fnref." + n);
      if (deferredMarks != null) {
        deferredMarks.add(c);
      } else {
        out.add(c);
      }
      return null;
    }
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

  /**
   * Returns a table cell, holding the phrase in text mode or, without one, elements in composite
   * mode (added with {@link #addTo}). A cell whose text has a right-to-left letter (Hebrew) runs
   * left to right with the Unicode bidirectional algorithm, so such a word inside a line is drawn in
   * its own order. Other cells are laid out without the algorithm, which changes nothing for
   * left-to-right text and took about a third of the time a book took to lay out.
   */
  private static PdfPCell newCell(Phrase phrase) {
    PdfPCell cell = phrase == null ? new PdfPCell() : new PdfPCell(phrase);
    if (phrase != null && hasRightToLeft(phrase)) {
      cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
    }
    return cell;
  }

  /** Adds an element to a composite cell, and the bidirectional algorithm when its text needs it. */
  private static void addTo(PdfPCell cell, Element element) {
    cell.addElement(element);
    if (hasRightToLeft(element)) {
      cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
    }
  }

  /** Whether the element's own text (not a nested table's) has a right-to-left letter. */
  static boolean hasRightToLeft(Element element) {
    for (Element part : element.getChunks()) {
      if (!(part instanceof Chunk)) {
        continue;
      }
      String text = ((Chunk) part).getContent();
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c < FIRST_RIGHT_TO_LEFT) {
          continue;
        }
        byte direction = Character.getDirectionality(c);
        if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
            || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Adds an element to the flow. A paragraph whose text has a right-to-left letter (Hebrew) is laid
   * out in a table of one borderless cell that runs left to right with the Unicode bidirectional
   * algorithm, as other table cells do (see {@link #newCell}): OpenPDF's document layout, which
   * lays out the other paragraphs, has no bidirectional algorithm.
   */
  private void add(Element element) {
    if (element instanceof com.lowagie.text.Paragraph p && hasRightToLeft(p)) {
      flow.add(inOneCell(p));
    } else {
      flow.add(element);
    }
  }

  /** The paragraph in a table of one borderless cell, with the paragraph's space before and after. */
  private static PdfPTable inOneCell(com.lowagie.text.Paragraph p) {
    PdfPTable t = new PdfPTable(1);
    t.setWidthPercentage(100);
    t.setSpacingBefore(p.getSpacingBefore());
    t.setSpacingAfter(p.getSpacingAfter());
    p.setSpacingBefore(0f);
    p.setSpacingAfter(0f);
    PdfPCell cell = new PdfPCell();
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setPadding(0f);
    cell.addElement(p);
    cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
    t.addCell(cell);
    return t;
  }

  /** Starts a new page when less than {@code height} points are left, so a title keeps its text. */
  private void keepWithNext(float height) {
    if (flow.spaceLeft() < height) {
      flow.newPage();
    }
  }

  private void writeTitle() {
    Style style = new Style(true, true, false, 20f, ACCENT);
    com.lowagie.text.Paragraph p = paragraph(25f, Element.ALIGN_LEFT);
    p.addAll(chunks(document.metadata().title(), style));
    addBlock(p, 0f, 10f, true);
  }

  @Override
  public Void visit(Heading heading) {
    int level = heading.level();
    String anchor = anchors.get(headingIndex++);
    Style style = new Style(true, true, false, HEADING_SIZES[level - 1], level == 3 ? INK : ACCENT);
    keepWithNext(KEEP_WITH_NEXT);
    com.lowagie.text.Paragraph p = paragraph(style.size() * 1.25f, Element.ALIGN_LEFT);
    p.addAll(inlineChunks(heading.content(), style));
    // The destination and the page tag sit on a chunk that always exists, even when the heading's
    // text is made only of characters the fonts cannot show.
    Chunk mark = new Chunk("\u00A0", font(style.face(), style));
    mark.setLocalDestination(anchor);
    mark.setGenericTag(anchor);
    p.add(mark);
    // A heading of one line cannot break; keeping a longer one together costs a trial layout.
    boolean wraps = width(p) > pdf.right() - pdf.left();
    addBlock(p, HEADING_BEFORE[level - 1], level == 1 ? 4f : 2f, wraps);
    return null;
  }

  @Override
  public Void visit(Paragraph paragraph) {
    List<Chunk> chunks = inlineChunks(paragraph.content(), Style.body());
    if (chunks.isEmpty()) {
      return null;
    }
    com.lowagie.text.Paragraph p = paragraph(BODY_LEADING, Element.ALIGN_LEFT);
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
      BaseFont serif = fonts.font(Face.SERIF);
      Chunk gap = new Chunk(" ", font(Face.SERIF, body));
      gap.setCharacterSpacing(LIST_GAP - serif.getWidthPoint(" ", body.size()));
      float markWidth = serif.getWidthPoint(symbol, body.size()) + LIST_GAP;
      com.lowagie.text.Paragraph p = paragraph(BODY_LEADING, Element.ALIGN_LEFT);
      p.setIndentationLeft(textIndent);
      p.setFirstLineIndent(-Math.min(markWidth, textIndent));
      p.add(new Chunk(symbol, font(Face.SERIF, body)));
      p.add(gap);
      p.addAll(inlineChunks(item.content(), body));
      p.setSpacingAfter(LIST_ITEM_AFTER);
      out.add(p);
      item.nested().ifPresent(n -> listItems(n, textIndent, depth + 1, out));
    }
  }

  @Override
  public Void visit(Table table) {
    int rows = table.bodyRows().size();
    int from = 0;
    do {
      int to = Math.min(rows, from + TABLE_PIECE_ROWS);
      add(tablePiece(table, from, to));
      from = to;
    } while (from < rows);
    return null;
  }

  /**
   * Body rows {@code from} to {@code to} of a table, with its caption and header rows, as one
   * OpenPDF table. A long table is written as consecutive pieces of {@value #TABLE_PIECE_ROWS}
   * rows, so its cells are held a piece at a time rather than all at once: a piece after the first
   * has no spacing before it and shows its header only when it starts a page (OpenPDF's
   * skip-first-header), so the pieces lay out exactly as one table would.
   */
  private PdfPTable tablePiece(Table table, int from, int to) {
    float[] widths = new float[table.columns().size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = (float) table.columns().get(i).width();
    }
    PdfPTable t = new PdfPTable(widths);
    t.setWidthPercentage(100);
    t.setSpacingBefore(from == 0 ? 4f : 0f);
    t.setSpacingAfter(to == table.bodyRows().size() ? 10f : 0f);
    t.setSkipFirstHeader(from > 0);
    int headerRows = table.headerRows().size();
    if (table.caption().isPresent()) {
      Style captionStyle = new Style(true, true, false, SMALL_SIZE, MUTED);
      PdfPCell caption = newCell(phrase(table.caption().get(), captionStyle));
      caption.setColspan(widths.length);
      caption.setBorder(Rectangle.NO_BORDER);
      caption.setPaddingLeft(0);
      caption.setPaddingBottom(5f);
      t.addCell(caption);
      headerRows++;
    }
    t.setHeaderRows(headerRows);
    Style header = new Style(true, true, false, SMALL_SIZE, INK);
    for (Table.Row row : table.headerRows()) {
      for (int c = 0; c < widths.length; c++) {
        PdfPCell cell = cell(row.cells().get(c), header, table.columns().get(c));
        cell.setBackgroundColor(HEADER_FILL);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.75f);
        t.addCell(cell);
      }
    }
    Style body = new Style(false, false, false, 10f, INK);
    for (int r = from; r < to; r++) {
      Table.Row row = table.bodyRows().get(r);
      for (int c = 0; c < widths.length; c++) {
        PdfPCell cell = cell(row.cells().get(c), body, table.columns().get(c));
        if (r % 2 == 1) {
          cell.setBackgroundColor(ZEBRA_FILL);
        }
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(BODY_RULE);
        cell.setBorderWidth(0.5f);
        t.addCell(cell);
      }
    }
    return t;
  }

  private PdfPCell cell(Table.Cell content, Style style, Table.Column column) {
    PdfPCell cell = newCell(phrase(content.content(), style));
    cell.setHorizontalAlignment(switch (column.alignment()) {
      case LEFT -> Element.ALIGN_LEFT;
      case CENTER -> Element.ALIGN_CENTER;
      case RIGHT -> Element.ALIGN_RIGHT;
    });
    cell.setPadding(4f);
    cell.setPaddingBottom(5f);
    cell.setUseAscender(true);
    cell.setLeading(0f, 1.25f);
    return cell;
  }

  @Override
  public Void visit(KeyValueBlock keyValues) {
    PdfPTable t = new PdfPTable(new float[] {1.1f, 3f});
    t.setWidthPercentage(100);
    t.setSpacingBefore(4f);
    t.setSpacingAfter(8f);
    Style key = new Style(true, true, false, SMALL_SIZE, MUTED);
    for (KeyValueBlock.Entry entry : keyValues.entries()) {
      PdfPCell k = newCell(phrase(entry.key(), key));
      PdfPCell v = newCell(phrase(entry.value(), Style.body()));
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
    Color accent;
    Color fill;
    switch (note.kind()) {
      case IMPORTANT -> {
        accent = new Color(0xB0, 0x6E, 0x00);
        fill = new Color(0xFF, 0xF5, 0xE1);
      }
      case WARNING -> {
        accent = new Color(0xA9, 0x23, 0x1C);
        fill = new Color(0xFC, 0xEC, 0xEA);
      }
      default -> {
        accent = new Color(0x2F, 0x55, 0x97);
        fill = new Color(0xEA, 0xF1, 0xFB);
      }
    }
    PdfPCell cell = newCell(null);
    cell.setBackgroundColor(fill);
    cell.setBorder(Rectangle.LEFT);
    cell.setBorderColor(accent);
    cell.setBorderWidthLeft(3f);
    cell.setPadding(8f);
    cell.setPaddingLeft(10f);
    cell.setUseAscender(true);
    note.title().ifPresent(title -> {
      com.lowagie.text.Paragraph p = paragraph(13f, Element.ALIGN_LEFT);
      p.addAll(chunks(title, new Style(true, true, false, 10f, accent)));
      p.setSpacingAfter(2f);
      addTo(cell, p);
    });
    com.lowagie.text.Paragraph text = paragraph(BODY_LEADING, Element.ALIGN_LEFT);
    text.addAll(inlineChunks(note.content(), Style.body()));
    addTo(cell, text);
    PdfPTable t = new PdfPTable(1);
    t.setWidthPercentage(100);
    t.setSpacingBefore(4f);
    t.setSpacingAfter(10f);
    t.addCell(cell);
    add(t);
    return null;
  }

  @Override
  public Void visit(PageBreak pageBreak) {
    flow.newPage();
    return null;
  }

  @Override
  public Void visit(TableOfContents contents) {
    Style titleStyle = new Style(true, true, false, HEADING_SIZES[0], ACCENT);
    keepWithNext(KEEP_WITH_NEXT);
    com.lowagie.text.Paragraph title = paragraph(titleStyle.size() * 1.25f, Element.ALIGN_LEFT);
    title.addAll(chunks(contents.title(), titleStyle));
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
      com.lowagie.text.Paragraph entry = paragraph(BODY_LEADING + 1f, Element.ALIGN_LEFT);
      entry.setIndentationLeft(depth * TOC_INDENT);
      for (Chunk c : chunks(plain(PlainText.of(h.content())), style)) {
        c.setLocalGoto(anchor);
        entry.add(c);
      }
      entry.add(new Chunk("\u00A0", font(Face.SERIF, style)));
      DottedLineSeparator dots = new DottedLineSeparator();
      dots.setGap(3f);
      dots.setLineColor(RULE);
      dots.setOffset(2f);
      Chunk leader = new Chunk(dots);
      leader.setFont(font(Face.SERIF, style));
      entry.add(leader);
      Integer page = known.headingPages().get(anchor);
      Chunk number = new Chunk("\u00A0" + (page == null ? "0" : page), font(Face.SERIF, style));
      number.setLocalGoto(anchor);
      entry.add(number);
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
    coverPages.add(writer.getPageNumber());
    float height = pdf.getPageSize().getHeight();
    List<String> lines = Cover.metadataLines(document.metadata());
    Style titleStyle = new Style(true, true, false, 24f, ACCENT);
    Style rest = new Style(false, false, false, 13f, INK);
    List<com.lowagie.text.Paragraph> content = new ArrayList<>();
    com.lowagie.text.Paragraph title = paragraph(31f, Element.ALIGN_CENTER);
    title.addAll(chunks(lines.get(0), titleStyle));
    title.setSpacingAfter(16f);
    content.add(title);
    for (int i = 1; i < lines.size(); i++) {
      com.lowagie.text.Paragraph p = paragraph(18f, Element.ALIGN_CENTER);
      p.addAll(chunks(lines.get(i), i == 1 && document.metadata().subtitle().isPresent()
          ? new Style(true, false, false, 14f, MUTED) : rest));
      p.setSpacingAfter(3f);
      content.add(p);
    }
    boolean first = true;
    for (Paragraph line : cover.lines()) {
      List<Chunk> chunks = inlineChunks(line.content(), rest);
      if (chunks.isEmpty()) {
        continue;
      }
      com.lowagie.text.Paragraph p = paragraph(18f, Element.ALIGN_CENTER);
      p.setSpacingBefore(first ? 32f : 0f);
      p.addAll(chunks);
      p.setSpacingAfter(3f);
      content.add(p);
      first = false;
    }
    // The title stands a third of the way down the page.
    flow.skip(height * 0.2f);
    for (com.lowagie.text.Paragraph p : content) {
      add(p);
    }
    flow.newPage();
    return null;
  }

  // ---- endnotes and outline ----

  private void writeEndnotes() {
    if (footnotes.isEmpty()) {
      return;
    }
    Labels labels = settings.labels();
    Style titleStyle = new Style(true, true, false, HEADING_SIZES[1], ACCENT);
    keepWithNext(KEEP_WITH_NEXT);
    com.lowagie.text.Paragraph title = paragraph(titleStyle.size() * 1.25f, Element.ALIGN_LEFT);
    title.addAll(chunks(labels.notes(), titleStyle));
    addBlock(title, HEADING_BEFORE[0], 4f, true);
    Style style = new Style(false, false, false, SMALL_SIZE, INK);
    for (int i = 0; i < footnotes.size(); i++) {
      int n = i + 1;
      com.lowagie.text.Paragraph p = paragraph(12.5f, Element.ALIGN_LEFT);
      p.setIndentationLeft(18f);
      p.setFirstLineIndent(-18f);
      Chunk number = new Chunk(n + ".", font(Face.SERIF, style.color(LINK)));
      number.setLocalDestination("fn." + n);
      number.setLocalGoto("fnref." + n);
      p.add(number);
      p.add(new Chunk(" ", font(Face.SERIF, style)));
      p.addAll(inlineChunks(footnotes.get(i), style));
      p.setSpacingAfter(3f);
      add(p);
    }
  }

  private void writeOutline() {
    List<Heading> headings = document.headings();
    List<Outline.Item> items = new ArrayList<>(headings.size());
    for (int i = 0; i < headings.size(); i++) {
      Heading h = headings.get(i);
      items.add(new Outline.Item(h.level(), plain(PlainText.of(h.content())), anchors.get(i)));
    }
    Outline.addTo(writer.getRootOutline(), items);
  }

  // ---- page furniture ----

  /**
   * Draws the running header and footer of each page, and notes the page each heading lands on.
   *
   * <p>The footer "Page N of M" is left-aligned, so that the page count M, known only when the file
   * is closed, can end it: each page draws "Page N of " and then one shared template, into which
   * the count is written at the end. Right-aligned, the footer's place would depend on the width of
   * M, and every page would need a template of its own, held until the end, or a second layout
   * pass.
   */
  private final class PageFurniture extends PdfPageEventHelper {
    private static final float FOOTER_Y = 38f;
    /** Room below the baseline, in the template, for descenders. */
    private static final float TEMPLATE_DESCENT = 3f;

    private final Style small = new Style(true, false, false, 8f, MUTED);
    private PdfTemplate pageCount;
    /** The classification marking and the running title: the same on every page, made once. */
    private Optional<Phrase> marking;
    private Phrase runningTitle;

    @Override
    public void onOpenDocument(PdfWriter w, com.lowagie.text.Document d) {
      pageCount = w.getDirectContent().createTemplate(0f, 0f);
    }

    @Override
    public void onCloseDocument(PdfWriter w, com.lowagie.text.Document d) {
      identify();
      Phrase count = phrase(settings.labels().pageCount(pages), small);
      pageCount.setWidth(width(count) + 1f);
      pageCount.setHeight(small.size() * 1.5f);
      ColumnText.showTextAligned(pageCount, Element.ALIGN_LEFT, count, 0f, TEMPLATE_DESCENT, 0);
    }

    @Override
    public void onGenericTag(PdfWriter w, com.lowagie.text.Document d, Rectangle rect, String anchor) {
      headingPages.putIfAbsent(anchor, w.getPageNumber());
    }

    @Override
    public void onEndPage(PdfWriter w, com.lowagie.text.Document d) {
      int page = w.getPageNumber();
      pages = Math.max(pages, page);
      Rectangle size = d.getPageSize();
      float left = d.left();
      float right = d.right();
      float top = size.getHeight();
      PdfContentByte cb = w.getDirectContent();
      if (runningTitle == null) {
        Style style = new Style(true, true, false, 9f, INK);
        marking = document.metadata().classification().map(c -> phrase(c, style));
        runningTitle = fitted(plain(document.metadata().title()), small, right - left);
      }
      marking.ifPresent(c -> {
        ColumnText.showTextAligned(cb, Element.ALIGN_CENTER, c, size.getWidth() / 2, top - 30f, 0);
        ColumnText.showTextAligned(cb, Element.ALIGN_CENTER, c, size.getWidth() / 2, 22f, 0);
      });
      if (!coverPages.contains(page)) {
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, runningTitle, left, top - 48f, 0);
        rule(cb, left, right, top - 53f);
      }
      rule(cb, left, right, 50f);
      Phrase number = phrase(settings.labels().pageNumber(page), small);
      ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, number, left, FOOTER_Y, 0);
      cb.addTemplate(pageCount, left + width(number), FOOTER_Y - TEMPLATE_DESCENT);
    }

    private void rule(PdfContentByte cb, float from, float to, float y) {
      cb.saveState();
      cb.setColorStroke(RULE);
      cb.setLineWidth(0.5f);
      cb.moveTo(from, y);
      cb.lineTo(to, y);
      cb.stroke();
      cb.restoreState();
    }
  }

  /** The text as one line no wider than {@code width}, cut with an ellipsis when it is longer. */
  private Phrase fitted(String text, Style style, float width) {
    String candidate = text;
    while (true) {
      Phrase p = phrase(candidate, style);
      if (width(p) <= width || candidate.isEmpty()) {
        return p;
      }
      String base = candidate.endsWith("\u2026") ? candidate.substring(0, candidate.length() - 1) : candidate;
      base = base.substring(0, base.offsetByCodePoints(base.length(), -1)).stripTrailing();
      candidate = base.isEmpty() ? "" : base + "\u2026";
    }
  }

  /** The width of the phrase's text on one line. */
  private static float width(Phrase phrase) {
    float w = 0;
    for (Element e : phrase) {
      Chunk c = (Chunk) e;
      w += c.getFont().getBaseFont().getWidthPoint(c.getContent(), c.getFont().getSize());
    }
    return w;
  }
}
