package dev.readout.reports.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.seed.Datasets;
import dev.readout.reports.briefing.BriefingOptions;
import dev.readout.reports.briefing.Briefings;
import dev.readout.reports.doc.BarChart;
import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.Figure;
import dev.readout.reports.doc.Footnote;
import dev.readout.reports.doc.Heading;
import dev.readout.reports.doc.Link;
import dev.readout.reports.doc.Metadata;
import dev.readout.reports.doc.Note;
import dev.readout.reports.doc.PageSize;
import dev.readout.reports.doc.Paragraph;
import dev.readout.reports.doc.PlainText;
import dev.readout.reports.doc.Quote;
import dev.readout.reports.doc.RenderResult;
import dev.readout.reports.doc.RenderWarning;
import dev.readout.reports.doc.SampleDocuments;
import dev.readout.reports.doc.Table;
import dev.readout.reports.doc.Text;
import dev.readout.reports.markdown.MarkdownRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Renders the shared sample documents, a document of figures and quotations, and the seed's
 * briefings, and reads the HTML back with jsoup, which builds the tree as a browser does: the
 * page's structure, headings, tables, notes, footnotes, figures and links, the escaping of hostile
 * text, the warnings, text parity and determinism.
 */
class HtmlRendererTest {
  private static final Document EVERY = SampleDocuments.everyBlockType();
  private static final HtmlReadBack RENDERED = HtmlReadBack.render(EVERY);
  private static final Dataset SEED = Datasets.seed();

  // ---- the page ----

  @Test
  void aCompleteSelfContainedPageInTheDocumentsLanguage() {
    assertThat(RENDERED.html()).startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .endsWith("</html>\n");
    org.jsoup.nodes.Document dom = RENDERED.dom();
    assertThat(dom.title()).isEqualTo("Readout: Viet Nam – Australia defence talks");
    assertThat(dom.select("meta[name=author]").attr("content")).isEqualTo("Nguyễn Quốc Dũng");
    assertThat(dom.select("meta[name=description]").attr("content")).isEqualTo("Hà Nội, 12 May 2024");
    assertThat(dom.select("meta[name=keywords]").attr("content")).isEqualTo("defence diplomacy, Viet Nam");
    assertThat(dom.select("main")).hasSize(1);
    assertThat(dom.select("head > style")).hasSize(1);
    // Nothing to fetch and nothing to run: no script, no external style sheet, image, frame or font.
    assertThat(dom.select("script, link, img, iframe, object, embed, [src], [srcset]")).isEmpty();
    assertThat(dom.select("style").html()).doesNotContain("url(", "@import");
    assertThat(RENDERED.result().warnings()).isEmpty();
  }

  @Test
  void theClassificationIsABannerAtTopAndBottomAndPrintedOnEveryPage() {
    Elements body = RENDERED.dom().body().children();
    assertThat(body.first().tagName()).isEqualTo("header");
    assertThat(body.first().className()).isEqualTo("marking");
    assertThat(body.first().text()).isEqualTo("UNCLASSIFIED");
    assertThat(body.get(1).tagName()).isEqualTo("main");
    assertThat(body.last().tagName()).isEqualTo("footer");
    assertThat(body.last().text()).isEqualTo("UNCLASSIFIED");
    String css = RENDERED.dom().select("style").html();
    assertThat(css).contains("@top-center { content: \"UNCLASSIFIED\";", "@bottom-center { content: \"UNCLASSIFIED\";",
        "@bottom-right { content: \"Page \" counter(page) \" of \" counter(pages);", "size: A4;");
  }

  @Test
  void withoutAClassificationThereIsNoBannerAndWithoutACoverTheTitleOpensTheMainPart() {
    Document d = Document.builder().metadata(Metadata.of("Plain")).heading(1, "First").paragraph("Text.").build();
    org.jsoup.nodes.Document dom = HtmlReadBack.render(d).dom();
    assertThat(dom.select(".marking")).isEmpty();
    assertThat(dom.select("style").html()).doesNotContain("@top-center");
    assertThat(dom.body().children()).extracting(Element::tagName).containsExactly("main");
    assertThat(dom.select("main > header.title > h1").text()).isEqualTo("Plain");
    assertThat(dom.select("main > h2#first").text()).isEqualTo("First");
  }

