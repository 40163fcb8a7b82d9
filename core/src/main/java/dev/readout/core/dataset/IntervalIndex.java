package dev.readout.core.dataset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Half-open intervals of days, each carrying an int (the position of a record in an ordered list),
 * asked which intervals contain a day: a centred interval tree, so a query costs O(log n + k) for k
 * intervals found, not O(n). Immutable once built.
 */
final class IntervalIndex {
  /** No end: the interval runs on for ever. */
  static final long OPEN_END = Long.MAX_VALUE;

  private final Node root;

  private IntervalIndex(Node root) {
    this.root = root;
  }

  /** Collects intervals, then builds the index. */
  static final class Builder {
    private final List<long[]> intervals = new ArrayList<>();

    /**
     * Adds the interval [start, end) of epoch days carrying {@code value}; an empty interval is left
     * out.
     */
    void add(long start, long end, int value) {
      if (start < end) {
        intervals.add(new long[] {start, end, value});
      }
    }

    /**
     * Builds the tree in O(n log n): the intervals are sorted by start and by end once, and each
     * node splits both orders stably, so every node gets its intervals already sorted and finds its
     * centre by merging them. (Sorting at every node instead cost O(n log² n), which showed as the
     * build of a large dataset growing faster than the dataset.)
     */
    IntervalIndex build() {
      long[][] byStart = intervals.toArray(long[][]::new);
      Arrays.sort(byStart, Comparator.comparingLong((long[] i) -> i[0]));
      long[][] byEnd = intervals.toArray(long[][]::new);
      Arrays.sort(byEnd, Comparator.comparingLong((long[] i) -> i[1]));
      return new IntervalIndex(node(byStart, byEnd));
    }
  }

  /** The values of the intervals containing {@code day}, ascending; no value appears twice unless added twice. */
  int[] containing(long day) {
    IntList found = new IntList();
    for (Node n = root; n != null; ) {
      if (day < n.center) {
        for (long[] i : n.byStart) {
          if (i[0] > day) {
            break;
          }
          found.add((int) i[2]);
        }
        n = n.left;
      } else {
        for (long[] i : n.byEndDescending) {
          if (i[1] <= day) {
            break;
          }
          found.add((int) i[2]);
        }
        n = n.right;
      }
    }
    return found.sorted();
  }

  /**
   * A node: the intervals that contain its centre, sorted two ways, and the subtrees of those
   * wholly before and wholly after it.
   */
  private record Node(long center, long[][] byStart, long[][] byEndDescending, Node left, Node right) {}

  /**
   * The node of the intervals given sorted by start and, the same intervals, sorted by end: its
   * centre is the median of their endpoints (each start, and each end but an open one, less a day).
   */
  private static Node node(long[][] byStart, long[][] byEnd) {
    if (byStart.length == 0) {
      return null;
    }
    long center = medianEndpoint(byStart, byEnd);
    List<long[]> hereByStart = new ArrayList<>();
    List<long[]> beforeByStart = new ArrayList<>();
    List<long[]> afterByStart = new ArrayList<>();
    for (long[] i : byStart) {
      side(i, center, beforeByStart, hereByStart, afterByStart).add(i);
    }
    List<long[]> hereByEnd = new ArrayList<>();
    List<long[]> beforeByEnd = new ArrayList<>();
    List<long[]> afterByEnd = new ArrayList<>();
    for (long[] i : byEnd) {
      side(i, center, beforeByEnd, hereByEnd, afterByEnd).add(i);
    }
    long[][] endDescending = new long[hereByEnd.size()][];
    for (int k = 0; k < endDescending.length; k++) {
      endDescending[k] = hereByEnd.get(endDescending.length - 1 - k);
    }
    return new Node(center, hereByStart.toArray(long[][]::new), endDescending,
        node(beforeByStart.toArray(long[][]::new), beforeByEnd.toArray(long[][]::new)),
        node(afterByStart.toArray(long[][]::new), afterByEnd.toArray(long[][]::new)));
  }

  /** Where an interval goes: wholly before the centre, containing it, or wholly after it. */
  private static List<long[]> side(long[] i, long center, List<long[]> before, List<long[]> here, List<long[]> after) {
    if (i[1] <= center) {
      return before;
    }
    return i[0] > center ? after : here;
  }

  /**
   * The endpoint at position n / 2 of all n endpoints in ascending order, by merging the starts
   * (ascending in {@code byStart}) with the last days (ascending in {@code byEnd}, open ends left
   * out): O(n), no sorting.
   */
  static long medianEndpoint(long[][] byStart, long[][] byEnd) {
    int closed = 0;
    for (long[] i : byEnd) {
      if (i[1] != OPEN_END) {
        closed++;
      }
    }
    int target = (byStart.length + closed) / 2;
    int s = 0;
    int e = 0;
    long value = 0;
    for (int k = 0; k <= target; k++) {
      // Open ends sort last in byEnd, so the closed ones are its first `closed` entries.
      boolean takeStart = e >= closed || (s < byStart.length && byStart[s][0] <= byEnd[e][1] - 1);
      value = takeStart ? byStart[s++][0] : byEnd[e++][1] - 1;
    }
    return value;
  }

  /** A growable array of ints. */
  static final class IntList {
    private int[] values = new int[16];
    private int size;

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    int[] sorted() {
      int[] result = Arrays.copyOf(values, size);
      Arrays.sort(result);
      return result;
    }
  }
}
