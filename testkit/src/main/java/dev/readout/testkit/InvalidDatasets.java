package dev.readout.testkit;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of datasets that break exactly one {@link Rule}, once, so that a property can assert
 * that validation rejects each with that rule named on the right record and field. Each case is a
 * valid generated dataset with one change:
 *
 * <ul>
 *   <li>{@link Rule#DUPLICATE_ID}: a record of some kind is added a second time;
 *   <li>{@link Rule#UNKNOWN_REFERENCE}: a participant's person, a commitment's engagement, maker or
 *       addressee, an engagement's instrument or parent, an organisation's parent or a person's
 *       country refers to a record that is not there;
 *   <li>{@link Rule#UNKNOWN_SOURCE}: a fact's first evidence cites a missing source;
 *   <li>{@link Rule#QUOTE_NOT_IN_SOURCE}: a fact's first quote is replaced by words its source
 *       never says;
 *   <li>{@link Rule#MISSING_EVIDENCE}: a fact loses all its evidence;
 *   <li>{@link Rule#STATUS_OUT_OF_ORDER}: a commitment's history gains an entry dated a year
 *       before the last one;
 *   <li>{@link Rule#PARTICIPANT_ON_NO_SIDE}: a participant moves to a country that is not a side;
 *   <li>{@link Rule#DUE_BEFORE_ENGAGEMENT}: a commitment falls due a year or more before its
 *       engagement;
 *   <li>{@link Rule#PARENT_CYCLE}: an engagement or an organisation becomes its own parent.
 * </ul>
 *
 * <p>A record is broken only where no amendment speaks to it (or, when every record of its kind is
 * amended, with the amendments left out), so the problem is exactly the one named. Cases shrink like the datasets they come from,
 * and towards the first rule asked for.
 */
public final class InvalidDatasets {
  private InvalidDatasets() {}

  /** {@return datasets breaking any one rule, from plain-text datasets of the default configuration} */
  public static Arbitrary<InvalidDataset> breakingAnyRule() {
    return from(ReadoutArbitraries.datasets(), EnumSet.allOf(Rule.class));
  }

  /**
   * Returns datasets breaking one of the given rules.
   *
   * @param rule a rule to break
   * @param more more rules to break, one per case
   * @return invalid datasets from plain-text datasets of the default configuration
   */
  public static Arbitrary<InvalidDataset> breaking(Rule rule, Rule... more) {
    return from(ReadoutArbitraries.datasets(), EnumSet.of(rule, more));
  }

  /**
   * Returns datasets breaking one of the given rules, each made from a dataset of the given
   * configuration — with adversarial text, say. The configuration is raised, where needed, to at
   * least one engagement and one commitment per engagement, so that every rule can be broken.
   *
   * @param valid the configuration of the valid datasets to break
   * @param rules the rules to break, one per case; not empty
   * @return invalid datasets
   * @throws IllegalArgumentException if no rule is given
   */
  public static Arbitrary<InvalidDataset> from(DatasetArbitrary valid, Set<Rule> rules) {
    if (rules.isEmpty()) {
      throw new IllegalArgumentException("rules must name at least one rule, but was empty");
    }
    DatasetSpec spec = valid.spec();
    DatasetArbitrary base = valid;
    if (spec.minEngagements() == 0) {
      base = base.withEngagements(1, Math.max(1, spec.maxEngagements()));
    }
    if (spec.minCommitments() == 0) {
      base = base.withCommitmentsPerEngagement(1, Math.max(1, spec.maxCommitments()));
    }
    return Combinators.combine(base, Arbitraries.of(List.copyOf(EnumSet.copyOf(rules))),
            Arbitraries.integers().between(0, 99), Arbitraries.integers().between(0, 9_999))
        .as((dataset, rule, variant, target) -> new Breaker(dataset, variant, target).breakRule(rule));
  }
}
