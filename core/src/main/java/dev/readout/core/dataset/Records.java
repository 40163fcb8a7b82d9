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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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

  /** The records of each kind, as copies that may be changed. */
  Map<RecordKind, List<Identified>> copies() {
    Map<RecordKind, List<Identified>> copies = new EnumMap<>(RecordKind.class);
    for (RecordKind kind : RecordKind.values()) {
      copies.put(kind, new ArrayList<>(of(kind)));
    }
    return copies;
  }

  /** The records of each kind in {@code byKind}, as {@link #copies()} gives them. */
  @SuppressWarnings("unchecked")
  static Records of(Map<RecordKind, List<Identified>> byKind) {
    return new Records(
        (List<Source>) (List<?>) byKind.get(RecordKind.SOURCE),
        (List<Country>) (List<?>) byKind.get(RecordKind.COUNTRY),
        (List<Organization>) (List<?>) byKind.get(RecordKind.ORGANIZATION),
        (List<Person>) (List<?>) byKind.get(RecordKind.PERSON),
        (List<Partnership>) (List<?>) byKind.get(RecordKind.PARTNERSHIP),
        (List<Instrument>) (List<?>) byKind.get(RecordKind.INSTRUMENT),
        (List<Engagement>) (List<?>) byKind.get(RecordKind.ENGAGEMENT),
        (List<Commitment>) (List<?>) byKind.get(RecordKind.COMMITMENT),
        (List<Programme>) (List<?>) byKind.get(RecordKind.PROGRAMME),
        (List<Milestone>) (List<?>) byKind.get(RecordKind.MILESTONE));
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
