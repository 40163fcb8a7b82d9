package dev.readout.reports.docx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.reports.doc.Cover;
import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.Emphasis;
import dev.readout.reports.doc.Footnote;
import dev.readout.reports.doc.Heading;
import dev.readout.reports.doc.Link;
import dev.readout.reports.doc.ListBlock;
import dev.readout.reports.doc.Metadata;
import dev.readout.reports.doc.Note;
import dev.readout.reports.doc.PageBreak;
import dev.readout.reports.doc.PageSize;
import dev.readout.reports.doc.PlainText;
import dev.readout.reports.doc.SampleDocuments;
import dev.readout.reports.doc.Strong;
import dev.readout.reports.doc.Table;
import dev.readout.reports.doc.TableOfContents;
import dev.readout.reports.doc.Text;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FootnotesDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FtrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.HdrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

class DocxRendererTest {
  private static final Document EVERY = SampleDocuments.everyBlockType();
  private static final DocxReadBack RENDERED = DocxReadBack.render(EVERY);

  // ---- styles ----

  @Test
  void headingsAreWrittenInWordsHeadingStylesInOrder() {
    List<String> expected = new ArrayList<>();
    List<String> actual = new ArrayList<>();
    for (Heading h : EVERY.headings()) {
      expected.add("Heading" + h.level() + ": " + PlainText.of(h.content()));
    }
    for (XWPFParagraph p : RENDERED.paragraphs()) {
      if (p.getStyle() != null && p.getStyle().matches("Heading[1-3]")) {
        actual.add(p.getStyle() + ": " + p.getText());
      }
    }
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void coverIsTitleThenSubtitleThenTheOtherLinesThenANewPage() {
    List<XWPFParagraph> body = RENDERED.docx.getParagraphs();
    List<String> lines = Cover.metadataLines(EVERY.metadata());
    assertThat(body.get(0).getStyle()).isEqualTo("Title");
    assertThat(body.get(0).getText()).isEqualTo(EVERY.metadata().title());
    assertThat(body.get(1).getStyle()).isEqualTo("Subtitle");
    assertThat(body.get(1).getText()).isEqualTo("Hà Nội, 12 May 2024");
    assertThat(body.subList(2, 7)).extracting(XWPFParagraph::getText).containsExactly(
        lines.get(2), lines.get(3), lines.get(4), "Prepared for General Phan Văn Giang", "Draft for review");
    assertThat(body.subList(0, 7)).noneMatch(DocxRendererTest::startsPage);
    assertThat(body.get(7).getStyle()).isEqualTo("TOCHeading");
    assertThat(startsPage(body.get(7))).as("the contents start a new page").isTrue();
  }

  @Test
  void withoutACoverTheTitleOpensTheDocument() {
    Document doc = Document.builder().metadata(Metadata.of("Brief")).heading(1, "One").build();
    List<XWPFParagraph> body = DocxReadBack.render(doc).docx.getParagraphs();
    assertThat(body.get(0).getStyle()).isEqualTo("Title");
    assertThat(body.get(0).getText()).isEqualTo("Brief");
  }

  @Test
  void stylesAreWordsBuiltInStylesAndHeadingsCarryOutlineLevels() {
    XWPFStyles styles = RENDERED.docx.getStyles();
    String[][] expected = {
      {"Normal", "Normal"}, {"Title", "Title"}, {"Subtitle", "Subtitle"},
      {"Heading1", "heading 1"}, {"Heading2", "heading 2"}, {"Heading3", "heading 3"},
      {"ListBullet", "List Bullet"}, {"ListNumber", "List Number"}, {"TableGrid", "Table Grid"},
      {"FootnoteText", "footnote text"}, {"FootnoteReference", "footnote reference"}, {"Caption", "caption"},
      {"TOCHeading", "TOC Heading"}, {"TOC1", "toc 1"}, {"TOC2", "toc 2"}, {"TOC3", "toc 3"},
      {"Hyperlink", "Hyperlink"}, {"Header", "header"}, {"Footer", "footer"},
    };
    for (String[] style : expected) {
      assertThat(styles.styleExist(style[0])).as(style[0]).isTrue();
      assertThat(styles.getStyle(style[0]).getName()).as(style[0]).isEqualTo(style[1]);
    }
    for (int level = 1; level <= 3; level++) {
      XWPFStyle heading = styles.getStyle("Heading" + level);
      assertThat(heading.getBasisStyleID()).isEqualTo("Normal");
      assertThat(heading.getNextStyleID()).isEqualTo("Normal");
      assertThat(heading.getCTStyle().getPPr().getOutlineLvl().getVal()).isEqualTo(BigInteger.valueOf(level - 1));
    }
    assertThat(styles.getStyle("TOCHeading").getCTStyle().getPPr().getOutlineLvl().getVal())
        .as("the contents title is not itself listed").isEqualTo(BigInteger.valueOf(9));
    assertThat(RENDERED.part("word/styles.xml"))
        .contains("Liberation Serif", "<w:sz w:val=\"22\"/>", "<w:lang w:val=\"en\"/>")
        .contains("<w:tblStylePr w:type=\"firstRow\">");
  }

  @Test
  void theFontTableNamesWordsSubstitutesForLiberationFonts() {
    assertThat(RENDERED.part("word/fontTable.xml"))
        .contains("<w:font w:name=\"Liberation Serif\"><w:altName w:val=\"Times New Roman\"/>")
        .contains("<w:font w:name=\"Liberation Sans\"><w:altName w:val=\"Arial\"/>");
    assertThat(RENDERED.part("word/_rels/document.xml.rels")).contains("Target=\"fontTable.xml\"");
  }

  // ---- table of contents ----

  @Test
  void tableOfContentsIsATocFieldWhoseCachedResultListsTheHeadings() {
    List<XWPFParagraph> entries = RENDERED.paragraphs().stream()
        .filter(p -> p.getStyle() != null && p.getStyle().matches("TOC[1-3]")).toList();
    TableOfContents toc = (TableOfContents) EVERY.blocks().get(1);
    List<Heading> listed = toc.entries(EVERY);
    assertThat(entries).extracting(p -> p.getStyle() + " " + p.getText())
        .containsExactlyElementsOf(listed.stream().map(h -> "TOC" + h.level() + " " + PlainText.of(h.content())).toList());

    CTP first = entries.get(0).getCTP();
    assertThat(fieldChars(first)).containsExactly(STFldCharType.BEGIN, STFldCharType.SEPARATE);
    assertThat(instructions(first)).containsExactly(" TOC \\o \"1-3\" \\h \\z \\u ");
    assertThat(fieldChars(entries.get(entries.size() - 1).getCTP())).containsExactly(STFldCharType.END);
    for (XWPFParagraph middle : entries.subList(1, entries.size() - 1)) {
      assertThat(fieldChars(middle.getCTP())).isEmpty();
    }
    assertThat(entries).extracting(p -> p.getCTP().getHyperlinkList().get(0).getAnchor())
        .containsExactly("h_summary", "h_participants", "h_agenda", "h_commitments", "h_sources",
            "h_notes_on_the_sources");
    assertThat(RENDERED.paragraphs("TOCHeading")).extracting(XWPFParagraph::getText).containsExactly("Contents");
    assertThat(RENDERED.part("word/settings.xml")).as("Word must not ask to update fields").doesNotContain("updateFields");
  }

  @Test
  void tableOfContentsListsOnlyTheLevelsAskedForAndAnEmptyOneIsStillAField() {
    Document doc = Document.builder().metadata(Metadata.of("T"))
        .add(new TableOfContents("Contents", 1))
        .heading(1, "One").heading(2, "One point one").heading(1, "Two")
        .build();
    DocxReadBack read = DocxReadBack.render(doc);
    List<XWPFParagraph> entries = read.paragraphs().stream()
        .filter(p -> p.getStyle() != null && p.getStyle().matches("TOC[1-3]")).toList();
    assertThat(entries).extracting(XWPFParagraph::getText).containsExactly("One", "Two");
    assertThat(instructions(entries.get(0).getCTP())).containsExactly(" TOC \\o \"1-1\" \\h \\z \\u ");

    Document none = Document.builder().metadata(Metadata.of("T")).add(TableOfContents.of("Contents")).build();
    List<XWPFParagraph> empty = DocxReadBack.render(none).paragraphs("TOC1");
    assertThat(empty).singleElement().satisfies(p -> {
      assertThat(fieldChars(p.getCTP())).containsExactly(STFldCharType.BEGIN, STFldCharType.SEPARATE, STFldCharType.END);
      assertThat(p.getText()).isEmpty();
    });
  }

  // ---- headings, bookmarks, links ----

  @Test
  void everyHeadingIsInsideABookmarkThatInternalLinksAndTheContentsLeadTo() {
    List<String> names = new ArrayList<>();
    for (XWPFParagraph p : RENDERED.paragraphs()) {
      if (p.getStyle() != null && p.getStyle().matches("Heading[1-3]")) {
        List<CTBookmark> starts = p.getCTP().getBookmarkStartList();
        assertThat(starts).hasSize(1);
        assertThat(p.getCTP().getBookmarkEndList()).singleElement()
            .satisfies(end -> assertThat(end.getId()).isEqualTo(starts.get(0).getId()));
        names.add(starts.get(0).getName());
      }
    }
    assertThat(names).containsExactly("h_summary", "h_participants", "h_agenda", "h_commitments", "h_sources",
        "h_notes_on_the_sources");
  }

  @Test
  void linksAreExternalHyperlinksOrHyperlinksToABookmark() {
    XWPFParagraph summary = RENDERED.docx.getParagraphs().stream()
        .filter(p -> p.getText().startsWith("General Phan Văn Giang")).findFirst().orElseThrow();
    List<XWPFHyperlinkRun> links = summary.getRuns().stream()
        .filter(XWPFHyperlinkRun.class::isInstance).map(XWPFHyperlinkRun.class::cast).toList();
    assertThat(links).hasSize(2);
    assertThat(links.get(0).text()).isEqualTo("the joint vision statement");
    assertThat(links.get(0).getHyperlink(RENDERED.docx).getURL())
        .isEqualTo("https://example.org/readouts/2024-05-12?lang=vi");
    assertThat(links.get(0).getStyle()).isEqualTo("Hyperlink");
    assertThat(links.get(1).text()).isEqualTo("Commitments");
    assertThat(links.get(1).getAnchor()).isEqualTo("h_commitments");
    assertThat(links.get(1).getHyperlinkId()).isNull();
    assertThat(RENDERED.part("word/_rels/document.xml.rels"))
        .contains("Target=\"https://example.org/readouts/2024-05-12?lang=vi\" TargetMode=\"External\"");
  }

  @Test
  void aLinkToAnUnknownAnchorKeepsItsTextWithoutALinkAndWarns() {
    Link nowhere = Link.of("#nowhere", "to nowhere");
    Document doc = Document.builder().metadata(Metadata.of("T")).heading(1, "Here").paragraph(nowhere).build();
    DocxReadBack read = DocxReadBack.render(doc);
    XWPFParagraph p = read.docx.getParagraphs().get(2);
    assertThat(p.getText()).isEqualTo("to nowhere");
    assertThat(p.getCTP().getHyperlinkList()).isEmpty();
    assertThat(read.result.warnings()).containsExactly(dev.readout.reports.doc.RenderWarning.unknownAnchor(nowhere));
  }

  @Test
  void duplicateAnchorsGetTheirOwnBookmarksAndAWarning() {
    Heading first = Heading.of(1, "Talks");
    Heading second = Heading.of(2, "Talks");
    Document doc = Document.builder().metadata(Metadata.of("T")).add(first).add(second)
        .paragraph(Link.of("#talks", "back")).build();
    DocxReadBack read = DocxReadBack.render(doc);
    List<String> names = read.docx.getParagraphs().stream()
        .flatMap(p -> p.getCTP().getBookmarkStartList().stream()).map(CTBookmark::getName).toList();
    assertThat(names).containsExactly("h_talks", "h_talks_2");
    XWPFParagraph link = read.docx.getParagraphs().get(3);
    assertThat(link.getCTP().getHyperlinkList().get(0).getAnchor()).isEqualTo("h_talks");
    assertThat(read.result.warnings()).containsExactly(dev.readout.reports.doc.RenderWarning.duplicateAnchor(second, "talks-2"));
  }

  @Test
  void aFootnoteInsideALinkIsReferencedJustAfterIt() {
    Document doc = Document.builder().metadata(Metadata.of("T"))
        .paragraph(Link.of("https://example.org", Text.of("site"), Footnote.of("About the site.")), Text.of(" end"))
        .build();
    DocxReadBack read = DocxReadBack.render(doc);
    XWPFParagraph p = read.docx.getParagraphs().get(1);
    assertThat(p.getCTP().getHyperlinkList().get(0).getRList()).allSatisfy(r -> assertThat(r.getFootnoteReferenceList()).isEmpty());
    assertThat(p.getCTP().getRList()).extracting(r -> r.getFootnoteReferenceList().size()).containsExactly(1, 0);
    assertThat(read.footnotes()).singleElement().satisfies(f -> assertThat(f.getParagraphs().get(0).getText().strip()).isEqualTo("About the site."));
  }

  @Test
  void aLinkInAFootnoteIsARelationshipOfTheFootnotesPart() throws Exception {
    Document doc = Document.builder().metadata(Metadata.of("T"))
        .paragraph(Text.of("Text"), Footnote.of(Text.of("See "), Link.of("https://example.org/source", "the source"), Text.of(".")))
        .build();
    DocxReadBack read = DocxReadBack.render(doc);
    XWPFParagraph note = read.footnotes().get(0).getParagraphs().get(0);
    assertThat(DocxReadBack.runText(note)).isEqualTo(" See the source.");
    String id = note.getCTP().getHyperlinkList().get(0).getId();
    var footnotesPart = read.docx.getRelations().stream()
        .filter(org.apache.poi.xwpf.usermodel.XWPFFootnotes.class::isInstance).findFirst().orElseThrow();
    var relationship = footnotesPart.getPackagePart().getRelationship(id);
    assertThat(relationship.getTargetURI().toString()).isEqualTo("https://example.org/source");
    assertThat(read.part("word/_rels/footnotes.xml.rels")).contains("Target=\"https://example.org/source\"");
    assertThat(read.part("word/_rels/document.xml.rels")).doesNotContain("example.org");
  }

  // ---- footnotes ----

  @Test
  void aNoteCitedAgainIsWrittenOnceAndItsMarkIsACrossReferenceToIt() {
    Document doc = Document.builder().metadata(Metadata.of("T"))
        .paragraph(Text.of("First"), Footnote.of("“The quote” [S1]"), Text.of(" and other"), Footnote.of("Other."))
        .paragraph(Text.of("Again"), Footnote.of("“The quote” [S1]"))
        .build();
    DocxReadBack read = DocxReadBack.render(doc);
    assertThat(read.footnotes()).extracting(f -> f.getParagraphs().get(0).getText().strip())
        .containsExactly("“The quote” [S1]", "Other.");
    XWPFParagraph first = read.docx.getParagraphs().get(1);
    assertThat(first.getCTP().getBookmarkStartList()).extracting(CTBookmark::getName).containsExactly("_RefNote1", "_RefNote2");
    XWPFParagraph again = read.docx.getParagraphs().get(2);
    assertThat(again.getCTP().getRList()).allSatisfy(r -> assertThat(r.getFootnoteReferenceList()).isEmpty());
    assertThat(again.getCTP().getRList()).extracting(r -> r.getInstrTextList().isEmpty() ? "" : r.getInstrTextList().get(0).getStringValue())
        .contains(" NOTEREF _RefNote1 \\f \\h ");
    assertThat(DocxReadBack.runText(again)).isEqualTo("Again1");
    assertThat(again.getCTP().getRList().subList(1, again.getCTP().getRList().size()))
        .allSatisfy(r -> assertThat(r.getRPr().getRStyleList().get(0).getVal()).isEqualTo("FootnoteReference"));
    assertThat(read.part("word/document.xml")).containsOnlyOnce("w:name=\"_RefNote1\"");
  }

  @Test
  void footnotesAreRealFootnotesReferencedFromTheBodyInOrder() {
    assertThat(RENDERED.footnotes()).extracting(f -> f.getParagraphs().get(0).getText().strip())
        .containsExactlyElementsOf(PlainText.footnotes(EVERY));
    assertThat(RENDERED.footnotes()).allSatisfy(f -> {
      XWPFParagraph p = f.getParagraphs().get(0);
      assertThat(p.getStyle()).isEqualTo("FootnoteText");
      assertThat(p.getCTP().getRList().get(0).getFootnoteRefList()).hasSize(1);
      assertThat(p.getRuns().get(0).getStyle()).isEqualTo("FootnoteReference");
    });
    List<BigInteger> references = new ArrayList<>();
    for (XWPFParagraph p : RENDERED.paragraphs()) {
      for (CTR r : p.getCTP().getRList()) {
        if (!r.getFootnoteReferenceList().isEmpty()) {
          assertThat(r.getRPr().getRStyleList()).singleElement()
              .satisfies(s -> assertThat(s.getVal()).isEqualTo("FootnoteReference"));
          references.add(r.getFootnoteReferenceList().get(0).getId());
        }
      }
    }
    assertThat(references).containsExactly(BigInteger.ONE, BigInteger.TWO);
    assertThat(RENDERED.footnotes()).extracting(f -> f.getCTFtnEdn().getId()).containsExactly(BigInteger.ONE, BigInteger.TWO);
    assertThat(RENDERED.part("word/footnotes.xml"))
        .contains("<w:footnote w:id=\"-1\" w:type=\"separator\">", "<w:footnote w:id=\"0\" w:type=\"continuationSeparator\">");
    assertThat(RENDERED.part("word/settings.xml"))
        .contains("<w:footnotePr><w:footnote w:id=\"-1\"/><w:footnote w:id=\"0\"/></w:footnotePr>");
  }

  @Test
  void aDocumentWithoutFootnotesHasNoFootnotesPart() {
    DocxReadBack read = DocxReadBack.render(Document.builder().metadata(Metadata.of("T")).paragraph("x").build());
    assertThat(read.parts).doesNotContainKey("word/footnotes.xml");
    assertThat(read.part("word/settings.xml")).doesNotContain("footnotePr");
  }

  // ---- tables, key-value blocks, notes ----

  @Test
  void tableHeaderRowsRepeatAndColumnsKeepTheirWidthsAndAlignment() {
    XWPFTable table = tables(RENDERED).stream().filter(t -> t.getRows().size() > 100).findFirst().orElseThrow();
    assertThat(table.getStyleID()).isEqualTo("TableGrid");
    assertThat(table.getRows()).hasSize(2 + SampleDocuments.LONG_TABLE_ROWS);
    assertThat(table.getRows().subList(0, 2)).allMatch(XWPFTableRow::isRepeatHeader);
    assertThat(table.getRows().subList(2, table.getRows().size())).noneMatch(XWPFTableRow::isRepeatHeader);
    assertThat(table.getRows()).allMatch(XWPFTableRow::isCantSplitRow);
    assertThat(table.getRow(0).getTableCells()).extracting(c -> c.getText()).containsExactly("No.", "Commitment", "Status");
    assertThat(table.getRow(0).getCell(1).getParagraphs().get(0).getRuns()).allMatch(XWPFRun::isBold);

    List<Integer> grid = table.getCTTbl().getTblGrid().getGridColList().stream()
        .map(c -> ((BigInteger) c.getW()).intValue()).toList();
    assertThat(grid).containsExactly(1205, 6024, 2409);
    assertThat(grid.stream().mapToInt(Integer::intValue).sum()).isEqualTo(PageSize.A4.widthTwips() - 2 * 1134);
    for (XWPFTableRow row : table.getRows()) {
      assertThat(row.getTableCells()).extracting(c -> c.getParagraphs().get(0).getAlignment())
          .containsExactly(ParagraphAlignment.RIGHT, ParagraphAlignment.LEFT, ParagraphAlignment.CENTER);
    }
    int index = RENDERED.docx.getBodyElements().indexOf(table);
    IBodyElement caption = RENDERED.docx.getBodyElements().get(index - 1);
    assertThat(caption).isInstanceOfSatisfying(XWPFParagraph.class, p -> {
      assertThat(p.getStyle()).isEqualTo("Caption");
      assertThat(p.getText()).isEqualTo("Commitments made during the visit");
    });
  }

  @Test
  void keyValueBlocksAreTwoColumnTablesWithBoldKeys() {
    XWPFTable table = tables(RENDERED).stream().filter(t -> t.getRow(0).getCell(0).getText().equals("Date")).findFirst().orElseThrow();
    assertThat(table.getRows()).extracting(r -> r.getCell(0).getText() + "=" + r.getCell(1).getText()).containsExactly(
        "Date=12 May 2024", "Place=Hà Nội, Việt Nam", "Format=In person, plenary and one-on-one",
        "Vietnamese side=Phan Văn Giang; Nguyễn Quốc Dũng; Hoàng Xuân Chiến");
    assertThat(table.getRows()).noneMatch(XWPFTableRow::isRepeatHeader);
    assertThat(table.getRows()).allSatisfy(r -> assertThat(r.getCell(0).getParagraphs().get(0).getRuns()).allMatch(XWPFRun::isBold));
  }

  @Test
  void notesAreShadedBoxesWithABoldTitle() {
    List<XWPFTable> notes = tables(RENDERED).stream().filter(t -> t.getRows().size() == 1 && t.getRow(0).getTableCells().size() == 1).toList();
    assertThat(notes).extracting(t -> t.getRow(0).getCell(0).getColor()).containsExactly("DEEAF6", "FFF2CC", "FBE4D5");
    XWPFParagraph title = notes.get(0).getRow(0).getCell(0).getParagraphs().get(0);
    assertThat(title.getText()).isEqualTo("Background");
    assertThat(title.getRuns()).allMatch(XWPFRun::isBold);
    assertThat(notes.get(2).getRow(0).getCell(0).getText()).isEqualTo("Dates for the field work are not yet agreed.");
  }

  @Test
  void twoTablesInARowAreKeptApartByAParagraph() {
    Document doc = Document.builder().metadata(Metadata.of("T"))
        .add(Note.of(Note.Kind.INFO, "a")).add(Note.of(Note.Kind.WARNING, "b"))
        .build();
    List<IBodyElement> body = DocxReadBack.render(doc).docx.getBodyElements();
    for (int i = 1; i < body.size(); i++) {
      assertThat(body.get(i) instanceof XWPFTable && body.get(i - 1) instanceof XWPFTable).isFalse();
    }
    assertThat(body.get(body.size() - 1)).as("the body ends with a paragraph").isInstanceOf(XWPFParagraph.class);
  }

  @Test
  void columnWidthsAddUpToTheTextWidth() {
    assertThat(TableWriter.widths(new double[] {1, 5, 2}, 9638)).containsExactly(1205, 6024, 2409);
    assertThat(TableWriter.widths(new double[] {1}, 9638)).containsExactly(9638);
    assertThat(TableWriter.widths(new double[] {1, 1, 1}, 100)).containsExactly(33, 34, 33);
    assertThat(TableWriter.widths(new double[] {Double.MAX_VALUE, Double.MAX_VALUE}, 9638)).containsExactly(4819, 4819);
  }

  // ---- lists ----

  @Test
  void listsUseNumberingDefinitionsWithNestedLevels() {
    List<XWPFParagraph> items = RENDERED.paragraphs().stream()
        .filter(p -> "ListBullet".equals(p.getStyle()) || "ListNumber".equals(p.getStyle())).toList();
    assertThat(items).extracting(p -> p.getNumIlvl().intValue() + " " + p.getNumFmt() + " " + p.getText()).containsExactly(
        "0 bullet War legacy",
        "1 lowerLetter Search for the missing",
        "2 bullet Data sharing on Quảng Trị",
        "2 bullet Joint field teams",
        "1 lowerLetter Dioxin remediation at Biên Hòa",
        "0 bullet UN peacekeeping: engineering unit rotation",
        "0 bullet Training and education",
        "0 decimal Opening remarks",
        "0 decimal Plenary session",
        "0 decimal Signing ceremony",
        "0 bullet Vietnam News Agency, 12 May 2024");
    assertThat(items).extracting(XWPFParagraph::getStyle).containsExactly(
        "ListBullet", "ListNumber", "ListBullet", "ListBullet", "ListNumber", "ListBullet", "ListBullet",
        "ListNumber", "ListNumber", "ListNumber", "ListBullet");
    assertThat(items).extracting(p -> p.getNumID().intValue()).containsExactly(1, 2, 3, 3, 2, 1, 1, 4, 4, 4, 5);
    assertThat(items.get(7).getNumStartOverride()).as("every numbered list counts from 1").isEqualTo(BigInteger.ONE);

    List<CTAbstractNum> definitions = RENDERED.docx.getNumbering().getAbstractNums().stream()
        .map(a -> a.getCTAbstractNum()).toList();
    assertThat(definitions).hasSize(2);
    assertThat(definitions).allSatisfy(a -> assertThat(a.getLvlList()).hasSize(9));
    assertThat(definitions.get(0).getLvlList()).extracting(l -> l.getLvlText().getVal())
        .containsExactly("•", "◦", "▪", "•", "◦", "▪", "•", "◦", "▪");
    assertThat(definitions.get(1).getLvlList().subList(0, 3)).extracting(CTLvl::getNumFmt)
        .extracting(f -> f.getVal().toString()).containsExactly("decimal", "lowerLetter", "lowerRoman");
  }

  @Test
  void listsNestedDeeperThanWordAllowsStayAtItsDeepestLevel() {
    ListBlock deep = ListBlock.bulleted("ten");
    for (int i = 9; i >= 1; i--) {
      deep = ListBlock.bulleted(ListBlock.Item.of("level " + i, deep));
    }
    DocxReadBack read = DocxReadBack.render(Document.builder().metadata(Metadata.of("T")).add(deep).build());
    assertThat(read.paragraphs("ListBullet")).extracting(p -> p.getNumIlvl().intValue())
        .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 8);
  }

