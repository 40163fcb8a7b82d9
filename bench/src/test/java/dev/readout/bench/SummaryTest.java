package dev.readout.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryTest {
  @TempDir
  Path dir;

  /** One result as JMH writes it in its JSON. */
  private static String result(String benchmark, int size, double score, String unit, double alloc) {
    return String.format(Locale.ROOT, """
        {"benchmark":"dev.readout.bench.%s","mode":"avgt","params":{"engagements":"%d"},
         "primaryMetric":{"score":%f,"scoreError":0.5,"scoreUnit":"%s"},
         "secondaryMetrics":{"gc.alloc.rate.norm":{"score":%f,"scoreUnit":"B/op"}}}""",
        benchmark, size, score, unit, alloc);
  }

  private void write(String file, List<String> results) throws IOException {
    Files.writeString(dir.resolve(file), "[" + String.join(",", results) + "]");
  }

  @Test
  void printsTimesRatiosGrowthHeapAndTargets() throws IOException {
    List<String> render = new ArrayList<>();
    for (int size : List.of(1000, 10000)) {
      int k = size / 1000;
      render.add(result("RenderBenchmark.pdfLikeForLike", size, 1200 * k, "ms/op", 1e9));
      render.add(result("RenderBenchmark.rawOpenPdf", size, 1000 * k, "ms/op", 5e8));
      render.add(result("RenderBenchmark.docxLikeForLike", size, 1000 * k, "ms/op", 1e9));
      render.add(result("RenderBenchmark.rawPoi", size, 1000 * k, "ms/op", 1e9));
      render.add(result("RenderBenchmark.pdf", size, 2000 * k, "ms/op", 2e9));
      render.add(result("RenderBenchmark.docx", size, 1100 * k * (size == 10000 ? 1.2 : 1), "ms/op", 1e9));
      render.add(result("RenderBenchmark.markdown", size, 100 * k, "ms/op", 1e8));
    }
    write("render.json", render);
    write("dataset.json", List.of(result("DatasetBenchmark.build", 1000, 40, "ms/op", 1e7),
        result("DatasetBenchmark.build", 10000, 400, "ms/op", 1e8),
        result("DatasetBenchmark.build", 20000, 0.9, "s/op", 2e8),
        result("QueryBenchmark.openEarly", 1000, 1, "us/op", 1e3),
        result("QueryBenchmark.openEarly", 20000, 1.5, "us/op", 1e3)));
    Files.writeString(dir.resolve("facts.jsonl"), """
        {"engagements":1000,"commitments":5000,"openInTheMiddle":2000,"openEarly":50,"overdueInTheMiddle":1000,"timeline":150}
        {"engagements":20000,"commitments":100000,"openInTheMiddle":40000,"openEarly":50,"overdueInTheMiddle":20000,"timeline":3000}
        """);
    Files.writeString(dir.resolve("heap.jsonl"), """
        {"format":"docx","engagements":10000,"maxHeapMb":1024.0,"documentMb":300.0,"peakMb":900.0,"renderMb":600.0,"bytes":1,"ok":true}
        {"format":"pdf","engagements":1000,"maxHeapMb":455.0,"documentMb":30.0,"peakMb":130.0,"renderMb":100.0,"bytes":1,"ok":true}
        {"format":"pdf","engagements":10000,"maxHeapMb":1820.0,"documentMb":300.0,"peakMb":1700.0,"renderMb":1400.0,"bytes":1,"ok":false}
        """);

    String summary = Summary.of(dir).render();

    assertThat(summary).contains("| Render.pdf ").contains("2.0 s").contains("953.7 MB");
    assertThat(summary).containsPattern("PDF, same content \\(no contents page, PDF/A off\\) +\\| 10000 +\\| 12.0 s +\\| 10.0 s +\\| 1.20×");
    assertThat(summary).containsPattern("PDF, same content .*≤ 1.25× raw +\\| 1.20× at 1000, 1.20× at 10000 +\\| MET");
    assertThat(summary).containsPattern("DOCX, same content .*≤ 1.15× raw +\\| 1.00× at 1000, 1.00× at 10000 +\\| MET");
    assertThat(summary).containsPattern("linear growth, build \\+ validation.*\\| 10.00× +\\| MET");
    assertThat(summary).containsPattern("linear growth, render DOCX.*\\| 12.00× +\\| NOT MET");
    assertThat(summary).containsPattern("linear growth, compose the book.*\\| not measured +\\| n/a");
    assertThat(summary).containsPattern("10,000-engagement DOCX renders within -Xmx1g +\\| peak live 900 MB +\\| MET");
    assertThat(summary).containsPattern("1,000-engagement PDF renders within -Xmx512m +\\| peak live 130 MB +\\| MET");
    assertThat(summary).containsPattern("10,000-engagement PDF renders within -Xmx2g +\\| out of memory +\\| NOT MET");
    assertThat(summary).containsPattern("\\| pdf@10000 +\\| 1820 +\\| 300 +\\| 1700 +\\| 1400 +\\| OUT OF MEMORY +\\|");
    assertThat(summary).containsPattern("100,000 commitments.*\\| 900 ms for 100000 commitments +\\| MET");
    assertThat(summary).containsPattern("\\| openEarly +\\| 20000 +\\| 100000 +\\| 50 +\\| 1.50 µs +\\| 30.0 ns +\\|");
    assertThat(summary).containsPattern("queries cost in proportion.*\\| 1.50× \\(found 50 → 50\\) +\\| MET");
  }

  @Test
  void pairedMediansJudgeTheOverheadTargetsWhereThereAreAny() throws IOException {
    write("render.json", List.of(result("RenderBenchmark.pdfLikeForLike", 1000, 1500, "ms/op", 1e9),
        result("RenderBenchmark.rawOpenPdf", 1000, 1000, "ms/op", 5e8),
        result("RenderBenchmark.docxLikeForLike", 1000, 1000, "ms/op", 1e9),
        result("RenderBenchmark.rawPoi", 1000, 1000, "ms/op", 1e9)));
    Files.writeString(dir.resolve("paired.jsonl"), """
        {"format":"pdf","engagements":1000,"rounds":9,"readoutMs":1200.0,"rawMs":1000.0,"median":1.2000,"low":0.9500,"high":1.4000,"ratios":[1.2]}
        {"format":"docx","engagements":1000,"rounds":9,"readoutMs":1155.0,"rawMs":1000.0,"median":1.1547,"low":1.1000,"high":1.2000,"ratios":[1.1547]}
        """);

    String summary = Summary.of(dir).render();

    assertThat(summary).containsPattern("\\| PDF +\\| 1000 +\\| 9 +\\| 1200 ms +\\| 1000 ms +\\| 1.20× +\\| 0.95× – 1.40× +\\|");
    // Each format has its own line: 1.2× is within the PDF's 1.25×, 1.155× beyond the DOCX's 1.15×.
    assertThat(summary).containsPattern("PDF, same content .*≤ 1.25× raw +\\| paired median 1.200× at 1000 \\(JMH 1.50× at 1000\\) +\\| MET");
    assertThat(summary).containsPattern("DOCX, same content .*≤ 1.15× raw +\\| paired median 1.155× at 1000 \\(JMH 1.00× at 1000\\) +\\| NOT MET");
  }

  @Test
  void aRenderGivenMoreHeapThanItsTargetDoesNotMeetIt() throws IOException {
    Files.writeString(dir.resolve("heap.jsonl"), """
        {"format":"pdf","engagements":1000,"maxHeapMb":2731.0,"documentMb":30.0,"peakMb":130.0,"renderMb":100.0,"bytes":1,"ok":true}
        """);

    String summary = Summary.of(dir).render();

    assertThat(summary).containsPattern("1,000-engagement PDF renders within -Xmx512m +\\| peak live 130 MB, but with a heap of 2731 MB +\\| NOT MET");
    assertThat(summary).containsPattern("10,000-engagement PDF renders within -Xmx2g +\\| not measured +\\| n/a");
    assertThat(Summary.HEAP_LIMITS).extracting(Summary.HeapLimit::xmx).containsExactly("-Xmx1g", "-Xmx512m", "-Xmx2g");
  }

  @Test
  void formatsTimesAndSizes() {
    assertThat(Summary.time(12_345)).isEqualTo("12.3 s");
    assertThat(Summary.time(123.4)).isEqualTo("123 ms");
    assertThat(Summary.time(1.234)).isEqualTo("1.23 ms");
    assertThat(Summary.time(0.0123)).isEqualTo("12.30 µs");
    assertThat(Summary.bytes(3 * 1024 * 1024)).isEqualTo("3.0 MB");
    assertThat(Summary.bytes(2048)).isEqualTo("2.0 KB");
  }
}
