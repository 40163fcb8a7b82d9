package dev.readout.examples;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.model.Commitment;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * "Your own code" for the property-test example: a digest of overdue commitments by the country
 * that made them, such as a desk officer might e-mail every Monday. Its property test,
 * {@code OverdueDigestProperties} in the test tree, checks it against Readout's generated datasets
 * with {@code readout-testkit}.
 */
public final class OverdueDigest {
  private OverdueDigest() {}

  /**
   * Counts the commitments overdue on a day by the country of their first maker.
   *
   * @param dataset the dataset
   * @param day the day
   * @return the count per ISO country code, sorted by code; countries with none are left out
   */
  public static Map<String, Integer> byMaker(Dataset dataset, LocalDate day) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Commitment c : dataset.overdueCommitments(day)) {
      Optional<String> country = dataset.countryOf(c.makers().get(0));
      country.ifPresent(code -> counts.merge(code, 1, Integer::sum));
    }
    return counts;
  }

  /**
   * Prints the digest of the built-in dataset on 15 January 2023.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    byMaker(dev.readout.core.seed.Datasets.seed(), LocalDate.of(2023, 1, 15))
        .forEach((code, n) -> System.out.println(code + ": " + n + " overdue"));
  }
}
