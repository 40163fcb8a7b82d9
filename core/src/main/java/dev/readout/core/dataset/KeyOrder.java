package dev.readout.core.dataset;

/**
 * Orders positions by a key of type {@code long}, stably, as a merge sort of plain ints: sorting
 * boxed positions or small arrays with a comparator chases a pointer per comparison, which a large
 * dataset pays for in cache misses. Keys that are nearly in order already (the days of commitments
 * taken by date) cost little more than a pass: short runs are sorted by insertion, and two runs
 * already in order are copied, not merged.
 */
final class KeyOrder {
  /** The length of the runs sorted by insertion before merging. */
  private static final int RUN = 32;

  private KeyOrder() {}

  /**
   * Returns the positions 0 to {@code count - 1} ordered by {@code keys[position]}; positions with
   * equal keys stay in ascending order.
   */
  static int[] of(long[] keys, int count) {
    int[] order = new int[count];
    for (int i = 0; i < count; i++) {
      order[i] = i;
    }
    for (int low = 0; low < count; low += RUN) {
      insertionSort(keys, order, low, Math.min(low + RUN, count));
    }
    int[] buffer = new int[count];
    for (int width = RUN; width < count; width *= 2) {
      for (int low = 0; low < count; low += 2 * width) {
        merge(keys, order, buffer, low, Math.min(low + width, count), Math.min(low + 2 * width, count));
      }
      int[] merged = buffer;
      buffer = order;
      order = merged;
    }
    return order;
  }

  /** Sorts [low, high) of {@code order} by key, stably. */
  private static void insertionSort(long[] keys, int[] order, int low, int high) {
    for (int i = low + 1; i < high; i++) {
      int position = order[i];
      long key = keys[position];
      int j = i - 1;
      while (j >= low && keys[order[j]] > key) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = position;
    }
  }

  /** Merges the sorted runs [low, middle) and [middle, high) of {@code from} into {@code to}. */
  private static void merge(long[] keys, int[] from, int[] to, int low, int middle, int high) {
    if (middle == high || keys[from[middle - 1]] <= keys[from[middle]]) {
      System.arraycopy(from, low, to, low, high - low);
      return;
    }
    int left = low;
    int right = middle;
    for (int k = low; k < high; k++) {
      boolean takeLeft = right >= high || (left < middle && keys[from[left]] <= keys[from[right]]);
      to[k] = takeLeft ? from[left++] : from[right++];
    }
  }
}
