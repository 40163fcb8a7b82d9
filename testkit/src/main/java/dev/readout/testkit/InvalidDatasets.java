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
 *   <li>{@link Rule#UNKNOWN_REFERENCE}: a participant's person or {@code actingFor}, a commitment's
 *       engagement, maker, addressee, {@code dueAt} or {@code sameAs}, a status change's engagement,
 *       an engagement's instrument, parent or {@code sameAs}, an instrument's {@code signedAt}, an
 *       organisation's parent or a person's country refers to a record that is not there;
 *   <li>{@link Rule#UNKNOWN_SOURCE}: a fact's first evidence, or the evidence of an amendment added
 *       to it, cites a missing source;
 *   <li>{@link Rule#QUOTE_NOT_IN_SOURCE}: a fact's first quote, or an added amendment's, is words
 *       its source never says;
 *   <li>{@link Rule#MISSING_EVIDENCE}: a fact loses all its evidence, or an amendment without
 *       evidence is added;
 *   <li>{@link Rule#STATUS_OUT_OF_ORDER}: a commitment's history gains an entry dated a year
 *       before the last one;
 *   <li>{@link Rule#PARTICIPANT_ON_NO_SIDE}: a participant moves to a country that is not a side;
 *   <li>{@link Rule#DUE_BEFORE_ENGAGEMENT}: a commitment falls due a year or more before its
 *       engagement;
 *   <li>{@link Rule#PARENT_CYCLE}: an engagement or an organisation becomes its own parent;
 *   <li>{@link Rule#AMENDS_UNKNOWN}: an amendment names a record under an id no record has;
 *   <li>{@link Rule#NOT_AMENDABLE}: an amendment amends a country;
 *   <li>{@link Rule#UNKNOWN_FIELD}: an amendment names a field no amendment of the kind can give
 *       ({@code colour}, {@code id}, {@code participant}, {@code Title}, {@code dateOfBirth});
 *   <li>{@link Rule#OTHER_ACCOUNT_ADDS}: an amendment that is not preferred names a field that
 *       gathers items (participants, a status history, amounts, appointments, translations…);
 *   <li>{@link Rule#AMENDMENT_MAKES_INVALID}: an amendment ends a minister's first post two years
 *       before it starts;
 *   <li>{@link Rule#SAME_AS_ITSELF}: an engagement or commitment names itself in {@code sameAs}, or
 *       an instrument itself in {@code updates} or {@code supersedes};
 *   <li>{@link Rule#NOT_A_SIDE}: an engagement gains a side that is neither a country nor an
 *       organisation of the dataset;
 *   <li>{@link Rule#TRANSLATION_FIELD}: an engagement, commitment, organisation or appointment
 *       gains a translation giving a text its kind has not;
 *   <li>{@link Rule#UNKNOWN_HOME}: the home side becomes a country the dataset does not hold.
 * </ul>
 *
 * <p>A record is broken only where no amendment speaks to it (or, when every record of its kind is
 * amended, with the amendments left out), and an amendment that breaks a rule is added after the
 * others, so the problem is exactly the one named. Cases shrink like the datasets they come from,
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