  @Test
  void aCoverAfterTheFirstHeadingLeavesTheTitleAtTheTopAsTheOneH1() {
    Document d = Document.builder().metadata(Metadata.of("Title")).heading(1, "First").add(dev.readout.reports.doc.Cover.of())
        .build();
    org.jsoup.nodes.Document dom = HtmlReadBack.render(d).dom();
    assertThat(dom.select("h1")).extracting(e -> e.parent().className() + " " + e.text()).containsExactly("title Title");
    assertThat(dom.select("header.cover > p.cover-title").text()).isEqualTo("Title");
    HtmlReadBack.assertHeadingOrder(dom);
  }

  // ---- headings and the table of contents ----

  @Test
  void theTitleIsTheOneH1AndEveryHeadingIsOneLevelBelowWithItsAnchor() {
    org.jsoup.nodes.Document dom = RENDERED.dom();
    assertThat(dom.select("h1")).hasSize(1);
    assertThat(dom.select("main > header.cover > h1").text()).isEqualTo(EVERY.metadata().title());
    Elements headings = dom.select("main > h2, main > h3, main > h4");
    List<Heading> model = EVERY.headings();
    assertThat(headings).hasSameSizeAs(model);
    for (int i = 0; i < model.size(); i++) {
      assertThat(headings.get(i).tagName()).isEqualTo("h" + (model.get(i).level() + 1));
      assertThat(headings.get(i).id()).isEqualTo(EVERY.uniqueAnchors().get(i));
      assertThat(headings.get(i).text()).isEqualTo(PlainText.of(model.get(i).content()));
    }
    HtmlReadBack.assertHeadingOrder(dom);
  }

  @Test
  void aHeadingIsNeverMoreThanOneLevelBelowTheOneBefore() {
    Document d = Document.builder().metadata(Metadata.of("T"))
        .heading(1, "One").heading(3, "Three").heading(2, "Two").heading(3, "Three again").heading(1, "Back")
        .heading(3, "Deep").build();
    org.jsoup.nodes.Document dom = HtmlReadBack.render(d).dom();
    assertThat(dom.select("h1, h2, h3, h4")).extracting(e -> e.tagName() + " " + e.text())
        .containsExactly("h1 T", "h2 One", "h3 Three", "h3 Two", "h4 Three again", "h2 Back", "h3 Deep");
    HtmlReadBack.assertHeadingOrder(dom);
  }

  @Test
  void theTableOfContentsIsANavOfNestedLinksToEveryHeading() {
    Element nav = RENDERED.dom().selectFirst("nav.contents");
    assertThat(nav).isNotNull();
    Element title = nav.selectFirst("h2");
    assertThat(title.text()).isEqualTo("Contents");
    assertThat(nav.attr("aria-labelledby")).isEqualTo(title.id());
    assertThat(nav.select("a")).extracting(a -> a.attr("href")).containsExactlyElementsOf(
        EVERY.uniqueAnchors().stream().map(a -> "#" + a).toList());
    assertThat(nav.select("a")).extracting(Element::text).containsExactlyElementsOf(
        EVERY.headings().stream().map(h -> PlainText.of(h.content())).toList());
    // Level 2 entries sit in a list inside their level 1 entry, level 3 one deeper.
    assertThat(nav.select("> ul > li > a")).extracting(Element::text).containsExactly("Summary", "Commitments");
    assertThat(nav.select("> ul > li > ul > li > ul > li > a")).extracting(Element::text).containsExactly("Notes on the sources");
    HtmlReadBack.assertLinksResolve(RENDERED.dom());
  }

