package dev.readout.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
      long[][] intervals = new long[n][];
      List<Long> endpoints = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        long start = random.nextInt(50);
        long end = random.nextInt(5) == 0 ? IntervalIndex.OPEN_END : start + 1 + random.nextInt(20);
        intervals[k] = new long[] {start, end, k};
        endpoints.add(start);
        if (end != IntervalIndex.OPEN_END) {
          endpoints.add(end - 1);
        }
      }
      long[][] byStart = intervals.clone();
      Arrays.sort(byStart, Comparator.comparingLong((long[] i) -> i[0]));
      long[][] byEnd = intervals.clone();
      Arrays.sort(byEnd, Comparator.comparingLong((long[] i) -> i[1]));
      endpoints.sort(null);
      assertThat(IntervalIndex.medianEndpoint(byStart, byEnd)).isEqualTo(endpoints.get(endpoints.size() / 2));
    }
  }
}
