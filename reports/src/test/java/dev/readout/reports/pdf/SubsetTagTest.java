package dev.readout.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.reports.doc.SampleDocuments;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDCIDFont;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

/**
 * {@link SubsetTag}, Readout's one hook into how OpenPDF works inside: every embedded font's name,
 * read back with PDFBox, starts with the tag derived from the file identifier. This is the test that
 * fails when an OpenPDF upgrade computes subset tags another way.
 */
class SubsetTagTest {
  private static final String ID = "00112233445566778899aabbccddeeff";

  @Test
  void everyFontsTagComesFromTheGivenDocumentId() throws IOException {
    PdfRenderer renderer = PdfRenderer.builder().documentId(ID).build();
    try (PDDocument pdf = PdfReadBack.render(renderer, SampleDocuments.everyBlockType()).open()) {
      Map<String, String> tags = tags(pdf);
      assertTagsComeFrom(ID, tags);
      // The tags themselves: a change of how they are derived changes every file Readout writes.
      assertThat(tags).containsEntry("LiberationSerif", SubsetTag.of(ID, "LiberationSerif-Regular.ttf"))
          .containsEntry("LiberationSerif", "DMEQYZ");
    }
  }

  @Test
  void everyFontsTagComesFromTheDerivedIdentifier() throws IOException {
    try (PDDocument pdf = PdfReadBack.render(SampleDocuments.adversarial()).open()) {
      COSArray id = pdf.getDocument().getTrailer().getCOSArray(COSName.ID);
      assertTagsComeFrom(((COSString) id.get(0)).toHexString().toLowerCase(Locale.ROOT), tags(pdf));
    }
  }

  @Test
  void eachLetterIsTheOneOpenPdfMakesOfItsNumber() {
    SubsetTag random = new SubsetTag(() -> "AZMNBY");
    assertThat(letters(random) + letters(random)).isEqualTo("AZMNBYAZMNBY");
  }

  /**
   * Asserts that each font's tag is the one {@link SubsetTag} derives from the seed and the font's
   * file (a bundled face's, or for a font of the machine one of theirs), and says what to look at
   * when it is not.
   */
  private static void assertTagsComeFrom(String seed, Map<String, String> tags) {
    assertThat(tags).as("embedded fonts").hasSizeGreaterThanOrEqualTo(3);
    tags.forEach((font, tag) -> {
      List<String> files = Arrays.stream(Fonts.Face.values())
          .filter(f -> f.file().equals(font + ".ttf") || f.file().equals(font + "-Regular.ttf"))
          .map(Fonts.Face::file).toList();
      if (files.isEmpty()) {
        files = SystemFonts.faces().stream().map(FontFace::fileName).toList();
      }
      assertThat(files.stream().map(file -> SubsetTag.of(seed, file))).as("""
          the subset tag of %s. OpenPDF no longer turns the numbers SubsetTag gives it into the letters \
          of the tag: see how BaseFont.createSubsetPrefix makes a tag in this OpenPDF release, and \
          change SubsetTag to match""", font).contains(tag);
    });
  }

  /**
   * The subset tag of each font, by its name without the tag, after checking that the Type 0 font,
   * its descendant and the descendant's descriptor all carry the same tagged name.
   */
  private static Map<String, String> tags(PDDocument pdf) throws IOException {
    Map<String, String> tags = new TreeMap<>();
    for (PDPage page : pdf.getPages()) {
      PDResources resources = page.getResources();
      for (COSName name : resources.getFontNames()) {
        PDFont font = resources.getFont(name);
        assertThat(font).isInstanceOf(PDType0Font.class);
        PDCIDFont descendant = ((PDType0Font) font).getDescendantFont();
        String tagged = font.getName();
        assertThat(descendant.getName()).isEqualTo(tagged);
        assertThat(Optional.ofNullable(descendant.getFontDescriptor()).map(d -> d.getFontName())).contains(tagged);
        assertThat(tagged).as("a subset's name").matches("[A-Z]{6}\\+\\S+");
        String previous = tags.put(tagged.substring(7), tagged.substring(0, 6));
        assertThat(previous).as("the tag of %s on every page", tagged).isIn(null, tagged.substring(0, 6));
      }
    }
    return tags;
  }

  @Test
  void theTagIsAskedForWhenTheFontIsWritten() {
    String[] seed = {"first"};
    SubsetTag random = new SubsetTag(() -> SubsetTag.of(seed[0], "LiberationSerif-Regular.ttf"));
    String first = letters(random);
    seed[0] = "second";
    assertThat(letters(random)).isEqualTo(SubsetTag.of("second", "LiberationSerif-Regular.ttf")).isNotEqualTo(first);
    assertThat(first).isEqualTo(SubsetTag.of("first", "LiberationSerif-Regular.ttf"));
  }

  /** The letters BaseFont.createSubsetPrefix (OpenPDF 2.0.5) makes: (char) (nextDouble() * 26 + 'A'). */
  private static String letters(SubsetTag random) {
    StringBuilder letters = new StringBuilder();
    for (int i = 0; i < SubsetTag.LENGTH; i++) {
      letters.append((char) (random.nextDouble() * 26 + 'A'));
    }
    return letters.toString();
  }
}
