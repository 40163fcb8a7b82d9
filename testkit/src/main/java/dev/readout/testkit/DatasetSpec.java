package dev.readout.testkit;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * What a {@link DatasetArbitrary} generates: how many countries, engagements and commitments, which
 * hazards its text carries (none for plain text), which years its dates fall in and which
 * {@link Construct}s it holds.
 */
record DatasetSpec(int minCountries, int maxCountries, int minEngagements, int maxEngagements,
                   int minCommitments, int maxCommitments, Set<Hazard> hazards, int firstYear, int lastYear,
                   Set<Construct> constructs) {

  static final int MIN_YEAR = 10;
  static final int MAX_YEAR = 9990;

  DatasetSpec {
    hazards = Collections.unmodifiableSet(hazards.isEmpty() ? EnumSet.noneOf(Hazard.class) : EnumSet.copyOf(hazards));
    constructs = Collections.unmodifiableSet(
        constructs.isEmpty() ? EnumSet.noneOf(Construct.class) : EnumSet.copyOf(constructs));
  }

  static DatasetSpec defaults() {
    return new DatasetSpec(2, 6, 0, 8, 0, 3, Set.of(), 2015, 2026, Construct.all());
  }

  boolean adversarial() {
    return !hazards.isEmpty();
  }

  boolean has(Construct construct) {
    return constructs.contains(construct);
  }

  /** {@return whether datasets carry amendments, preferred or not, and so later sources} */
  boolean amends() {
    return has(Construct.AMENDMENTS) || has(Construct.OTHER_ACCOUNTS);
  }

  Arbitrary<String> requiredText() {
    return adversarial() ? TextArbitraries.adversarial(hazards) : TextArbitraries.plain();
  }

  Arbitrary<String> optionalText() {
    if (!hazards.contains(Hazard.WHITESPACE_ONLY)) {
      return requiredText();
    }
    return Arbitraries.frequencyOf(Tuple.of(5, requiredText()), Tuple.of(1, Hazard.WHITESPACE_ONLY.fragments()));
  }

  DatasetSpec withCountries(int min, int max) {
    return new DatasetSpec(min, max, minEngagements, maxEngagements, minCommitments, maxCommitments, hazards,
        firstYear, lastYear, constructs);
  }

  DatasetSpec withEngagements(int min, int max) {
    return new DatasetSpec(minCountries, maxCountries, min, max, minCommitments, maxCommitments, hazards,
        firstYear, lastYear, constructs);
  }

  DatasetSpec withCommitments(int min, int max) {
    return new DatasetSpec(minCountries, maxCountries, minEngagements, maxEngagements, min, max, hazards,
        firstYear, lastYear, constructs);
  }

  DatasetSpec withHazards(Set<Hazard> newHazards) {
    return new DatasetSpec(minCountries, maxCountries, minEngagements, maxEngagements, minCommitments,
        maxCommitments, newHazards, firstYear, lastYear, constructs);
  }

  DatasetSpec withYears(int first, int last) {
    return new DatasetSpec(minCountries, maxCountries, minEngagements, maxEngagements, minCommitments,
        maxCommitments, hazards, first, last, constructs);
  }

  DatasetSpec withConstructs(Set<Construct> newConstructs) {
    return new DatasetSpec(minCountries, maxCountries, minEngagements, maxEngagements, minCommitments,
        maxCommitments, hazards, firstYear, lastYear, newConstructs);
  }
}