  @Test
  void duplicateAnchorsGetASuffixAndAWarning() {
    Heading second = Heading.of(2, "talks", "Talks again");
    Document d = Document.builder().metadata(Metadata.of("T")).add(Heading.of(1, "talks", "Talks")).add(second)
        .paragraph(Link.of("#talks", "first")).build();
    HtmlReadBack read = HtmlReadBack.render(d);
    assertThat(read.dom().select("h2, h3")).extracting(Element::id).containsExactly("talks", "talks-2");
    assertThat(read.dom().select("p a").attr("href")).isEqualTo("#talks");
    assertThat(read.result().warnings()).containsExactly(RenderWarning.duplicateAnchor(second, "talks-2"));
    HtmlReadBack.assertLinksResolve(read.dom());
  }

  // ---- blocks ----

  @Test
  void aTableHasItsCaptionColumnHeadersWidthsAlignmentsAndEveryRow() {
    Element table = RENDERED.dom().selectFirst("table");
    assertThat(table.selectFirst("caption").text()).isEqualTo("Commitments made during the visit");
    assertThat(table.select("col")).extracting(c -> c.attr("style"))
        .containsExactly("width: 12.500%", "width: 62.500%", "width: 25.000%");
    assertThat(table.select("thead > tr")).hasSize(2);
    assertThat(table.select("thead th")).allSatisfy(th -> assertThat(th.attr("scope")).isEqualTo("col"));
    assertThat(table.select("thead > tr").get(0).select("th")).extracting(Element::text)
        .containsExactly("No.", "Commitment", "Status");
    // The empty cell of the second header row names no column: it is a plain cell.
    assertThat(table.select("thead > tr").get(1).children()).extracting(e -> e.tagName() + ":" + e.text())
        .containsExactly("td:", "th:made by / towards", "th:as of 2024-05-12");
    assertThat(table.select("thead > tr").get(1).select("th em")).hasSize(1);
    Elements rows = table.select("tbody > tr");
    assertThat(rows).hasSize(SampleDocuments.LONG_TABLE_ROWS);
    Element first = rows.get(0);
    assertThat(first.children()).extracting(Element::className).containsExactly("align-right", "", "align-center");
    assertThat(first.child(1).text()).isEqualTo("Australia → Việt Nam: exchange delegation no. 1 on training and education");
    assertThat(first.child(1).select("strong").text()).isEqualTo("Australia → Việt Nam");
  }

  @Test
  void keyValuesAreADescriptionList() {
    Element dl = RENDERED.dom().selectFirst("dl.key-values");
    assertThat(dl.select("> div > dt")).extracting(Element::text)
        .containsExactly("Date", "Place", "Format", "Vietnamese side");
    assertThat(dl.select("> div > dd")).extracting(Element::text)
        .containsExactly("12 May 2024", "Hà Nội, Việt Nam", "In person, plenary and one-on-one",
            "Phan Văn Giang; Nguyễn Quốc Dũng; Hoàng Xuân Chiến");
    assertThat(dl.select("dd strong").text()).isEqualTo("In person");
  }

  @Test
  void notesNameTheirKindInWordsNotByColourAlone() {
    Elements notes = RENDERED.dom().select("div[role=note]");
    assertThat(notes).extracting(Element::className)
        .containsExactly("note note-info", "note note-important", "note note-warning");
    assertThat(notes).extracting(Element::text).containsExactly(
        "Note: Background The two countries upgraded relations to a comprehensive strategic partnership in 2024.",
        "Important: Follow-up Both ministries report progress before the next dialogue.",
        "Warning: Dates for the field work are not yet agreed.");
    assertThat(notes.get(0).select(".note-title strong").text()).isEqualTo("Background");
  }

