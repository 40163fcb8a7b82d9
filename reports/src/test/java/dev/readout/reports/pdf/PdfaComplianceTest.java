package dev.readout.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.Metadata;
import dev.readout.reports.doc.PageSize;
import dev.readout.reports.doc.SampleDocuments;
import java.io.ByteArrayInputStream;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** The renderer's output validates as PDF/A-1b with veraPDF, with no failed rule. */
class PdfaComplianceTest {

  @BeforeAll
  static void initialiseVeraPdf() {
    VeraGreenfieldFoundryProvider.initialise();
  }

  @Test
  void everyBlockTypeIsPdfA1b() throws Exception {
    assertPdfA1b(PdfReadBack.render(SampleDocuments.everyBlockType()).bytes());
  }

  /** The seed's book in both languages, with every kind of chart the briefings draw, stays PDF/A-1b. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"en", "vi"})
  void theSeedBookWithItsChartsIsPdfA1b(String language) throws Exception {
    Document book = dev.readout.reports.briefing.Briefings.briefingBook(dev.readout.core.seed.Datasets.seed(),
        dev.readout.reports.briefing.BriefingOptions.builder().asOf(java.time.LocalDate.of(2024, 12, 1)).language(language).build());
    assertThat(book.blocks()).anyMatch(dev.readout.reports.doc.Figure.class::isInstance);
    assertPdfA1b(PdfReadBack.render(book).bytes());
  }

  @Test
  void adversarialDocumentIsPdfA1b() throws Exception {
    assertPdfA1b(PdfReadBack.render(SampleDocuments.adversarial()).bytes());
  }

  @Test
  void documentWithoutBlocksIsPdfA1b() throws Exception {
    Document empty = Document.builder().metadata(Metadata.of("Empty")).build();
    assertPdfA1b(PdfReadBack.render(empty).bytes());
  }

  @Test
  void usLetterInVietnameseIsPdfA1b() throws Exception {
    PdfRenderer renderer = PdfRenderer.builder().pageSize(PageSize.US_LETTER)
        .locale(java.util.Locale.forLanguageTag("vi")).build();
    assertPdfA1b(PdfReadBack.render(renderer, SampleDocuments.everyBlockType()).bytes());
  }

  @Test
  void plainPdfIsNotPdfA() throws Exception {
    // The check can fail: without the PDF/A option there is no output intent nor PDF/A metadata.
    byte[] plain = PdfReadBack.render(PdfRenderer.builder().pdfA(false).build(), SampleDocuments.everyBlockType()).bytes();
    assertThat(validate(plain).isCompliant()).isFalse();
  }

  static ValidationResult validate(byte[] pdf) throws Exception {
    try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_1_B);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_1_B, false)) {
      return validator.validate(parser);
    }
  }

  static void assertPdfA1b(byte[] pdf) throws Exception {
    try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_1_B);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_1_B, false)) {
      ValidationResult result = validator.validate(parser);
      String failures = result.getTestAssertions().stream()
          .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
          .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage()
              + " at " + a.getLocation().getContext())
          .distinct()
          .collect(Collectors.joining("\n"));
      assertThat(result.isCompliant()).as("veraPDF PDF/A-1b failures:%n%s", failures).isTrue();
      assertThat(result.getPDFAFlavour()).isEqualTo(PDFAFlavour.PDFA_1_B);
    }
  }
}
