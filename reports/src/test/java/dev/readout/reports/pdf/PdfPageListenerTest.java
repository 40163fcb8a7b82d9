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
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** {@link PdfRenderer.PageListener}: told of every page once, in order, and nothing in the file changes. */
class PdfPageListenerTest {

  @Test
  void aBookWithContentsIsLaidOutOnceAndTheListenerIsToldEachPageOfTheFile() throws Exception {
    Document book = Briefings.briefingBook(Datasets.seed(), BriefingOptions.builder().asOf(LocalDate.of(2025, 3, 1)).build());
    List<Integer> calls = new ArrayList<>();

    byte[] told = PdfReadBack.render(PdfRenderer.builder().pageListener(calls::add).build(), book).bytes();

    assertThat(told).as("the same file as without a listener").isEqualTo(PdfReadBack.render(book).bytes());
    int pages;
    try (PDDocument pdf = new PdfReadBack.Rendered(told, null).open()) {
      pages = pdf.getNumberOfPages();
    }
    assertThat(pages).isGreaterThan(20);
    assertThat(calls).as("each page once, from the first").isEqualTo(IntStream.rangeClosed(1, pages).boxed()
        .collect(Collectors.toList()));
  }

  @Test
  void aOnePageDocumentIsOneCall() {
    Document doc = Document.builder().metadata(Metadata.of("Notes")).add(Paragraph.of("One paragraph.")).build();
    List<Integer> calls = new ArrayList<>();

    PdfReadBack.render(PdfRenderer.builder().pageListener(calls::add).build(), doc);

    assertThat(calls).containsExactly(1);
  }
}
