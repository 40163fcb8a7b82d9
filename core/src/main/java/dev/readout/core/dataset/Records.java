package dev.readout.core.dataset;

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
import java.util.List;

/** The records of a dataset, kind by kind, in the order they were added. */
record Records(
    List<Source> sources,
    List<Country> countries,
    List<Organization> organizations,
    List<Person> people,
    List<Partnership> partnerships,
    List<Instrument> instruments,
    List<Engagement> engagements,
    List<Commitment> commitments,
    List<Programme> programmes,
    List<Milestone> milestones) {

  Records {
    sources = List.copyOf(sources);
    countries = List.copyOf(countries);
    organizations = List.copyOf(organizations);
    people = List.copyOf(people);
    partnerships = List.copyOf(partnerships);
    instruments = List.copyOf(instruments);
    engagements = List.copyOf(engagements);
    commitments = List.copyOf(commitments);
    programmes = List.copyOf(programmes);
    milestones = List.copyOf(milestones);
  }

  List<? extends Identified> of(RecordKind kind) {
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
}
