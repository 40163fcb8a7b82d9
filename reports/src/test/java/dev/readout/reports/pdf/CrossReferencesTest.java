package dev.readout.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.PdfWriter.PdfBody.PdfCrossReference;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The cross-reference table in a file ({@link CrossReferences}) holds what OpenPDF's {@code TreeSet} does. */
class CrossReferencesTest {

  @Test
  void readsBackWhatOpenPdfsSetHolds() throws IOException {
    // PdfBody's uses: a free entry for each number handed out, then the object's offset, often
    // much later; some numbers written twice; a few numbers skipped (sections in the table).
    Random random = new Random(42);
    TreeSet<PdfCrossReference> expected = new TreeSet<>();
    try (CrossReferences table = new CrossReferences(1_000)) {
      List<PdfCrossReference> added = new ArrayList<>();
      added.add(new PdfCrossReference(0, 0, PdfWriter.GENERATION_MAX));
      int next = 1;
      for (int i = 0; i < 20_000; i++) {
        int choice = random.nextInt(10);
        if (choice < 4) {
          added.add(new PdfCrossReference(next++, 0, PdfWriter.GENERATION_MAX));
        } else if (choice < 9) {
          added.add(new PdfCrossReference(random.nextInt(next), random.nextInt(Integer.MAX_VALUE) * 7L));
        } else {
          next += random.nextInt(3);
          added.add(new PdfCrossReference(next++, 12_345_678_901L + i));
        }
      }
      for (PdfCrossReference e : added) {
        if (!expected.add(e)) { // as PdfBody.add does
          expected.remove(e);
          expected.add(e);
        }
        table.add(e);
      }
      assertThat(next).as("several ranges").isGreaterThan(5_000);
      assertThat(lines(table)).isEqualTo(lines(expected));
      assertThat(lines(table)).as("read again").isEqualTo(lines(expected));
      assertThat(line(table.first())).isEqualTo(line(expected.first()));
      assertThat(line(table.last())).isEqualTo(line(expected.last()));
    }
  }

  @Test
  void refusesWhatItCannotKeep() {
    try (CrossReferences table = new CrossReferences(1_000)) {
      assertThatThrownBy(() -> table.add(new PdfCrossReference(2, 5, 3, 0)))
          .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("object streams");
      assertThatThrownBy(() -> table.remove(new PdfCrossReference(5, 0)))
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }

  private static List<String> lines(Iterable<PdfCrossReference> entries) throws IOException {
    List<String> lines = new ArrayList<>();
    for (PdfCrossReference e : entries) {
      lines.add(line(e));
    }
    return lines;
  }

  /** The entry's number and its line in the table. */
  private static String line(PdfCrossReference e) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    e.toPdf(out);
    return e.hashCode() + ": " + out;
  }
}
