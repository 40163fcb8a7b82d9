package dev.readout.reports.docx;

import java.io.ByteArrayInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites the zip container POI wrote so that it depends only on its content: entries in a fixed
 * order ({@code [Content_Types].xml}, {@code _rels/.rels}, then by name), each with the same
 * modification time, no extra fields, default compression.
 *
 * <p>POI 5 has a reproducibility switch of its own ({@code org.apache.poi.util.Reproducibility},
 * or the {@code SOURCE_DATE_EPOCH} environment variable), but it is one static flag for the whole
 * JVM that {@code runWithSourceDateEpoch} sets and resets around a call: two renders on two threads
 * can reset it under each other, and it fixes the time at 1970 rather than the document's
 * timestamp. Rewriting with {@code java.util.zip} needs no shared state.
 */
final class Zips {
  /** The earliest time a zip entry can hold without an extra field (DOS time starts in 1980). */
  private static final LocalDateTime DOS_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);
  private static final LocalDateTime DOS_END = LocalDateTime.of(2107, 12, 31, 23, 59, 58);

  private Zips() {}

  /** The entry time for a timestamp: its UTC date and time, within what a zip entry can hold. */
  static LocalDateTime entryTime(Instant timestamp) {
    LocalDateTime time = LocalDateTime.ofInstant(timestamp.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);
    if (time.isBefore(DOS_EPOCH)) {
      return DOS_EPOCH;
    }
    if (time.isAfter(DOS_END)) {
      return DOS_END;
    }
    // DOS time counts seconds in twos.
    return time.withSecond(time.getSecond() & ~1);
  }

  /** The bytes of a zip entry, written on demand. */
  @FunctionalInterface
  interface Content {
    /** Writes the entry's bytes to {@code out}, which stays open. */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes the entries of {@code zip} to {@code out} in the fixed order with the given time, the
   * entries named in {@code replacements} with the content given there instead of their own. Each
   * entry is read from its place in {@code zip} (found in the zip's central directory) or from its
   * replacement and streamed across, so no entry is ever held uncompressed.
   *
   * @throws IllegalArgumentException if a replacement names an entry {@code zip} does not have
   */
  static void rewrite(byte[] zip, LocalDateTime time, Map<String, Content> replacements, OutputStream out)
      throws IOException {
    List<Map.Entry<String, Integer>> entries = centralDirectory(zip);
    Set<String> names = new HashSet<>();
    entries.forEach(e -> names.add(e.getKey()));
    for (String name : replacements.keySet()) {
      if (!names.contains(name)) {
        throw new IllegalArgumentException("the package has no part '" + name + "' to replace");
      }
    }
    entries.sort(Comparator.comparing((Map.Entry<String, Integer> e) -> rank(e.getKey()))
        .thenComparing(Map.Entry::getKey));
    try (ZipOutputStream zos = new ZipOutputStream(new KeepOpen(out))) {
      for (Map.Entry<String, Integer> e : entries) {
        ZipEntry entry = new ZipEntry(e.getKey());
        entry.setTimeLocal(time);
        zos.putNextEntry(entry);
        Content replacement = replacements.get(e.getKey());
        if (replacement != null) {
          replacement.writeTo(zos);
        } else {
          copy(zip, e.getKey(), e.getValue(), zos);
        }
        zos.closeEntry();
      }
    }
    out.flush();
  }

  /** Copies the uncompressed bytes of the entry at {@code offset}. */
  private static void copy(byte[] zip, String name, int offset, OutputStream out) throws IOException {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip, offset, zip.length - offset))) {
      ZipEntry read = in.getNextEntry();
      if (read == null || !read.getName().equals(name)) {
        throw new IOException("zip entry '" + name + "' must start at offset " + offset);
      }
      in.transferTo(out);
    }
  }

  /** The name and local header offset of each entry, from the central directory at the end of the zip. */
  private static List<Map.Entry<String, Integer>> centralDirectory(byte[] zip) throws IOException {
    int end = zip.length - 22;
    while (end >= 0 && int32(zip, end) != 0x06054b50) {
      end--;
    }
    if (end < 0) {
      throw new IOException("the zip POI wrote must end with a central directory");
    }
    int count = int16(zip, end + 10);
    int at = int32(zip, end + 16);
    List<Map.Entry<String, Integer>> entries = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      if (int32(zip, at) != 0x02014b50) {
        throw new IOException("central directory entry " + i + " must start with its signature");
      }
      int nameLength = int16(zip, at + 28);
      int extraLength = int16(zip, at + 30);
      int commentLength = int16(zip, at + 32);
      int offset = int32(zip, at + 42);
      String name = new String(zip, at + 46, nameLength, StandardCharsets.UTF_8);
      entries.add(Map.entry(name, offset));
      at += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
  }

  private static int int16(byte[] b, int at) {
    return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
  }

  private static int int32(byte[] b, int at) {
    return int16(b, at) | int16(b, at + 2) << 16;
  }

  private static int rank(String name) {
    return switch (name) {
      case "[Content_Types].xml" -> 0;
      case "_rels/.rels" -> 1;
      default -> 2;
    };
  }

  /** Lets the zip stream finish and release its deflater without closing the caller's stream. */
  private static final class KeepOpen extends FilterOutputStream {
    KeepOpen(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}
