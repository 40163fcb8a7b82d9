package dev.readout.reports.pdf;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what the font chain needs to know of a TrueType or OpenType file ({@code .ttf}, {@code
 * .otf}) or collection ({@code .ttc}, {@code .otc}) without loading it: for each face its family,
 * weight, slant and width, and the code points its character map gives a glyph for. Only the table
 * directory and the {@code name}, {@code OS/2}, {@code head} and {@code cmap} tables are read, so
 * the hundreds of fonts of a machine are catalogued in a fraction of a second.
 *
 * <p>The character map is read as OpenPDF reads it ({@code TrueTypeFont.readCMaps}): the Windows
 * UCS-4 subtable (3,10) when there is one, else the Windows Unicode BMP subtable (3,1), format 4;
 * a code point mapped to glyph 0 ({@code .notdef}) counts as missing. A face OpenPDF cannot embed
 * is left out: one without outlines it can subset (neither {@code glyf} nor {@code CFF }, as in
 * bitmap-only colour emoji fonts), a symbol font (3,0), or one whose licence forbids embedding
 * ({@code OS/2} {@code fsType} 2).
 */
final class FontFileReader {
  private static final int TTCF = tag("ttcf");

  private FontFileReader() {}

  /**
   * Returns the faces of the file that OpenPDF can embed, in the order of the file (a collection's
   * index order).
   *
   * @throws IOException if the file cannot be read or is not a TrueType or OpenType font
   */
  static List<FontFace> read(Path file) throws IOException {
    return read(file, false);
  }

  /**
   * Returns the faces of the file as {@link #read(Path)} does, but reads a face's character map only
   * when it is first asked about: a face whose map turns out unusable then has no glyphs, rather
   * than not being returned.
   *
   * @throws IOException if the file cannot be read or is not a TrueType or OpenType font
   */
  static List<FontFace> readLazily(Path file) throws IOException {
    return read(file, true);
  }

