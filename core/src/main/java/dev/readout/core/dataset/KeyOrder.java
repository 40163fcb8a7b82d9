package dev.readout.core.dataset;

import java.util.Arrays;

/**
 * Orders positions by a key, stably, with the JDK's sort of a primitive array: each key and its
 * position are packed into one {@code long}, the key in the high half and the position in the low,
 * so that ordering the longs orders by key and, among equal keys, by position. The keys are days
 * and must fit in an {@code int}.
 */
final class KeyOrder {
  private KeyOrder() {}

  /**
   * Returns the positions 0 to {@code count - 1} ordered by {@code keys[position]}; positions with
   * equal keys stay in ascending order.
   *
   * @throws IllegalArgumentException if one of the first {@code count} keys does not fit in an int
   */
  static int[] of(long[] keys, int count) {
    long[] packed = new long[count];
    for (int position = 0; position < count; position++) {
      long key = keys[position];
      if (key != (int) key) {
        throw new IllegalArgumentException("keys[" + position + "] must fit in an int, but was " + key);
      }
      packed[position] = key << 32 | position;
    }
    Arrays.sort(packed);
    int[] order = new int[count];
    for (int k = 0; k < count; k++) {
      order[k] = (int) packed[k];
    }
    return order;
  }
}
