package dev.readout.reports.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.PageSize;
import dev.readout.reports.doc.SampleDocuments;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same document and options, same bytes: whatever the thread, the clock, the time zone or the locale. */
class DocxDeterminismTest {
  private static final DocxRenderer RENDERER = DocxRenderer.create();

  @Test
  void twoRendersAreByteIdentical() throws IOException {
    for (Document doc : List.of(SampleDocuments.everyBlockType(), SampleDocuments.adversarial())) {
      assertThat(render(RENDERER, doc)).isEqualTo(render(RENDERER, doc));
      assertThat(render(DocxRenderer.create(), doc)).isEqualTo(render(RENDERER, doc));
    }
  }

  @Test
  void aRendererPreparedAheadOnAnotherThreadGivesTheSameBytes() throws Exception {
    byte[] expected = render(RENDERER, SampleDocuments.everyBlockType());
    DocxRenderer prepared = DocxRenderer.create();
    Thread ahead = new Thread(prepared::prepare);
    ahead.start();
    byte[] duringPrepare = render(prepared, SampleDocuments.everyBlockType());
    ahead.join();
    assertThat(duringPrepare).isEqualTo(expected);
    assertThat(render(prepared, SampleDocuments.everyBlockType())).isEqualTo(expected);
  }

  @Test
  void rendersOnOtherThreadsAndAtTheSameTimeAreByteIdentical() throws Exception {
    byte[] expected = render(RENDERER, SampleDocuments.everyBlockType());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<byte[]>> renders = new ArrayList<>();
      Callable<byte[]> task = () -> render(RENDERER, SampleDocuments.everyBlockType());
      for (int i = 0; i < 8; i++) {
        renders.add(pool.submit(task));
      }
      for (Future<byte[]> render : renders) {
        assertThat(render.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void partsThatMoveToTemporaryFilesGiveTheSameBytes(@TempDir Path temp) throws IOException {
    for (Document doc : List.of(SampleDocuments.everyBlockType(), SampleDocuments.adversarial())) {
      ByteArrayOutputStream spilled = new ByteArrayOutputStream();
      // Every part over 1 KiB goes to a temporary file, as a large book's do over 4 MiB.
      spilling(doc, temp).render(spilled);
      assertThat(spilled.toByteArray()).isEqualTo(render(RENDERER, doc));
      assertThat(temp).as("the temporary files are deleted").isEmptyDirectory();
    }
  }

  @Test
  void theTemporaryFilesAreDeletedWhenTheRenderFails(@TempDir Path temp) {
    OutputStream full = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("No space left on device");
      }
    };
    assertThatThrownBy(() -> spilling(SampleDocuments.everyBlockType(), temp).render(full))
        .isInstanceOf(IOException.class).hasMessage("No space left on device");
    assertThat(temp).isEmptyDirectory();
  }

  /** A render whose every part over 1 KiB goes to a temporary file in {@code temp}. */
  private static DocxContext spilling(Document doc, Path temp) {
    return new DocxContext(doc, PageSize.A4, DocxRenderer.timestampOf(doc.metadata()), doc.metadata().locale(), 1024, temp);
  }

  @Test
  void anotherJvmWithAnotherTimeZoneAndLocaleWritesTheSameBytes() throws Exception {
    Path dir = Files.createDirectories(Path.of("target", "docx-determinism"));
    Path file = dir.resolve("every-block-type-other-jvm.docx").toAbsolutePath();
    Files.deleteIfExists(file);
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(),
        "-Duser.timezone=Asia/Ho_Chi_Minh", "-Duser.language=vi", "-Duser.country=VN",
        "-cp", System.getProperty("java.class.path"), OtherJvm.class.getName(), file.toString())
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("other-jvm.log").toFile())
        .start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the other JVM finished").isTrue();
    assertThat(process.exitValue()).as("exit status (output in %s)", dir.resolve("other-jvm.log")).isZero();
    assertThat(Files.readAllBytes(file)).isEqualTo(render(RENDERER, SampleDocuments.everyBlockType()));
    assertThat(Files.readString(dir.resolve("other-jvm.log"))).as("nothing is logged to the console").isEmpty();
  }

  /** Renders {@link SampleDocuments#everyBlockType()} into the file named by its argument. */
  static final class OtherJvm {
    private OtherJvm() {}

    public static void main(String[] args) throws IOException {
      try (OutputStream out = Files.newOutputStream(Path.of(args[0]))) {
        DocxRenderer.create().render(SampleDocuments.everyBlockType(), out);
      }
    }
  }

  @Test
  void theDefaultTimeZoneAndLocaleChangeNothing() throws IOException {
    byte[] expected = render(RENDERER, SampleDocuments.everyBlockType());
    TimeZone zone = TimeZone.getDefault();
    Locale locale = Locale.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      Locale.setDefault(Locale.forLanguageTag("th-TH-u-nu-thai"));
      assertThat(render(RENDERER, SampleDocuments.everyBlockType())).isEqualTo(expected);
    } finally {
      TimeZone.setDefault(zone);
      Locale.setDefault(locale);
    }
  }

  @Test
  void anEntryTimeTheDefaultTimeZoneSkipsIsWrittenAsItIs() throws IOException {
    // Cairo moved its clocks from 00:00 to 01:00 on 26 April 2024: that midnight never happened there.
    LocalDateTime midnight = LocalDateTime.of(2024, 4, 26, 0, 0);
    assertThat(ZoneId.of("Africa/Cairo").getRules().getValidOffsets(midnight)).isEmpty();
    DocxRenderer renderer = DocxRenderer.builder().timestamp(midnight.toInstant(ZoneOffset.UTC)).build();
    byte[] expected = render(renderer, SampleDocuments.everyBlockType());
    TimeZone zone = TimeZone.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("Africa/Cairo"));
      assertThat(render(renderer, SampleDocuments.everyBlockType())).isEqualTo(expected);
    } finally {
      TimeZone.setDefault(zone);
    }
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(expected))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        assertThat(e.getTimeLocal()).as(e.getName()).isEqualTo(midnight);
      }
    }
  }

  @Test
  void zipEntriesHaveAFixedOrderAndTheDocumentsTime() throws IOException {
    byte[] bytes = render(RENDERER, SampleDocuments.everyBlockType());
    List<String> names = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        names.add(e.getName());
        assertThat(e.getTimeLocal()).as(e.getName()).isEqualTo(LocalDateTime.of(2024, 5, 12, 0, 0));
        assertThat(e.getExtra()).as(e.getName()).isNull();
      }
    }
    assertThat(names).containsExactly("[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "docProps/core.xml",
        "word/_rels/document.xml.rels", "word/document.xml", "word/fontTable.xml",
        "word/footer1.xml", "word/footnotes.xml", "word/header1.xml", "word/media/image1.png", "word/media/image2.png",
        "word/media/image3.png", "word/numbering.xml", "word/settings.xml", "word/styles.xml");
  }

  @Test
  void zipEntryTimesStayWhereZipFilesCanHoldThem() {
    assertThat(Zips.entryTime(Instant.EPOCH)).isEqualTo(LocalDateTime.of(1980, 1, 1, 0, 0));
    assertThat(Zips.entryTime(Instant.parse("2025-01-02T03:04:05.678Z"))).isEqualTo(LocalDateTime.of(2025, 1, 2, 3, 4, 4));
    assertThat(Zips.entryTime(Instant.parse("2200-01-01T00:00:00Z"))).isEqualTo(LocalDateTime.of(2107, 12, 31, 23, 59, 58));
  }

  @Test
  void theStreamIsFlushedButNotClosed() throws IOException {
    class Recording extends ByteArrayOutputStream {
      boolean closed;
      int flushes;

      @Override
      public void flush() {
        flushes++;
      }

      @Override
      public void close() {
        closed = true;
      }
    }
    Recording out = new Recording();
    RENDERER.render(SampleDocuments.everyBlockType(), out);
    assertThat(out.closed).isFalse();
    assertThat(out.flushes).isPositive();
    assertThat(out.toByteArray()).isEqualTo(render(RENDERER, SampleDocuments.everyBlockType()));
  }

  private static byte[] render(DocxRenderer renderer, Document doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer.render(doc, (OutputStream) out);
    return out.toByteArray();
  }
}
