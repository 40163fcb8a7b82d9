package dev.readout.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.core.seed.Datasets;
import dev.readout.reports.briefing.BriefingOptions;
import dev.readout.reports.briefing.Briefings;
import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.Metadata;
import dev.readout.reports.doc.Paragraph;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** {@link PdfRenderer.PageListener}: told of every page of every pass, and nothing in the file changes. */
class PdfPageListenerTest {
  private record Call(int pass, int page) {}

  @Test
  void aBookWithContentsIsToldEachPassFromPageOneAndTheLastPassHasThePagesOfTheFile() throws Exception {
    Document book = Briefings.briefingBook(Datasets.seed(), BriefingOptions.builder().asOf(LocalDate.of(2025, 3, 1)).build());
    List<Call> calls = new ArrayList<>();

    byte[] told = PdfReadBack.render(PdfRenderer.builder().pageListener((pass, page) -> calls.add(new Call(pass, page)))
        .build(), book).bytes();

    assertThat(told).as("the same file as without a listener").isEqualTo(PdfReadBack.render(book).bytes());
    int passes = calls.get(calls.size() - 1).pass();
    assertThat(passes).isBetween(2, 4);
    int pages;
    try (PDDocument pdf = new PdfReadBack.Rendered(told, null).open()) {
      pages = pdf.getNumberOfPages();
    }
    List<Call> expected = new ArrayList<>();
    for (int pass = 1; pass <= passes; pass++) {
      int p = pass;
      int last = (int) calls.stream().filter(c -> c.pass() == p).count();
      IntStream.rangeClosed(1, last).forEach(page -> expected.add(new Call(p, page)));
    }
    assertThat(calls).isEqualTo(expected);
    assertThat(calls.stream().filter(c -> c.pass() == passes)).hasSize(pages);
  }

  @Test
  void aDocumentWithoutContentsIsLaidOutInOnePass() {
    Document doc = Document.builder().metadata(Metadata.of("Notes")).add(Paragraph.of("One paragraph.")).build();
    List<Call> calls = new ArrayList<>();

    PdfReadBack.render(PdfRenderer.builder().pageListener((pass, page) -> calls.add(new Call(pass, page))).build(), doc);

    assertThat(calls).containsExactly(new Call(1, 1));
  }
}
