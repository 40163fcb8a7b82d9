package dev.readout.testkit;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.Engagement;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * Generates valid {@link Dataset}s, configured by {@code with…} methods that each return a new
 * arbitrary (instances are immutable and may be shared):
 *
 * <pre>{@code
 * ReadoutArbitraries.datasets().withCountries(3).withEngagements(1, 50).withAdversarialText(true)
 * }</pre>
 *
 * <p><b>Valid by construction.</b> A dataset is generated as a plan — small integers and enum
 * values saying which countries meet, when, who commits to what — plus the text of each record,
 * and the plan is turned into records deterministically: ids are slugs ({@code e3}, {@code e3-c0},
 * {@code vn-minister}, {@code vn-mod}, {@code i0}, {@code s1}…), every reference resolves, the
 * full text of each of the one to three sources is made of the statements of the records that cite
 * it, and every quote is a run of words cut from that text. Dates are consistent: commitments are due no
 * earlier than their engagement, status histories run forward from it, a part of a visit shares
 * its date, appointments and partnerships end no earlier than they start. Shrinking works on the
 * plan, so a failing dataset shrinks towards fewer engagements, commitments and amendments, lower
 * numbers and plainer text.
 *
 * <p><b>What a dataset holds.</b> The first {@code n} countries of {@link #countryPool()} (VN, US,
 * ID, KR, IN, JP, AU, FR, then every other ISO 3166-1 code alphabetically), each with a ministry
 * of defence ({@code vn-mod}) and a minister ({@code vn-minister}, Minister of Defence until the
 * middle year, then Deputy Prime Minister); up to three more organisations and four more people;
 * up to three instruments, three partnership levels, two programmes and three milestones; the
 * engagements, each between two or three of the countries with their ministers as principals,
 * and the commitments made at each. Every generated dataset builds without problems.
 *
 * <p><b>Constructs.</b> By default a dataset also holds every {@link Construct}: translations and
 * native names in their own scripts, participants in a private capacity or acting for the
 * international body {@code asean}, which is a side of some engagements and makes some
 * commitments; conditional commitments, commitments due at (possibly undated) milestones, amounts,
 * status changes at engagements, the life of instruments and milestones, partnership tracks, a
 * home side; second records of engagements ({@code e3-b}) and commitments ({@code e3-c0-b}) from
 * other sources, declared the same; and amendments — preferred ones and other accounts — quoting
 * one or two later sources ({@code l0}, {@code l1}). {@link #withConstructs(Set)} picks which;
 * {@link #amended()} gives the same datasets split into the base and the later file that amends it.
 *
 * <p><b>Defaults:</b> 2–6 countries, 0–8 engagements, 0–3 commitments per engagement, plain text,
 * dates in 2015–2026 (due dates and status changes run up to six years later), every construct.
 *
 * <p><b>Adversarial text.</b> {@link #withAdversarialText(boolean) withAdversarialText(true)} puts
 * {@link TextArbitraries#adversarial()} text into every title, text, summary, name, native name,
 * honorific, acronym, place, occasion, description, note, condition, role title, translation,
 * publisher, author and translator, and into the statements that make up the source texts (so
 * quotes are cut from adversarial text too).
 * Required fields get non-blank text; optional fields may also get blank text. Every
 * {@link Hazard} is used except {@link Hazard#LONE_SURROGATE}: a lone surrogate is not a
 * character, no UTF-8 file can hold it, and Readout's JSON export currently writes it as
 * {@code ?}, so datasets that must survive a file round trip leave it out. Ask for it with
 * {@link #withHazards(Set)}.
 */
public final class DatasetArbitrary extends ArbitraryDecorator<Dataset> {
  private static final Set<Hazard> DATASET_HAZARDS = EnumSet.complementOf(EnumSet.of(Hazard.LONE_SURROGATE));

  private final DatasetSpec spec;

  DatasetArbitrary(DatasetSpec spec) {
    this.spec = spec;
  }

  /** {@return the countries datasets draw from, in order: {@code withCountries(n)} uses the first {@code n}} */
  public static List<String> countryPool() {
    return PlanBuilder.COUNTRY_POOL;
  }

  /**
   * Returns datasets with exactly this many countries.
   *
   * @param count from 2 (an engagement needs two sides) to the size of {@link #countryPool()}
   * @return a new arbitrary
   * @throws IllegalArgumentException if the count is out of range
   */
  public DatasetArbitrary withCountries(int count) {
    return withCountries(count, count);
  }

  /**
   * Returns datasets with between {@code min} and {@code max} countries.
   *
   * @param min at least 2
   * @param max at most the size of {@link #countryPool()}
   * @return a new arbitrary
   * @throws IllegalArgumentException if the range is empty or out of bounds
   */
  public DatasetArbitrary withCountries(int min, int max) {
    range("countries", min, max, 2, PlanBuilder.COUNTRY_POOL.size());
    return new DatasetArbitrary(spec.withCountries(min, max));
  }

  /**
   * Returns datasets with between {@code min} and {@code max} engagements.
   *
   * @param min at least 0
   * @param max at least {@code min}
   * @return a new arbitrary
   * @throws IllegalArgumentException if the range is empty or negative
   */
  public DatasetArbitrary withEngagements(int min, int max) {
    range("engagements", min, max, 0, Integer.MAX_VALUE);
    return new DatasetArbitrary(spec.withEngagements(min, max));
  }

  /**
   * Returns datasets in which every engagement has between {@code min} and {@code max}
   * commitments made at it.
   *
   * @param min at least 0
   * @param max at least {@code min}
   * @return a new arbitrary
   * @throws IllegalArgumentException if the range is empty or negative
   */
  public DatasetArbitrary withCommitmentsPerEngagement(int min, int max) {
    range("commitments per engagement", min, max, 0, Integer.MAX_VALUE);
    return new DatasetArbitrary(spec.withCommitments(min, max));
  }

  /**
   * Returns datasets with adversarial text (every {@link Hazard} but lone surrogates) or plain text.
   *
   * @param adversarial true for adversarial text, false for plain words
   * @return a new arbitrary
   */
  public DatasetArbitrary withAdversarialText(boolean adversarial) {
    return new DatasetArbitrary(spec.withHazards(adversarial ? DATASET_HAZARDS : Set.of()));
  }

  /**
   * Returns datasets whose text carries exactly the given hazards; an empty set means plain text.
   * {@code withHazards(EnumSet.allOf(Hazard.class))} includes lone surrogates.
   *
   * @param hazards the hazards to draw text fragments from
   * @return a new arbitrary
   */
  public DatasetArbitrary withHazards(Set<Hazard> hazards) {
    return new DatasetArbitrary(spec.withHazards(hazards));
  }

  /**
   * Returns datasets whose engagements, milestones, instruments and partnerships fall in these
   * years; due dates and status changes run up to six years later.
   *
   * @param first the first year, at least 10
   * @param last the last year, at least {@code first} and at most 9990
   * @return a new arbitrary
   * @throws IllegalArgumentException if the range is empty or out of bounds
   */
  public DatasetArbitrary withYears(int first, int last) {
    range("years", first, last, DatasetSpec.MIN_YEAR, DatasetSpec.MAX_YEAR);
    return new DatasetArbitrary(spec.withYears(first, last));
  }

  /**
   * Returns datasets that hold exactly the given constructs on top of the plain records; an empty
   * set (or {@link Construct#none()}) gives datasets with neither accounts nor translations.
   *
   * @param constructs the constructs to generate
   * @return a new arbitrary
   */
  public DatasetArbitrary withConstructs(Set<Construct> constructs) {
    return new DatasetArbitrary(spec.withConstructs(constructs));
  }

  /** {@return the constructs generated datasets hold} */
  public Set<Construct> constructs() {
    return spec.constructs();
  }

  /** {@return whether the text of generated datasets is adversarial} */
  public boolean isAdversarial() {
    return spec.adversarial();
  }

  /**
   * {@return engagements taken from datasets of this configuration (with at least one engagement),
   * so their references resolve in the dataset they came from}
   */
  public Arbitrary<Engagement> engagements() {
    DatasetArbitrary some = spec.minEngagements() > 0 ? this
        : withEngagements(1, Math.max(1, spec.maxEngagements()));
    return Combinators.combine(some, Arbitraries.integers().between(0, Integer.MAX_VALUE))
        .as((d, i) -> d.engagements().get(i % d.engagements().size()));
  }

  /**
   * {@return commitments taken from datasets of this configuration (with at least one engagement
   * and one commitment per engagement), so their references resolve in the dataset they came from}
   */
  public Arbitrary<Commitment> commitments() {
    DatasetArbitrary some = (spec.minEngagements() > 0 ? this
        : withEngagements(1, Math.max(1, spec.maxEngagements())));
    if (some.spec.minCommitments() == 0) {
      some = some.withCommitmentsPerEngagement(1, Math.max(1, spec.maxCommitments()));
    }
    return Combinators.combine(some, Arbitraries.integers().between(0, Integer.MAX_VALUE))
        .as((d, i) -> d.commitments().get(i % d.commitments().size()));
  }

  /**
   * {@return days to ask a generated dataset about: from the year before the first year to six
   * years after the last, so queries "as of" a day see records before, during and after}
   */
  public Arbitrary<LocalDate> days() {
    LocalDate first = LocalDate.of(spec.firstYear() - 1, 1, 1);
    LocalDate last = LocalDate.of(spec.lastYear() + 6, 12, 31);
    return Arbitraries.longs().between(0, last.toEpochDay() - first.toEpochDay()).map(first::plusDays);
  }

  /**
   * {@return the datasets of this configuration split in two: the base records, valid on their
   * own, and the later file — later sources and the amendments that quote them — with the whole
   * built in one go; with neither {@link Construct#AMENDMENTS} nor {@link Construct#OTHER_ACCOUNTS}
   * the later file is empty}
   */
  public Arbitrary<AmendedDataset> amended() {
    return Plan.plans(spec).map(plan -> PlanBuilder.draft(spec, plan).amended());
  }

  DatasetSpec spec() {
    return spec;
  }

  /** {@return the plan-based generator of this configuration} */
  @Override
  protected Arbitrary<Dataset> arbitrary() {
    return Plan.plans(spec).map(plan -> PlanBuilder.draft(spec, plan).whole());
  }

  /** {@return a description of the configuration, e.g. for jqwik's reports} */
  @Override
  public String toString() {
    return "DatasetArbitrary[countries " + spec.minCountries() + "–" + spec.maxCountries() + ", engagements "
        + spec.minEngagements() + "–" + spec.maxEngagements() + ", commitments per engagement "
        + spec.minCommitments() + "–" + spec.maxCommitments() + ", years " + spec.firstYear() + "–"
        + spec.lastYear() + ", " + (spec.adversarial() ? "hazards " + spec.hazards() : "plain text") + ", constructs "
        + spec.constructs() + "]";
  }

  private static void range(String what, int min, int max, int lowest, int highest) {
    if (min < lowest || max < min || max > highest) {
      throw new IllegalArgumentException(what + " must be a range within " + lowest + "–" + highest
          + ", but was " + min + "–" + max);
    }
  }
}
