package dev.readout.core.dataset;

import dev.readout.core.model.Amendment;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.Country;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.Instrument;
import dev.readout.core.model.Milestone;
import dev.readout.core.model.Organization;
import dev.readout.core.model.Partnership;
import dev.readout.core.model.Person;
import dev.readout.core.model.Programme;
import dev.readout.core.model.Source;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link Dataset.Builder} collects — records in the order they are added (a dataset file's
 * order), amendments, the home side, strictness — and how it is built. Package-private: users see its
 * methods on {@code Dataset.Builder}.
 */
abstract class DatasetBuilder {
  final List<Source> sources = new ArrayList<>();
  final List<Country> countries = new ArrayList<>();
  final List<Organization> organizations = new ArrayList<>();
  final List<Person> people = new ArrayList<>();
  final List<Partnership> partnerships = new ArrayList<>();
  final List<Instrument> instruments = new ArrayList<>();
  final List<Engagement> engagements = new ArrayList<>();
  final List<Commitment> commitments = new ArrayList<>();
  final List<Programme> programmes = new ArrayList<>();
  final List<Milestone> milestones = new ArrayList<>();
  final List<Amendment> amendments = new ArrayList<>();
  Optional<String> home = Optional.empty();
  boolean strict;

  DatasetBuilder() {}

  /**
   * Adds the values to the list once all are checked: a null argument or element is refused with a
   * message that names it ({@code commitments[3] must not be null}, counted as the list will hold
   * it), and then nothing of the call is added.
   */
  private static <T> void add(List<T> list, String field, Iterable<? extends T> values) {
    if (values == null) {
      throw new NullPointerException(DatasetMessages.nullArgument(field));
    }
    List<T> batch = new ArrayList<>();
    for (T value : values) {
      if (value == null) {
        throw new NullPointerException(DatasetMessages.nullArgument(field + "[" + (list.size() + batch.size()) + "]"));
      }
      batch.add(value);
    }
    list.addAll(batch);
  }

  /** {@return this builder, as the public type} */
  abstract Dataset.Builder self();

  /**
   * Adds sources.
   *
   * @param values the sources
   * @return this builder
   */
  public Dataset.Builder addSources(Source... values) {
    add(sources, "sources", values == null ? null : Arrays.asList(values));
    return self();
  }

  /**
   * Adds sources.
   *
   * @param values the sources, in order
   * @return this builder
   */
  public Dataset.Builder addSources(Iterable<? extends Source> values) {
    add(sources, "sources", values);
    return self();
  }

  /**
   * Adds countries.
   *
   * @param values the countries
   * @return this builder
   */
  public Dataset.Builder addCountries(Country... values) {
    add(countries, "countries", values == null ? null : Arrays.asList(values));
    return self();
  }

  /**
   * Adds countries.
   *
   * @param values the countries, in order
   * @return this builder
   */
  public Dataset.Builder addCountries(Iterable<? extends Country> values) {
    add(countries, "countries", values);
    return self();
  }

  /**
   * Adds organisations.
   *
   * @param values the organisations
   * @return this builder
   */
  public Dataset.Builder addOrganizations(Organization... values) {
    add(organizations, "organizations", values == null ? null : Arrays.asList(values));
    return self();
  }

  /**
   * Adds organisations.
   *
   * @param values the organisations, in order
   * @return this builder
   */
  public Dataset.Builder addOrganizations(Iterable<? extends Organization> values) {
    add(organizations, "organizations", values);
    return self();
  }

  /**
   * Adds people.
   *
   * @param values the people
   * @return this builder
   */
  public Dataset.Builder addPeople(Person... values) {
    add(people, "people", values == null ? null : Arrays.asList(values));
    return self();
  }

  /**
   * Adds people.
   *
   * @param values the people, in order
   * @return this builder
   */
  public Dataset.Builder addPeople(Iterable<? extends Person> values) {
    add(people, "people", values);
    return self();
  }

  /**
   * Adds partnerships.
   *
   * @param values the partnerships
   * @return this builder
   */
  public Dataset.Builder addPartnerships(Partnership... values) {
    add(partnerships, "partnerships", values == null ? null : Arrays.asList(values));
    return self();
  }

  /**
   * Adds partnerships.
   *
   * @param values the partnerships, in order
   * @return this builder
   */
  public Dataset.Builder addPartnerships(Iterable<? extends Partnership> values) {
    add(partnerships, "partnerships", values);
    return self();
  }

  /**
   * Adds instruments.
   *
   * @param values the instruments
   * @return this builder
   */
  public Dataset.Builder addInstruments(Instrument... values) {
    add(instruments, "instruments", values == null ? null : Arrays.asList(values));
    return self();
  }

