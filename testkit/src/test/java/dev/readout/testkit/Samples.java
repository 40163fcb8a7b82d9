package dev.readout.testkit;

import dev.readout.core.dataset.Dataset;
import dev.readout.testkit.properties.DatasetTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;

/**
 * Draws values from arbitraries with a fixed seed, so the testkit's own tests are repeatable. jqwik
 * generates only on its own threads: call these from an {@code @Example} or a {@code @Property}.
 */
final class Samples {
  private static final int GEN_SIZE = 1000;

  private Samples() {}

  static <T> List<T> of(Arbitrary<T> arbitrary, int count) {
    return of(arbitrary, count, 20_240_722L);
  }

  static <T> List<T> of(Arbitrary<T> arbitrary, int count, long seed) {
    RandomGenerator<T> generator = arbitrary.generator(GEN_SIZE);
    Random random = new Random(seed);
    List<T> values = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      values.add(generator.next(random).value());
    }
    return values;
  }

  /** Every free text of a dataset; see {@link DatasetTexts#of(Dataset)}. */
  static List<String> texts(Dataset d) {
    return DatasetTexts.of(d);
  }
}
