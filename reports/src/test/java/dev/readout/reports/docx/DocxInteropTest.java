package dev.readout.reports.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.Metadata;
import dev.readout.reports.doc.PlainText;
import dev.readout.reports.doc.SampleDocuments;
import dev.readout.reports.pdf.MultiScriptDocument;
import dev.readout.reports.pdf.NotoFonts;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Opens the rendered files in another program: headless LibreOffice converts each DOCX to PDF, and
 * poppler's {@code pdftotext} reads the text back. Without those tools the tests are skipped with
 * a message, unless the environment variable {@code READOUT_INTEROP=required} is set (as {@code
 * .ci/run} does): then a missing tool fails them.
 */
class DocxInteropTest {
  private static final Path WORK = Path.of("target", "docx-interop");
  private static final long TIMEOUT_SECONDS = 180;
  private static final Pattern FOOTNOTE_MARK = Pattern.compile("(.*\\p{L})([1-9][0-9]?)");
  private static final Pattern FOOTER = Pattern.compile("(Page|Trang) (\\d+) (of|/) (\\d+)");

  private static Path soffice;
  private static Path pdftotext;
  private static Path profile;

  @BeforeAll
  static void createWorkDirectory() throws IOException {
    Files.createDirectories(WORK);
    // A private LibreOffice profile, so that runs in parallel (or a desktop LibreOffice) never clash.
    profile = Files.createTempDirectory(WORK.toAbsolutePath(), "lo-profile-");
  }

  @AfterAll
  static void deleteProfile() throws IOException {
    deleteRecursively(profile);
  }

  /** Per test, so that a missing tool shows as each test skipped with the reason. */
  @BeforeEach
  void findTools() {
    soffice = tool("soffice");
    pdftotext = tool("pdftotext");
  }

  /**
   * Word sets the table in Times New Roman where Liberation Serif is missing, which has its metrics;
   * LibreOffice takes whatever serif it has (Noto Serif, wider), so the widths are checked where it
   * has Liberation Serif (installed by {@code .ci/run}).
   */
  @Test
  void libreOfficeBreaksNoWordOfANarrowColumn() throws Exception {
    boolean liberation = Stream.of("liberation", "liberation2")
        .anyMatch(d -> Files.exists(Path.of("/usr/share/fonts/truetype", d, "LiberationSerif-Regular.ttf")));
    if (!liberation) {
      if ("required".equals(System.getenv("READOUT_INTEROP"))) {
        fail("Liberation Serif is not installed (Debian: fonts-liberation), and READOUT_INTEROP=required");
      }
      Assumptions.abort("Liberation Serif is not installed (Debian: fonts-liberation)");
    }
    Document doc = Document.builder().metadata(Metadata.of("Columns")).heading(1, "A table")
        .add(SampleDocuments.narrowDueColumn()).build();
    List<String> lines = List.of(pdfText(doc, "narrow-column").split("\\R"));
    for (String word : List.of("Chairmanship", "anniversary", "Indonesia's", "diplomatic")) {
      assertThat(lines).as("%s whole on a line", word).anySatisfy(l -> assertThat(l).contains(word));
    }
  }

  @Test
  void libreOfficeShowsEveryWordOfEveryBlockTypeAndCountsItsPages() throws Exception {
    Document doc = SampleDocuments.everyBlockType();
    String text = pdfText(doc, "every-block-type");
    List<String> words = withoutFootnoteMarks(PlainText.words(text), PlainText.footnotes(doc).size());

    // The body reads in order. Footnotes sit at the foot of the page that refers to them, not
    // after the last block as in PlainText, so each is looked for on its own.
    assertThat(words).containsSubsequence(PlainText.words(PlainText.body(doc)));
    for (String footnote : PlainText.footnotes(doc)) {
      assertThat(words).containsSubsequence(PlainText.words(footnote));
    }

    // The footer's PAGE and NUMPAGES fields were computed on every page.
    List<String> pages = List.of(text.split("\f"));
    assertThat(pages.size()).isGreaterThanOrEqualTo(4);
    for (int i = 0; i < pages.size(); i++) {
      assertThat(pages.get(i)).contains("Page " + (i + 1) + " of " + pages.size());
      assertThat(pages.get(i)).contains("UNCLASSIFIED", "Readout: Viet Nam – Australia defence talks");
    }
    // The table's header rows are repeated on each page the table runs over.
    long repeated = pages.stream().filter(p -> p.contains("as of 2024-05-12")).count();
    assertThat(repeated).isGreaterThanOrEqualTo(3);
    // The table of contents shows its cached entries, without Word having updated it.
    assertThat(pages.get(1)).contains("Contents", "Summary", "Participants", "Agenda and areas discussed",
        "Commitments", "Sources", "Notes on the sources");
  }

