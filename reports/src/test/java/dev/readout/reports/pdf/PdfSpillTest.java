package dev.readout.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.SampleDocuments;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document with a table of contents is laid out in passes, and a pass's bytes wait in memory up
 * to a limit, then in a temporary file: the file must be the same, and the temporary file gone when
 * the render ends, whether it succeeds or fails.
 */
class PdfSpillTest {
  private static final Document DOCUMENT = SampleDocuments.everyBlockType();
  /** Far less than the document's file: its passes move to a temporary file. */
  private static final int IN_MEMORY = 16 * 1024;

  @TempDir
  Path dir;

  @Test
  void aPassThatOutgrowsMemoryGivesTheSameFileAndLeavesNoTemporaryFile() throws IOException {
    byte[] inMemory = PdfRenderer.create().renderToBytes(DOCUMENT);
    assertThat(inMemory.length).isGreaterThan(4 * IN_MEMORY);
    List<Path> whileCopying = new ArrayList<>();
    ByteArrayOutputStream copy = new ByteArrayOutputStream() {
      @Override
      public synchronized void write(byte[] b, int off, int len) {
        if (whileCopying.isEmpty()) {
          whileCopying.addAll(files());
        }
        super.write(b, off, len);
      }
    };
    spilling().render(DOCUMENT, copy);
    assertThat(whileCopying).as("the last pass, in a temporary file while it is copied")
        .singleElement().satisfies(f -> assertThat(f.getFileName().toString()).startsWith("readout-").endsWith(".pdf.part"));
    assertThat(copy.toByteArray()).isEqualTo(inMemory);
    assertThat(files()).as("temporary files left").isEmpty();
  }

  @Test
  void theTemporaryFileIsDeletedWhenTheRenderFails() {
    List<Path> atFailure = new ArrayList<>();
    OutputStream failing = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        atFailure.addAll(files());
        throw new IOException("disk full");
      }
    };
    assertThatThrownBy(() -> spilling().render(DOCUMENT, failing)).isInstanceOf(IOException.class).hasMessage("disk full");
    assertThat(atFailure).as("a temporary file when the render failed").hasSize(1);
    assertThat(files()).as("temporary files left").isEmpty();
  }

  private PdfRenderer spilling() {
    return PdfRenderer.builder().spill(IN_MEMORY, dir).build();
  }

  private List<Path> files() {
    try (Stream<Path> files = Files.list(dir)) {
      return files.toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
