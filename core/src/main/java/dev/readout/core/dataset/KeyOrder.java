package dev.readout.core.dataset;

/**
 * Orders positions by a key of type {@code long}, stably, as a merge sort of plain ints: sorting
 * boxed positions or small arrays with a comparator chases a pointer per comparison, which a large
 * dataset pays for in cache misses.
 */
final class KeyOrder {
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
    int[] buffer = new int[count];
    for (int width = 1; width < count; width *= 2) {
      for (int low = 0; low < count; low += 2 * width) {
        merge(keys, order, buffer, low, Math.min(low + width, count), Math.min(low + 2 * width, count));
      }
      int[] merged = buffer;
      buffer = order;
      order = merged;
    }
    return order;
  }

  /** Merges the sorted runs [low, middle) and [middle, high) of {@code from} into {@code to}. */
  private static void merge(long[] keys, int[] from, int[] to, int low, int middle, int high) {
    int left = low;
    int right = middle;
    for (int k = low; k < high; k++) {
      boolean takeLeft = right >= high || (left < middle && keys[from[left]] <= keys[from[right]]);
      to[k] = takeLeft ? from[left++] : from[right++];
    }
  }
}