  @Test
  void libreOfficeOpensTheAdversarialDocumentWithItsVietnameseIntact() throws Exception {
    String text = pdfText(SampleDocuments.adversarial(), "adversarial");
    assertThat(text).contains("Nguyễn Quốc Dũng", "Controls: [] between brackets, and ab joined", "Org with NUL");
    Matcher footer = FOOTER.matcher(text);
    assertThat(footer.find()).isTrue();
    assertThat(footer.group()).startsWith("Trang 1 / ");
  }

  @Test
  void libreOfficeShowsTheVietnameseFooter() throws Exception {
    Document doc = Document.builder()
        .metadata(Metadata.builder().title("Báo cáo: Phan Văn Giang").language("vi").build())
        .paragraph("Bộ Quốc phòng")
        .build();
    String text = pdfText(doc, "vietnamese");
    assertThat(text).contains("Báo cáo: Phan Văn Giang", "Bộ Quốc phòng", "Trang 1 / 1");
  }

  @Test
  void libreOfficeShowsNamesAndQuotesInEveryScript() throws Exception {
    NotoFonts.assumeInstalled();
    String text = pdfText(MultiScriptDocument.document(), "multi-script").replaceAll("[ \u00A0]+", " ");
    assertThat(text).contains(MultiScriptDocument.LEE, MultiScriptDocument.KOREAN_QUOTE, MultiScriptDocument.RAJNATH,
        MultiScriptDocument.HINDI_QUOTE, MultiScriptDocument.CHINESE_QUOTE, MultiScriptDocument.JAPANESE_MINISTRY,
        MultiScriptDocument.THAI_MINISTRY, MultiScriptDocument.KHMER_MINISTRY, "— " + MultiScriptDocument.LEE + ", 국방부 (repost)");
    assertThat(Normalizer.normalize(text, Normalizer.Form.NFKC))
        .contains(MultiScriptDocument.ARABIC_MINISTRY, MultiScriptDocument.ARABIC_QUOTE);
  }

