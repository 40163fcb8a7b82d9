package dev.readout.reports.docx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.reports.doc.Block;
import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.Footnote;
import dev.readout.reports.doc.Metadata;
import dev.readout.reports.doc.Paragraph;
import dev.readout.reports.doc.RenderResult;
import dev.readout.reports.doc.Strong;
import dev.readout.reports.doc.Table;
import dev.readout.reports.doc.Text;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * A document whose WordprocessingML is many times larger than the heap renders in it: the body and
 * the footnotes are streamed, not built as a tree. The document repeats the same few blocks, so it
 * costs the heap almost nothing, while its {@code document.xml} runs to about 90 MB.
 */
class LargeDocxTest {
  static final int REPEATS = 12_000;
  static final int HEAP_MB = 64;

  @Test
  void aDocumentFarLargerThanTheHeapRendersInIt() throws Exception {
    Path dir = Files.createDirectories(Path.of("target", "large-docx"));
    Path file = dir.resolve("large.docx").toAbsolutePath();
    Path log = dir.resolve("large-docx.log");
    Files.deleteIfExists(file);
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "-Xmx" + HEAP_MB + "m",
        "-cp", System.getProperty("java.class.path"), InSmallHeap.class.getName(), file.toString())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    assertThat(process.waitFor(300, TimeUnit.SECONDS)).as("the render finished").isTrue();
    assertThat(process.exitValue()).as("exit status with -Xmx%dm (output in %s)", HEAP_MB, log).isZero();
    assertThat(Files.readString(log)).as("nothing is logged").isEmpty();

    Map<String, Long> tables = new HashMap<>();
    Map<String, Long> notes = new HashMap<>();
    Map<String, Long> sizes = new HashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        CountingMatcher tbl = new CountingMatcher("<w:tbl>");
        CountingMatcher note = new CountingMatcher("<w:footnote ");
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
          tbl.feed(buffer, n);
          note.feed(buffer, n);
          size += n;
        }
        tables.put(e.getName(), tbl.count);
        notes.put(e.getName(), note.count);
        sizes.put(e.getName(), size);
      }
    }
    assertThat(sizes.get("word/document.xml")).as("document.xml is larger than the heap").isGreaterThan((long) HEAP_MB << 20);
    assertThat(tables.get("word/document.xml")).isEqualTo(REPEATS);
    // Two separators, then one note per table.
    assertThat(notes.get("word/footnotes.xml")).isEqualTo(REPEATS + 2);
  }

  /** The document: the same table and a paragraph with a footnote of its own, {@value #REPEATS} times. */
  static Document document() {
    Metadata metadata = Metadata.builder().title("Tracker of every commitment").date(LocalDate.of(2025, 1, 1))
        .language("vi").build();
    Table.Builder table = Table.builder().column(Table.Column.left(1)).column(Table.Column.left(4))
        .column(Table.Column.left(2)).header("Số", "Cam kết", "Tình trạng");
    for (int i = 1; i <= 8; i++) {
      table.row(Table.Row.of(Table.Cell.of(Integer.toString(i)),
          Table.Cell.of("Bộ trưởng Phan Văn Giang đề nghị hai bên tiếp tục phối hợp chặt chẽ trong khắc phục hậu quả chiến tranh"),
          Table.Cell.of(Strong.of("Đang thực hiện"))));
    }
    Table shared = table.build();
    // Each note differs (equal notes would be one note), so every paragraph adds a footnote.
    List<Block> blocks = new ArrayList<>(REPEATS * 2);
    for (int i = 1; i <= REPEATS; i++) {
      blocks.add(shared);
      blocks.add(Paragraph.of(Text.of("Thượng tướng Nguyễn Quốc Dũng"),
          Footnote.of("Nguồn: Báo Quân đội nhân dân, bản tin về hội đàm số " + i + ".")));
    }
    return new Document(metadata, blocks);
  }

  /** Renders {@link #document()} into the file named by its argument, in the JVM's (small) heap. */
  static final class InSmallHeap {
    private InSmallHeap() {}

    public static void main(String[] args) throws IOException {
      try (OutputStream out = Files.newOutputStream(Path.of(args[0]))) {
        RenderResult result = DocxRenderer.create().render(document(), out);
        if (!result.warnings().isEmpty()) {
          throw new IllegalStateException("unexpected warnings: " + result.warnings());
        }
      }
    }
  }

  /** Counts occurrences of a needle whose first byte does not occur again in it, across chunks. */
  private static final class CountingMatcher {
    private final byte[] needle;
    private int matched;
    long count;

    CountingMatcher(String needle) {
      this.needle = needle.getBytes(StandardCharsets.UTF_8);
    }

    void feed(byte[] bytes, int length) {
      for (int i = 0; i < length; i++) {
        byte b = bytes[i];
        if (b == needle[matched]) {
          if (++matched == needle.length) {
            count++;
            matched = 0;
          }
        } else {
          matched = b == needle[0] ? 1 : 0;
        }
      }
    }
  }

  @Test
  void theMatcherCountsAcrossChunks() {
    CountingMatcher m = new CountingMatcher("<w:tbl>");
    byte[] text = "<w:tbl><w:t<w:tbl><w:tb".getBytes(StandardCharsets.UTF_8);
    m.feed(text, text.length);
    byte[] rest = "l>x".getBytes(StandardCharsets.UTF_8);
    m.feed(rest, rest.length);
    assertThat(m.count).isEqualTo(3);
  }
}
