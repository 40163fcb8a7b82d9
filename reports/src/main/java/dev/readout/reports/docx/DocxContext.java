package dev.readout.reports.docx;

import dev.readout.reports.doc.BlockVisitor;
import dev.readout.reports.doc.Cover;
import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.Footnote;
import dev.readout.reports.doc.Heading;
import dev.readout.reports.doc.Inline;
import dev.readout.reports.doc.KeyValueBlock;
import dev.readout.reports.doc.Link;
import dev.readout.reports.doc.ListBlock;
import dev.readout.reports.doc.Metadata;
import dev.readout.reports.doc.Note;
import dev.readout.reports.doc.PageBreak;
import dev.readout.reports.doc.PageSize;
import dev.readout.reports.doc.Paragraph;
import dev.readout.reports.doc.PlainText;
import dev.readout.reports.doc.RenderWarning;
import dev.readout.reports.doc.Table;
import dev.readout.reports.doc.TableOfContents;
import dev.readout.reports.doc.Text;
import dev.readout.reports.internal.Nfc;
import dev.readout.reports.internal.SpillBuffer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFFootnotes;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * The state of one {@link DocxRenderer#render} call. The package is split in two, the way POI's
 * SXSSF splits a workbook:
 *
 * <ul>
 *   <li><b>The skeleton</b>, built with POI's XWPF: the parts and their relationships (hyperlinks,
 *       footnotes, header, footer, styles, numbering, settings, font table), the content types and
 *       the file properties. It is small whatever the size of the document.
 *   <li><b>The content</b>: {@code document.xml}, {@code footnotes.xml} and the header and footer
 *       are written as streams of XML ({@link WordXml}) while the blocks are visited, into {@link
 *       SpillBuffer}s that move to temporary files once large. When the package is zipped ({@link
 *       Zips#rewrite}), they take the place of the skeleton's versions of those parts.
 * </ul>
 *
 * <p>So the heap a render needs does not grow with the document, beyond a few bytes per heading,
 * hyperlink and list: a 50,000-page book renders in a small heap. Relationship ids come from POI as
 * each hyperlink or part is met, in document order, so two renders give the same ids. Created
 * inside {@code render} and dropped after it, so the renderer itself stays immutable.
 */
final class DocxContext implements BlockVisitor<Void> {
  static final String TOC_INSTRUCTION_FORMAT = " TOC \\o \"1-%d\" \\h \\z \\u ";

  private static final String TABLE_STYLE = "TableGrid";
  private static final String CELL_STYLE = "Compact";
  private static final String HEADER_FILL = "D9E2F3";
  private static final String KEY_FILL = "F2F2F2";
  private static final int MARGIN = 1134; // 2 cm
  private static final int MARGIN_TOP = 1417; // 2.5 cm
  private static final int HEADER_DISTANCE = 567; // 1 cm
  private static final int COVER_SPACE_BEFORE = 2880;
  private static final String DEFAULT_CREATOR = "Readout";
  /**
   * Bytes of a streamed part kept in memory before it moves to a temporary file: the seed's whole
   * briefing book stays in memory, a large book's body and notes together hold at most a few MB.
   */
  static final int IN_MEMORY = 4 * 1024 * 1024;

  private final Document document;
  private final PageSize pageSize;
  private final Instant timestamp;
  private final Locale locale;
  private final int textWidth;
  /** Bytes of a part kept in memory before it moves to a temporary file. */
  private final int spillLimit;

  /** The skeleton: parts, relationships and properties, never the content. */
  private final XWPFDocument docx = new XWPFDocument();
  private final Part bodyPart;
  /** The content of each part whose skeleton version is replaced, by zip entry name. */
  private final Map<String, Zips.Content> contents = new LinkedHashMap<>();
  private final List<SpillBuffer> buffers = new ArrayList<>();
  private WordXml body;
  private RunWriter bodyRuns;

  private final List<String> headingAnchors;
  private final Set<String> declaredAnchors = new HashSet<>();
  private final Bookmarks bookmarks;
  private int headingsWritten;

  private final Numbering numbering = new Numbering();
  private WordXml notes;
  private RunWriter noteRuns;
  private int footnoteCount;

  /** A page break waits for the next block: a paragraph then starts a new page. */
  private boolean pageBreakPending;
  private final Set<RenderWarning> warnings = new LinkedHashSet<>();

  DocxContext(Document document, PageSize pageSize, Instant timestamp, Locale locale) {
    this(document, pageSize, timestamp, locale, IN_MEMORY);
  }

  DocxContext(Document document, PageSize pageSize, Instant timestamp, Locale locale, int spillLimit) {
    this.spillLimit = spillLimit;
    this.document = document;
    this.pageSize = pageSize;
    this.timestamp = timestamp;
    this.locale = locale;
    this.textWidth = pageSize.widthTwips() - 2 * MARGIN;
    this.bodyPart = new Part(docx);
    this.headingAnchors = document.uniqueAnchors();
    List<Heading> headings = document.headings();
    for (int i = 0; i < headings.size(); i++) {
      Heading h = headings.get(i);
      declaredAnchors.add(h.anchor());
      if (!h.anchor().equals(headingAnchors.get(i))) {
        warnings.add(RenderWarning.duplicateAnchor(h, headingAnchors.get(i)));
      }
    }
    this.bookmarks = new Bookmarks(headingAnchors);
  }

  /** Writes the content, builds the skeleton and zips both, deterministically, to {@code out}. */
  void render(OutputStream out) throws IOException {
    try {
      body = new WordXml(buffer("word/document.xml"), "document");
      body.start("body");
      bodyRuns = new RunWriter(this, bodyPart, body);
      if (document.blocks().stream().noneMatch(Cover.class::isInstance)) {
        paragraph(Para.style("Title"));
        bodyRuns.text(document.metadata().title(), false);
        body.end();
      }
      document.blocks().forEach(b -> b.accept(this));
      pageBreakPending = false; // a break at the very end would only add an empty page
      furniture();
      body.close();
      if (notes != null) {
        notes.close();
      }
      parts();
      properties();
      ByteArrayOutputStream skeleton = new ByteArrayOutputStream(64 * 1024);
      docx.write(skeleton);
      Zips.rewrite(skeleton.toByteArray(), Zips.entryTime(timestamp), contents, out);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } catch (XmlException | InvalidFormatException e) {
      throw new IllegalStateException("the renderer's own WordprocessingML must be valid", e);
    } finally {
      try {
        for (SpillBuffer b : buffers) {
          b.close();
        }
      } finally {
        docx.close();
      }
    }
  }

  /** A new buffer for the content of the zip entry {@code name}. */
  private SpillBuffer buffer(String name) {
    SpillBuffer buffer = new SpillBuffer(spillLimit, ".docx.part");
    buffers.add(buffer);
    contents.put(name, buffer::writeTo);
    return buffer;
  }

  List<RenderWarning> warnings() {
    return List.copyOf(warnings);
  }

  // ---- services for the run writer ----

  /**
   * Returns text as it is written: without the characters XML 1.0 forbids (with a warning naming
   * them) and in Unicode NFC.
   */
  String clean(String text) {
    String kept = PlainText.renderable(text);
    if (kept.length() != text.length()) {
      warnings.add(RenderWarning.charactersLeftOut(text));
    }
    return Nfc.of(kept);
  }

  /** The bookmark an internal link leads to, or null (with a warning) when no heading has its anchor. */
  String bookmarkFor(Link link) {
    if (!declaredAnchors.contains(link.anchor())) {
      warnings.add(RenderWarning.unknownAnchor(link));
      return null;
    }
    // The first heading with an anchor keeps it, so the declared anchor is also a written one.
    return bookmarks.name(link.anchor());
  }

  /** Writes a footnote into the footnotes part; returns its id, which Word shows as its number. */
  int footnote(Footnote footnote) {
    if (notes == null) {
      XWPFFootnotes part = docx.createFootnotes();
      notes = new WordXml(buffer(entryName(part)), "footnotes");
      noteRuns = new RunWriter(this, new Part(part), notes);
      separator(-1, "separator");
      separator(0, "continuationSeparator");
    }
    int id = ++footnoteCount;
    notes.start("footnote").attr("id", id);
    notes.start("p").start("pPr").val("pStyle", "FootnoteText").end();
    notes.start("r").start("rPr").val("rStyle", RunWriter.FOOTNOTE_REFERENCE_STYLE).end().empty("footnoteRef").end();
    notes.start("r").text("t", " ").end();
    noteRuns.write(footnote.content());
    notes.end().end();
    return id;
  }

  private void separator(int id, String type) {
    notes.start("footnote").attr("id", id).attr("type", type);
    notes.start("p").start("pPr");
    notes.empty("spacing").attr("after", 0).attr("line", 240).attr("lineRule", "auto");
    notes.end().start("r").empty(type).end();
    notes.end().end();
  }

  private static String entryName(POIXMLDocumentPart part) {
    return part.getPackagePart().getPartName().getName().substring(1);
  }

  // ---- blocks ----

  @Override
  public Void visit(Heading heading) {
    int index = headingsWritten++;
    paragraph(Para.style("Heading" + heading.level()));
    body.empty("bookmarkStart").attr("id", index).attr("name", bookmarks.name(headingAnchors.get(index)));
    bodyRuns.write(heading.content());
    body.empty("bookmarkEnd").attr("id", index);
    body.end();
    return null;
  }

  @Override
  public Void visit(Paragraph paragraph) {
    if (!paragraph.content().isEmpty()) {
      paragraph(Para.NORMAL);
      bodyRuns.write(paragraph.content());
      body.end();
    }
    return null;
  }

  @Override
  public Void visit(ListBlock list) {
    list(list, 0);
    return null;
  }

  private void list(ListBlock list, int depth) {
    int level = Numbering.level(depth);
    int numId = numbering.newList(list.ordered(), level);
    for (ListBlock.Item item : list.items()) {
      paragraph(Para.style(list.ordered() ? "ListNumber" : "ListBullet").numbered(level, numId));
      bodyRuns.write(item.content());
      body.end();
      item.nested().ifPresent(n -> list(n, depth + 1));
    }
  }

  @Override
  public Void visit(Table table) {
    table.caption().ifPresent(c -> {
      paragraph(Para.style("Caption"));
      bodyRuns.text(c, false);
      body.end();
    });
    List<Table.Column> columns = table.columns();
    int[] widths = widths(columns.stream().mapToDouble(Table.Column::width).toArray());
    table(TABLE_STYLE, widths, 0x0020);
    table.headerRows().forEach(row -> tableRow(row, columns, widths, true));
    table.bodyRows().forEach(row -> tableRow(row, columns, widths, false));
    body.end();
    spacer();
    return null;
  }

  @Override
  public Void visit(KeyValueBlock keyValues) {
    int[] widths = widths(new double[] {3, 7});
    table(TABLE_STYLE, widths, 0x0080);
    for (KeyValueBlock.Entry entry : keyValues.entries()) {
      row(false);
      textCell(widths[0], KEY_FILL, Table.Alignment.LEFT, List.of(new Text(entry.key())), true);
      textCell(widths[1], null, Table.Alignment.LEFT, entry.value(), false);
      body.end();
    }
    body.end();
    spacer();
    return null;
  }

  @Override
  public Void visit(Note note) {
    NoteLook look = NoteLook.of(note.kind());
    table(null, new int[] {textWidth}, 0x0000);
    row(false);
    cell(textWidth, look.fill, look.border);
    note.title().ifPresent(t -> cellParagraph(Table.Alignment.LEFT, true, List.of(new Text(t)), true));
    cellParagraph(Table.Alignment.LEFT, false, note.content(), false);
    body.end().end().end();
    spacer();
    return null;
  }

  @Override
  public Void visit(PageBreak pageBreak) {
    if (pageBreakPending) {
      // Two breaks in a row: the first one gets a page of its own.
      breakParagraph();
    }
    pageBreakPending = true;
    return null;
  }

  @Override
  public Void visit(TableOfContents contents) {
    paragraph(Para.style("TOCHeading"));
    bodyRuns.text(contents.title(), false);
    body.end();
    List<Heading> headings = document.headings();
    List<Integer> entries = new ArrayList<>();
    for (int i = 0; i < headings.size(); i++) {
      if (headings.get(i).level() <= contents.levels()) {
        entries.add(i);
      }
    }
    String instruction = String.format(Locale.ROOT, TOC_INSTRUCTION_FORMAT, contents.levels());
    if (entries.isEmpty()) {
      paragraph(Para.style("TOC1"));
      fieldStart(instruction);
      fieldChar("end");
      body.end();
      return null;
    }
    for (int k = 0; k < entries.size(); k++) {
      int index = entries.get(k);
      Heading h = headings.get(index);
      paragraph(Para.style("TOC" + h.level()));
      if (k == 0) {
        fieldStart(instruction);
      }
      body.start("hyperlink").attr("anchor", bookmarks.name(headingAnchors.get(index)));
      String text = clean(PlainText.of(h.content())).replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
      body.start("r").text("t", text).end();
      body.end();
      if (k == entries.size() - 1) {
        fieldChar("end");
      }
      body.end();
    }
    return null;
  }

  @Override
  public Void visit(Cover cover) {
    Metadata metadata = document.metadata();
    List<String> lines = Cover.metadataLines(metadata);
    paragraph(Para.style("Title").spacingBefore(COVER_SPACE_BEFORE));
    bodyRuns.text(lines.get(0), false);
    body.end();
    int next = 1;
    if (metadata.subtitle().isPresent()) {
      paragraph(Para.style("Subtitle"));
      bodyRuns.text(lines.get(next++), false);
      body.end();
    }
    for (String line : lines.subList(next, lines.size())) {
      paragraph(Para.NORMAL.centred());
      bodyRuns.text(line, false);
      body.end();
    }
    for (Paragraph line : cover.lines()) {
      if (!line.content().isEmpty()) {
        paragraph(Para.NORMAL.centred());
        bodyRuns.write(line.content());
        body.end();
      }
    }
    pageBreakPending = true;
    return null;
  }

  // ---- building blocks ----

  /**
   * Opens a body paragraph with the properties, starting a new page when a break waits; the caller
   * writes its content and closes it.
   */
  private void paragraph(Para properties) {
    Para p = properties;
    if (pageBreakPending) {
      p = p.breakBefore();
      pageBreakPending = false;
    }
    body.start("p");
    p.write(body);
  }

  /** An empty paragraph one point high that carries a waiting page break, for a table to follow. */
  private void breakParagraph() {
    body.start("p");
    Para.TINY.breakBefore().write(body);
    body.end();
    pageBreakPending = false;
  }

  /** A small empty paragraph after a table: space before the next block, and two tables never touch. */
  private void spacer() {
    body.start("p");
    Para.TINY.write(body);
    body.end();
  }

  /**
   * Opens a table as wide as the text: fixed layout, the given column widths in twips, the table
   * style (null for none) and the {@code tblLook} bits (0x0020 first row, 0x0080 first column).
   */
  private void table(String style, int[] widths, int look) {
    if (pageBreakPending) {
      breakParagraph();
    }
    body.start("tbl").start("tblPr");
    if (style != null) {
      body.val("tblStyle", style);
    }
    body.empty("tblW").attr("type", "dxa").attr("w", textWidth);
    body.empty("tblLayout").attr("type", "fixed");
    int bits = look | 0x0600; // no banded rows or columns
    body.empty("tblLook").attr("val", String.format(Locale.ROOT, "%04X", bits))
        .attr("firstRow", Boolean.toString((look & 0x0020) != 0)).attr("lastRow", "false")
        .attr("firstColumn", Boolean.toString((look & 0x0080) != 0)).attr("lastColumn", "false")
        .attr("noHBand", "true").attr("noVBand", "true");
    body.end().start("tblGrid");
    for (int w : widths) {
      body.empty("gridCol").attr("w", w);
    }
    body.end();
  }

  /** Opens a row that does not split across pages; a header row repeats on every page. */
  private void row(boolean header) {
    body.start("tr").start("trPr").empty("cantSplit");
    if (header) {
      body.empty("tblHeader");
    }
    body.end();
  }

  /** A whole row of a table: header cells shaded and bold. */
  private void tableRow(Table.Row row, List<Table.Column> columns, int[] widths, boolean header) {
    row(header);
    for (int c = 0; c < columns.size(); c++) {
      textCell(widths[c], header ? HEADER_FILL : null, columns.get(c).alignment(), row.cells().get(c).content(), header);
    }
    body.end();
  }

  /** A whole cell holding one paragraph. */
  private void textCell(int width, String fill, Table.Alignment alignment, List<Inline> content, boolean bold) {
    cell(width, fill, null);
    cellParagraph(alignment, false, content, bold);
    body.end();
  }

  /** Opens a cell of the width in twips, shaded with {@code fill} and with a note's borders in {@code border}. */
  private void cell(int width, String fill, String border) {
    body.start("tc").start("tcPr");
    body.empty("tcW").attr("type", "dxa").attr("w", width);
    if (border != null) {
      body.start("tcBorders");
      border("top", 4, border);
      border("left", 24, border);
      border("bottom", 4, border);
      border("right", 4, border);
      body.end();
    }
    if (fill != null) {
      body.empty("shd").attr("val", "clear").attr("color", "auto").attr("fill", fill);
    }
    body.end();
  }

  private void border(String side, int eighthsOfPoint, String color) {
    body.empty(side).attr("val", "single").attr("sz", eighthsOfPoint).attr("space", 0).attr("color", color);
  }

  /** A whole paragraph in the open cell; {@code keepNext} keeps a note's title with its text. */
  private void cellParagraph(Table.Alignment alignment, boolean keepNext, List<Inline> content, boolean bold) {
    Para p = Para.style(CELL_STYLE).aligned(switch (alignment) {
      case LEFT -> "left";
      case CENTER -> "center";
      case RIGHT -> "right";
    });
    body.start("p");
    (keepNext ? p.keptWithNext() : p).write(body);
    bodyRuns.write(content, bold);
    body.end();
  }

  private int[] widths(double[] relative) {
    return widths(relative, textWidth);
  }

  /**
   * Splits {@code total} twips between columns in proportion to their relative widths: column
   * {@code i} ends at {@code round(total × (w0 + … + wi) / sum)}, so the widths add up exactly. The
   * widths are divided by the largest first, so that no sum overflows.
   */
  static int[] widths(double[] relative, int total) {
    double max = 0;
    for (double w : relative) {
      max = Math.max(max, w);
    }
    double units = 0;
    for (double w : relative) {
      units += w / max;
    }
    int[] widths = new int[relative.length];
    double sum = 0;
    int previous = 0;
    for (int i = 0; i < relative.length; i++) {
      sum += relative[i] / max;
      int end = i == relative.length - 1 ? total : (int) Math.round(total * sum / units);
      widths[i] = end - previous;
      previous = end;
    }
    return widths;
  }

  private void fieldStart(String instruction) {
    fieldChar("begin");
    body.start("r").text("instrText", instruction).end();
    fieldChar("separate");
  }

  private void fieldChar(String type) {
    body.start("r").empty("fldChar").attr("fldCharType", type).end();
  }

  // ---- header, footer, section, parts, properties ----

  /**
   * The running header (classification marking, title) and footer ("Page N of M" with fields),
   * then the section properties that end the body: page size, margins, and the header and footer.
   */
  private void furniture() {
    Metadata metadata = document.metadata();
    XWPFHeader header = docx.createHeader(HeaderFooterType.DEFAULT);
    ByteArrayOutputStream headerBytes = new ByteArrayOutputStream();
    contents.put(entryName(header), headerBytes::writeTo);
    try (WordXml xml = new WordXml(headerBytes, "hdr")) {
      RunWriter runs = new RunWriter(this, new Part(header), xml);
      metadata.classification().ifPresent(c -> {
        xml.start("p");
        Para.style("Header").write(xml);
        runs.text(c, true);
        xml.end();
      });
      xml.start("p");
      Para.style("Header").write(xml);
      runs.text(metadata.title().replace("\r\n", " ").replace('\r', ' ').replace('\n', ' '), false);
      xml.end();
    }

    XWPFFooter footer = docx.createFooter(HeaderFooterType.DEFAULT);
    ByteArrayOutputStream footerBytes = new ByteArrayOutputStream();
    contents.put(entryName(footer), footerBytes::writeTo);
    try (WordXml xml = new WordXml(footerBytes, "ftr")) {
      xml.start("p");
      Para.style("Footer").write(xml);
      for (String piece : Words.split(Words.pageOfPages(locale))) {
        switch (piece) {
          case "{0}" -> simpleField(xml, " PAGE ");
          case "{1}" -> simpleField(xml, " NUMPAGES ");
          default -> xml.start("r").text("t", piece).end();
        }
      }
      xml.end();
    }

    body.start("sectPr");
    body.empty("headerReference").attr("type", "default").relationship(docx.getRelationId(header));
    body.empty("footerReference").attr("type", "default").relationship(docx.getRelationId(footer));
    body.empty("pgSz").attr("w", pageSize.widthTwips()).attr("h", pageSize.heightTwips());
    body.empty("pgMar").attr("top", MARGIN_TOP).attr("bottom", MARGIN).attr("left", MARGIN).attr("right", MARGIN)
        .attr("header", HEADER_DISTANCE).attr("footer", HEADER_DISTANCE).attr("gutter", 0);
    body.end();
  }

  private static void simpleField(WordXml xml, String instruction) {
    xml.start("fldSimple").attr("instr", instruction);
    xml.start("r").text("t", "1").end();
    xml.end();
  }

  /** Styles, numbering, settings and the font table, from the templates. */
  private void parts() throws XmlException, InvalidFormatException, IOException {
    docx.createStyles().setStyles(StylesDocument.Factory.parse(Ooxml.styles(document.metadata().language())).getStyles());
    if (!numbering.isEmpty()) {
      docx.createNumbering().setNumbering(NumberingDocument.Factory.parse(numbering.xml()).getNumbering());
    }
    docx.getSettings().getCTSettings().set(SettingsDocument.Factory.parse(Ooxml.settings(notes != null)).getSettings());
    PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
    PackagePart fonts = docx.getPackage().createPart(name, Ooxml.FONT_TABLE_CONTENT_TYPE);
    try (OutputStream out = fonts.getOutputStream()) {
      out.write(Ooxml.FONT_TABLE.getBytes(StandardCharsets.UTF_8));
    }
    docx.getPackagePart().addRelationship(name, TargetMode.INTERNAL, Ooxml.FONT_TABLE_RELATIONSHIP);
  }

  /** Core and extended properties: fixed dates and names, so that two renders are the same bytes. */
  private void properties() {
    Metadata metadata = document.metadata();
    POIXMLProperties properties = docx.getProperties();
    POIXMLProperties.CoreProperties core = properties.getCoreProperties();
    core.setTitle(clean(metadata.title()));
    metadata.subtitle().ifPresent(s -> core.setSubjectProperty(clean(s)));
    String creator = metadata.author().map(this::clean).orElse(DEFAULT_CREATOR);
    core.setCreator(creator);
    core.setLastModifiedByUser(creator);
    if (!metadata.keywords().isEmpty()) {
      core.setKeywords(clean(String.join("; ", metadata.keywords())));
    }
    core.setRevision("1");
    Date date = Date.from(timestamp);
    core.setCreated(Optional.of(date));
    core.setModified(Optional.of(date));
    core.getUnderlyingProperties().setLanguageProperty(Optional.of(metadata.language()));
    POIXMLProperties.ExtendedProperties extended = properties.getExtendedProperties();
    extended.setApplication(DEFAULT_CREATOR);
    metadata.organisation().ifPresent(o -> extended.setCompany(clean(o)));
  }

  /** A part of the package that links can be written in: each has its own relationships. */
  static final class Part {
    private final POIXMLDocumentPart part;
    private final Map<String, String> relationships = new HashMap<>();

    Part(POIXMLDocumentPart part) {
      this.part = part;
    }

    /** The relationship id of an external link to the URL, one per URL; null for a URL POI cannot store. */
    String hyperlinkRelationship(String url) {
      String id = relationships.get(url);
      if (id == null) {
        try {
          new URI(url);
        } catch (URISyntaxException e) {
          return null;
        }
        id = part.getPackagePart().addExternalRelationship(url, XWPFRelation.HYPERLINK.getRelation()).getId();
        relationships.put(url, id);
      }
      return id;
    }
  }

  /** The fill and border colour of each kind of note. */
  private enum NoteLook {
    INFO("DEEAF6", "2E74B5"),
    IMPORTANT("FFF2CC", "BF8F00"),
    WARNING("FBE4D5", "C00000");

    final String fill;
    final String border;

    NoteLook(String fill, String border) {
      this.fill = fill;
      this.border = border;
    }

    static NoteLook of(Note.Kind kind) {
      return switch (kind) {
        case INFO -> INFO;
        case IMPORTANT -> IMPORTANT;
        case WARNING -> WARNING;
      };
    }
  }

  /**
   * The properties of a paragraph ({@code w:pPr}), written in the order the schema requires: style,
   * keep with next, page break before, numbering, spacing, alignment, and the mark's size.
   */
  private record Para(String style, boolean keepNext, boolean pageBreakBefore, int numLevel, int numId,
      int spacingBefore, boolean tiny, String jc) {
    static final Para NORMAL = new Para(null, false, false, -1, -1, -1, false, null);
    /** One point high, for the empty paragraphs around tables. */
    static final Para TINY = new Para(null, false, false, -1, -1, -1, true, null);

    static Para style(String style) {
      return new Para(style, false, false, -1, -1, -1, false, null);
    }

    Para keptWithNext() {
      return new Para(style, true, pageBreakBefore, numLevel, numId, spacingBefore, tiny, jc);
    }

    Para breakBefore() {
      return new Para(style, keepNext, true, numLevel, numId, spacingBefore, tiny, jc);
    }

    Para numbered(int level, int id) {
      return new Para(style, keepNext, pageBreakBefore, level, id, spacingBefore, tiny, jc);
    }

    Para spacingBefore(int twips) {
      return new Para(style, keepNext, pageBreakBefore, numLevel, numId, twips, tiny, jc);
    }

    Para aligned(String value) {
      return new Para(style, keepNext, pageBreakBefore, numLevel, numId, spacingBefore, tiny, value);
    }

    Para centred() {
      return aligned("center");
    }

    void write(WordXml xml) {
      if (style == null && !keepNext && !pageBreakBefore && numId < 0 && spacingBefore < 0 && !tiny && jc == null) {
        return;
      }
      xml.start("pPr");
      if (style != null) {
        xml.val("pStyle", style);
      }
      if (keepNext) {
        xml.empty("keepNext");
      }
      if (pageBreakBefore) {
        xml.empty("pageBreakBefore");
      }
      if (numId >= 0) {
        xml.start("numPr").val("ilvl", numLevel).val("numId", numId).end();
      }
      if (tiny) {
        xml.empty("spacing").attr("before", 0).attr("after", 0).attr("line", 120).attr("lineRule", "exact");
      } else if (spacingBefore >= 0) {
        xml.empty("spacing").attr("before", spacingBefore);
      }
      if (jc != null) {
        xml.val("jc", jc);
      }
      if (tiny) {
        xml.start("rPr").val("sz", 12).end();
      }
      xml.end();
    }
  }
}
