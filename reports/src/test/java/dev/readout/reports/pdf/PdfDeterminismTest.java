package dev.readout.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.Metadata;
import dev.readout.reports.doc.PageSize;
import dev.readout.reports.doc.SampleDocuments;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** Same document and options, same bytes: fixed dates, file identifier and font subset tags. */
class PdfDeterminismTest {

  @Test
  void twoRendersAreByteIdentical() {
    byte[] first = PdfReadBack.render(SampleDocuments.everyBlockType()).bytes();
    byte[] second = PdfReadBack.render(PdfRenderer.create(), SampleDocuments.everyBlockType()).bytes();
    assertThat(second).isEqualTo(first);
  }

  @Test
  void aDocumentThatNeedsNoFallbackFontIsTheSameWhicheverFontsAreAllowed() {
    PdfRenderer bundledOnly = PdfRenderer.builder().systemFonts(false).build();
    assertThat(bundledOnly.systemFonts()).isFalse();
    assertThat(PdfRenderer.create().systemFonts()).isTrue();
    assertThat(PdfRenderer.create().fallbackFonts()).isEmpty();
    assertThat(bundledOnly.renderToBytes(SampleDocuments.everyBlockType()))
        .isEqualTo(PdfRenderer.create().renderToBytes(SampleDocuments.everyBlockType()));
  }

  @Test
  void adversarialRendersAreByteIdentical() {
    PdfRenderer renderer = PdfRenderer.builder().pageSize(PageSize.US_LETTER).build();
    assertThat(renderer.renderToBytes(SampleDocuments.adversarial()))
        .isEqualTo(renderer.renderToBytes(SampleDocuments.adversarial()));
  }

  @Test
  void oneRendererSharedByThreadsGivesTheSameBytes() throws Exception {
    assertThreadsGiveTheSameBytes(PdfRenderer.create(), SampleDocuments.everyBlockType());
  }