  @Test
  void libreOfficeLaysTheBriefOutInTheTemplatesPageSetUpWithItsHeaderAndFooter() throws Exception {
    DocxRenderer templated = DocxRenderer.builder().template(HouseTemplate.bytes()).build();
    Document doc = SampleDocuments.everyBlockType();
    String text = pdfText(templated, doc, "templated");
    List<String> pages = List.of(text.split("\f"));
    assertThat(pages.size()).isGreaterThanOrEqualTo(4);
    for (int i = 0; i < pages.size(); i++) {
      assertThat(pages.get(i)).contains("UNCLASSIFIED", HouseTemplate.HEADER_TEXT, HouseTemplate.FOOTER_TEXT,
          "Page " + (i + 1) + " of " + pages.size());
    }
    assertThat(PlainText.words(text)).containsSubsequence(PlainText.words("General Phan Văn Giang received the delegation"));
    // A5 landscape: LibreOffice's PDF has the template's paper, not Readout's A4.
    try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(
        WORK.resolve("templated").resolve("templated.pdf").toFile())) {
      org.apache.pdfbox.pdmodel.common.PDRectangle box = pdf.getPage(0).getMediaBox();
      assertThat(box.getWidth()).isCloseTo(HouseTemplate.WIDTH / 20f, org.assertj.core.data.Offset.offset(2f));
      assertThat(box.getHeight()).isCloseTo(HouseTemplate.HEIGHT / 20f, org.assertj.core.data.Offset.offset(2f));
      // The crest of the template's header is drawn on every page.
      for (org.apache.pdfbox.pdmodel.PDPage page : pdf.getPages()) {
        assertThat(hasImage(page.getResources())).as("an image on every page").isTrue();
      }
    }
  }

  private static boolean hasImage(org.apache.pdfbox.pdmodel.PDResources resources) throws IOException {
    if (resources == null) {
      return false;
    }
    for (org.apache.pdfbox.cos.COSName name : resources.getXObjectNames()) {
      org.apache.pdfbox.pdmodel.graphics.PDXObject x = resources.getXObject(name);
      if (x instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject
          || x instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form && hasImage(form.getResources())) {
        return true;
      }
    }
    return false;
  }

  /**
   * pdftotext glues a footnote's superscript number to the word before it ("statement1"); this
   * takes the numbers 1 to {@code footnotes} off words that end in a letter and such a number.
   */
  private static List<String> withoutFootnoteMarks(List<String> words, int footnotes) {
    List<String> kept = new ArrayList<>(words.size());
    for (String word : words) {
      Matcher m = FOOTNOTE_MARK.matcher(word);
      boolean mark = m.matches() && Integer.parseInt(m.group(2)) <= footnotes;
      kept.add(mark ? m.group(1) : word);
    }
    return kept;
  }

  // ---- the tools ----

  /** Renders the document, converts it with LibreOffice and returns pdftotext's text (pages split by form feeds). */
  private static String pdfText(Document doc, String name) throws Exception {
    return pdfText(DocxRenderer.create(), doc, name);
  }

  /** As {@link #pdfText(Document, String)}, with the renderer given. */
  private static String pdfText(DocxRenderer renderer, Document doc, String name) throws Exception {
    Path docx = WORK.resolve(name + ".docx").toAbsolutePath();
    try (OutputStream out = Files.newOutputStream(docx)) {
      renderer.render(doc, out);
    }
    Path outDir = WORK.resolve(name).toAbsolutePath();
    deleteRecursively(outDir);
    Files.createDirectories(outDir);
    run(List.of(soffice.toString(), "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore",
        "--convert-to", "pdf", "--outdir", outDir.toString(), docx.toString()), outDir.resolve("soffice.log"));
    Path pdf = outDir.resolve(name + ".pdf");
    assertThat(pdf).as("LibreOffice's PDF (see %s)", outDir.resolve("soffice.log")).exists();
    Path txt = outDir.resolve(name + ".txt");
    run(List.of(pdftotext.toString(), "-enc", "UTF-8", pdf.toString(), txt.toString()), outDir.resolve("pdftotext.log"));
    return Files.readString(txt, StandardCharsets.UTF_8);
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static void run(List<String> command, Path log) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("%s did not finish within %d s", command.get(0), TIMEOUT_SECONDS);
    }
    assertThat(process.exitValue()).as("exit status of %s (output in %s)", command, log).isZero();
  }

  /** The tool's path; a skip, or a failure when READOUT_INTEROP=required, when it is not on the PATH. */
  private static Path tool(String name) {
    List<Path> candidates = new ArrayList<>();
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (!dir.isEmpty()) {
        candidates.add(Path.of(dir, name));
      }
    }
    for (Path candidate : candidates) {
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    String message = name + " is not on the PATH; the DOCX interop tests need headless LibreOffice (soffice)"
        + " and poppler's pdftotext";
    if ("required".equals(System.getenv("READOUT_INTEROP"))) {
      fail(message + ", and READOUT_INTEROP=required makes them mandatory");
    }
    Assumptions.abort(message + ": skipped (set READOUT_INTEROP=required to fail instead)");
    return null;
  }
}