  /**
   * Adds instruments.
   *
   * @param values the instruments, in order
   * @return this builder
   */
  public Dataset.Builder addInstruments(Iterable<? extends Instrument> values) {
    add(instruments, "instruments", values);
    return self();
  }

  /**
   * Adds engagements.
   *
   * @param values the engagements
   * @return this builder
   */
  public Dataset.Builder addEngagements(Engagement... values) {
    add(engagements, "engagements", values == null ? null : Arrays.asList(values));
    return self();
  }

  /**
   * Adds engagements.
   *
   * @param values the engagements, in order
   * @return this builder
   */
  public Dataset.Builder addEngagements(Iterable<? extends Engagement> values) {
    add(engagements, "engagements", values);
    return self();
  }

  /**
   * Adds commitments.
   *
   * @param values the commitments
   * @return this builder
   */
  public Dataset.Builder addCommitments(Commitment... values) {
    add(commitments, "commitments", values == null ? null : Arrays.asList(values));
    return self();
  }

  /**
   * Adds commitments.
   *
   * @param values the commitments, in order
   * @return this builder
   */
  public Dataset.Builder addCommitments(Iterable<? extends Commitment> values) {
    add(commitments, "commitments", values);
    return self();
  }

  /**
   * Adds programmes.
   *
   * @param values the programmes
   * @return this builder
   */
  public Dataset.Builder addProgrammes(Programme... values) {
    add(programmes, "programmes", values == null ? null : Arrays.asList(values));
    return self();
  }

  /**
   * Adds programmes.
   *
   * @param values the programmes, in order
   * @return this builder
   */
  public Dataset.Builder addProgrammes(Iterable<? extends Programme> values) {
    add(programmes, "programmes", values);
    return self();
  }

  /**
   * Adds milestones.
   *
   * @param values the milestones
   * @return this builder
   */
  public Dataset.Builder addMilestones(Milestone... values) {
    add(milestones, "milestones", values == null ? null : Arrays.asList(values));
    return self();
  }

  /**
   * Adds milestones.
   *
   * @param values the milestones, in order
   * @return this builder
   */
  public Dataset.Builder addMilestones(Iterable<? extends Milestone> values) {
    add(milestones, "milestones", values);
    return self();
  }

  /**
   * Adds amendments: later sources' word on records added before or after them. They are applied,
   * in the order they are added, when the dataset is built.
   *
   * @param values the amendments
   * @return this builder
   */
  public Dataset.Builder addAmendments(Amendment... values) {
    add(amendments, "amendments", values == null ? null : Arrays.asList(values));
    return self();
  }

  /**
   * Adds amendments.
   *
   * @param values the amendments, in order
   * @return this builder
   */
  public Dataset.Builder addAmendments(Iterable<? extends Amendment> values) {
    add(amendments, "amendments", values);
    return self();
  }

  /**
   * Sets the home side: the country the dataset's briefings are written for (the seed's is Vietnam).
   *
   * @param countryCode the ISO code of a country of the dataset
   * @return this builder
   */
  public Dataset.Builder home(String countryCode) {
    this.home = Optional.of(Objects.requireNonNull(countryCode, () -> DatasetMessages.nullArgument("home")));
    return self();
  }

  /**
   * Whether what validation can only warn about (a quote whose source has no text to check it
   * against) is an error too; false by default.
   *
   * @param strict true to refuse a dataset with warnings
   * @return this builder
   */
  public Dataset.Builder strict(boolean strict) {
    this.strict = strict;
    return self();
  }

  /**
   * Adds every record and amendment of a dataset, kind by kind, after those already added; takes its
   * home side when none is set.
   *
   * @param dataset the dataset
   * @return this builder
   */
  public Dataset.Builder addAll(Dataset dataset) {
    Objects.requireNonNull(dataset, () -> DatasetMessages.nullArgument("dataset"));
    Records r = dataset.added();
    sources.addAll(r.sources());
    countries.addAll(r.countries());
    organizations.addAll(r.organizations());
    people.addAll(r.people());
    partnerships.addAll(r.partnerships());
    instruments.addAll(r.instruments());
    engagements.addAll(r.engagements());
    commitments.addAll(r.commitments());
    programmes.addAll(r.programmes());
    milestones.addAll(r.milestones());
    amendments.addAll(dataset.amendments());
    if (home.isEmpty()) {
      home = dataset.home();
    }
    return self();
  }

  /**
   * Applies the amendments, validates every record against every rule across records and builds
   * the dataset.
   *
   * @return the dataset
   * @throws DatasetException listing every problem found: the records' in file order (by kind, then
   *     position, then field), then the amendments', in order
   */
  public Dataset build() {
    Records added = new Records(sources, countries, organizations, people, partnerships, instruments,
        engagements, commitments, programmes, milestones);
    return Dataset.of(added, List.copyOf(amendments), home, strict);
  }
}