  /** Renders the document with the renderer on four threads at once, each giving the same bytes. */
  static void assertThreadsGiveTheSameBytes(PdfRenderer shared, Document document) throws Exception {
    byte[] expected = shared.renderToBytes(document);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<byte[]>> results = new java.util.ArrayList<>();
      for (int i = 0; i < 4; i++) {
        results.add(pool.submit(() -> shared.renderToBytes(document)));
      }
      for (java.util.concurrent.Future<byte[]> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void datesComeFromTheDocumentDateAtMidnightUtc() throws IOException {
    try (PDDocument pdf = PdfReadBack.render(SampleDocuments.everyBlockType()).open()) {
      Calendar created = pdf.getDocumentInformation().getCreationDate();
      assertThat(created.toInstant()).isEqualTo(Instant.parse("2024-05-12T00:00:00Z"));
      assertThat(pdf.getDocumentInformation().getModificationDate().toInstant()).isEqualTo(created.toInstant());
      String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
      assertThat(xmp).contains("<xmp:CreateDate>2024-05-12T00:00:00Z</xmp:CreateDate>",
          "<xmp:ModifyDate>2024-05-12T00:00:00Z</xmp:ModifyDate>");
    }
  }

  @Test
  void timestampAndIdCanBeSet() throws IOException {
    PdfRenderer renderer = PdfRenderer.builder()
        .timestamp(Instant.parse("2025-01-02T03:04:05Z"))
        .documentId("00112233445566778899aabbccddeeff")
        .build();
    try (PDDocument pdf = PdfReadBack.render(renderer, SampleDocuments.everyBlockType()).open()) {
      assertThat(pdf.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(Instant.parse("2025-01-02T03:04:05Z"));
      COSArray id = pdf.getDocument().getTrailer().getCOSArray(COSName.ID);
      assertThat(((COSString) id.get(0)).toHexString()).isEqualTo("00112233445566778899AABBCCDDEEFF");
      assertThat(((COSString) id.get(1)).toHexString()).isEqualTo("00112233445566778899AABBCCDDEEFF");
    }
  }

  @Test
  void documentWithoutDateIsDatedAtTheEpoch() throws IOException {
    Document undated = Document.builder().metadata(Metadata.of("Undated")).paragraph("Text.").build();
    try (PDDocument pdf = PdfReadBack.render(undated).open()) {
      assertThat(pdf.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(Instant.EPOCH);
    }
  }

  @Test
  void defaultIdIsAHashOfTheContent() throws IOException {
    Document one = Document.builder().metadata(Metadata.of("One")).paragraph("Text.").build();
    Document two = Document.builder().metadata(Metadata.of("One")).paragraph("Text!").build();
    assertThat(fileId(one)).isEqualTo(fileId(one)).isNotEqualTo(fileId(two)).hasSize(32);
  }

  @Test
  void defaultIdChangesWithEveryFieldOfTheMetadata() throws IOException {
    Metadata base = new Metadata("Title", Optional.of("Sub"), Optional.of("Author"), Optional.of("Org"),
        Optional.of(LocalDate.of(2022, 11, 23)), "en", Optional.of("RESTRICTED"), List.of("a", "b"));
    List<Metadata> changed = List.of(
        new Metadata("Title2", base.subtitle(), base.author(), base.organisation(), base.date(), "en", base.classification(), base.keywords()),
        new Metadata("Title", Optional.empty(), base.author(), base.organisation(), base.date(), "en", base.classification(), base.keywords()),
        new Metadata("Title", base.subtitle(), Optional.of("Other"), base.organisation(), base.date(), "en", base.classification(), base.keywords()),
        new Metadata("Title", base.subtitle(), base.author(), Optional.empty(), base.date(), "en", base.classification(), base.keywords()),
        new Metadata("Title", base.subtitle(), base.author(), base.organisation(), Optional.of(LocalDate.of(2022, 11, 24)), "en", base.classification(), base.keywords()),
        new Metadata("Title", base.subtitle(), base.author(), base.organisation(), base.date(), "en", Optional.empty(), base.keywords()),
        new Metadata("Title", base.subtitle(), base.author(), base.organisation(), base.date(), "en", base.classification(), List.of("ab")),
        // The same letters, split differently between two fields.
        new Metadata("Title", Optional.of("Su"), Optional.of("bAuthor"), base.organisation(), base.date(), "en", base.classification(), base.keywords()));
    // The basis alone, as pages that show a field (a title, a classification) would differ anyway.
    PdfSettings settings = new PdfSettings(com.lowagie.text.PageSize.A4, Locale.ENGLISH, null, true, Instant.EPOCH, null);
    Set<String> bases = new HashSet<>();
    bases.add(settings.idBasis(base));
    changed.forEach(m -> bases.add(settings.idBasis(m)));
    assertThat(bases).hasSize(changed.size() + 1);
    // And the file: its date fixed, so that only the basis and the pages can differ.
    PdfRenderer renderer = PdfRenderer.builder().timestamp(Instant.parse("2022-11-23T00:00:00Z")).build();
    Set<String> ids = new HashSet<>();
    ids.add(fileId(renderer, Document.builder().metadata(base).paragraph("Text.").build()));
    for (Metadata m : changed) {
      ids.add(fileId(renderer, Document.builder().metadata(m).paragraph("Text.").build()));
    }
    assertThat(ids).hasSize(changed.size() + 1);
  }

  @Test
  void defaultIdChangesWithTheLastWordOfALongDocument() throws IOException {
    // The id is a hash of the file as written; the last page must be in it, not in a buffer.
    Document.Builder one = Document.builder().metadata(Metadata.of("Long"));
    Document.Builder two = Document.builder().metadata(Metadata.of("Long"));
    for (int i = 0; i < 400; i++) {
      one.paragraph("Paragraph " + i + " of a document longer than any buffer.");
      two.paragraph("Paragraph " + i + " of a document longer than any buffer.");
    }
    assertThat(fileId(one.paragraph("The end.").build())).isNotEqualTo(fileId(two.paragraph("The end!").build()));
  }

  @Test
  void defaultTimeZoneDoesNotMatter() {
    TimeZone saved = TimeZone.getDefault();
    byte[] utc;
    byte[] elsewhere;
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
      utc = PdfRenderer.create().renderToBytes(SampleDocuments.everyBlockType());
      TimeZone.setDefault(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
      elsewhere = PdfRenderer.create().renderToBytes(SampleDocuments.everyBlockType());
    } finally {
      TimeZone.setDefault(saved);
    }
    assertThat(elsewhere).isEqualTo(utc);
  }

  private static String fileId(Document document) throws IOException {
    return fileId(PdfRenderer.create(), document);
  }

  private static String fileId(PdfRenderer renderer, Document document) throws IOException {
    try (PDDocument pdf = PdfReadBack.render(renderer, document).open()) {
      return ((COSString) pdf.getDocument().getTrailer().getCOSArray(COSName.ID).get(0)).toHexString();
    }
  }
}