  @Test
  void theWordsTheRendererWritesItselfAreInTheDocumentsLanguageOrTheChosenOne() {
    Document d = Document.builder().metadata(Metadata.builder().title("Báo cáo").language("vi").build())
        .add(Note.of(Note.Kind.IMPORTANT, "Lưu ý nội dung")).paragraph(Text.of("Văn bản"), Footnote.of("Nguồn"))
        .build();
    org.jsoup.nodes.Document vi = HtmlReadBack.render(d).dom();
    assertThat(vi.select(".note-kind").text()).isEqualTo("Quan trọng:");
    assertThat(vi.select(".endnotes h2").text()).isEqualTo("Ghi chú");
    assertThat(vi.select("a[role=doc-backlink]").attr("aria-label")).isEqualTo("Quay lại chỗ dẫn ghi chú 1");
    assertThat(vi.select("style").html()).contains("content: \"Trang \" counter(page) \" \\2F  \" counter(pages)");
    org.jsoup.nodes.Document en = HtmlReadBack.render(HtmlRenderer.builder().locale(Locale.ENGLISH).build(), d).dom();
    assertThat(en.select(".note-kind").text()).isEqualTo("Important:");
    assertThat(en.select(".endnotes h2").text()).isEqualTo("Notes");
    assertThat(en.select("html").attr("lang")).isEqualTo("vi");
  }

  @Test
  void aPageBreakStartsTheNextBlockOnANewPageAndTheCoverStandsAlone() {
    Element commitments = RENDERED.dom().getElementById("commitments");
    assertThat(commitments.tagName()).isEqualTo("h2");
    assertThat(commitments.classNames()).containsExactly("break");
    assertThat(RENDERED.dom().select(".break")).hasSize(1);
    String css = RENDERED.dom().select("style").html();
    assertThat(css).contains(".break { break-before: page;", ".cover { break-after: page;",
        ".endnotes { break-before: page;", "thead { display: table-header-group; }",
        "tr, figure, .note, dl.key-values > div, nav.contents li { break-inside: avoid; }");
    assertThat(RENDERED.dom().select("main > header.cover > p")).extracting(Element::text).containsExactly(
        "Hà Nội, 12 May 2024", "Nguyễn Quốc Dũng", "Bộ Quốc phòng Việt Nam", "2024-05-12",
        "Prepared for General Phan Văn Giang", "Draft for review");
    assertThat(RENDERED.dom().select("main > header.cover > p.subtitle").text()).isEqualTo("Hà Nội, 12 May 2024");
  }

  @Test
  void thePaperOfThePrintStyleIsTheRenderersPageSize() {
    HtmlRenderer letter = HtmlRenderer.builder().pageSize(PageSize.US_LETTER).build();
    assertThat(letter.pageSize()).isEqualTo(PageSize.US_LETTER);
    assertThat(HtmlReadBack.render(letter, EVERY).dom().select("style").html()).contains("size: letter;");
  }

  // ---- inlines ----

  @Test
  void footnotesAreNumberedEndnotesWithLinksBothWays() {
    org.jsoup.nodes.Document dom = RENDERED.dom();
    Elements refs = dom.select("sup.noteref > a[role=doc-noteref]");
    assertThat(refs).extracting(Element::text).containsExactly("1", "2");
    assertThat(refs).extracting(a -> a.attr("href")).containsExactly("#note.1", "#note.2");
    assertThat(refs).extracting(Element::id).containsExactly("ref.1.1", "ref.2.1");
    Element section = dom.selectFirst("main > section.endnotes");
    assertThat(section.attr("role")).isEqualTo("doc-endnotes");
    assertThat(section.attr("aria-labelledby")).isEqualTo(section.selectFirst("h2").id());
    assertThat(section.selectFirst("h2").text()).isEqualTo("Notes");
    Elements notes = section.select("ol > li");
    assertThat(notes).extracting(Element::id).containsExactly("note.1", "note.2");
    List<String> texts = new ArrayList<>();
    for (Element note : notes) {
      Element copy = note.clone();
      copy.select("a[role=doc-backlink]").remove();
      texts.add(copy.text());
    }
    assertThat(texts).containsExactlyElementsOf(PlainText.footnotes(EVERY));
    assertThat(notes.get(0).select("strong").text()).isEqualTo("2018");
    assertThat(notes.select("a[role=doc-backlink]")).extracting(a -> a.attr("href") + " " + a.attr("aria-label") + " " + a.text())
        .containsExactly("#ref.1.1 Back to the text of note 1 ↩", "#ref.2.1 Back to the text of note 2 ↩");
    // The note after the last block: the end notes close the main part.
    assertThat(dom.selectFirst("main").children().last()).isEqualTo(section);
    HtmlReadBack.assertLinksResolve(dom);
  }

