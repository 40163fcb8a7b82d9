package dev.readout.bench;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.io.DatasetFiles;
import dev.readout.core.io.Format;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.Engagement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a dataset as a folder of dataset files, the way a team might keep years of records: one
 * file per engagement with the article that reports it and the commitments made at it
 * ({@code engagements/00001.yaml}, …), and {@code common.yaml} with everything else (countries,
 * organisations, people, partnerships, instruments, programmes, milestones). No file extends another:
 * the folder is one dataset. The files are cut from the dataset's canonical export, entry by entry.
 */
public final class DatasetFolders {
  private DatasetFolders() {}

  /**
   * Writes the folder.
   *
   * @param dataset the dataset, whose engagements each have the article that reports them as their first quote's source
   * @param dir an empty folder
   * @return the number of bytes written
   * @throws IOException if a file cannot be written
   */
  public static long write(Dataset dataset, Path dir) throws IOException {
    Map<String, Map<String, String>> entries = entries(DatasetFiles.toString(dataset, Format.YAML));
    Map<String, StringBuilder> common = new LinkedHashMap<>();
    entries.forEach((array, byId) -> common.put(array, new StringBuilder()));
    Map<String, String> sourceOf = new HashMap<>();
    Map<String, List<String>> commitmentsAt = new HashMap<>();
    for (Engagement e : dataset.engagements()) {
      sourceOf.put(e.id(), e.evidence().get(0).source());
    }
    for (Commitment c : dataset.commitments()) {
      c.engagement().ifPresent(e -> commitmentsAt.computeIfAbsent(e, x -> new ArrayList<>()).add(c.id()));
    }
    Files.createDirectories(dir.resolve("engagements"));
    long bytes = 0;
    int n = 0;
    for (Engagement e : dataset.engagements()) {
      StringBuilder file = new StringBuilder();
      file.append("sources:\n").append(entries.get("sources").remove(sourceOf.get(e.id())));
      file.append("engagements:\n").append(entries.get("engagements").remove(e.id()));
      List<String> commitments = commitmentsAt.getOrDefault(e.id(), List.of());
      if (!commitments.isEmpty()) {
        file.append("commitments:\n");
        commitments.forEach(c -> file.append(entries.get("commitments").remove(c)));
      }
      bytes += write(dir.resolve("engagements").resolve(String.format(Locale.ROOT, "%05d.yaml", ++n)), file);
    }
    StringBuilder rest = new StringBuilder();
    entries.forEach((array, byId) -> {
      if (!byId.isEmpty()) {
        rest.append(array).append(":\n");
        byId.values().forEach(rest::append);
      }
    });
    return bytes + write(dir.resolve("common.yaml"), rest);
  }

  private static long write(Path file, CharSequence text) throws IOException {
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    Files.write(file, bytes);
    return bytes.length;
  }

  /** The entries of each top-level array of a canonical export, by id (a country by its code), in order. */
  private static Map<String, Map<String, String>> entries(String yaml) {
    Map<String, Map<String, String>> arrays = new LinkedHashMap<>();
    Map<String, String> current = null;
    StringBuilder entry = null;
    String id = null;
    for (String line : (Iterable<String>) yaml.lines()::iterator) {
      boolean top = !line.startsWith(" ");
      if ((top || line.startsWith("  - ")) && entry != null) {
        current.put(id, entry.toString());
        entry = null;
      }
      if (top) {
        current = line.endsWith(":") ? arrays.computeIfAbsent(line.substring(0, line.length() - 1), k -> new LinkedHashMap<>()) : null;
      } else if (line.startsWith("  - ")) {
        id = line.startsWith("  - id: ") ? line.substring("  - id: ".length()) : line.substring(4);
        entry = new StringBuilder();
      }
      if (entry != null) {
        entry.append(line).append('\n');
      }
    }
    if (entry != null) {
      current.put(id, entry.toString());
    }
    return arrays;
  }

  /** Deletes a folder and everything in it. */
  static void delete(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