  // ---- page furniture, page breaks, options ----

  @Test
  void headerShowsTheClassificationAndTheTitle() {
    XWPFHeader header = RENDERED.docx.getHeaderList().get(0);
    assertThat(header.getParagraphs()).extracting(XWPFParagraph::getText)
        .containsExactly("UNCLASSIFIED", "Readout: Viet Nam – Australia defence talks");
    assertThat(header.getParagraphs().get(0).getRuns()).allMatch(XWPFRun::isBold);
    assertThat(header.getParagraphs()).extracting(XWPFParagraph::getStyle).containsOnly("Header");
    assertThat(RENDERED.docx.getHeaderFooterPolicy().getDefaultHeader()).isNotNull();
  }

  @Test
  void footerCountsPagesWithPageAndNumpagesFields() {
    XWPFFooter footer = RENDERED.docx.getFooterList().get(0);
    assertThat(RENDERED.docx.getHeaderFooterPolicy().getDefaultFooter()).isNotNull();
    XWPFParagraph p = footer.getParagraphs().get(0);
    assertThat(p.getStyle()).isEqualTo("Footer");
    assertThat(p.getCTP().getFldSimpleList()).extracting(CTSimpleField::getInstr).containsExactly(" PAGE ", " NUMPAGES ");
    assertThat(p.getText()).isEqualTo("Page 1 of 1");
  }

