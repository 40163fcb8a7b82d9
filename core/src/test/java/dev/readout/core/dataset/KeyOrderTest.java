package dev.readout.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KeyOrderTest {
  @Test
  void ordersPositionsByKeyKeepingTiesInPositionOrderAsAStableSortDoes() {
    Random random = new Random(12);
    long[] extremes = {Long.MIN_VALUE, Long.MAX_VALUE, 0, -1};
    for (int round = 0; round < 300; round++) {
      int count = random.nextInt(300);
      boolean nearlyInOrder = round % 2 == 0;
      long[] keys = new long[count + random.nextInt(4)];
      for (int i = 0; i < keys.length; i++) {
        long key = nearlyInOrder ? i / 3 + random.nextInt(3) : random.nextInt(1 + round);
        keys[i] = random.nextInt(10) == 0 ? extremes[random.nextInt(extremes.length)] : key;
      }
      int[] expected = IntStream.range(0, count).boxed()
          .sorted(Comparator.comparingLong((Integer i) -> keys[i])).mapToInt(Integer::intValue).toArray();
      assertThat(KeyOrder.of(keys, count)).as("round %d", round).containsExactly(expected);
    }
  }
}
