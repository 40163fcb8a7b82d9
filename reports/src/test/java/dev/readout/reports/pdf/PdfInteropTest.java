package dev.readout.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.readout.reports.doc.PlainText;
import dev.readout.reports.doc.SampleDocuments;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the PDF with other programs: qpdf's structural check, poppler's {@code pdffonts},
 * {@code pdftotext} and {@code pdftoppm}. Each test is skipped, with the reason, when its tool is
 * not installed; with the environment variable {@code READOUT_INTEROP=required} (CI sets it) a
 * missing tool fails the test instead.
 */
class PdfInteropTest {
  private static final List<String> BASE_14 =
      List.of("Helvetica", "Times", "Courier", "Symbol", "ZapfDingbats");

  private static Path everyBlockType;
  private static Path adversarial;
  private static Path multiScript;

  @BeforeAll
  static void render() {
    everyBlockType = PdfReadBack.render(SampleDocuments.everyBlockType()).save("interop-every-block-type.pdf");
    adversarial = PdfReadBack.render(SampleDocuments.adversarial()).save("interop-adversarial.pdf");
    multiScript = PdfReadBack.render(MultiScriptDocument.document()).save("interop-multi-script.pdf");
  }

  @Test
  void qpdfFindsNoErrors() {
    for (Path pdf : List.of(everyBlockType, adversarial, multiScript)) {
      Result r = run("qpdf", "--check", pdf.toString());
      assertThat(r.exit()).as("qpdf --check %s:%n%s", pdf, r.output()).isZero();
      assertThat(r.output()).contains("No syntax or stream encoding errors found");
    }
  }

  @Test
  void pdffontsListsOnlyEmbeddedSubsetsLiberationForLatinText() {
    for (Path pdf : List.of(everyBlockType, adversarial, multiScript)) {
      Result r = run("pdffonts", pdf.toString());
      assertThat(r.exit()).as(r.output()).isZero();
      List<String> rows = r.output().lines().skip(2).filter(l -> !l.isBlank()).toList();
      assertThat(rows).as("fonts of %s", pdf).isNotEmpty();
      for (String row : rows) {
        String[] columns = row.trim().split("\\s+");
        // name, type (two words: CID TrueType, or CID Type 0C for CFF outlines), encoding, emb, sub, uni, object, generation
        assertThat(columns[0]).matches("[A-Z]{6}\\+\\S+");
        if (pdf == everyBlockType) {
          assertThat(columns[0]).matches("[A-Z]{6}\\+Liberation(Serif|Sans)(-\\w+)?");
        }
        assertThat(row).containsAnyOf("CID TrueType", "CID Type 0C").contains("Identity-H").doesNotContain("Type 1 ");
        assertThat(columns[columns.length - 5]).as("emb in: %s", row).isEqualTo("yes");
        assertThat(columns[columns.length - 4]).as("sub in: %s", row).isEqualTo("yes");
        assertThat(BASE_14).doesNotContain(columns[0].substring(7).split("[-,]")[0]);
      }
    }
  }

  @Test
  void pdftotextReadsEveryScriptBack() {
    NotoFonts.assumeInstalled();
    Result r = run("pdftotext", "-enc", "UTF-8", multiScript.toString(), "-");
    assertThat(r.exit()).as(r.output()).isZero();
    // Shaped words carry their text (/ActualText), which poppler reads exactly; Arabic comes back
    // in logical order but as the presentation forms it is drawn with, so compare it after NFKC.
    assertThat(r.output()).contains(MultiScriptDocument.LEE, MultiScriptDocument.KOREAN_QUOTE,
        "“" + MultiScriptDocument.HINDI_QUOTE + "”", MultiScriptDocument.RAJNATH, MultiScriptDocument.CHINESE_QUOTE,
        MultiScriptDocument.JAPANESE_MINISTRY, MultiScriptDocument.THAI_MINISTRY, MultiScriptDocument.KHMER_MINISTRY);
    assertThat(java.text.Normalizer.normalize(r.output(), java.text.Normalizer.Form.NFKC))
        .contains(MultiScriptDocument.ARABIC_MINISTRY, MultiScriptDocument.ARABIC_QUOTE);
  }

  @Test
  void pdftotextFindsTheWordsOfThePlainTextInOrder() throws IOException {
    // -raw keeps the order of the content stream, which is the reading order the renderer writes.
    Result r = run("pdftotext", "-raw", "-enc", "UTF-8", everyBlockType.toString(), "-");
    assertThat(r.exit()).as(r.output()).isZero();
    PdfRendererTest.assertContainsInOrder(r.output(), PlainText.of(SampleDocuments.everyBlockType()));
    Result layout = run("pdftotext", "-enc", "UTF-8", everyBlockType.toString(), "-");
    assertThat(layout.output()).contains("Phan Văn Giang", "Nguyễn Quốc Dũng", "Page 1 of ", "UNCLASSIFIED");
  }

  @Test
  void pdftoppmRendersTheFirstPages() throws IOException {
    Path dir = Files.createDirectories(everyBlockType.resolveSibling("png"));
    try (var old = Files.list(dir)) {
      for (Path f : old.toList()) {
        Files.delete(f); // pages of an earlier run, whose names may be numbered with fewer digits
      }
    }
    // For people to look at: every script of the multi-script briefing, shaped.
    assertThat(run("pdftoppm", "-r", "100", "-png", multiScript.toString(), dir.resolve("multi-script").toString()).exit())
        .isZero();
    Result r = run("pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "4", everyBlockType.toString(),
        dir.resolve("every-block-type").toString());
    assertThat(r.exit()).as(r.output()).isZero();
    try (var files = Files.list(dir)) {
      assertThat(files.filter(f -> f.getFileName().toString().startsWith("every-block-type-")).count()).isEqualTo(4);
    }
  }

  /** What a tool printed (standard output and error) and its exit status. */
  record Result(int exit, String output) {}

  private static Result run(String tool, String... args) {
    requireTool(tool);
    List<String> command = new ArrayList<>();
    command.add(tool);
    command.addAll(List.of(args));
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      process.getOutputStream().close();
      byte[] output = process.getInputStream().readAllBytes();
      if (!process.waitFor(2, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        fail(tool + " did not finish within 2 minutes");
      }
      return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Skips the test when the tool is missing, or fails it when {@code READOUT_INTEROP=required}. */
  static void requireTool(String tool) {
    if (onPath(tool)) {
      return;
    }
    String message = tool + " is not installed (not found on PATH); install qpdf and poppler-utils to run the PDF interop tests";
    if ("required".equals(System.getenv("READOUT_INTEROP"))) {
      fail(message + " — READOUT_INTEROP=required, so a missing tool fails the build");
    }
    Assumptions.abort(message);
  }

  private static boolean onPath(String tool) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }
}