  @Test
  void equalFootnotesAreOneNoteWithALinkBackToEachReference() {
    Footnote source = Footnote.of("Vietnam News Agency, 12 May 2024.");
    Document d = Document.builder().metadata(Metadata.of("T"))
        .paragraph(Text.of("One"), source, Text.of(" two"), Footnote.of("Another."))
        .paragraph(Text.of("Three"), Footnote.of("Vietnam News Agency, 12 May 2024."))
        .build();
    org.jsoup.nodes.Document dom = HtmlReadBack.render(d).dom();
    assertThat(dom.select("a[role=doc-noteref]")).extracting(a -> a.id() + " " + a.text())
        .containsExactly("ref.1.1 1", "ref.2.1 2", "ref.1.2 1");
    assertThat(dom.select(".endnotes li")).hasSize(2);
    assertThat(dom.select("#note\\.1 a[role=doc-backlink]")).extracting(a -> a.attr("href") + " " + a.attr("aria-label") + " " + a.text())
        .containsExactly("#ref.1.1 Back to reference 1 of note 1 ↩1", "#ref.1.2 Back to reference 2 of note 1 ↩2");
    HtmlReadBack.assertLinksResolve(dom);
  }

  @Test
  void aParagraphOfAFootnoteAloneKeepsItsMarkAndANoteWithoutTextIsStillANote() {
    Document d = Document.builder().metadata(Metadata.of("T"))
        .paragraph(Footnote.of(""))
        .paragraph(Text.of(""))
        .build();
    org.jsoup.nodes.Document dom = HtmlReadBack.render(d).dom();
    assertThat(dom.select("main > p")).hasSize(1);
    assertThat(dom.select("main > p a[role=doc-noteref]").attr("href")).isEqualTo("#note.1");
    assertThat(dom.select(".endnotes li")).extracting(Element::id).containsExactly("note.1");
  }

  @Test
  void aFootnoteInsideALinkIsMarkedJustAfterIt() {
    Document d = Document.builder().metadata(Metadata.of("T"))
        .paragraph(Link.of("https://example.org/a?b=1&c=2", Text.of("the "), Footnote.of("Note."), Text.of("statement")), Text.of("."))
        .build();
    HtmlReadBack read = HtmlReadBack.render(d);
    assertThat(read.html()).contains("<p><a href=\"https://example.org/a?b=1&amp;c=2\">the statement</a><sup class=\"noteref\">"
        + "<a href=\"#note.1\" id=\"ref.1.1\" role=\"doc-noteref\">1</a></sup>.</p>");
    assertThat(read.dom().select("p a").first().attr("href")).isEqualTo("https://example.org/a?b=1&c=2");
  }

  @Test
  void aLinkWithoutTextIsNoLinkButItsFootnoteIsMarked() {
    Document d = Document.builder().metadata(Metadata.of("T"))
        .paragraph(Text.of("See"), Link.of("https://example.org", Footnote.of("Source.")), Link.of("https://example.org", " "))
        .build();
    HtmlReadBack read = HtmlReadBack.render(d);
    assertThat(read.dom().select("main > p a:not([role])")).isEmpty();
    assertThat(read.dom().select("main > p a[role=doc-noteref]")).hasSize(1);
    assertThat(read.result().warnings()).isEmpty();
  }

  @Test
  void linksToHeadingsTheDocumentLacksAreTheirTextWithAWarning() {
    Link nowhere = Link.of("#missing", "dangling");
    Document d = Document.builder().metadata(Metadata.of("T")).heading(1, "Here")
        .paragraph(nowhere, Text.of(" and "), Link.of("#here", "here")).build();
    HtmlReadBack read = HtmlReadBack.render(d);
    assertThat(read.html()).contains("<p>dangling and <a href=\"#here\">here</a></p>");
    assertThat(read.result().warnings()).containsExactly(RenderWarning.unknownAnchor(nowhere));
  }

