package dev.readout.reports.pdf;

import java.util.function.Supplier;

/**
 * The code points a face has a glyph for, as sorted, disjoint, inclusive pairs {@code [from, to,
 * from, to, …]}: read with the face, or on first use. The machine's fonts are catalogued by name and
 * style, and a face's character map (the costly part, a large one for a CJK face) is read only when
 * a search for a character reaches that face. Thread-safe.
 */
final class Coverage {
  private Supplier<int[]> read;
  private volatile int[] ranges;

  private Coverage(int[] ranges, Supplier<int[]> read) {
    this.ranges = ranges;
    this.read = read;
  }

  /** The ranges given. */
  static Coverage of(int[] ranges) {
    return new Coverage(ranges.clone(), null);
  }

  /** The ranges {@code read} returns when first asked for; a read that fails gives none. */
  static Coverage lazily(Supplier<int[]> read) {
    return new Coverage(null, read);
  }

  /** Whether the code point is covered. */
  boolean has(int codePoint) {
    int[] r = ranges();
    int low = 0;
    int high = r.length / 2 - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (codePoint < r[2 * mid]) {
        high = mid - 1;
      } else if (codePoint > r[2 * mid + 1]) {
        low = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }

  private int[] ranges() {
    int[] r = ranges;
    if (r == null) {
      synchronized (this) {
        r = ranges;
        if (r == null) {
          int[] got;
          try {
            got = read.get();
          } catch (RuntimeException e) {
            got = null; // a file changed or damaged since it was catalogued: no glyphs from it
          }
          r = got == null ? new int[0] : got;
          ranges = r;
          read = null;
        }
      }
    }
    return r;
  }
}
