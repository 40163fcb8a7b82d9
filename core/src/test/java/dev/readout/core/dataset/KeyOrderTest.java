package dev.readout.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KeyOrderTest {
  @Test
  void ordersPositionsByKeyKeepingTiesInPositionOrderAsAStableSortDoes() {
    Random random = new Random(12);
    long[] extremes = {Integer.MIN_VALUE, Integer.MAX_VALUE, 0, -1};
    for (int round = 0; round < 300; round++) {
      int count = random.nextInt(300);
      boolean nearlyInOrder = round % 2 == 0;
      long[] keys = new long[count + random.nextInt(4)];
      for (int i = 0; i < keys.length; i++) {
        long key = nearlyInOrder ? i / 3 + random.nextInt(3) : random.nextInt(1 + round) - round / 2;
        keys[i] = random.nextInt(10) == 0 ? extremes[random.nextInt(extremes.length)] : key;
      }
      int[] expected = IntStream.range(0, count).boxed()
          .sorted(Comparator.comparingLong((Integer i) -> keys[i])).mapToInt(Integer::intValue).toArray();
      assertThat(KeyOrder.of(keys, count)).as("round %d", round).containsExactly(expected);
    }
  }

  @Test
  void aKeyThatDoesNotFitInAnIntIsRefusedAndKeysBeyondTheCountAreNotRead() {
    assertThatThrownBy(() -> KeyOrder.of(new long[] {1, 1L << 31}, 2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("keys[1] must fit in an int, but was 2147483648");
    assertThatThrownBy(() -> KeyOrder.of(new long[] {Long.MIN_VALUE}, 1))
        .hasMessage("keys[0] must fit in an int, but was -9223372036854775808");
    assertThat(KeyOrder.of(new long[] {5, 4, Long.MAX_VALUE}, 2)).containsExactly(1, 0);
  }
}
