package dev.readout.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.core.seed.Datasets;
import dev.readout.reports.briefing.BriefingOptions;
import dev.readout.reports.briefing.Briefings;
import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.Footnote;
import dev.readout.reports.doc.Heading;
import dev.readout.reports.doc.Inline;
import dev.readout.reports.doc.Link;
import dev.readout.reports.doc.Metadata;
import dev.readout.reports.doc.PlainText;
import dev.readout.reports.doc.SampleDocuments;
import dev.readout.reports.doc.TableOfContents;
import dev.readout.reports.doc.Text;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.common.PDNameTreeNode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Books read back with PDFBox: the seed briefing book and a synthetic book of nested headings,
 * links to headings before and after them, and {@value #SYNTHETIC_FOOTNOTES} footnotes. What a
 * book needs of the file, written with OpenPDF's own bookkeeping: the same bytes on every render,
 * an outline that mirrors the headings and goes to their destinations, footnote marks and
 * endnotes linked both ways, every link going to a destination that exists, and a
 * cross-reference table that points at every object.
 */
class PdfBookTest {

  /** Footnotes of the synthetic book: two named destinations each. */
  static final int SYNTHETIC_FOOTNOTES = 9_600;

  private static final Document SEED_BOOK = Briefings.briefingBook(Datasets.seed(),
      BriefingOptions.builder().asOf(LocalDate.of(2025, 3, 1)).build());
  private static final Document SYNTHETIC = synthetic();

  private static byte[] seedBytes;
  private static byte[] syntheticBytes;
  private static PDDocument seed;
  private static PDDocument book;

  @BeforeAll
  static void render() {
    seedBytes = PdfReadBack.render(PdfRenderer.builder().pdfA(false).build(), SEED_BOOK).bytes();
    syntheticBytes = PdfReadBack.render(SYNTHETIC).bytes();
    seed = new PdfReadBack.Rendered(seedBytes, null).open();
    book = new PdfReadBack.Rendered(syntheticBytes, null).open();
  }

  @AfterAll
  static void close() throws IOException {
    seed.close();
    book.close();
  }

  @Test
  void booksRenderToTheSameBytesEveryTime() {
    assertThat(PdfReadBack.render(PdfRenderer.builder().pdfA(false).build(), SEED_BOOK).bytes())
        .as("seed book, PDF/A off").isEqualTo(seedBytes);
    assertThat(PdfReadBack.render(SYNTHETIC).bytes()).as("synthetic book, PDF/A").isEqualTo(syntheticBytes);
  }

  @Test
  void outlineMirrorsTheHeadingsAndGoesToTheirDestinations() {
    for (Map.Entry<Document, PDDocument> b : List.of(Map.entry(SEED_BOOK, seed), Map.entry(SYNTHETIC, book))) {
      Document document = b.getKey();
      PDDocument pdf = b.getValue();
      List<OutlineItem> items = outline(pdf);
      List<Heading> headings = document.headings();
      List<String> anchors = document.uniqueAnchors();
      assertThat(items).hasSameSizeAs(headings);
      Map<String, Integer> destinations = destinations(pdf);
      int previousPage = 0;
      for (int i = 0; i < headings.size(); i++) {
        Heading h = headings.get(i);
        OutlineItem item = items.get(i);
        String what = document.metadata().title() + ", heading " + i + " '" + PlainText.of(h.content()) + "'";
        assertThat(item.title()).as(what).isEqualTo(PlainText.of(h.content()));
        assertThat(item.depth()).as("depth of %s", what).isEqualTo(expectedDepth(headings, i));
        if (item.hasChildren()) {
          assertThat(item.open()).as("%s open: levels 1 and 2 are", what).isEqualTo(h.level() < 3);
        }
        assertThat(item.destination()).as("destination of %s", what).isEqualTo(anchors.get(i));
        int page = page(destinations, anchors.get(i));
        assertThat(page).as("page of %s, after the heading before it", what).isGreaterThanOrEqualTo(previousPage);
        previousPage = page;
      }
      assertThat(items).as("items with children").anyMatch(OutlineItem::hasChildren);
      assertThat(items).as("items at depth 3").anyMatch(i -> i.depth() == 3);
    }
  }

  @Test
  void eachHeadingsDestinationIsThePageItStandsOnAndTheContentsSay() {
    List<Heading> headings = SEED_BOOK.headings();
    List<String> anchors = SEED_BOOK.uniqueAnchors();
    Map<String, Integer> destinations = destinations(seed);
    // The contents: from the page where they start to the page of the first heading after them.
    StringBuilder contents = new StringBuilder();
    for (int p = pageWith(seed, "Contents\n"); p <= page(destinations, anchors.get(0)); p++) {
      contents.append(PdfReadBack.pageText(seed, p));
    }
    Map<Integer, String> pageTexts = new HashMap<>();
    Map<String, Long> titles = headings.stream()
        .collect(Collectors.groupingBy(h -> PlainText.of(h.content()), Collectors.counting()));
    int checked = 0;
    for (int i = 0; i < headings.size(); i++) {
      String title = PlainText.of(headings.get(i).content());
      int page = page(destinations, anchors.get(i));
      String text = pageTexts.computeIfAbsent(page, p -> PdfReadBack.pageText(seed, p));
      assertThat(words(text)).as("page %d", page).contains(words(title));
      if (titles.get(title) > 1) {
        continue; // the contents' entry found by its title may be another heading's
      }
      Matcher entry = Pattern.compile("(?m)^" + Pattern.quote(title) + "[\\s\u00A0\uFFFC]+(\\d+)\\s*$").matcher(contents);
      if (entry.find()) {
        assertThat(Integer.parseInt(entry.group(1))).as("contents entry of %s", title).isEqualTo(page);
        checked++;
      }
    }
    assertThat(checked).as("entries checked against the contents").isGreaterThan(10);
  }

  @Test
  void footnoteMarksAndEndnotesAreLinkedBothWays() {
    Map<String, Integer> destinations = destinations(book);
    for (int n = 1; n <= SYNTHETIC_FOOTNOTES; n++) {
      int mark = page(destinations, "fnref." + n);
      int note = page(destinations, "fn." + n);
      assertThat(note).as("endnote %d after its mark", n).isGreaterThan(mark);
    }
    assertThat(destinations).doesNotContainKey("fn." + (SYNTHETIC_FOOTNOTES + 1));
  }

  @Test
  void everyLinkGoesToADestinationThatExists() throws IOException {
    Map<String, Integer> destinations = destinations(book);
    Map<COSDictionary, Integer> pageNumbers = pageNumbers(book);
    int links = 0;
    int backwards = 0;
    int forwards = 0;
    int here = 0;
    for (PDPage page : book.getPages()) {
      here++;
      for (PDAnnotation annotation : page.getAnnotations()) {
        // A link to a destination already placed goes to its page; one to a later destination by name.
        PDDestination destination = ((PDActionGoTo) ((PDAnnotationLink) annotation).getAction()).getDestination();
        int target = destination instanceof PDNamedDestination named
            ? page(destinations, named.getNamedDestination())
            : pageNumbers.get(((PDPageDestination) destination).getPage().getCOSObject());
        assertThat(target).as("link on page %d", here).isPositive();
        links++;
        backwards += target < here ? 1 : 0;
        forwards += target > here ? 1 : 0;
      }
    }
    // every footnote mark and endnote, the contents' entries and numbers, the links between sections
    assertThat(links).isGreaterThan(2 * SYNTHETIC_FOOTNOTES);
    assertThat(backwards).as("links to earlier pages").isGreaterThan(SYNTHETIC_FOOTNOTES);
    assertThat(forwards).as("links to later pages").isGreaterThan(SYNTHETIC_FOOTNOTES);
  }

  @Test
  void crossReferenceTablePointsAtEveryObject() {
    for (byte[] file : List.of(seedBytes, syntheticBytes)) {
      String text = new String(file, StandardCharsets.ISO_8859_1);
      int xref = Integer.parseInt(text.substring(text.lastIndexOf("startxref") + 9).strip().split("\\s+")[0]);
      assertThat(text.startsWith("xref", xref)).as("startxref points at the table").isTrue();
      Pattern entry = Pattern.compile("(\\d{10}) (\\d{5}) ([nf])");
      int number = -1;
      int inUse = 0;
      for (String line : text.substring(xref, text.indexOf("trailer", xref)).split("\n")) {
        String l = line.strip();
        Matcher e = entry.matcher(l);
        if (e.matches()) {
          if (e.group(3).equals("n")) {
            String object = number + " " + Integer.parseInt(e.group(2)) + " obj";
            assertThat(text.startsWith(object, Integer.parseInt(e.group(1)))).as("object %s at its offset", object).isTrue();
            inUse++;
          }
          number++;
        } else if (l.matches("\\d+ \\d+")) {
          number = Integer.parseInt(l.split(" ")[0]);
        }
      }
      int objects = 0;
      for (Matcher m = Pattern.compile("(?m)^\\d+ 0 obj").matcher(text); m.find(); ) {
        objects++;
      }
      assertThat(inUse).as("entries in use").isEqualTo(objects).isGreaterThan(1_000);
    }
  }

  /** An outline item read back: its depth in the tree (1 at the top), title, state and destination. */
  private record OutlineItem(int depth, String title, boolean hasChildren, boolean open, String destination) {}

  private static List<OutlineItem> outline(PDDocument pdf) {
    List<OutlineItem> items = new ArrayList<>();
    walk(pdf.getDocumentCatalog().getDocumentOutline(), 1, items);
    return items;
  }

  private static void walk(PDOutlineNode node, int depth, List<OutlineItem> items) {
    for (PDOutlineItem item : node.children()) {
      try {
        String destination = ((PDNamedDestination) ((PDActionGoTo) item.getAction()).getDestination()).getNamedDestination();
        items.add(new OutlineItem(depth, item.getTitle(), item.hasChildren(), item.isNodeOpen(), destination));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      walk(item, depth + 1, items);
    }
  }

  /** The depth of a heading's item: one below the nearest heading before it of a higher level. */
  private static int expectedDepth(List<Heading> headings, int i) {
    for (int j = i - 1; j >= 0; j--) {
      if (headings.get(j).level() < headings.get(i).level()) {
        return expectedDepth(headings, j) + 1;
      }
    }
    return 1;
  }

  /** The 1-based number of each page, by its dictionary. */
  private static Map<COSDictionary, Integer> pageNumbers(PDDocument pdf) {
    Map<COSDictionary, Integer> numbers = new HashMap<>();
    int n = 1;
    for (PDPage page : pdf.getPages()) {
      numbers.put(page.getCOSObject(), n++);
    }
    return numbers;
  }

  /** The 1-based page of each named destination, read from the catalog's name tree once. */
  private static Map<String, Integer> destinations(PDDocument pdf) {
    Map<String, Integer> pages = new HashMap<>();
    try {
      collect(pdf.getDocumentCatalog().getNames().getDests(), pageNumbers(pdf), pages);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pages;
  }

  private static void collect(PDNameTreeNode<PDPageDestination> node, Map<COSDictionary, Integer> pageNumbers,
      Map<String, Integer> into) throws IOException {
    if (node.getNames() != null) {
      node.getNames().forEach((name, dest) -> into.put(name, pageNumbers.get(dest.getPage().getCOSObject())));
    }
    if (node.getKids() != null) {
      for (PDNameTreeNode<PDPageDestination> kid : node.getKids()) {
        collect(kid, pageNumbers, into);
      }
    }
  }

  /** The 1-based page of a named destination; fails if there is no such destination. */
  private static int page(Map<String, Integer> destinations, String name) {
    assertThat(destinations).as("named destinations").containsKey(name);
    return destinations.get(name);
  }

  /** The text with every run of white space one space. */
  private static String words(String text) {
    return String.join(" ", PlainText.words(text));
  }

  private static int pageWith(PDDocument pdf, String text) {
    for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
      if (PdfReadBack.pageText(pdf, p).contains(text)) {
        return p;
      }
    }
    throw new AssertionError("no page contains " + text);
  }

  /**
   * A book of chapters, sections and subsections (with a subsection straight under a chapter, and
   * a section before the first chapter), a contents page, links to sections before and after them,
   * and {@value #SYNTHETIC_FOOTNOTES} footnotes.
   */
  static Document synthetic() {
    Document.Builder b = Document.builder()
        .metadata(Metadata.builder().title("Synthetic").date(SampleDocuments.DATE).build())
        .add(TableOfContents.of("Contents"))
        .add(Heading.of(2, "before", "A section before the first chapter"));
    Random random = new Random(8);
    int notes = 0;
    for (int chapter = 0; notes < SYNTHETIC_FOOTNOTES; chapter++) {
      b.add(Heading.of(1, "ch" + chapter, "Chapter " + chapter));
      for (int section = 0; section < 8 && notes < SYNTHETIC_FOOTNOTES; section++) {
        boolean underChapter = section == 3;
        b.add(Heading.of(underChapter ? 3 : 2, "s" + chapter + "-" + section, "Section " + chapter + "." + section));
        for (int sub = 0; sub < (underChapter ? 0 : 3) && notes < SYNTHETIC_FOOTNOTES; sub++) {
          b.add(Heading.of(3, "s" + chapter + "-" + section + "-" + sub, "Subsection " + sub));
          List<Inline> text = new ArrayList<>();
          text.add(Text.of("See "));
          text.add(Link.of("#s" + random.nextInt(chapter + 2) + "-" + random.nextInt(8), "another section"));
          for (int n = 0; n < 12 && notes < SYNTHETIC_FOOTNOTES; n++, notes++) {
            text.add(Text.of(" claim " + n));
            text.add(Footnote.of("Source " + notes + "."));
          }
          b.paragraph(text.toArray(Inline[]::new));
        }
      }
    }
    return b.build();
  }
}
