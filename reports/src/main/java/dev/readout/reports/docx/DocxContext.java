package dev.readout.reports.docx;

import dev.readout.reports.doc.BlockVisitor;
import dev.readout.reports.doc.Cover;
import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.Footnote;
import dev.readout.reports.doc.Heading;
import dev.readout.reports.doc.KeyValueBlock;
import dev.readout.reports.doc.Link;
import dev.readout.reports.doc.ListBlock;
import dev.readout.reports.doc.Metadata;
import dev.readout.reports.doc.Note;
import dev.readout.reports.doc.PageBreak;
import dev.readout.reports.doc.Paragraph;
import dev.readout.reports.doc.PlainText;
import dev.readout.reports.doc.RenderWarning;
import dev.readout.reports.doc.Table;
import dev.readout.reports.doc.TableOfContents;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
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
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFFootnotes;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdn;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLook;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFtnEdn;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * The state of one {@link DocxRenderer#render} call: the POI document being built, the bookmark of
 * each heading, the footnotes and lists written so far, a page break waiting for the next block,
 * and the warnings. Created inside {@code render} and dropped after it, so the renderer itself
 * stays immutable.
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

  private final Document document;
  private final DocxRenderer.PageSize pageSize;
  private final Instant timestamp;
  private final Locale locale;
  private final int textWidth;

  private final XWPFDocument docx = new XWPFDocument();
  private final CTBody body;
  private final Part bodyPart;
  private final RunWriter bodyRuns;

  private final List<String> headingAnchors;
  private final Set<String> declaredAnchors = new HashSet<>();
  private final Bookmarks bookmarks;
  private int headingsWritten;

  private final Numbering numbering = new Numbering();
  private XWPFFootnotes footnotes;
  private Part footnotesPart;
  private int footnoteCount;

  /** A page break waits for the next block: a paragraph then starts a new page. */
  private boolean pageBreakPending;
  private final Set<RenderWarning> warnings = new LinkedHashSet<>();

  DocxContext(Document document, DocxRenderer.PageSize pageSize, Instant timestamp, Locale locale) {
    this.document = document;
    this.pageSize = pageSize;
    this.timestamp = timestamp;
    this.locale = locale;
    this.textWidth = pageSize.widthTwips() - 2 * MARGIN;
    this.body = docx.getDocument().getBody();
    this.bodyPart = new Part(docx);
    this.bodyRuns = new RunWriter(this, bodyPart);
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

  /** Builds the document and writes it, deterministically zipped, to {@code out}. */
  void render(OutputStream out) throws IOException {
    try {
      if (document.blocks().stream().noneMatch(Cover.class::isInstance)) {
        bodyRuns.text(paragraph("Title"), document.metadata().title(), false);
      }
      document.blocks().forEach(b -> b.accept(this));
      pageBreakPending = false; // a break at the very end would only add an empty page
      furniture();
      parts();
      properties();
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
      docx.write(bytes);
      Zips.rewrite(bytes.toByteArray(), Zips.entryTime(timestamp), out);
    } catch (XmlException | InvalidFormatException e) {
      throw new IllegalStateException("the renderer's own WordprocessingML must be valid", e);
    } finally {
      docx.close();
    }
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
    return Normalizer.normalize(kept, Normalizer.Form.NFC);
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
    if (footnotes == null) {
      footnotes = docx.createFootnotes();
      footnotesPart = new Part(footnotes);
      separator(-1, STFtnEdn.SEPARATOR);
      separator(0, STFtnEdn.CONTINUATION_SEPARATOR);
    }
    int id = ++footnoteCount;
    CTFtnEdn draft = CTFtnEdn.Factory.newInstance();
    draft.setId(BigInteger.valueOf(id));
    XWPFFootnote note = footnotes.addFootnote(draft);
    CTP p = note.getCTFtnEdn().addNewP();
    p.addNewPPr().addNewPStyle().setVal("FootnoteText");
    CTR mark = p.addNewR();
    mark.addNewRPr().addNewRStyle().setVal(RunWriter.FOOTNOTE_REFERENCE_STYLE);
    mark.addNewFootnoteRef();
    text(p.addNewR(), " ");
    new RunWriter(this, footnotesPart).write(p, footnote.content());
    return id;
  }

  private void separator(int id, STFtnEdn.Enum type) {
    CTFtnEdn draft = CTFtnEdn.Factory.newInstance();
    draft.setId(BigInteger.valueOf(id));
    draft.setType(type);
    CTP p = draft.addNewP();
    CTSpacing spacing = p.addNewPPr().addNewSpacing();
    spacing.setAfter(BigInteger.ZERO);
    spacing.setLine(BigInteger.valueOf(240));
    spacing.setLineRule(STLineSpacingRule.AUTO);
    CTR r = p.addNewR();
    if (type == STFtnEdn.SEPARATOR) {
      r.addNewSeparator();
    } else {
      r.addNewContinuationSeparator();
    }
    footnotes.addFootnote(draft);
  }

  // ---- blocks ----

  @Override
  public Void visit(Heading heading) {
    int index = headingsWritten++;
    CTP p = paragraph("Heading" + heading.level());
    CTBookmark start = p.addNewBookmarkStart();
    start.setId(BigInteger.valueOf(index));
    start.setName(bookmarks.name(headingAnchors.get(index)));
    bodyRuns.write(p, heading.content());
    p.addNewBookmarkEnd().setId(BigInteger.valueOf(index));
    return null;
  }

  @Override
  public Void visit(Paragraph paragraph) {
    if (!paragraph.content().isEmpty()) {
      bodyRuns.write(paragraph(null), paragraph.content());
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
      CTP p = paragraph(list.ordered() ? "ListNumber" : "ListBullet");
      CTNumPr numPr = pPr(p).addNewNumPr();
      numPr.addNewIlvl().setVal(BigInteger.valueOf(level));
      numPr.addNewNumId().setVal(BigInteger.valueOf(numId));
      bodyRuns.write(p, item.content());
      item.nested().ifPresent(n -> list(n, depth + 1));
    }
  }

  @Override
  public Void visit(Table table) {
    table.caption().ifPresent(c -> bodyRuns.text(paragraph("Caption"), c, false));
    List<Table.Column> columns = table.columns();
    int[] widths = widths(columns.stream().mapToDouble(Table.Column::width).toArray());
    CTTbl tbl = table(TABLE_STYLE, widths, 0x0020);
    for (Table.Row row : table.headerRows()) {
      CTRow tr = row(tbl, true);
      for (int c = 0; c < columns.size(); c++) {
        CTTc tc = cell(tr, widths[c], HEADER_FILL);
        bodyRuns.write(cellParagraph(tc, columns.get(c).alignment()), row.cells().get(c).content(), true);
      }
    }
    for (Table.Row row : table.bodyRows()) {
      CTRow tr = row(tbl, false);
      for (int c = 0; c < columns.size(); c++) {
        CTTc tc = cell(tr, widths[c], null);
        bodyRuns.write(cellParagraph(tc, columns.get(c).alignment()), row.cells().get(c).content());
      }
    }
    spacer();
    return null;
  }

  @Override
  public Void visit(KeyValueBlock keyValues) {
    int[] widths = widths(new double[] {3, 7});
    CTTbl tbl = table(TABLE_STYLE, widths, 0x0080);
    for (KeyValueBlock.Entry entry : keyValues.entries()) {
      CTRow tr = row(tbl, false);
      bodyRuns.text(cellParagraph(cell(tr, widths[0], KEY_FILL), Table.Alignment.LEFT), entry.key(), true);
      bodyRuns.write(cellParagraph(cell(tr, widths[1], null), Table.Alignment.LEFT), entry.value());
    }
    spacer();
    return null;
  }

  @Override
  public Void visit(Note note) {
    NoteLook look = NoteLook.of(note.kind());
    CTTbl tbl = table(null, new int[] {textWidth}, 0x0000);
    CTTc tc = cell(row(tbl, false), textWidth, look.fill);
    CTTcBorders borders = tc.getTcPr().addNewTcBorders();
    border(borders.addNewTop(), STBorder.SINGLE, 4, look.border);
    border(borders.addNewLeft(), STBorder.SINGLE, 24, look.border);
    border(borders.addNewBottom(), STBorder.SINGLE, 4, look.border);
    border(borders.addNewRight(), STBorder.SINGLE, 4, look.border);
    note.title().ifPresent(t -> {
      CTP p = cellParagraph(tc, Table.Alignment.LEFT);
      p.getPPr().addNewKeepNext();
      bodyRuns.text(p, t, true);
    });
    bodyRuns.write(cellParagraph(tc, Table.Alignment.LEFT), note.content());
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
    bodyRuns.text(paragraph("TOCHeading"), contents.title(), false);
    List<Heading> headings = document.headings();
    List<Integer> entries = new ArrayList<>();
    for (int i = 0; i < headings.size(); i++) {
      if (headings.get(i).level() <= contents.levels()) {
        entries.add(i);
      }
    }
    String instruction = String.format(Locale.ROOT, TOC_INSTRUCTION_FORMAT, contents.levels());
    if (entries.isEmpty()) {
      CTP p = paragraph("TOC1");
      fieldStart(p, instruction);
      fieldChar(p, STFldCharType.END);
      return null;
    }
    for (int k = 0; k < entries.size(); k++) {
      int index = entries.get(k);
      Heading h = headings.get(index);
      CTP p = paragraph("TOC" + h.level());
      if (k == 0) {
        fieldStart(p, instruction);
      }
      CTHyperlink link = p.addNewHyperlink();
      link.setAnchor(bookmarks.name(headingAnchors.get(index)));
      String text = clean(PlainText.of(h.content())).replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
      text(link.addNewR(), text);
      if (k == entries.size() - 1) {
        fieldChar(p, STFldCharType.END);
      }
    }
    return null;
  }

  @Override
  public Void visit(Cover cover) {
    Metadata metadata = document.metadata();
    List<String> lines = Cover.metadataLines(metadata);
    CTP title = paragraph("Title");
    pPr(title).addNewSpacing().setBefore(BigInteger.valueOf(COVER_SPACE_BEFORE));
    bodyRuns.text(title, lines.get(0), false);
    int next = 1;
    if (metadata.subtitle().isPresent()) {
      bodyRuns.text(paragraph("Subtitle"), lines.get(next++), false);
    }
    for (String line : lines.subList(next, lines.size())) {
      bodyRuns.text(centred(paragraph(null)), line, false);
    }
    for (Paragraph line : cover.lines()) {
      if (!line.content().isEmpty()) {
        bodyRuns.write(centred(paragraph(null)), line.content());
      }
    }
    pageBreakPending = true;
    return null;
  }

  // ---- building blocks ----

  /** A new body paragraph of the style (null for Normal), starting a new page when a break waits. */
  private CTP paragraph(String style) {
    CTP p = body.addNewP();
    if (style != null) {
      pPr(p).addNewPStyle().setVal(style);
    }
    if (pageBreakPending) {
      pPr(p).addNewPageBreakBefore();
      pageBreakPending = false;
    }
    return p;
  }

  private static CTPPr pPr(CTP p) {
    return p.isSetPPr() ? p.getPPr() : p.addNewPPr();
  }

  private static CTP centred(CTP p) {
    pPr(p).addNewJc().setVal(STJc.CENTER);
    return p;
  }

  /** An empty paragraph one point high that carries a waiting page break, for a table to follow. */
  private void breakParagraph() {
    CTP p = body.addNewP();
    CTPPr pPr = p.addNewPPr();
    pPr.addNewPageBreakBefore();
    tiny(pPr);
    pageBreakPending = false;
  }

  /** A small empty paragraph after a table: space before the next block, and two tables never touch. */
  private void spacer() {
    tiny(body.addNewP().addNewPPr());
  }

  private static void tiny(CTPPr pPr) {
    CTSpacing spacing = pPr.addNewSpacing();
    spacing.setBefore(BigInteger.ZERO);
    spacing.setAfter(BigInteger.ZERO);
    spacing.setLine(BigInteger.valueOf(120));
    spacing.setLineRule(STLineSpacingRule.EXACT);
    pPr.addNewRPr().addNewSz().setVal(BigInteger.valueOf(12));
  }

  /**
   * A new table as wide as the text: fixed layout, the given column widths in twips, the table
   * style (null for none) and the {@code tblLook} bits (0x0020 first row, 0x0080 first column).
   */
  private CTTbl table(String style, int[] widths, int look) {
    if (pageBreakPending) {
      breakParagraph();
    }
    CTTbl tbl = body.addNewTbl();
    CTTblPr pr = tbl.addNewTblPr();
    if (style != null) {
      pr.addNewTblStyle().setVal(style);
    }
    CTTblWidth width = pr.addNewTblW();
    width.setType(STTblWidth.DXA);
    width.setW(BigInteger.valueOf(textWidth));
    pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
    CTTblLook tblLook = pr.addNewTblLook();
    int bits = look | 0x0600; // no banded rows or columns
    tblLook.setVal(new byte[] {(byte) (bits >> 8), (byte) bits});
    tblLook.setFirstRow((look & 0x0020) != 0);
    tblLook.setLastRow(false);
    tblLook.setFirstColumn((look & 0x0080) != 0);
    tblLook.setLastColumn(false);
    tblLook.setNoHBand(true);
    tblLook.setNoVBand(true);
    CTTblGrid grid = tbl.addNewTblGrid();
    for (int w : widths) {
      grid.addNewGridCol().setW(BigInteger.valueOf(w));
    }
    return tbl;
  }

  private static CTRow row(CTTbl tbl, boolean header) {
    CTRow tr = tbl.addNewTr();
    CTTrPr trPr = tr.addNewTrPr();
    trPr.addNewCantSplit();
    if (header) {
      trPr.addNewTblHeader();
    }
    return tr;
  }

  private static CTTc cell(CTRow tr, int width, String fill) {
    CTTc tc = tr.addNewTc();
    CTTcPr tcPr = tc.addNewTcPr();
    CTTblWidth w = tcPr.addNewTcW();
    w.setType(STTblWidth.DXA);
    w.setW(BigInteger.valueOf(width));
    if (fill != null) {
      CTShd shd = tcPr.addNewShd();
      shd.setVal(STShd.CLEAR);
      shd.setColor("auto");
      shd.setFill(fill);
    }
    return tc;
  }

  private static CTP cellParagraph(CTTc tc, Table.Alignment alignment) {
    CTP p = tc.addNewP();
    CTPPr pPr = p.addNewPPr();
    pPr.addNewPStyle().setVal(CELL_STYLE);
    pPr.addNewJc().setVal(switch (alignment) {
      case LEFT -> STJc.LEFT;
      case CENTER -> STJc.CENTER;
      case RIGHT -> STJc.RIGHT;
    });
    return p;
  }

  private static void border(CTBorder border, STBorder.Enum type, int eighthsOfPoint, String color) {
    border.setVal(type);
    border.setSz(BigInteger.valueOf(eighthsOfPoint));
    border.setSpace(BigInteger.ZERO);
    border.setColor(color);
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

  private static void text(CTR r, String text) {
    CTText t = r.addNewT();
    t.setStringValue(text);
    t.setSpace(SpaceAttribute.Space.PRESERVE);
  }

  private static void fieldStart(CTP p, String instruction) {
    fieldChar(p, STFldCharType.BEGIN);
    CTText instr = p.addNewR().addNewInstrText();
    instr.setStringValue(instruction);
    instr.setSpace(SpaceAttribute.Space.PRESERVE);
    fieldChar(p, STFldCharType.SEPARATE);
  }

  private static void fieldChar(CTP p, STFldCharType.Enum type) {
    p.addNewR().addNewFldChar().setFldCharType(type);
  }

  // ---- header, footer, parts, properties ----

  /** The running header (classification marking, title) and footer ("Page N of M" with fields). */
  private void furniture() {
    Metadata metadata = document.metadata();
    XWPFHeader header = docx.createHeader(HeaderFooterType.DEFAULT);
    Part headerPart = new Part(header);
    RunWriter headerRuns = new RunWriter(this, headerPart);
    metadata.classification().ifPresent(c -> {
      CTP p = header.createParagraph().getCTP();
      p.addNewPPr().addNewPStyle().setVal("Header");
      headerRuns.text(p, c, true);
    });
    CTP titleLine = header.createParagraph().getCTP();
    titleLine.addNewPPr().addNewPStyle().setVal("Header");
    headerRuns.text(titleLine, metadata.title().replace("\r\n", " ").replace('\r', ' ').replace('\n', ' '), false);

    XWPFFooter footer = docx.createFooter(HeaderFooterType.DEFAULT);
    CTP p = footer.createParagraph().getCTP();
    p.addNewPPr().addNewPStyle().setVal("Footer");
    for (String piece : Words.split(Words.pageOfPages(locale))) {
      switch (piece) {
        case "{0}" -> simpleField(p, " PAGE ");
        case "{1}" -> simpleField(p, " NUMPAGES ");
        default -> text(p.addNewR(), piece);
      }
    }

    CTSectPr sectPr = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
    CTPageSz size = sectPr.addNewPgSz();
    size.setW(BigInteger.valueOf(pageSize.widthTwips()));
    size.setH(BigInteger.valueOf(pageSize.heightTwips()));
    CTPageMar margins = sectPr.addNewPgMar();
    margins.setTop(BigInteger.valueOf(MARGIN_TOP));
    margins.setBottom(BigInteger.valueOf(MARGIN));
    margins.setLeft(BigInteger.valueOf(MARGIN));
    margins.setRight(BigInteger.valueOf(MARGIN));
    margins.setHeader(BigInteger.valueOf(HEADER_DISTANCE));
    margins.setFooter(BigInteger.valueOf(HEADER_DISTANCE));
    margins.setGutter(BigInteger.ZERO);
  }

  private static void simpleField(CTP p, String instruction) {
    CTSimpleField field = p.addNewFldSimple();
    field.setInstr(instruction);
    text(field.addNewR(), "1");
  }

  /** Styles, numbering, settings and the font table, from the templates. */
  private void parts() throws XmlException, InvalidFormatException, IOException {
    docx.createStyles().setStyles(StylesDocument.Factory.parse(Ooxml.styles(document.metadata().language())).getStyles());
    if (!numbering.isEmpty()) {
      docx.createNumbering().setNumbering(NumberingDocument.Factory.parse(numbering.xml()).getNumbering());
    }
    docx.getSettings().getCTSettings().set(SettingsDocument.Factory.parse(Ooxml.settings(footnotes != null)).getSettings());
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
}