  @Test
  void footerWordsFollowTheDocumentsLanguageOrTheRenderersLocale() {
    Document vietnamese = Document.builder().metadata(Metadata.builder().title("Báo cáo").language("vi-VN").build()).build();
    assertThat(DocxReadBack.render(vietnamese).docx.getFooterList().get(0).getText().strip()).isEqualTo("Trang 1 / 1");
    DocxRenderer english = DocxRenderer.builder().locale(Locale.ENGLISH).build();
    assertThat(DocxReadBack.render(english, vietnamese).docx.getFooterList().get(0).getText().strip()).isEqualTo("Page 1 of 1");
    DocxRenderer unknown = DocxRenderer.builder().locale(Locale.JAPANESE).build();
    assertThat(DocxReadBack.render(unknown, vietnamese).docx.getFooterList().get(0).getText().strip()).isEqualTo("Page 1 of 1");
    assertThat(DocxReadBack.render(vietnamese).part("word/styles.xml")).contains("<w:lang w:val=\"vi-VN\"/>");
  }

  @Test
  void aPageBreakStartsTheNextParagraphOnANewPage() {
    XWPFParagraph commitments = RENDERED.paragraphs("Heading1").stream()
        .filter(p -> p.getText().equals("Commitments")).findFirst().orElseThrow();
    assertThat(startsPage(commitments)).isTrue();
    assertThat(RENDERED.paragraphs("Heading1")).filteredOn(DocxRendererTest::startsPage).hasSize(1);

    Document breaks = Document.builder().metadata(Metadata.of("T"))
        .paragraph("one").add(PageBreak.of()).add(PageBreak.of()).paragraph("two")
        .add(PageBreak.of()).add(Table.builder().column(Table.Column.left(1)).header("h").build())
        .add(PageBreak.of())
        .build();
    List<IBodyElement> body = DocxReadBack.render(breaks).docx.getBodyElements();
    List<String> shape = body.stream().map(e -> e instanceof XWPFParagraph p
        ? (startsPage(p) ? "break:" : "p:") + p.getText()
        : "table").toList();
    assertThat(shape).as("two breaks give an empty page; a trailing break adds nothing")
        .containsExactly("p:T", "p:one", "break:", "break:two", "break:", "table", "p:");
  }

