package dev.readout.core.dataset;

import java.util.Arrays;

/**
 * Half-open intervals of days, each carrying an int (the position of a record in an ordered list),
 * asked which intervals contain a day: a centred interval tree, so a query costs O(log n + k) for k
 * intervals found, not O(n). Immutable once built.
 *
 * <p>Intervals are kept as parallel arrays of starts, ends and values, and ordered as int
 * positions into them, not as an object each: a large dataset has hundreds of thousands of them.
 *
 * <p>Days are epoch days within the range of an {@code int}, some 5.8 million years either side of
 * 1970, where every day of the years 0–9999 that a date can name lies. Beyond that range lie only
 * the ends of open intervals ({@link java.time.LocalDate#MIN} and {@link java.time.LocalDate#MAX}),
 * so the index clips to it: an earlier start counts from the range's first day, a later end is
 * {@link #OPEN_END}, and a day asked about outside the range is asked as the nearest day in it.
 */
final class IntervalIndex {
  /** No end: the interval runs on for ever. */
  static final long OPEN_END = Integer.MAX_VALUE;

  private final Node root;

  private IntervalIndex(Node root) {
    this.root = root;
  }

  /** Collects intervals, then builds the index. */
  static final class Builder {
    private static final byte BEFORE = 0;
    private static final byte HERE = 1;
    private static final byte AFTER = 2;

    private long[] starts = new long[16];
    private long[] ends = new long[16];
    private int[] values = new int[16];
    private int size;
    /** Scratch while building: the side of the centre of the node being made that each interval lies on. */
    private byte[] sides;

    /**
     * Adds the interval [start, end) of epoch days carrying {@code value}, clipped to the range of
     * an int (see {@link IntervalIndex}); an interval empty once clipped is left out.
     */
    void add(long start, long end, int value) {
      start = Math.max(start, Integer.MIN_VALUE);
      end = Math.min(end, OPEN_END);
      if (start >= end) {
        return;
      }
      if (size == starts.length) {
        starts = Arrays.copyOf(starts, size * 2);
        ends = Arrays.copyOf(ends, size * 2);
        values = Arrays.copyOf(values, size * 2);
      }
      starts[size] = start;
      ends[size] = end;
      values[size] = value;
      size++;
    }

    /**
     * Builds the tree in O(n log n): the intervals are sorted by start and by end once, and each
     * node splits both orders stably, so every node gets its intervals already sorted and finds its
     * centre by merging them. (Sorting at every node instead cost O(n log² n), which showed as the
     * build of a large dataset growing faster than the dataset.)
     */
    IntervalIndex build() {
      sides = new byte[size];
      return new IntervalIndex(node(KeyOrder.of(starts, size), KeyOrder.of(ends, size)));
    }

    /**
     * The node of the intervals given (as positions) sorted by start and, the same intervals,
     * sorted by end: its centre is the median of their endpoints (each start, and each end but an
     * open one, less a day).
     */
    private Node node(int[] byStart, int[] byEnd) {
      if (byStart.length == 0) {
        return null;
      }
      long center = medianEndpoint(starts, byStart, ends, byEnd);
      int[] counts = new int[3];
      for (int i : byStart) {
        sides[i] = ends[i] <= center ? BEFORE : starts[i] > center ? AFTER : HERE;
        counts[sides[i]]++;
      }
      int[][] byStartSides = split(byStart, counts);
      int[][] byEndSides = split(byEnd, counts);
      int[] hereByStart = byStartSides[HERE];
      int[] hereByEndDescending = reversed(byEndSides[HERE]);
      return new Node(center, gather(starts, hereByStart), gather(values, hereByStart),
          gather(ends, hereByEndDescending), gather(values, hereByEndDescending),
          node(byStartSides[BEFORE], byEndSides[BEFORE]), node(byStartSides[AFTER], byEndSides[AFTER]));
    }

    /**
     * Splits an order of intervals stably by their sides of the current node's centre: wholly
     * before it, containing it, wholly after it.
     */
    private int[][] split(int[] order, int[] counts) {
      int[][] bySide = {new int[counts[BEFORE]], new int[counts[HERE]], new int[counts[AFTER]]};
      int[] filled = new int[3];
      for (int i : order) {
        bySide[sides[i]][filled[sides[i]]++] = i;
      }
      return bySide;
    }
  }

  /** The values of the intervals containing {@code day}, ascending; no value appears twice unless added twice. */
  int[] containing(long day) {
    day = Math.max(Integer.MIN_VALUE, Math.min(day, OPEN_END - 1));
    IntList found = new IntList();
    for (Node n = root; n != null; ) {
      if (day < n.center) {
        for (int k = 0; k < n.starts.length && n.starts[k] <= day; k++) {
          found.add(n.startValues[k]);
        }
        n = n.left;
      } else {
        for (int k = 0; k < n.endsDescending.length && n.endsDescending[k] > day; k++) {
          found.add(n.endValues[k]);
        }
        n = n.right;
      }
    }
    return found.sorted();
  }

  /**
   * A node: the intervals that contain its centre, as their starts ascending and their ends
   * descending, each with its values, and the subtrees of those wholly before and wholly after it.
   */
  private record Node(long center, long[] starts, int[] startValues, long[] endsDescending, int[] endValues,
      Node left, Node right) {}

  /**
   * The endpoint at position n / 2 of all n endpoints in ascending order, by merging the starts (in
   * the order {@code byStart}) with the last days (from the ends in the order {@code byEnd}, open
   * ends left out): O(n), no sorting.
   */
  static long medianEndpoint(long[] starts, int[] byStart, long[] ends, int[] byEnd) {
    int closed = 0;
    for (int i : byEnd) {
      if (ends[i] != OPEN_END) {
        closed++;
      }
    }
    int target = (byStart.length + closed) / 2;
    int s = 0;
    int e = 0;
    long value = 0;
    for (int k = 0; k <= target; k++) {
      // Open ends sort last in byEnd, so the closed ones are its first `closed` entries.
      boolean takeStart = e >= closed || (s < byStart.length && starts[byStart[s]] <= ends[byEnd[e]] - 1);
      value = takeStart ? starts[byStart[s++]] : ends[byEnd[e++]] - 1;
    }
    return value;
  }

  private static long[] gather(long[] from, int[] positions) {
    long[] gathered = new long[positions.length];
    for (int k = 0; k < positions.length; k++) {
      gathered[k] = from[positions[k]];
    }
    return gathered;
  }

  private static int[] gather(int[] from, int[] positions) {
    int[] gathered = new int[positions.length];
    for (int k = 0; k < positions.length; k++) {
      gathered[k] = from[positions[k]];
    }
    return gathered;
  }

  private static int[] reversed(int[] order) {
    int[] reversed = new int[order.length];
    for (int k = 0; k < order.length; k++) {
      reversed[k] = order[order.length - 1 - k];
    }
    return reversed;
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
