package dev.readout.reports.docx;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Rewrites the zip container POI wrote so that it depends only on its content: entries in a fixed
 * order ({@code [Content_Types].xml}, {@code _rels/.rels}, then by name), each with the same
 * modification time, no extra fields, default compression. Commons Compress reads POI's zip (its
 * {@link ZipFile} reads the central directory and gives each entry wherever it lies); {@code
 * java.util.zip} writes the new one.
 *
 * <p>POI 5 has a reproducibility switch of its own ({@code org.apache.poi.util.Reproducibility},
 * or the {@code SOURCE_DATE_EPOCH} environment variable), but it is one static flag for the whole
 * JVM that {@code runWithSourceDateEpoch} sets and resets around a call: two renders on two threads
 * can reset it under each other, and it fixes the time at 1970 rather than the document's
 * timestamp. Commons Compress's {@code ZipArchiveOutputStream} could copy POI's entries without
 * inflating and deflating them again, but it turns an entry's time into DOS time in the JVM's
 * default time zone, where a local time that a daylight-saving change skips (midnight on the day
 * Cairo or Santiago moves its clocks) cannot be written: {@link ZipEntry#setTimeLocal} writes the
 * date and time as given, whatever the zone. The entries POI writes are a few kilobytes; the large
 * ones are the replacements, which are compressed once either way.
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
   * entry is streamed across, read from {@code zip} where its central directory says it is or from
   * its replacement, so no entry is ever held uncompressed.
   *
   * @throws IllegalArgumentException if a replacement names an entry {@code zip} does not have
   */
  static void rewrite(byte[] zip, LocalDateTime time, Map<String, Content> replacements, OutputStream out)
      throws IOException {
    try (ZipFile skeleton = ZipFile.builder().setByteArray(zip).get()) {
      for (String name : replacements.keySet()) {
        if (skeleton.getEntry(name) == null) {
          throw new IllegalArgumentException("the package has no part '" + name + "' to replace");
        }
      }
      List<ZipArchiveEntry> entries = Collections.list(skeleton.getEntries());
      entries.sort(Comparator.comparing((ZipArchiveEntry e) -> rank(e.getName())).thenComparing(ZipArchiveEntry::getName));
      try (ZipOutputStream zos = new ZipOutputStream(new KeepOpen(out))) {
        for (ZipArchiveEntry e : entries) {
          ZipEntry entry = new ZipEntry(e.getName());
          entry.setTimeLocal(time);
          zos.putNextEntry(entry);
          Content replacement = replacements.get(e.getName());
          if (replacement != null) {
            replacement.writeTo(zos);
          } else {
            try (InputStream in = skeleton.getInputStream(e)) {
              in.transferTo(zos);
            }
          }
          zos.closeEntry();
        }
      }
    }
    out.flush();
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