  @Test
  void pageSizeIsA4UnlessUsLetterIsAsked() {
    assertThat(pageSize(RENDERED)).containsExactly(11906, 16838);
    DocxRenderer letter = DocxRenderer.builder().pageSize(PageSize.US_LETTER).build();
    DocxReadBack read = DocxReadBack.render(letter, EVERY);
    assertThat(pageSize(read)).containsExactly(12240, 15840);
    XWPFTable table = tables(read).stream().filter(t -> t.getRows().size() > 100).findFirst().orElseThrow();
    assertThat(table.getCTTbl().getTblGrid().getGridColList().stream().mapToInt(c -> ((BigInteger) c.getW()).intValue()).sum())
        .isEqualTo(12240 - 2 * 1134);
  }

  @Test
  void filePropertiesComeFromTheMetadataAndTheTimestamp() {
    var core = RENDERED.docx.getProperties().getCoreProperties();
    assertThat(core.getTitle()).isEqualTo(EVERY.metadata().title());
    assertThat(core.getSubject()).isEqualTo("Hà Nội, 12 May 2024");
    assertThat(core.getCreator()).isEqualTo("Nguyễn Quốc Dũng");
    assertThat(core.getLastModifiedByUser()).isEqualTo("Nguyễn Quốc Dũng");
    assertThat(core.getKeywords()).isEqualTo("defence diplomacy; Viet Nam");
    assertThat(core.getCreated().toInstant()).isEqualTo(Instant.parse("2024-05-12T00:00:00Z"));
    assertThat(core.getModified().toInstant()).isEqualTo(Instant.parse("2024-05-12T00:00:00Z"));
    assertThat(core.getUnderlyingProperties().getLanguageProperty()).contains("en");
    assertThat(RENDERED.docx.getProperties().getExtendedProperties().getCompany()).isEqualTo("Bộ Quốc phòng Việt Nam");

    Instant fixed = Instant.parse("2025-01-02T03:04:05Z");
    var set = DocxReadBack.render(DocxRenderer.builder().timestamp(fixed).build(), EVERY).docx.getProperties().getCoreProperties();
    assertThat(set.getCreated().toInstant()).isEqualTo(fixed);
    assertThat(set.getModified().toInstant()).isEqualTo(fixed);

    var undated = DocxReadBack.render(Document.builder().metadata(Metadata.of("T")).build()).docx.getProperties().getCoreProperties();
    assertThat(undated.getCreated().toInstant()).isEqualTo(Instant.EPOCH);
    assertThat(undated.getCreator()).isEqualTo("Readout");
  }