  @Test
  void quotationsAreMarkedAsSuchWithTheirLanguageWhenItIsNotTheDocuments() {
    HtmlReadBack read = HtmlReadBack.render(FigureDocuments.document());
    Elements quotes = read.dom().select("main q");
    assertThat(quotes).extracting(q -> q.attr("lang") + "|" + q.text())
        .containsExactly("vi|" + FigureDocuments.VIETNAMESE_QUOTE, "|We will keep working together");
    assertThat(quotes.get(1).hasAttr("lang")).isFalse();
    // The marks of Quote.marked() are text around the element, and the browser adds none of its own.
    assertThat(read.html()).contains("said: \u201C<q lang=\"vi\">" + FigureDocuments.VIETNAMESE_QUOTE + "</q>\u201D.");
    assertThat(read.dom().select("main > p").get(0).text()).isEqualTo("The Minister said: \u201C"
        + FigureDocuments.VIETNAMESE_QUOTE + "\u201D. The Secretary replied: \u201CWe will keep working together\u201D.");
    assertThat(read.dom().select("style").html()).contains("q { quotes: none; }");
    // The document's language is matched as a language, not as a string.
    Document regional = Document.builder().metadata(Metadata.builder().title("T").language("vi-VN").build())
        .paragraph(new Quote("Xin chào", "vi-vn"), new Quote("Hello", "en"), new Quote("שלום", "he")).build();
    assertThat(HtmlReadBack.render(regional).dom().select("q")).extracting(q -> q.attr("lang") + "|" + q.attr("dir"))
        .containsExactly("|", "en|", "he|rtl");
  }

  @Test
  void aRightToLeftDocumentSaysSoAndMarksItsLeftToRightQuotations() {
    Document d = Document.builder().metadata(Metadata.builder().title("تقرير").language("ar").build())
        .paragraph(Text.of("قال: "), new Quote("We will", "en")).build();
    org.jsoup.nodes.Document dom = HtmlReadBack.render(d).dom();
    assertThat(dom.selectFirst("html").attr("dir")).isEqualTo("rtl");
    assertThat(dom.selectFirst("q").attr("dir")).isEqualTo("ltr");
  }

  // ---- figures ----

  @Test
  void figuresAreInlineSvgImagesNamedByTheirTextAlternativeAndCaptioned() {
    Document d = FigureDocuments.document();
    HtmlReadBack read = HtmlReadBack.render(d);
    List<Figure> model = d.blocks().stream().filter(Figure.class::isInstance).map(Figure.class::cast).toList();
    Elements figures = read.dom().select("main > figure");
    assertThat(figures).hasSize(3);
    for (int i = 0; i < model.size(); i++) {
      Element figure = figures.get(i);
      Element svg = figure.child(0);
      assertThat(svg.tagName()).isEqualTo("svg");
      assertThat(svg.attr("role")).isEqualTo("img");
      assertThat(svg.attr("aria-label")).isEqualTo(model.get(i).description());
      assertThat(svg.attr("viewBox")).matches("0 0 460 [0-9]+");
      assertThat(svg.id()).isEqualTo("figure." + (i + 1) + ".svg");
      assertThat(svg.select("text")).isNotEmpty();
      assertThat(figure.child(1).tagName()).isEqualTo("figcaption");
      assertThat(figure.child(1).text()).isEqualTo(model.get(i).caption());
    }
    assertThat(read.result().warnings()).isEmpty();
    HtmlReadBack.assertLinksResolve(read.dom()); // the drawings' clip paths included: every id once
    assertThat(read.dom().select("[clip-path]")).allSatisfy(e ->
        assertThat(read.dom().getElementById(e.attr("clip-path").replaceAll("^url\\(#(.*)\\)$", "$1"))).isNotNull());
  }

