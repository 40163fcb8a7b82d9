package dev.readout.reports.html;

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
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A document whose HTML is larger than the heap renders in it: the blocks are written as they are
 * visited, not built as text first. The document repeats one table, so it costs the heap little,
 * while its HTML runs to about 100 MB; each repeat has a footnote of its own, so the endnotes, the
 * one part kept until the end, hold {@value #REPEATS} notes.
 */
class LargeHtmlTest {
  static final int REPEATS = 30_000;
  static final int HEAP_MB = 64;

  @Test
  void aDocumentFarLargerThanTheHeapRendersInIt() throws Exception {
    Path dir = Files.createDirectories(Path.of("target", "large-html"));
    Path log = dir.resolve("large-html.log");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "-Xmx" + HEAP_MB + "m",
        "-cp", System.getProperty("java.class.path"), InSmallHeap.class.getName())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    assertThat(process.waitFor(300, TimeUnit.SECONDS)).as("the render finished").isTrue();
    assertThat(process.exitValue()).as("exit status with -Xmx%dm (output in %s)", HEAP_MB, log).isZero();
    String[] counts = Files.readString(log).strip().split(" ");
    assertThat(Long.parseLong(counts[0])).as("bytes of HTML, more than the heap").isGreaterThan((long) HEAP_MB << 20);
    assertThat(Long.parseLong(counts[1])).as("tables").isEqualTo(REPEATS);
    assertThat(Long.parseLong(counts[2])).as("notes").isEqualTo(REPEATS);
  }

  /** The document: the same table and a paragraph with a footnote of its own, {@value #REPEATS} times. */
  static Document document() {
    Metadata metadata = Metadata.builder().title("Tracker of every commitment").date(LocalDate.of(2025, 1, 1))
        .language("vi").build();
    Table.Builder table = Table.builder().column(Table.Column.left(1)).column(Table.Column.left(4))
        .column(Table.Column.left(2)).header("Số", "Cam kết", "Tình trạng");
    for (int i = 1; i <= 8; i++) {
      table.row(Table.Row.of(Table.Cell.of(Integer.toString(i)),
          Table.Cell.of("Bộ trưởng Phan Văn Giang đề nghị hai bên tiếp tục phối hợp chặt chẽ trong khắc phục hậu quả chiến tranh"
              + " và tìm kiếm quân nhân mất tích"),
          Table.Cell.of(Strong.of("Đang thực hiện"))));
    }
    Table shared = table.build();
    List<Block> blocks = new ArrayList<>(REPEATS * 2);
    for (int i = 1; i <= REPEATS; i++) {
      blocks.add(shared);
      blocks.add(Paragraph.of(Text.of("Thượng tướng Nguyễn Quốc Dũng"),
          Footnote.of("Nguồn: Báo Quân đội nhân dân, bản tin số " + i + ".")));
    }
    return new Document(metadata, blocks);
  }

  /** Renders {@link #document()} in the JVM's (small) heap into a stream that only counts; prints the counts. */
  static final class InSmallHeap {
    private InSmallHeap() {}

    public static void main(String[] args) throws IOException {
      Counting out = new Counting();
      RenderResult result = HtmlRenderer.create().render(document(), out);
      if (!result.warnings().isEmpty()) {
        throw new IllegalStateException("unexpected warnings: " + result.warnings());
      }
      System.out.println(out.bytes + " " + out.tables.count + " " + out.notes.count);
    }
  }

  /** Counts the bytes written and the tables and notes among them, keeping nothing. */
  private static final class Counting extends OutputStream {
    long bytes;
    final Needle tables = new Needle("<table>");
    final Needle notes = new Needle("<li id=\"note.");

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes += len;
      tables.feed(b, off, len);
      notes.feed(b, off, len);
    }
  }

  /** Counts occurrences of a needle whose first byte does not occur again in it, across chunks. */
  private static final class Needle {
    private final byte[] needle;
    private int matched;
    long count;

    Needle(String needle) {
      this.needle = needle.getBytes(StandardCharsets.UTF_8);
    }

    void feed(byte[] bytes, int off, int length) {
      for (int i = off; i < off + length; i++) {
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
}