  @Test
  void timestampOfADocumentIsItsDateAtMidnightUtcOrTheEpoch() {
    assertThat(DocxRenderer.timestampOf(Metadata.builder().title("T").date(LocalDate.of(2024, 5, 12)).build()))
        .isEqualTo(Instant.parse("2024-05-12T00:00:00Z"));
    assertThat(DocxRenderer.timestampOf(Metadata.of("T"))).isEqualTo(Instant.EPOCH);
    DocxRenderer renderer = DocxRenderer.builder().pageSize(PageSize.US_LETTER)
        .timestamp(Instant.EPOCH).locale(Locale.ENGLISH).build();
    assertThat(renderer.pageSize()).isEqualTo(PageSize.US_LETTER);
    assertThat(renderer.timestamp()).contains(Instant.EPOCH);
    assertThat(renderer.locale()).contains(Locale.ENGLISH);
    assertThat(DocxRenderer.create().timestamp()).isEmpty();
    assertThat(DocxRenderer.create().locale()).isEmpty();
    assertThat(DocxRenderer.create().pageSize()).isEqualTo(PageSize.A4);
  }

  // ---- text and validity ----

  @Test
  void theTextPoiReadsContainsTheDocumentsWordsInOrder() {
    assertThat(PlainText.words(RENDERED.text())).containsSubsequence(PlainText.words(PlainText.of(EVERY)));
    assertThat(RENDERED.result.warnings()).isEmpty();
  }

