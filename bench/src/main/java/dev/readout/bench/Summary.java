package dev.readout.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The summary of a suite run, from the files in its results directory: JMH's JSON results
 * ({@code *.json}), the peak heap of renders ({@code heap.jsonl}), the query result sizes
 * ({@code facts.jsonl}) and the machine ({@code machine.txt}). It prints each benchmark's time and
 * allocation per operation at each size (reading a folder of files is {@code Folder.read}),
 * Readout's time over the raw OpenPDF and POI baselines', the
 * growth from 1,000 to 10,000 engagements, the peak heap of renders, and each target (issue 8's, and
 * issue 16's for the PDF) as MET, NOT MET or n/a (not measured in this run).
 *
 * <p>{@code java -cp benchmarks.jar dev.readout.bench.Summary [DIR]} prints it again for a finished run.
 */
public final class Summary {
  /** Readout's PDF over raw OpenPDF on the same content, at most. */
  static final double MAX_PDF_OVERHEAD = 1.25;
  /** Readout's DOCX over raw POI on the same content, at most. */
  static final double MAX_DOCX_OVERHEAD = 1.15;
  /** time(10,000) / time(1,000), at most. */
  static final double MAX_GROWTH = 11;
  /** Building and validating about 100,000 commitments "in about a second": at most this many ms. */
  static final double MAX_BUILD_MS = 1200;
  /** A query finding as much at every size may take this much longer at 20,000 engagements than at 1,000. */
  static final double MAX_QUERY_GROWTH = 2;
  /**
   * The renders that must complete within a heap limit: issue 8's DOCX target, and issue 16's PDF
   * targets, which replaced a flat heap for the PDF (a briefing book is tens to a few hundred pages,
   * not the 45,000 of the 10,000-engagement book). {@link Suite} runs {@link HeapProbe} with these
   * limits.
   */
  static final List<HeapLimit> HEAP_LIMITS = List.of(
      new HeapLimit("docx", 10_000, 1024), new HeapLimit("pdf", 1_000, 512), new HeapLimit("pdf", 10_000, 2048));

  /** A render of the book of {@code engagements} that must complete with {@code -Xmx} of {@code megabytes}. */
  record HeapLimit(String format, int engagements, int megabytes) {
    /** {@return the JVM option, such as {@code -Xmx512m} or {@code -Xmx2g}} */
    String xmx() {
      return "-Xmx" + (megabytes % 1024 == 0 ? megabytes / 1024 + "g" : megabytes + "m");
    }

    /** {@return the key of its {@link HeapProbe} line in a summary: "pdf@1000"} */
    String key() {
      return format + "@" + engagements;
    }

    /** {@return the target as the summary's table names it} */
    String target() {
      return String.format(Locale.ROOT, "%,d-engagement %s renders within %s", engagements,
          format.toUpperCase(Locale.ROOT), xmx());
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Score and allocation of one benchmark at one size, time in milliseconds. */
  record Score(double millis, double error, double allocBytes, String mode) {}

  private final Map<String, Map<Integer, Score>> scores = new TreeMap<>();
  private final Map<String, JsonNode> heap = new LinkedHashMap<>();
  private final Map<Integer, JsonNode> facts = new TreeMap<>();
  /** {@link PairedOverhead}'s lines by "format@engagements". */
  private final Map<String, JsonNode> paired = new LinkedHashMap<>();
  private final String machine;

  private Summary(String machine) {
    this.machine = machine;
  }

  /**
   * Reads a results directory.
   *
   * @param dir the directory
   * @return the summary
   */
  public static Summary of(Path dir) {
    try {
      Path machineFile = dir.resolve("machine.txt");
      Summary s = new Summary(Files.exists(machineFile) ? Files.readString(machineFile).strip() : "");
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.sorted().toList()) {
          String name = f.getFileName().toString();
          if (name.endsWith(".json")) {
            s.readJmh(JSON.readTree(f.toFile()));
          } else if (name.equals("heap.jsonl")) {
            readByFormatAndSize(f, s.heap);
          } else if (name.equals("paired.jsonl")) {
            readByFormatAndSize(f, s.paired);
          } else if (name.equals("facts.jsonl")) {
            for (String line : Files.readAllLines(f)) {
              if (!line.isBlank()) {
                JsonNode n = JSON.readTree(line);
                s.facts.put(n.get("engagements").asInt(), n);
              }
            }
          }
        }
      }
      return s;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads lines of JSON, each with a format and a number of engagements, into "format@engagements". */
  private static void readByFormatAndSize(Path file, Map<String, JsonNode> into) throws IOException {
    for (String line : Files.readAllLines(file)) {
      if (!line.isBlank()) {
        JsonNode n = JSON.readTree(line);
        into.put(n.get("format").asText() + "@" + n.get("engagements").asInt(), n);
      }
    }
  }

  private void readJmh(JsonNode results) {
    for (JsonNode r : results) {
      String[] parts = r.get("benchmark").asText().split("\\.");
      String name = parts[parts.length - 2].replace("Benchmark", "") + "." + parts[parts.length - 1];
      int size = r.path("params").path("engagements").asInt();
      JsonNode primary = r.get("primaryMetric");
      double factor = toMillis(primary.get("scoreUnit").asText());
      double error = primary.path("scoreError").asDouble(Double.NaN);
      JsonNode secondary = r.path("secondaryMetrics");
      JsonNode alloc = secondary.has("gc.alloc.rate.norm") ? secondary.get("gc.alloc.rate.norm")
          : secondary.path("·gc.alloc.rate.norm");
      scores.computeIfAbsent(name, k -> new TreeMap<>()).put(size, new Score(
          primary.get("score").asDouble() * factor, Double.isNaN(error) ? Double.NaN : error * factor,
          alloc.isMissingNode() ? Double.NaN : alloc.get("score").asDouble(), r.get("mode").asText()));
    }
  }

  private static double toMillis(String unit) {
    return switch (unit) {
      case "s/op" -> 1000;
      case "ms/op" -> 1;
      case "us/op" -> 1e-3;
      case "ns/op" -> 1e-6;
      default -> throw new IllegalArgumentException("unit must be a time per operation, but was " + unit);
    };
  }

  Optional<Score> score(String benchmark, int size) {
    return Optional.ofNullable(scores.getOrDefault(benchmark, Map.of()).get(size));
  }

  /** {@return the whole summary as text} */
  public String render() {
    StringBuilder out = new StringBuilder();
    if (!machine.isEmpty()) {
      out.append(machine).append("\n\n");
    }
    times(out);
    List<String[]> targets = new ArrayList<>();
    ratios(out, targets);
    growth(out, targets);
    heap(out, targets);
    dataset(out, targets);
    out.append("Targets\n");
    table(out, List.of("target", "measured", "status"), targets);
    return out.toString();
  }

  private void times(StringBuilder out) {
    TreeSet<Integer> sizes = new TreeSet<>();
    scores.values().forEach(m -> sizes.addAll(m.keySet()));
    List<String> header = new ArrayList<>(List.of("benchmark"));
    for (int size : sizes) {
      header.add("time @" + size);
      header.add("alloc/op @" + size);
    }
    List<String[]> rows = new ArrayList<>();
    scores.forEach((name, bySize) -> {
      List<String> row = new ArrayList<>(List.of(name));
      for (int size : sizes) {
        Score s = bySize.get(size);
        row.add(s == null ? "" : time(s.millis()) + (s.mode().equals("ss") ? " (1 run)" : ""));
        row.add(s == null || Double.isNaN(s.allocBytes()) ? "" : bytes(s.allocBytes()));
      }
      rows.add(row.toArray(String[]::new));
    });
    out.append("Time and allocation per operation (JMH; average time, or one run where marked)\n");
    table(out, header, rows);
  }

  private void ratios(StringBuilder out, List<String[]> targets) {
    String[][] pairs = {
      {"Render.pdfLikeForLike", "Render.rawOpenPdf", "PDF, same content (no contents page, PDF/A off)"},
      {"Render.pdf", "Render.rawOpenPdf", "PDF, whole book (contents page, PDF/A) over raw"},
      {"Render.docxLikeForLike", "Render.rawPoi", "DOCX, same content (no contents field)"},
      {"Render.docx", "Render.rawPoi", "DOCX, whole book (contents field) over raw"}};
    List<String[]> rows = new ArrayList<>();
    for (String[] p : pairs) {
      for (int size : List.of(100, 1000, 10000)) {
        Optional<Score> a = score(p[0], size);
        Optional<Score> b = score(p[1], size);
        if (a.isPresent() && b.isPresent()) {
          rows.add(new String[] {p[2], Integer.toString(size), time(a.get().millis()), time(b.get().millis()),
              ratio(a.get().millis() / b.get().millis())});
        }
      }
    }
    out.append("Readout over the raw baselines\n");
    table(out, List.of("comparison", "engagements", "Readout", "raw", "ratio"), rows);
    List<String[]> pairedRows = new ArrayList<>();
    for (JsonNode n : paired.values()) {
      pairedRows.add(new String[] {n.get("format").asText().toUpperCase(Locale.ROOT), n.get("engagements").asText(),
          n.get("rounds").asText(), time(n.get("readoutMs").asDouble()), time(n.get("rawMs").asDouble()),
          ratio(n.get("median").asDouble()), ratio(n.get("low").asDouble()) + " – " + ratio(n.get("high").asDouble())});
    }
    if (!pairedRows.isEmpty()) {
      out.append("Readout (same content) over the raw baselines in back-to-back pairs, one JVM (PairedOverhead)\n");
      table(out, List.of("format", "engagements", "rounds", "Readout (median)", "raw (median)", "median ratio",
          "range of rounds"), pairedRows);
    }
    String[][] judged = {{pairs[0][0], pairs[0][1], pairs[0][2], "pdf"}, {pairs[2][0], pairs[2][1], pairs[2][2], "docx"}};
    for (String[] p : judged) {
      double maxOverhead = p[3].equals("pdf") ? MAX_PDF_OVERHEAD : MAX_DOCX_OVERHEAD;
      // Met only if met at every size from 1,000 up that was measured: by the paired medians where
      // there are any (the JMH ratios, from forks minutes apart, carry the machine's drift), else by JMH.
      List<String> jmh = new ArrayList<>();
      boolean jmhMet = true;
      for (int size : List.of(1000, 10000)) {
        Optional<Score> a = score(p[0], size);
        Optional<Score> b = score(p[1], size);
        if (a.isPresent() && b.isPresent()) {
          double r = a.get().millis() / b.get().millis();
          jmh.add(ratio(r) + " at " + size);
          jmhMet &= r <= maxOverhead;
        }
      }
      List<String> pairedRatios = new ArrayList<>();
      boolean pairsMet = true;
      for (JsonNode n : paired.values()) {
        if (n.get("format").asText().equals(p[3]) && n.get("engagements").asInt() >= 1000) {
          double r = n.get("median").asDouble();
          pairedRatios.add(judgedRatio(r) + " at " + n.get("engagements").asInt());
          pairsMet &= r <= maxOverhead;
        }
      }
      String measured;
      boolean met;
      if (!pairedRatios.isEmpty()) {
        measured = "paired median " + String.join(", ", pairedRatios) + (jmh.isEmpty() ? "" : " (JMH " + String.join(", ", jmh) + ")");
        met = pairsMet;
      } else {
        measured = jmh.isEmpty() ? "not measured" : String.join(", ", jmh);
        met = jmhMet;
      }
      targets.add(new String[] {p[2] + " ≤ " + maxOverhead + "× raw", measured,
          pairedRatios.isEmpty() && jmh.isEmpty() ? "n/a" : status(met)});
    }
  }

  private void growth(StringBuilder out, List<String[]> targets) {
    String[][] measured = {
      {"Dataset.build", "build + validation"}, {"Compose.book", "compose the book"}, {"Render.pdf", "render PDF"},
      {"Render.docx", "render DOCX"}, {"Render.markdown", "render Markdown"}};
    List<String[]> rows = new ArrayList<>();
    for (String[] m : measured) {
      Optional<Score> small = score(m[0], 1000);
      Optional<Score> large = score(m[0], 10000);
      if (small.isEmpty() || large.isEmpty()) {
        targets.add(new String[] {"linear growth, " + m[1] + ": t(10,000)/t(1,000) ≤ 11", "not measured", "n/a"});
        continue;
      }
      double g = large.get().millis() / small.get().millis();
      rows.add(new String[] {m[0], time(small.get().millis()), time(large.get().millis()), ratio(g)});
      targets.add(new String[] {"linear growth, " + m[1] + ": t(10,000)/t(1,000) ≤ 11", ratio(g), status(g <= MAX_GROWTH)});
    }
    out.append("Growth from 1,000 to 10,000 engagements\n");
    table(out, List.of("benchmark", "t(1,000)", "t(10,000)", "ratio"), rows);
  }

  private void heap(StringBuilder out, List<String[]> targets) {
    List<String[]> rows = new ArrayList<>();
    heap.forEach((key, n) -> rows.add(new String[] {key, mb(n.path("maxHeapMb")), mb(n.path("documentMb")),
        mb(n.path("peakMb")), mb(n.path("renderMb")), n.path("ok").asBoolean() ? "yes" : "OUT OF MEMORY"}));
    out.append("Peak heap of one render, or of reading a folder of files (own JVM, parallel GC, live heap sampled"
        + " after a full GC every " + HeapProbe.SAMPLE_MILLIS + " ms)\n");
    table(out, List.of("render", "-Xmx", "document held", "peak live", "render's own", "completed"), rows);
    for (HeapLimit limit : HEAP_LIMITS) {
      JsonNode n = heap.get(limit.key());
      if (n == null) {
        targets.add(new String[] {limit.target(), "not measured", "n/a"});
        continue;
      }
      boolean ok = n.path("ok").asBoolean();
      // The JVM reports a little less than -Xmx as its maximum (one survivor space is not counted).
      boolean underLimit = n.path("maxHeapMb").asDouble() <= limit.megabytes() * 1.05;
      String measured = ok ? "peak live " + mb(n.path("peakMb")) + " MB" : "out of memory";
      targets.add(new String[] {limit.target(),
          underLimit ? measured : measured + ", but with a heap of " + mb(n.path("maxHeapMb")) + " MB", status(ok && underLimit)});
    }
  }

  private void dataset(StringBuilder out, List<String[]> targets) {
    Optional<Score> build = score("Dataset.build", 20000);
    JsonNode f = facts.get(20000);
    targets.add(build.isEmpty() ? new String[] {"build + validate ~100,000 commitments in about a second", "not measured", "n/a"}
        : new String[] {"build + validate ~100,000 commitments in about a second (≤ " + time(MAX_BUILD_MS) + ")",
            time(build.get().millis()) + (f == null ? "" : " for " + f.get("commitments").asInt() + " commitments"),
            status(build.get().millis() <= MAX_BUILD_MS)});
    List<String[]> rows = new ArrayList<>();
    for (String q : List.of("openInTheMiddle", "openEarly", "overdueInTheMiddle", "timeline")) {
      for (int size : facts.keySet()) {
        Optional<Score> s = score("Query." + q, size);
        if (s.isEmpty()) {
          continue;
        }
        int found = facts.get(size).path(q).asInt();
        rows.add(new String[] {q, Integer.toString(size), Integer.toString(facts.get(size).path("commitments").asInt()),
            Integer.toString(found), time(s.get().millis()),
            String.format(Locale.ROOT, "%.1f ns", s.get().millis() * 1e6 / Math.max(1, found))});
      }
    }
    out.append("Queries: time per result (the result sizes are counted once, outside JMH)\n");
    table(out, List.of("query", "engagements", "commitments", "found", "time", "per result"), rows);
    // The query that finds about as much at every size must take about as long at every size.
    Optional<Score> small = score("Query.openEarly", 1000);
    Optional<Score> large = score("Query.openEarly", 20000);
    String target = "queries cost in proportion to their result, not the dataset: open commitments on a day with "
        + "~50 found, t(20,000)/t(1,000) ≤ " + MAX_QUERY_GROWTH;
    if (small.isEmpty() || large.isEmpty() || !facts.containsKey(1000) || !facts.containsKey(20000)) {
      targets.add(new String[] {target, "not measured", "n/a"});
    } else {
      double g = large.get().millis() / small.get().millis();
      targets.add(new String[] {target, String.format(Locale.ROOT, "%s (found %d → %d)", ratio(g),
          facts.get(1000).path("openEarly").asInt(), facts.get(20000).path("openEarly").asInt()),
          status(g <= MAX_QUERY_GROWTH)});
    }
  }

  // ---- formatting ----

  private static String status(boolean met) {
    return met ? "MET" : "NOT MET";
  }

  static String time(double millis) {
    if (millis >= 10_000) {
      return String.format(Locale.ROOT, "%.1f s", millis / 1000);
    }
    if (millis >= 10) {
      return String.format(Locale.ROOT, "%.0f ms", millis);
    }
    if (millis >= 0.1) {
      return String.format(Locale.ROOT, "%.2f ms", millis);
    }
    return String.format(Locale.ROOT, "%.2f µs", millis * 1000);
  }

  static String bytes(double bytes) {
    if (bytes >= 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f MB", bytes / (1024 * 1024));
    }
    if (bytes >= 1024) {
      return String.format(Locale.ROOT, "%.1f KB", bytes / 1024);
    }
    return String.format(Locale.ROOT, "%.0f B", bytes);
  }

  private static String mb(JsonNode n) {
    return n.isMissingNode() ? "" : String.format(Locale.ROOT, "%.0f", n.asDouble());
  }

  private static String ratio(double r) {
    return String.format(Locale.ROOT, "%.2f×", r);
  }

  /** A ratio that decides a target, to three decimals: 1.1547 is over 1.15, and "1.15×" would hide it. */
  private static String judgedRatio(double r) {
    return String.format(Locale.ROOT, "%.3f×", r);
  }

  /** A Markdown pipe table, columns padded to their widest cell. */
  static void table(StringBuilder out, List<String> header, List<String[]> rows) {
    int[] widths = new int[header.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = header.get(i).length();
      for (String[] r : rows) {
        widths[i] = Math.max(widths[i], r[i].length());
      }
    }
    line(out, header.toArray(String[]::new), widths);
    String[] rule = new String[widths.length];
    for (int i = 0; i < rule.length; i++) {
      rule[i] = "-".repeat(widths[i]);
    }
    line(out, rule, widths);
    rows.forEach(r -> line(out, r, widths));
    out.append('\n');
  }

  private static void line(StringBuilder out, String[] cells, int[] widths) {
    out.append('|');
    for (int i = 0; i < cells.length; i++) {
      out.append(' ').append(cells[i]).append(" ".repeat(widths[i] - cells[i].length())).append(" |");
    }
    out.append('\n');
  }

  public static void main(String[] args) {
    System.out.println(of(Path.of(args.length > 0 ? args[0] : "bench/results")).render());
  }
}
