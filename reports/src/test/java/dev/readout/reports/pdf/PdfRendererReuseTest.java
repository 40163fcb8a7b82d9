package dev.readout.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.core.seed.Datasets;
import dev.readout.reports.briefing.BriefingOptions;
import dev.readout.reports.briefing.Briefings;
import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.Metadata;
import dev.readout.reports.doc.RenderWarning;
import dev.readout.reports.doc.TableOfContents;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A renderer keeps the fonts of a finished render for the next one: whatever it rendered before,
 * each document gets the bytes and warnings a new renderer gives it, also when an earlier render
 * embedded a face whole ({@link CffSubsetGuard}) that this one can subset.
 */
class PdfRendererReuseTest {

  @Test
  void aRendererUsedAgainGivesEachBriefingTheBytesOfANewRenderer() {
    BriefingOptions options = BriefingOptions.builder().asOf(LocalDate.of(2022, 12, 1)).build();
    Document book = Briefings.briefingBook(Datasets.seed(), options);
    Document vietnamese = Briefings.countryBrief(Datasets.seed(), "KR",
        BriefingOptions.builder().asOf(LocalDate.of(2022, 12, 1)).language("vi").build());
    PdfRenderer used = PdfRenderer.create();

    byte[] bookFirst = PdfReadBack.render(used, book).bytes();
    byte[] brief = PdfReadBack.render(used, vietnamese).bytes();
    byte[] bookAgain = PdfReadBack.render(used, book).bytes();

    assertThat(bookFirst).isEqualTo(PdfReadBack.render(PdfRenderer.create(), book).bytes());
    assertThat(brief).isEqualTo(PdfReadBack.render(PdfRenderer.create(), vietnamese).bytes());
    assertThat(bookAgain).isEqualTo(bookFirst);
  }

  /**
   * {@link PdfRenderer#prepare} opens fonts ahead on a thread of its own; the renders after it,
   * and one under way while it runs, give the bytes of a renderer never prepared, in either
   * theme, and a renderer with fonts kept already keeps just those.
   */
  @Test
  void aPreparedRendererGivesTheBytesOfOneNeverPrepared(@TempDir Path dir) throws Exception {
    Document brief = Briefings.countryBrief(Datasets.seed(), "US",
        BriefingOptions.builder().asOf(LocalDate.of(2022, 12, 1)).build());
    byte[] plain = PdfReadBack.render(PdfRenderer.create(), brief).bytes();
    Path mono = dir.resolve("LiberationMono-Regular.ttf");
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("liberation/LiberationMono-Regular.ttf")) {
      Files.copy(in, mono);
    }
    PdfTheme monoBody = PdfTheme.builder().bodyFont(PdfTheme.FontFamily.of(mono)).build();
    PdfRenderer themed = PdfRenderer.builder().theme(monoBody).build();
    byte[] themedPlain = PdfReadBack.render(PdfRenderer.builder().theme(monoBody).build(), brief).bytes();

    PdfRenderer prepared = PdfRenderer.create();
    prepared.prepare();
    themed.prepare();
    PdfRenderer racing = PdfRenderer.create();
    Thread ahead = new Thread(racing::prepare);
    ahead.start();
    byte[] duringPrepare = PdfReadBack.render(racing, brief).bytes();
    ahead.join();

    assertThat(PdfReadBack.render(prepared, brief).bytes()).isEqualTo(plain);
    assertThat(PdfReadBack.render(themed, brief).bytes()).isEqualTo(themedPlain).isNotEqualTo(plain);
    assertThat(duringPrepare).isEqualTo(plain);
    assertThat(PdfReadBack.render(racing, brief).bytes()).isEqualTo(plain);
    assertThat(PdfReadBack.render(racing, brief).bytes()).isEqualTo(plain);
  }

  @Test
  void aFaceEmbeddedWholeForOneDocumentIsASubsetAgainForTheNext() {
    NotoFonts.assumeInstalled();
    Document faulty = Document.builder().metadata(Metadata.of("Guard")).add(TableOfContents.of("Contents"))
        .paragraph("Hán tự \u445B trong tên nguồn.").build();
    Document sound = Document.builder().metadata(Metadata.of("Guard")).add(TableOfContents.of("Contents"))
        .paragraph("국방부 and 国防部").build();
    PdfRenderer used = PdfRenderer.create();

    PdfReadBack.Rendered whole = PdfReadBack.render(used, faulty);
    PdfReadBack.Rendered subset = PdfReadBack.render(used, sound);
    PdfReadBack.Rendered wholeAgain = PdfReadBack.render(used, faulty);

    PdfReadBack.Rendered fresh = PdfReadBack.render(PdfRenderer.create(), sound);
    assertThat(subset.bytes()).as("the CJK face a subset again").isEqualTo(fresh.bytes());
    assertThat(subset.bytes().length).as("a subset, not the 13 MB face").isLessThan(1_000_000);
    assertThat(subset.result().warnings()).isEmpty();
    assertThat(wholeAgain.bytes()).isEqualTo(whole.bytes());
    List<String> warnings = wholeAgain.result().warnings().stream().map(RenderWarning::message).toList();
    assertThat(warnings).singleElement().asString().contains("was embedded whole");
  }
}
