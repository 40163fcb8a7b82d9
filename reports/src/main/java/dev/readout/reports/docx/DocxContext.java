package dev.readout.reports.docx;

import dev.readout.reports.chart.Drawings;
import dev.readout.reports.doc.BlockVisitor;
import dev.readout.reports.doc.Cover;
import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.Figure;
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
import java.awt.Dimension;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The state of one {@link DocxRenderer#render} call, and the writer of its content: the blocks are
 * visited in order and written as streams of WordprocessingML ({@link WordXml}) into {@code
 * document.xml}, the footnotes they hold into {@code footnotes.xml}, and the running header and
 * footer into their parts. Everything around the content — parts, relationships, styles,
 * numbering, settings, properties, the zip — is the {@link DocxPackage}'s, whose streams take the
 * content and move it to temporary files once large.
 *
 * <p>So the heap a render needs does not grow with the document, beyond a few bytes per heading,
 * hyperlink and list: a 50,000-page book renders in a small heap. Parts and hyperlinks are created
 * in document order, so two renders give the same relationship ids. Created inside {@code render}
 * and dropped after it, so the renderer itself stays immutable.
 */
final class DocxContext implements BlockVisitor<Void> {
  static final String TOC_INSTRUCTION_FORMAT = " TOC \\o \"1-%d\" \\h \\z \\u ";

  private static final int COVER_SPACE_BEFORE = 2880;

  private final Document document;
  private final Section section;
  /** The Word template whose styles, header and footer the render takes, or null. */
  private final DocxTemplate template;
  private final Instant timestamp;
  private final Locale locale;

  /** The skeleton: parts, relationships and properties, and the streams the content goes to. */
  private final DocxPackage docx;
  private WordXml body;
  private RunWriter bodyRuns;
  private TableWriter tables;

  private final List<String> headingAnchors;
  private final Set<String> declaredAnchors = new HashSet<>();
  private final Bookmarks bookmarks;
  private int headingsWritten;

  private final Numbering numbering;
  private WordXml notes;
  private RunWriter noteRuns;
  private int footnoteCount;
  /** The id of the note written for each footnote content: a note cited again is referred to, not repeated. */
  private final Map<List<Inline>, Integer> noteIds = new HashMap<>();

  /** A page break waits for the next block: a paragraph then starts a new page. */
  private boolean pageBreakPending;
  private final Set<RenderWarning> warnings = new LinkedHashSet<>();
  /** English Metric Units in a point: a drawing's extent is given in EMU. */
  private static final long EMU_PER_POINT = 12_700L;
  /** Figures written so far, which numbers each drawing. */
  private int figures;
  /** The figures' pictures, drawn ahead on other threads. */
  private FigurePictures pictures;

  /** A render on the page set-up, with the template when not null. */
  DocxContext(Document document, Section section, DocxTemplate template, Instant timestamp, Locale locale) {
    this(document, section, template, timestamp, locale, DocxPackage.IN_MEMORY, null);
  }

  /**
   * A render without a template whose streamed parts keep {@code spillLimit} bytes each in memory,
   * then move to a temporary file in {@code tempDirectory} ({@code java.io.tmpdir} when null).
   */
  DocxContext(Document document, PageSize pageSize, Instant timestamp, Locale locale, int spillLimit,
      Path tempDirectory) {
    this(document, Section.of(pageSize), null, timestamp, locale, spillLimit, tempDirectory);
  }

  private DocxContext(Document document, Section section, DocxTemplate template, Instant timestamp, Locale locale,
      int spillLimit, Path tempDirectory) {
    this.docx = new DocxPackage(spillLimit, tempDirectory, template);
    this.document = document;
    this.section = section;
    this.template = template;
    this.numbering = template == null ? new Numbering() : template.newNumbering();
    this.timestamp = timestamp;
    this.locale = locale;
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

  /** Writes the content, then the skeleton around it, and zips both, deterministically, to {@code out}. */
  void render(OutputStream out) throws IOException {
    try (docx; FigurePictures drawn = new FigurePictures(document.blocks(), language())) {
      pictures = drawn;
      body = new WordXml(docx.content(docx.body()), "document");
      body.start("body");
      bodyRuns = new RunWriter(this, docx.body(), body);
      tables = new TableWriter(body, bodyRuns, section.textWidth(), style(TableWriter.TABLE_STYLE),
          style(TableWriter.CELL_STYLE));
      if (document.blocks().stream().noneMatch(Cover.class::isInstance)) {
        paragraph(Para.style(style("Title")));
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
      docx.write(document.metadata(), numbering, timestamp, this::clean, out);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  List<RenderWarning> warnings() {
    return List.copyOf(warnings);
  }

  // ---- services for the run writer ----

  /**
   * The id written for one of Readout's style ids ({@code Heading1}, {@code Hyperlink}): the same
   * without a template; with one, the id of its style of that name, or the one Readout's was added
   * under.
   */
  String style(String readoutId) {
    return template == null ? readoutId : template.styleId(readoutId);
  }

  /** The document's language, a BCP 47 tag: which regional forms Han characters take. */
  String language() {
    return document.metadata().language();
  }

  /**
   * Returns text as it is written: without the characters XML 1.0 forbids (with a warning naming
   * them) and in Unicode NFC.
   */
  String clean(String text) {
    String kept = PlainText.renderable(text);
    if (kept.length() != text.length()) {
      warnings.add(RenderWarning.charactersLeftOut(text));
    }
    return PlainText.nfc(kept);
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

  /**
   * A reference to a footnote: its id, which Word shows as its number, and whether a note of the same
   * content was written before (the reference is then a cross-reference to that note's mark).
   */
  record NoteRef(int id, boolean repeated) {
    /** The hidden bookmark around the note's first mark, which later references point to. */
    String bookmark() {
      return "_RefNote" + id;
    }
  }

  /**
   * Writes a footnote into the footnotes part, or finds the note already written with its content.
   */
  NoteRef footnote(Footnote footnote) {
    Integer known = noteIds.get(footnote.content());
    if (known != null) {
      return new NoteRef(known, true);
    }
    if (notes == null) {
      DocxPackage.Part part = docx.footnotes();
      notes = new WordXml(docx.content(part), "footnotes");
      noteRuns = new RunWriter(this, part, notes);
      separator(-1, "separator");
      separator(0, "continuationSeparator");
    }
    int id = ++footnoteCount;
    noteIds.put(footnote.content(), id);
    notes.start("footnote").attr("id", id);
    notes.start("p").start("pPr").val("pStyle", style("FootnoteText")).end();
    notes.start("r").start("rPr").val("rStyle", style(RunWriter.FOOTNOTE_REFERENCE_STYLE)).end().empty("footnoteRef").end();
    notes.start("r").text("t", " ").end();
    noteRuns.write(footnote.content());
    notes.end().end();
    return new NoteRef(id, false);
  }

  /** The bookmark id of a note's first mark; heading bookmarks take the ids before. */
  int bookmarkId(NoteRef note) {
    return headingAnchors.size() + note.id();
  }

  private void separator(int id, String type) {
    notes.start("footnote").attr("id", id).attr("type", type);
    notes.start("p").start("pPr");
    notes.empty("spacing").attr("after", 0).attr("line", 240).attr("lineRule", "auto");
    notes.end().start("r").empty(type).end();
    notes.end().end();
  }

  // ---- blocks ----

  @Override
  public Void visit(Heading heading) {
    int index = headingsWritten++;
    paragraph(Para.style(style("Heading" + heading.level())));
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
      paragraph(Para.style(style(list.ordered() ? "ListNumber" : "ListBullet")).numbered(level, numId));
      bodyRuns.write(item.content());
      body.end();
      item.nested().ifPresent(n -> list(n, depth + 1));
    }
  }

  @Override
  public Void visit(Table table) {
    table.caption().ifPresent(c -> {
      paragraph(Para.style(style("Caption")));
      bodyRuns.text(c, false);
      body.end();
    });
    beforeTable();
    tables.table(table);
    spacer();
    return null;
  }

  @Override
  public Void visit(KeyValueBlock keyValues) {
    beforeTable();
    tables.keyValues(keyValues);
    spacer();
    return null;
  }

  @Override
  public Void visit(Note note) {
    beforeTable();
    tables.note(note);
    spacer();
    return null;
  }

  /**
   * The chart as a picture in a centred paragraph kept with its caption, the text alternative as the
   * picture's description, the caption below in the Caption style.
   */
  @Override
  public Void visit(Figure figure) {
    Drawings.leftOut(figure.chart()).ifPresent(warnings::add);
    Dimension size = Drawings.size(figure.chart());
    String relationship = docx.picture(pictures.png(figure));
    figures++;
    paragraph(Para.NORMAL.keptWithNext().aligned("center"));
    body.picture(relationship, size.width * EMU_PER_POINT, size.height * EMU_PER_POINT, figures,
        "Figure " + figures, clean(figure.description()));
    body.end();
    paragraph(Para.style(style("Caption")));
    bodyRuns.text(figure.caption(), false);
    body.end();
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
    paragraph(Para.style(style("TOCHeading")));
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
      paragraph(Para.style(style("TOC1")));
      fieldStart(instruction);
      fieldChar("end");
      body.end();
      return null;
    }
    for (int k = 0; k < entries.size(); k++) {
      int index = entries.get(k);
      Heading h = headings.get(index);
      paragraph(Para.style(style("TOC" + h.level())));
      if (k == 0) {
        fieldStart(instruction);
      }
      body.start("hyperlink").attr("anchor", bookmarks.name(headingAnchors.get(index)));
      String text = clean(PlainText.of(h.content())).replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
      body.start("r");
      FontSlots slots = FontSlots.of(text, language());
      if (slots != null) {
        slots.writeProperties(body);
      }
      body.text("t", text).end();
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
    List<String> lines = cover.headLines(metadata);
    paragraph(Para.style(style("Title")).spacingBefore(COVER_SPACE_BEFORE));
    bodyRuns.text(lines.get(0), false);
    body.end();
    int next = 1;
    if (metadata.subtitle().isPresent() && !cover.titleOnly()) {
      paragraph(Para.style(style("Subtitle")));
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

  /** A waiting page break gets a paragraph of its own before a table, which cannot carry it. */
  private void beforeTable() {
    if (pageBreakPending) {
      breakParagraph();
    }
  }

  /** A small empty paragraph after a table: space before the next block, and two tables never touch. */
  private void spacer() {
    body.start("p");
    Para.TINY.write(body);
    body.end();
  }

  private void fieldStart(String instruction) {
    fieldChar("begin");
    body.start("r").text("instrText", instruction).end();
    fieldChar("separate");
  }

  private void fieldChar(String type) {
    body.start("r").empty("fldChar").attr("fldCharType", type).end();
  }

  // ---- header, footer, section ----

  /**
   * The running header and footer, then the section properties that end the body: the header and
   * footer references and the page set-up.
   *
   * <p>Without a template: a header with the classification marking (bold, when there is one) and
   * the title, a footer "Page N of M" with fields. With a template, each of its headers and footers
   * (every page, first page, even pages) is used as it is, with its images, and the page set-up is
   * its section's. Readout adds the classification marking at the top of each of the template's
   * headers, so that every page carries it, and its page numbers at the end of each of the
   * template's footers that shows none. Where the template has no header (or footer) for every
   * page, Readout's own is used.
   */
  private void furniture() {
    List<String[]> references = new ArrayList<>();
    Optional<DocxTemplate.HeaderFooter> templateHeader = templateHeaderFooter(true, HeaderFooterType.DEFAULT);
    DocxPackage.Part header = docx.header(HeaderFooterType.DEFAULT);
    if (templateHeader.isPresent()) {
      fromTemplate(header, templateHeader.get(), true);
    } else {
      try (WordXml xml = new WordXml(docx.content(header), "hdr")) {
        RunWriter runs = new RunWriter(this, header, xml);
        marking(xml, runs);
        xml.start("p");
        Para.style(style("Header")).write(xml);
        runs.text(document.metadata().title().replace("\r\n", " ").replace('\r', ' ').replace('\n', ' '), false);
        xml.end();
      }
    }
    references.add(new String[] {"headerReference", "default", docx.relationId(header)});

    Optional<DocxTemplate.HeaderFooter> templateFooter = templateHeaderFooter(false, HeaderFooterType.DEFAULT);
    DocxPackage.Part footer = docx.footer(HeaderFooterType.DEFAULT);
    if (templateFooter.isPresent()) {
      fromTemplate(footer, templateFooter.get(), false);
    } else {
      try (WordXml xml = new WordXml(docx.content(footer), "ftr")) {
        pageNumbers(xml);
      }
    }
    references.add(new String[] {"footerReference", "default", docx.relationId(footer)});

    for (HeaderFooterType type : List.of(HeaderFooterType.FIRST, HeaderFooterType.EVEN)) {
      String name = type == HeaderFooterType.FIRST ? "first" : "even";
      Optional<DocxTemplate.HeaderFooter> h = templateHeaderFooter(true, type);
      if (h.isPresent()) {
        DocxPackage.Part part = docx.header(type);
        fromTemplate(part, h.get(), true);
        references.add(new String[] {"headerReference", name, docx.relationId(part)});
      }
      Optional<DocxTemplate.HeaderFooter> f = templateHeaderFooter(false, type);
      if (f.isPresent()) {
        DocxPackage.Part part = docx.footer(type);
        fromTemplate(part, f.get(), false);
        references.add(new String[] {"footerReference", name, docx.relationId(part)});
      }
    }

    body.start("sectPr");
    for (String[] reference : references) {
      body.empty(reference[0]).attr("type", reference[1]).relationship(reference[2]);
    }
    section.write(body);
    body.end();
  }

  private Optional<DocxTemplate.HeaderFooter> templateHeaderFooter(boolean header, HeaderFooterType type) {
    if (template == null) {
      return Optional.empty();
    }
    return header ? template.header(type) : template.footer(type);
  }

  /** The classification marking as a paragraph of its own, in bold, when the document has one. */
  private void marking(WordXml xml, RunWriter runs) {
    document.metadata().classification().ifPresent(c -> {
      xml.start("p");
      Para.style(style("Header")).write(xml);
      runs.text(c, true);
      xml.end();
    });
  }

  /** "Page N of M" as a paragraph, the numbers {@code PAGE} and {@code NUMPAGES} fields, in the renderer's locale. */
  private void pageNumbers(WordXml xml) {
    xml.start("p");
    Para.style(style("Footer")).write(xml);
    for (String piece : Words.split(Words.pageOfPages(locale))) {
      switch (piece) {
        case "{0}" -> simpleField(xml, " PAGE ");
        case "{1}" -> simpleField(xml, " NUMPAGES ");
        default -> xml.start("r").text("t", piece).end();
      }
    }
    xml.end();
  }

  /**
   * Writes a header or footer of the template into the part, with its relationships: a header
   * with the classification marking before its own content, a footer without page numbers with
   * Readout's after it.
   */
  private void fromTemplate(DocxPackage.Part part, DocxTemplate.HeaderFooter source, boolean header) {
    docx.copyRelationships(part, source.part());
    boolean marking = header && document.metadata().classification().isPresent();
    boolean numbers = !header && !source.pageField();
    if (!marking && !numbers) {
      docx.replace(part, source.part().bytes());
      return;
    }
    ByteArrayOutputStream added = new ByteArrayOutputStream();
    try (WordXml xml = new WordXml(added, header ? "hdr" : "ftr")) {
      if (marking) {
        marking(xml, new RunWriter(this, part, xml));
      } else {
        pageNumbers(xml);
      }
    }
    try {
      org.w3c.dom.Document merged = Dom.parse(source.part().bytes());
      Element root = merged.getDocumentElement();
      Node first = root.getFirstChild();
      for (Element e : Dom.children(Dom.parse(added.toByteArray()).getDocumentElement(), null)) {
        root.insertBefore(merged.importNode(e, true), marking ? first : null);
      }
      docx.replace(part, Dom.write(merged));
    } catch (IOException e) {
      throw new IllegalStateException("a header or footer of the template was read once already", e);
    }
  }

  private static void simpleField(WordXml xml, String instruction) {
    xml.start("fldSimple").attr("instr", instruction);
    xml.start("r").text("t", "1").end();
    xml.end();
  }
}
