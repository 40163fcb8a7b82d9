package dev.readout.testkit;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.model.Amendment;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.Country;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.Identified;
import dev.readout.core.model.Instrument;
import dev.readout.core.model.Milestone;
import dev.readout.core.model.Organization;
import dev.readout.core.model.Partnership;
import dev.readout.core.model.Person;
import dev.readout.core.model.Programme;
import dev.readout.core.model.RecordKind;
import dev.readout.core.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A generated dataset before it is built: the base records with their sources and home side, and
 * the later sources and amendments of a later file. {@link PlanBuilder} writes the base,
 * {@link Amender} the later part.
 */
final class Draft {
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
  Optional<String> home = Optional.empty();
  final List<Source> laterSources = new ArrayList<>();
  final List<Amendment> amendments = new ArrayList<>();

  /** {@return the base records of a kind, as added} */
  List<? extends Identified> records(RecordKind kind) {
    return switch (kind) {
      case SOURCE -> sources;
      case COUNTRY -> countries;
      case ORGANIZATION -> organizations;
      case PERSON -> people;
      case PARTNERSHIP -> partnerships;
      case INSTRUMENT -> instruments;
      case ENGAGEMENT -> engagements;
      case COMMITMENT -> commitments;
      case PROGRAMME -> programmes;
      case MILESTONE -> milestones;
    };
  }

  /** {@return a builder holding the base records and home side} */
  Dataset.Builder base() {
    Dataset.Builder b = Dataset.builder().addSources(sources).addCountries(countries).addOrganizations(organizations)
        .addPeople(people).addPartnerships(partnerships).addInstruments(instruments).addEngagements(engagements)
        .addCommitments(commitments).addProgrammes(programmes).addMilestones(milestones);
    home.ifPresent(b::home);
    return b;
  }

  /** {@return the whole dataset, built in one go: the base, the later sources and the amendments} */
  Dataset whole() {
    return base().addSources(laterSources).addAmendments(amendments).build();
  }

  /** {@return the base and the later file, each part built on its own} */
  AmendedDataset amended() {
    return new AmendedDataset(base().build(), laterSources, amendments, whole());
  }
}