  @Test
  void chartLabelsTheChartsFontCannotDrawAreReported() {
    Figure emoji = new Figure(new BarChart(List.of("Visits 😀"), List.of("open"), List.of(List.of(2)), "Number"),
        "Caption", "Two open visits.");
    Document d = Document.builder().metadata(Metadata.of("T")).add(emoji).build();
    assertThat(HtmlReadBack.render(d).result().warnings()).extracting(RenderWarning::message)
        .containsExactly("U+1F600 😀 has no glyph in the charts' font (Liberation Sans) and was left out of a chart's"
            + " drawing; its caption and text alternative keep the text");
  }

  // ---- hostile text ----

  @Test
  void hostileTextIsEscapedAndReadsBackAsWritten() {
    Document d = SampleDocuments.adversarial();
    HtmlReadBack read = HtmlReadBack.render(d);
    org.jsoup.nodes.Document dom = read.dom();
    assertThat(dom.title()).isEqualTo(folded(d.metadata().title()));
    assertThat(dom.select("html").attr("lang")).isEqualTo("vi-VN");
    // No markup came from the text: the only elements are the renderer's own.
    assertThat(dom.select("main b, main > div:not([role=note]), main code, main pre, main img, main script")).isEmpty();
    Element main = dom.selectFirst("main").clone();
    main.select("sup.noteref").remove(); // marks add nothing to the running text, as in PlainText
    List<String> paragraphs = main.select("> p").eachText();
    for (var block : d.blocks()) {
      if (block instanceof Paragraph p) {
        assertThat(paragraphs).contains(folded(PlainText.of(p.content())));
      }
    }
    Table table = d.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast).findFirst().orElseThrow();
    assertThat(dom.select("main table tr")).extracting(tr -> tr.children().stream().map(Element::text).toList())
        .containsExactlyElementsOf(table.rows().stream()
            .map(r -> r.cells().stream().map(c -> folded(PlainText.of(c.content()))).toList()).toList());
    assertThat(dom.select("main a[href^=http]").eachAttr("href")).contains("https://example.org/path_(with)_parens?q=a&b=*c*");
    assertThat(dom.select("main > h2, main > h3, main > h4")).extracting(Element::text).containsExactlyElementsOf(
        d.headings().stream().map(h -> folded(PlainText.of(h.content()))).toList());
    // Line breaks are breaks: in a list item, a cell, a key, a note.
    assertThat(dom.select("main li, main td, main dt, .note p").select("br")).hasSizeGreaterThanOrEqualTo(4);
    HtmlReadBack.assertHeadingOrder(dom);
  }

  @Test
  void charactersXmlForbidsAreLeftOutWithTheWarningsEveryRendererGives() throws IOException {
    Document d = SampleDocuments.adversarial();
    HtmlReadBack read = HtmlReadBack.render(d);
    for (int cp : SampleDocuments.XML_ILLEGAL.codePoints().toArray()) {
      assertThat(read.html().codePoints().anyMatch(c -> c == cp)).as("U+%04X is left out", cp).isFalse();
    }
    assertThat(read.html()).doesNotContain("&#0;", "&#x0;", "\uFFFD");
    List<RenderWarning> warnings = read.result().warnings();
    assertThat(warnings).contains(
        RenderWarning.charactersLeftOut("Org\u0000 with NUL"),
        RenderWarning.charactersLeftOut("Controls: [" + SampleDocuments.XML_ILLEGAL + "] between brackets, and a\u0000b joined"),
        RenderWarning.duplicateAnchor(d.headings().get(1), "section-2"),
        RenderWarning.unknownAnchor(Link.of("#nowhere", "to nowhere")));
    assertThat(warnings).doesNotHaveDuplicates();
    List<RenderWarning> markdown = MarkdownRenderer.create().render(d, new ByteArrayOutputStream()).warnings();
    assertThat(new HashSet<>(warnings)).isEqualTo(new HashSet<>(markdown));
    assertThat(read.dom().select("main p").eachText()).contains("Controls: [] between brackets, and ab joined");
  }

  @Test
  void vietnameseIsWrittenInNfc() {
    HtmlReadBack read = HtmlReadBack.render(SampleDocuments.adversarial());
    assertThat(read.html()).doesNotContain(SampleDocuments.NFD_VIETNAMESE).contains("Nguyễn Quốc Dũng");
  }

  // ---- the contract ----

  static Stream<Arguments> samples() {
    List<Arguments> all = new ArrayList<>();
    all.add(Arguments.of("every block type", EVERY));
    all.add(Arguments.of("adversarial", SampleDocuments.adversarial()));
    all.add(Arguments.of("figures", FigureDocuments.document()));
    for (String language : List.of("en", "vi")) {
      BriefingOptions options = BriefingOptions.builder().asOf(LocalDate.of(2024, 10, 1)).language(language)
          .classification("UNCLASSIFIED").build();
      all.add(Arguments.of("seed book " + language, Briefings.briefingBook(SEED, options)));
      all.add(Arguments.of("seed brief US " + language, Briefings.countryBrief(SEED, "US", options)));
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void theWordsOfThePlainTextAreInTheBodyInOrderAndEveryLinkResolves(String name, Document d) {
    HtmlReadBack read = HtmlReadBack.render(d);
    assertThat(HtmlReadBack.words(read.dom())).containsSubsequence(PlainText.words(PlainText.of(d)));
    HtmlReadBack.assertLinksResolve(read.dom());
    HtmlReadBack.assertHeadingOrder(read.dom());
    assertThat(read.dom().select("a[role=doc-noteref]").eachText().stream().distinct())
        .hasSize(PlainText.footnotes(d).size());
    assertThat(read.dom().select(".endnotes li")).hasSize(PlainText.footnotes(d).size());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void theSameDocumentGivesTheSameBytes(String name, Document d) throws IOException {
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    ByteArrayOutputStream second = new ByteArrayOutputStream();
    HtmlRenderer.create().render(d, first);
    HtmlRenderer.create().render(d, second);
    assertThat(second.toByteArray()).isEqualTo(first.toByteArray());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"en", "vi"})
  void theSeedBriefingBookRendersWithoutWarningsInItsLanguage(String language) {
    BriefingOptions options = BriefingOptions.builder().asOf(LocalDate.of(2026, 12, 4)).language(language)
        .classification("UNCLASSIFIED").build();
    Document book = Briefings.briefingBook(SEED, options);
    HtmlReadBack read = HtmlReadBack.render(book);
    assertThat(read.result().warnings()).isEmpty();
    org.jsoup.nodes.Document dom = read.dom();
    assertThat(dom.selectFirst("html").attr("lang")).isEqualTo(language);
    assertThat(dom.select("main > h2, main > h3, main > h4")).extracting(Element::id)
        .containsExactlyElementsOf(book.uniqueAnchors());
    long tables = book.blocks().stream().filter(Table.class::isInstance).count();
    assertThat(dom.select("main > table")).hasSize((int) tables);
    assertThat(dom.select("main > table")).allSatisfy(t ->
        assertThat(t.select("thead th[scope=col]")).isNotEmpty());
    assertThat(dom.select("nav.contents a")).isNotEmpty();
  }

  @Test
  void theStreamIsFlushedAndNotClosed() throws IOException {
    boolean[] closed = {false};
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    OutputStream out = new OutputStream() {
      @Override
      public void write(int b) {
        bytes.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) {
        bytes.write(b, off, len);
      }

      @Override
      public void close() {
        closed[0] = true;
      }
    };
    RenderResult result = HtmlRenderer.create().render(EVERY, out);
    assertThat(closed[0]).isFalse();
    assertThat(bytes.toByteArray()).isEqualTo(RENDERED.bytes());
    assertThat(result.warnings()).isEmpty();
  }

  /**
   * The text as jsoup reads it back from an element: characters no renderer writes left out, NFC,
   * and white space (a line break included) folded to one space, trimmed.
   */
  private static String folded(String text) {
    return PlainText.nfc(PlainText.renderable(text)).replaceAll("[ \\t\\n\\r\\f\\u00A0]+", " ").replaceAll("^ | $", "");
  }
}