  @Test
  void emphasisIsItalicAndStrongIsBold() {
    Document doc = Document.builder().metadata(Metadata.of("T"))
        .paragraph(Emphasis.of("em"), Strong.of("strong"), Strong.of(Emphasis.of("both")), Text.of("a\nb\tc"))
        .build();
    XWPFParagraph p = DocxReadBack.render(doc).docx.getParagraphs().get(1);
    assertThat(p.getRuns()).extracting(r -> r.text() + ":" + r.isItalic() + ":" + r.isBold())
        .containsExactly("em:true:false", "strong:false:true", "both:true:true", "a\nb\tc:false:false");
    assertThat(p.getCTP().getRList().get(3).getBrList()).hasSize(1);
    assertThat(p.getCTP().getRList().get(3).getTabList()).hasSize(1);
  }

  @Test
  void theBodyFootnotesHeaderAndFooterAreValidAgainstTheWordprocessingMlSchema() throws Exception {
    for (DocxReadBack read : List.of(RENDERED, DocxReadBack.render(SampleDocuments.adversarial()))) {
      assertValid(DocumentDocument.Factory.parse(read.part("word/document.xml")));
      assertValid(FootnotesDocument.Factory.parse(read.part("word/footnotes.xml")));
      assertValid(HdrDocument.Factory.parse(read.part("word/header1.xml")));
      assertValid(FtrDocument.Factory.parse(read.part("word/footer1.xml")));
    }
  }

