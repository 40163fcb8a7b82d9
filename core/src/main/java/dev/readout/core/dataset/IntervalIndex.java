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

    IntervalIndex build() {
      return new IntervalIndex(node(intervals));
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

  private static Node node(List<long[]> intervals) {
    if (intervals.isEmpty()) {
      return null;
    }
    long[] endpoints = new long[intervals.size() * 2];
    int n = 0;
    for (long[] i : intervals) {
      endpoints[n++] = i[0];
      if (i[1] != OPEN_END) {
        endpoints[n++] = i[1] - 1;
      }
    }
    Arrays.sort(endpoints, 0, n);
    long center = endpoints[n / 2];
    List<long[]> before = new ArrayList<>();
    List<long[]> after = new ArrayList<>();
    List<long[]> here = new ArrayList<>();
    for (long[] i : intervals) {
      if (i[1] <= center) {
        before.add(i);
      } else if (i[0] > center) {
        after.add(i);
      } else {
        here.add(i);
      }
    }
    long[][] byStart = here.toArray(long[][]::new);
    Arrays.sort(byStart, Comparator.comparingLong((long[] i) -> i[0]));
    long[][] byEnd = here.toArray(long[][]::new);
    Arrays.sort(byEnd, Comparator.comparingLong((long[] i) -> i[1]).reversed());
    return new Node(center, byStart, byEnd, node(before), node(after));
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