  private static List<FontFace> read(Path file, boolean lazily) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      Source in = new Source(channel);
      int first = in.int32(0);
      List<Integer> offsets = new ArrayList<>();
      if (first == TTCF) {
        int count = in.int32(8);
        if (count <= 0 || count > 1_000) {
          throw new IOException("it is not a font collection: it says it holds " + count + " fonts");
        }
        for (int i = 0; i < count; i++) {
          offsets.add(in.int32(12 + 4 * i));
        }
      } else {
        offsets.add(0);
      }
      List<FontFace> faces = new ArrayList<>();
      for (int i = 0; i < offsets.size(); i++) {
        FontFace face = face(in, file, i, offsets.get(i), lazily);
        if (face != null) {
          faces.add(face);
        }
      }
      return faces;
    }
  }

  /**
   * Returns the {@code CFF } table of a face of the file (its index in a collection, 0 in a single
   * font), or null when the face's outlines are TrueType ({@code glyf}) rather than CFF.
   *
   * @throws IOException if the file cannot be read or is not a TrueType or OpenType font
   */
  static byte[] cffTable(Path file, int index) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      Source in = new Source(channel);
      long offset = 0;
      if (in.int32(0) == TTCF) {
        int count = in.int32(8);
        if (index < 0 || index >= count) {
          throw new IOException("it holds no font " + index);
        }
        offset = in.uint32(12 + 4L * index);
      }
      int tables = in.uint16(offset + 4);
      for (int t = 0; t < tables; t++) {
        long record = offset + 12 + 16L * t;
        if (in.int32(record) == tag("CFF ")) {
          long length = in.uint32(record + 12);
          if (length > Integer.MAX_VALUE) {
            throw new IOException("its CFF table is too large");
          }
          return in.bytes(in.uint32(record + 8), (int) length);
        }
      }
      return null;
    }
  }

  /** The face whose table directory is at {@code offset}, or null when OpenPDF cannot embed it. */
  private static FontFace face(Source in, Path file, int index, long offset, boolean lazily) throws IOException {
    int version = in.int32(offset);
    if (version != 0x00010000 && version != tag("OTTO") && version != tag("true")) {
      throw new IOException("it is not a TrueType or OpenType font");
    }
    int tables = in.uint16(offset + 4);
    Map<Integer, long[]> directory = new HashMap<>();
    for (int t = 0; t < tables; t++) {
      long record = offset + 12 + 16L * t;
      directory.put(in.int32(record), new long[] {in.uint32(record + 8), in.uint32(record + 12)});
    }
    boolean outlines = directory.containsKey(tag("glyf")) && directory.containsKey(tag("loca"))
        || directory.containsKey(tag("CFF "));
    long[] cmap = directory.get(tag("cmap"));
    long[] name = directory.get(tag("name"));
    if (!outlines || cmap == null || name == null) {
      return null;
    }
    int weight = 400;
    int width = 5;
    boolean italic = false;
    long[] os2 = directory.get(tag("OS/2"));
    if (os2 != null && os2[1] >= 64) {
      weight = Math.max(1, Math.min(1000, in.uint16(os2[0] + 4)));
      width = Math.max(1, Math.min(9, in.uint16(os2[0] + 6)));
      if (in.uint16(os2[0] + 8) == 2) {
        return null; // restricted licence: OpenPDF refuses to embed it
      }
      int selection = in.uint16(os2[0] + 62);
      italic = (selection & 0x0201) != 0; // ITALIC or OBLIQUE
      if ((selection & 0x0020) != 0) {
        weight = Math.max(weight, 700);
      }
    } else {
      long[] head = directory.get(tag("head"));
      if (head != null && head[1] >= 46) {
        int macStyle = in.uint16(head[0] + 44);
        weight = (macStyle & 1) != 0 ? 700 : 400;
        italic = (macStyle & 2) != 0;
      }
    }
    Coverage coverage;
    if (lazily) {
      long table = cmap[0];
      coverage = Coverage.lazily(() -> characterMap(file, table));
    } else {
      int[] ranges = characterMap(in, cmap[0]);
      if (ranges == null) {
        return null;
      }
      coverage = Coverage.of(ranges);
    }
    return new FontFace(file, index, family(in, name[0]), weight, italic, width, coverage);
  }

  /** The character map at {@code table} of the file, read again; null when it cannot be used or read. */
  private static int[] characterMap(Path file, long table) {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      return characterMap(new Source(channel), table);
    } catch (IOException e) {
      return null;
    }
  }

  /** The family: name 16 (typographic family) or else 1, in US English where it is given. */
  private static String family(Source in, long table) throws IOException {
    int count = in.uint16(table + 2);
    long strings = table + in.uint16(table + 4);
    String best = null;
    int bestRank = Integer.MAX_VALUE;
    for (int i = 0; i < count; i++) {
      long record = table + 6 + 12L * i;
      int platform = in.uint16(record);
      int encoding = in.uint16(record + 2);
      int language = in.uint16(record + 4);
      int nameId = in.uint16(record + 6);
      if (nameId != 16 && nameId != 1) {
        continue;
      }
      boolean windows = platform == 3 && (encoding == 1 || encoding == 10);
      boolean mac = platform == 1 && encoding == 0;
      if (!windows && !mac) {
        continue;
      }
      int rank = (nameId == 16 ? 0 : 4) + (windows ? 0 : 2) + (windows && language == 0x0409 || mac && language == 0 ? 0 : 1);
      if (rank < bestRank) {
        byte[] bytes = in.bytes(strings + in.uint16(record + 10), in.uint16(record + 8));
        best = windows ? new String(bytes, StandardCharsets.UTF_16BE) : new String(bytes, StandardCharsets.ISO_8859_1);
        bestRank = rank;
      }
    }
    return best == null ? "" : best.strip();
  }

  /**
   * The code points with a glyph, as OpenPDF's {@code getMetricsTT} finds them, or null when the
   * face has a symbol map (3,0) and no UCS-4 map (OpenPDF then looks characters up in the symbol
   * map), or no Windows map at all.
   */
  private static int[] characterMap(Source in, long table) throws IOException {
    int count = in.uint16(table + 2);
    long bmp = -1;
    long full = -1;
    boolean symbol = false;
    for (int i = 0; i < count; i++) {
      long record = table + 4 + 8L * i;
      int platform = in.uint16(record);
      int encoding = in.uint16(record + 2);
      if (platform == 3 && encoding == 1) {
        bmp = table + in.uint32(record + 4);
      } else if (platform == 3 && encoding == 10) {
        full = table + in.uint32(record + 4);
      } else if (platform == 3 && encoding == 0) {
        symbol = true;
      }
    }
    BitSet mapped = new BitSet();
    if (full >= 0) {
      switch (in.uint16(full)) {
        case 12 -> format12(in, full, mapped);
        case 4 -> format4(in, full, mapped);
        default -> {
          return null;
        }
      }
    } else if (bmp >= 0 && !symbol && in.uint16(bmp) == 4) {
      format4(in, bmp, mapped);
    } else {
      return null;
    }
    List<Integer> ranges = new ArrayList<>();
    for (int from = mapped.nextSetBit(0); from >= 0; ) {
      int to = mapped.nextClearBit(from) - 1;
      ranges.add(from);
      ranges.add(to);
      from = mapped.nextSetBit(to + 1);
    }
    return ranges.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Segment mapping to delta values: the Basic Multilingual Plane. */
  private static void format4(Source in, long subtable, BitSet mapped) throws IOException {
    int segments = in.uint16(subtable + 6) / 2;
    long ends = subtable + 14;
    long starts = ends + 2L * segments + 2;
    long deltas = starts + 2L * segments;
    long rangeOffsets = deltas + 2L * segments;
    for (int s = 0; s < segments; s++) {
      int end = in.uint16(ends + 2L * s);
      int start = in.uint16(starts + 2L * s);
      int delta = in.uint16(deltas + 2L * s);
      long rangeOffsetAt = rangeOffsets + 2L * s;
      int rangeOffset = in.uint16(rangeOffsetAt);
      for (int c = start; c <= end && c != 0xFFFF; c++) {
        int glyph;
        if (rangeOffset == 0) {
          glyph = (c + delta) & 0xFFFF;
        } else {
          int g = in.uint16(rangeOffsetAt + rangeOffset + 2L * (c - start));
          glyph = g == 0 ? 0 : (g + delta) & 0xFFFF;
        }
        if (glyph != 0) {
          mapped.set(c);
        }
      }
    }
  }

  /** Segmented coverage: every plane. */
  private static void format12(Source in, long subtable, BitSet mapped) throws IOException {
    long groups = in.uint32(subtable + 12);
    for (long g = 0; g < groups; g++) {
      long group = subtable + 16 + 12 * g;
      long start = in.uint32(group);
      long end = Math.min(in.uint32(group + 4), Character.MAX_CODE_POINT);
      long glyph = in.uint32(group + 8);
      if (start > end) {
        continue;
      }
      // The first code point of a group that starts at glyph 0 is .notdef.
      mapped.set((int) (glyph == 0 ? start + 1 : start), (int) end + 1);
    }
  }

  private static int tag(String name) {
    return ByteBuffer.wrap(name.getBytes(StandardCharsets.US_ASCII)).getInt();
  }

  /** Big-endian reads at absolute positions of a file, through a small window. */
  private static final class Source {
    private final FileChannel channel;
    private final long size;
    private final ByteBuffer window = ByteBuffer.allocate(64 * 1024);
    private long windowStart = -1;

    Source(FileChannel channel) throws IOException {
      this.channel = channel;
      this.size = channel.size();
    }

    int uint16(long at) throws IOException {
      return load(at, 2).getShort((int) (at - windowStart)) & 0xFFFF;
    }

    int int32(long at) throws IOException {
      return load(at, 4).getInt((int) (at - windowStart));
    }

    long uint32(long at) throws IOException {
      return int32(at) & 0xFFFF_FFFFL;
    }

    byte[] bytes(long at, int length) throws IOException {
      if (at < 0 || at + length > size) {
        throw new EOFException("it ends before its tables do");
      }
      ByteBuffer b = ByteBuffer.allocate(length);
      while (b.hasRemaining()) {
        if (channel.read(b, at + b.position()) < 0) {
          throw new EOFException("it ends before its tables do");
        }
      }
      return b.array();
    }

    /** The window, holding {@code length} bytes from {@code at}. */
    private ByteBuffer load(long at, int length) throws IOException {
      if (at < 0 || at + length > size) {
        throw new EOFException("it ends before its tables do");
      }
      if (windowStart < 0 || at < windowStart || at + length > windowStart + window.limit()) {
        window.clear();
        windowStart = at;
        while (window.hasRemaining() && windowStart + window.position() < size) {
          if (channel.read(window, windowStart + window.position()) < 0) {
            break;
          }
        }
        window.flip();
      }
      return window;
    }
  }
}