  @Test
  void bookmarkNamesAreValidForWordAndUniqueForDistinctAnchors() {
    String longAnchor = "a" + "-b".repeat(60);
    Bookmarks bookmarks = new Bookmarks(List.of("summary", "a-b", "a_b", longAnchor, "x" + longAnchor.substring(1)));
    assertThat(bookmarks.name("summary")).isEqualTo("h_summary");
    assertThat(bookmarks.name("a-b")).isEqualTo("h_a_b");
    assertThat(bookmarks.name("a_b")).startsWith("h_a_b_").hasSize("h_a_b_".length() + 8);
    List<String> names = List.of(bookmarks.name("summary"), bookmarks.name("a-b"), bookmarks.name("a_b"),
        bookmarks.name(longAnchor), bookmarks.name("x" + longAnchor.substring(1)));
    assertThat(names).doesNotHaveDuplicates().allSatisfy(n -> assertThat(n).matches("[A-Za-z][A-Za-z0-9_]{0,39}"));
    assertThat(new Bookmarks(List.of(longAnchor)).name(longAnchor)).isEqualTo(bookmarks.name(longAnchor));
  }

  // ---- helpers ----

  /**
   * Whether the paragraph has {@code w:pageBreakBefore} on. (POI's {@code isPageBreak()} reads the
   * element without {@code w:val} as off; the schema, Word and LibreOffice read it as on.)
   */
  private static boolean startsPage(XWPFParagraph p) {
    return p.getCTPPr().isSetPageBreakBefore() && !p.getCTPPr().getPageBreakBefore().isSetVal();
  }

  private static List<XWPFTable> tables(DocxReadBack read) {
    return read.docx.getTables();
  }

  private static List<Integer> pageSize(DocxReadBack read) {
    CTSectPr sectPr = read.docx.getDocument().getBody().getSectPr();
    return List.of(((BigInteger) sectPr.getPgSz().getW()).intValue(), ((BigInteger) sectPr.getPgSz().getH()).intValue());
  }

  private static List<STFldCharType.Enum> fieldChars(CTP p) {
    List<STFldCharType.Enum> chars = new ArrayList<>();
    p.getRList().forEach(r -> r.getFldCharList().forEach(f -> chars.add(f.getFldCharType())));
    return chars;
  }

  private static List<String> instructions(CTP p) {
    List<String> instructions = new ArrayList<>();
    p.getRList().forEach(r -> r.getInstrTextList().stream().map(CTText::getStringValue).forEach(instructions::add));
    return instructions;
  }

  private static void assertValid(XmlObject part) {
    List<XmlError> errors = new ArrayList<>();
    boolean valid = part.validate(new XmlOptions().setErrorListener(errors));
    assertThat(errors).isEmpty();
    assertThat(valid).isTrue();
  }
}
