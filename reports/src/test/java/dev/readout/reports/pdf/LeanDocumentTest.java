package dev.readout.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfWriter;
import dev.readout.core.seed.Datasets;
import dev.readout.reports.briefing.BriefingOptions;
import dev.readout.reports.briefing.Briefings;
import dev.readout.reports.doc.Footnote;
import dev.readout.reports.doc.Heading;
import dev.readout.reports.doc.Link;
import dev.readout.reports.doc.PageSize;
import dev.readout.reports.doc.SampleDocuments;
import dev.readout.reports.doc.TableOfContents;
import dev.readout.reports.doc.Text;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The renderer's writer ({@link LeanDocument}) keeps OpenPDF's bookkeeping out of the heap: the
 * file must be byte for byte what the same {@link FlowDocument} writes with OpenPDF's own
 * bookkeeping ({@link FlowDocument#writer}, connected as {@code PdfWriter.getInstance} connects
 * OpenPDF's {@code PdfDocument}).
 */
class LeanDocumentTest {

  /** Footnotes enough for more named destinations than {@link #NAMES_IN_MEMORY}, many times over. */
  static final int SYNTHETIC_FOOTNOTES = 9_600;

  /**
   * Named destinations the record keeps in memory in these tests: fewer than {@link
   * NamedDestinations#IN_MEMORY}, so that a book of a size that renders in seconds moves most of
   * its names to the temporary file, in several runs.
   */
  static final int NAMES_IN_MEMORY = 4_096;

  @Test
  void writesTheSameBytesAsOpenPdfsOwnDocument() throws IOException {
    Map<String, dev.readout.reports.doc.Document> documents = new LinkedHashMap<>();
    documents.put("every block type", SampleDocuments.everyBlockType());
    documents.put("adversarial", SampleDocuments.adversarial());
    documents.put("seed briefing book", Briefings.briefingBook(Datasets.seed(), BriefingOptions.defaults()));
    documents.put("synthetic book", synthetic());
    for (Map.Entry<String, dev.readout.reports.doc.Document> d : documents.entrySet()) {
      for (boolean pdfA : new boolean[] {true, false}) {
        byte[] stock = pass(d.getValue(), pdfA, 0);
        assertSameBytes(pass(d.getValue(), pdfA, NAMES_IN_MEMORY), stock, d.getKey() + ", PDF/A " + pdfA);
        assertSameBytes(pass(d.getValue(), pdfA, NamedDestinations.IN_MEMORY), stock,
            d.getKey() + ", PDF/A " + pdfA + ", the renderer's number of names in memory");
      }
    }
  }

  @Test
  void theComparedDocumentsHaveWhatTheWriterChanges() throws IOException {
    // The comparison above means something only if the files have links both ways, an outline
    // with nested items, and more names than the record keeps in memory.
    String seed = new String(pass(Briefings.briefingBook(Datasets.seed(), BriefingOptions.defaults()), false, NAMES_IN_MEMORY),
        StandardCharsets.ISO_8859_1);
    assertThat(seed).contains("(fn.1)", "(fnref.1)", "/Dests", "/Outlines", "/Count", "/First", "/Prev");
    String synthetic = new String(pass(synthetic(), false, NAMES_IN_MEMORY), StandardCharsets.ISO_8859_1);
    assertThat(synthetic).contains("(fn." + SYNTHETIC_FOOTNOTES + ")", "(fnref." + SYNTHETIC_FOOTNOTES + ")");
    assertThat(2 * SYNTHETIC_FOOTNOTES).isGreaterThan(4 * NAMES_IN_MEMORY);
  }

  @Test
  void theSameBytesWhenFewNamesStayInMemory() throws Exception {
    // Straight OpenPDF, in random orders: links before and after their destination, destinations
    // defined twice, links to names never defined, names that come back after many others.
    for (long seed = 1; seed <= 3; seed++) {
      for (int inMemory : new int[] {1, 7, 100}) {
        assertSameBytes(raw(seed, inMemory), raw(seed, 0), "seed " + seed + ", " + inMemory + " in memory");
      }
    }
  }

  @Test
  void leavesNoTemporaryFileWhenTheRenderFails() throws Exception {
    dev.readout.reports.doc.Document book = synthetic();
    int size = pass(book, false, NAMES_IN_MEMORY).length;
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    List<Path> seenAtFailure = new ArrayList<>();
    OutputStream failing = new OutputStream() {
      private long written;

      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        written += len;
        if (written > size * 3L / 4) { // after the names outgrew memory
          seenAtFailure.addAll(scratchFiles(tmp));
          throw new IOException("disk full");
        }
      }
    };
    assertThatThrownBy(() -> context(book, false).render(failing, NAMES_IN_MEMORY)).hasStackTraceContaining("disk full");
    // The JDK removes the names of files opened with DELETE_ON_CLOSE at once on Linux and macOS;
    // on Windows they go when the dropped channels are cleaned.
    for (int i = 0; i < 50 && !scratchFiles(tmp).isEmpty(); i++) {
      System.gc();
      Thread.sleep(100);
    }
    assertThat(scratchFiles(tmp)).isEmpty();
    if (!System.getProperty("os.name").startsWith("Windows")) {
      assertThat(seenAtFailure).as("files with a name while the render ran").isEmpty();
    }
  }

  private static List<Path> scratchFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().startsWith("readout-"))
          .filter(f -> f.toString().endsWith(".xref") || f.toString().endsWith(".dests"))
          .toList();
    }
  }

  /** Fails with where the files first differ, as text. */
  static void assertSameBytes(byte[] actual, byte[] expected, String what) {
    int at = Arrays.mismatch(actual, expected);
    if (at >= 0) {
      int from = Math.max(0, at - 80);
      throw new AssertionError(what + ": the files differ from byte " + at + " (of " + actual.length + " and "
          + expected.length + "):\n  lean:  " + text(actual, from) + "\n  stock: " + text(expected, from));
    }
  }

  private static String text(byte[] b, int from) {
    return new String(b, from, Math.min(200, b.length - from), StandardCharsets.ISO_8859_1);
  }

  /**
   * One layout pass, with the page numbers unknown, as the renderer's first pass runs it, keeping
   * {@code namesInMemory} named destinations in memory (0: OpenPDF's own bookkeeping).
   */
  private static byte[] pass(dev.readout.reports.doc.Document document, boolean pdfA, int namesInMemory)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    context(document, pdfA).render(out, namesInMemory);
    return out.toByteArray();
  }

  private static PdfContext context(dev.readout.reports.doc.Document document, boolean pdfA) {
    Locale locale = document.metadata().locale();
    byte[] id = HexFormat.of().parseHex("00112233445566778899aabbccddeeff");
    PdfSettings settings = new PdfSettings(new com.lowagie.text.Rectangle(PageSize.A4.widthPoints(), PageSize.A4.heightPoints()), locale, Labels.of(locale), pdfA,
        Instant.parse("2025-01-02T03:04:05Z"), id);
    return new PdfContext(document, settings, new Fonts(settings.documentIdHex()), PdfContext.Layout.UNKNOWN);
  }

  /**
   * A book of chapters, sections and subsections (with a subsection straight under a chapter, and
   * a section before the first chapter), a contents page, links to headings before and after them,
   * and {@value #SYNTHETIC_FOOTNOTES} footnotes.
   */
  static dev.readout.reports.doc.Document synthetic() {
    dev.readout.reports.doc.Document.Builder b = dev.readout.reports.doc.Document.builder()
        .metadata(dev.readout.reports.doc.Metadata.builder().title("Synthetic").date(SampleDocuments.DATE).build())
        .add(TableOfContents.of("Contents"))
        .add(Heading.of(2, "before", "A section before the first chapter"));
    Random random = new Random(8);
    int notes = 0;
    int headings = 0;
    for (int chapter = 0; notes < SYNTHETIC_FOOTNOTES; chapter++) {
      b.add(Heading.of(1, "ch" + chapter, "Chapter " + chapter));
      headings++;
      for (int section = 0; section < 8 && notes < SYNTHETIC_FOOTNOTES; section++) {
        boolean underChapter = section == 3;
        b.add(Heading.of(underChapter ? 3 : 2, "s" + chapter + "-" + section, "Section " + chapter + "." + section));
        headings++;
        for (int sub = 0; sub < (underChapter ? 0 : 3) && notes < SYNTHETIC_FOOTNOTES; sub++) {
          b.add(Heading.of(3, "s" + chapter + "-" + section + "-" + sub, "Subsection " + sub));
          headings++;
          List<dev.readout.reports.doc.Inline> text = new ArrayList<>();
          text.add(Text.of("See "));
          text.add(Link.of("#s" + random.nextInt(chapter + 2) + "-" + random.nextInt(8), "another section"));
          for (int n = 0; n < 12 && notes < SYNTHETIC_FOOTNOTES; n++, notes++) {
            text.add(Text.of(" claim " + n));
            text.add(Footnote.of("Source " + notes + "."));
          }
          b.paragraph(text.toArray(dev.readout.reports.doc.Inline[]::new));
        }
      }
    }
    assertThat(headings).isPositive();
    return b.build();
  }

  /**
   * A file of pages of chunks with named destinations and links to them in a random order, and an
   * outline; {@code inMemory} 0 for OpenPDF's own bookkeeping.
   */
  private static byte[] raw(long seed, int inMemory) throws Exception {
    Random random = new Random(seed);
    Document document = new Document();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfWriter writer = inMemory == 0 ? FlowDocument.writer(document, out)
        : LeanDocument.writer(document, out, inMemory);
    document.open();
    // A fixed file id and dates: the file is the same on every run.
    byte[] id = new byte[16];
    PdfDate date = new PdfDate(new GregorianCalendar(2025, Calendar.JANUARY, 2));
    writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
    writer.getInfo().put(PdfName.CREATIONDATE, date);
    writer.getInfo().put(PdfName.MODDATE, date);
    int names = 300;
    for (int i = 0; i < 1_500; i++) {
      String name = "n" + random.nextInt(names);
      Chunk chunk = new Chunk("chunk " + i + " ");
      switch (random.nextInt(3)) {
        case 0 -> chunk.setLocalDestination(name);
        case 1 -> chunk.setLocalGoto(name);
        default -> {
          chunk.setLocalDestination(name);
          chunk.setLocalGoto("n" + random.nextInt(names + 20)); // 20 names never defined
        }
      }
      document.add(new Paragraph(chunk));
      if (random.nextInt(40) == 0) {
        document.newPage();
      }
    }
    int[] levels = random.ints(200, 1, 4).toArray();
    IntFunction<Outline.Item> item = i -> new Outline.Item(levels[i], "Item " + i, "n" + i);
    LeanDocument.addOutline(writer, new Outline(levels.length, item));
    document.close();
    return out.toByteArray();
  }
}
