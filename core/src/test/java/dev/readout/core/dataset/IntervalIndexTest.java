package dev.readout.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IntervalIndexTest {
  @Test
  void findsExactlyTheIntervalsContainingADayAsABruteForceScanDoes() {
    Random random = new Random(8);
    for (int round = 0; round < 200; round++) {
      int n = random.nextInt(60);
      IntervalIndex.Builder builder = new IntervalIndex.Builder();
      List<long[]> intervals = new ArrayList<>();
      for (int v = 0; v < n; v++) {
        long start = random.nextInt(100);
        long end = random.nextInt(8) == 0 ? IntervalIndex.OPEN_END : start + random.nextInt(30);
        builder.add(start, end, v);
        intervals.add(new long[] {start, end, v});
      }
      IntervalIndex index = builder.build();
      for (long day = -2; day < 135; day++) {
        long d = day;
        int[] expected = intervals.stream().filter(i -> i[0] <= d && d < i[1]).mapToInt(i -> (int) i[2]).toArray();
        assertThat(index.containing(day)).as("round %d, day %d", round, day).containsExactly(expected);
      }
    }
  }

  @Test
  void theCentreIsTheMedianOfTheSortedEndpoints() {
    Random random = new Random(9);
    for (int round = 0; round < 500; round++) {
      int n = 1 + random.nextInt(40);
      long[] starts = new long[n];
      long[] ends = new long[n];
      List<Long> endpoints = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        starts[k] = random.nextInt(50);
        ends[k] = random.nextInt(5) == 0 ? IntervalIndex.OPEN_END : starts[k] + 1 + random.nextInt(20);
        endpoints.add(starts[k]);
        if (ends[k] != IntervalIndex.OPEN_END) {
          endpoints.add(ends[k] - 1);
        }
      }
      int[] byStart = KeyOrder.of(starts, n);
      int[] byEnd = KeyOrder.of(ends, n);
      endpoints.sort(null);
      assertThat(IntervalIndex.medianEndpoint(starts, byStart, ends, byEnd)).isEqualTo(endpoints.get(endpoints.size() / 2));
    }
  }
}
