package dev.readout.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs every example's {@code main}, so that the examples cannot rot. */
class ExamplesTest {
  @TempDir
  Path dir;

  /** What a main printed to standard output and standard error. */
  private record Printed(String out, String err) {}

  private interface Main {
    void run() throws Exception;
  }

  private static Printed run(Main main) throws Exception {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      main.run();
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    return new Printed(o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
  }

  @Test
  void queryDatasetExample() throws Exception {
    Printed p = run(() -> QueryDatasetExample.main(new String[0]));
    assertThat(p.err()).isEmpty();
    assertThat(p.out()).isEqualTo("""
        Open on 2025-06-01:
          jp-medic-training — Train Vietnamese military medics (due 2025)
          sar-exercise — Hold a search and rescue exercise (due 2026)
        Open on 2026-02-01:
          jp-medic-training — Train Vietnamese military medics (due 2025) OVERDUE
          sar-exercise — Hold a search and rescue exercise (due 2026)
        Timeline of JP:
          2025-03-05  engagement  Defence ministers meet in Tokyo
        Title of giang on 5 March 2025: Minister of National Defence
        """);
  }

  @Test
  void renderCountryBriefExample() throws Exception {
    Printed p = run(() -> RenderCountryBriefExample.main(new String[] {dir.toString()}));
    assertThat(p.err()).as("no render warnings").isEmpty();
    assertThat(p.out()).contains("country-brief-us.vi.pdf (", "country-brief-us.vi.docx (");
    assertThat(Files.size(dir.resolve("country-brief-us.vi.pdf"))).isPositive();
    assertThat(Files.size(dir.resolve("country-brief-us.vi.docx"))).isPositive();
  }

  @Test
  void overdueDigestExample() throws Exception {
    Printed p = run(() -> OverdueDigest.main(new String[0]));
    assertThat(p.out()).isEqualTo("US: 1 overdue\nVN: 3 overdue\n");
  }

  @Test
  void loadDatasetFileExample() throws Exception {
    Printed p = run(() -> LoadDatasetFileExample.main(new String[0]));
    assertThat(p.err()).isEmpty();
    assertThat(p.out()).startsWith("new-meeting.yaml: valid, 12 engagements\n  us-bien-hoa-completion: OPEN\n");
    assertThat(p.out()).endsWith("""
        broken-meeting.yaml: 5 problems
          broken-meeting.yaml:14:5: engagements[0].format: must be given, but was missing
          broken-meeting.yaml:17:5: engagements[0].fromat: must be a field of an engagement, but was 'fromat'; did you mean 'format'?
          broken-meeting.yaml:18:11: engagements[0].date: "2025-13" is not an EDTF date: month must be 01–12
          broken-meeting.yaml:34:14: commitments[0].makers[0]: refers to unknown organization 'us-dodd'
          broken-meeting.yaml:42:16: commitments[0].evidence[0].quote: must occur verbatim in the text of source 'example-2025-readout', but was "The U.S. side promised to finish the dioxin treatment."
        """);
  }
}
