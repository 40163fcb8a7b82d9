package dev.readout.testkit.properties;

import dev.readout.core.dataset.Dataset;
import dev.readout.testkit.DatasetArbitrary;
import dev.readout.testkit.ReadoutArbitraries;
import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ArbitrarySupplier;

/**
 * The datasets the query properties ask — adversarial text, 2–8 countries, up to 12 engagements,
 * every construct — and the days they ask about, for {@code @ForAll(supplier = …)}.
 */
final class QueryDatasets implements ArbitrarySupplier<Dataset> {
  private static final DatasetArbitrary DATASETS = ReadoutArbitraries.datasets().withAdversarialText(true)
      .withCountries(2, 8).withEngagements(0, 12);

  @Override
  public Arbitrary<Dataset> get() {
    return DATASETS;
  }

  /** Days from the year before the datasets' first to six years after their last. */
  static final class Days implements ArbitrarySupplier<LocalDate> {
    @Override
    public Arbitrary<LocalDate> get() {
      return DATASETS.days();
    }
  }
}
