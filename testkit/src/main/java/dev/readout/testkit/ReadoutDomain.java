package dev.readout.testkit;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.dates.DateInterval;
import dev.readout.core.dates.EdtfDate;
import dev.readout.core.dates.PartialDate;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.Engagement;
import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * The jqwik {@link ArbitraryProvider} that makes Readout's types generatable with a bare
 * {@code @ForAll}, no {@code @Provide} needed: {@code Dataset}, {@code AmendedDataset},
 * {@code Engagement}, {@code Commitment} and {@code InvalidDataset} (from {@link ReadoutArbitraries}'s default
 * configuration), {@code EdtfDate}, {@code PartialDate} and {@code DateInterval} (every form of the
 * subset), and, with {@link Adversarial}, adversarial text for those and for {@code String}.
 *
 * <p>jqwik finds it through {@code META-INF/services/net.jqwik.api.providers.ArbitraryProvider} in
 * the testkit jar, so having {@code readout-testkit} on the test class path is all it takes. Users
 * do not call it directly.
 */
public final class ReadoutDomain implements ArbitraryProvider {
  private static final Set<Class<?>> TYPES = Set.of(Dataset.class, AmendedDataset.class, Engagement.class,
      Commitment.class, InvalidDataset.class, EdtfDate.class, PartialDate.class, DateInterval.class);

  /** Creates the provider; jqwik does, through the service loader. */
  public ReadoutDomain() {}

  /** {@return true for Readout's generatable types, and for a {@code String} marked {@link Adversarial}} */
  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    if (targetType.isOfType(String.class)) {
      return targetType.isAnnotated(Adversarial.class);
    }
    return TYPES.stream().anyMatch(targetType::isOfType);
  }

  /** {@return the one arbitrary for the target type, adversarial when it is marked so} */
  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    boolean adversarial = targetType.isAnnotated(Adversarial.class);
    DatasetArbitrary datasets = ReadoutArbitraries.datasets().withAdversarialText(adversarial);
    Arbitrary<?> arbitrary;
    if (targetType.isOfType(String.class)) {
      arbitrary = TextArbitraries.adversarial();
    } else if (targetType.isOfType(Dataset.class)) {
      arbitrary = datasets;
    } else if (targetType.isOfType(AmendedDataset.class)) {
      arbitrary = datasets.amended();
    } else if (targetType.isOfType(Engagement.class)) {
      arbitrary = datasets.engagements();
    } else if (targetType.isOfType(Commitment.class)) {
      arbitrary = datasets.commitments();
    } else if (targetType.isOfType(InvalidDataset.class)) {
      arbitrary = InvalidDatasets.from(datasets, EnumSet.allOf(Rule.class));
    } else if (targetType.isOfType(PartialDate.class)) {
      arbitrary = EdtfArbitraries.partialDates();
    } else if (targetType.isOfType(DateInterval.class)) {
      arbitrary = EdtfArbitraries.dateIntervals();
    } else {
      arbitrary = EdtfArbitraries.edtfDates();
    }
    return Set.of(arbitrary);
  }

  /** {@return 1, so that an {@link Adversarial} {@code String} takes this provider over jqwik's own} */
  @Override
  public int priority() {
    return 1;
  }
}
