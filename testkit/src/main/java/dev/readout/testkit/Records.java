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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The records of a dataset kind by kind, as added, with its amendments and home side: what a
 * generator writes or a {@link Breaker} changes before a {@link Dataset.Builder} is given them.
 */
final class Records {
  private final Map<RecordKind, List<Identified>> byKind = new EnumMap<>(RecordKind.class);
  final List<Amendment> amendments = new ArrayList<>();
  Optional<String> home = Optional.empty();

  Records() {
    for (RecordKind kind : RecordKind.values()) {
      byKind.put(kind, new ArrayList<>());
    }
  }

  /** {@return a copy of a dataset's records as added, amendments and home side} */
  static Records of(Dataset dataset) {
    Records r = new Records();
    for (RecordKind kind : RecordKind.values()) {
      r.byKind.get(kind).addAll(dataset.recordsAsAdded(kind));
    }
    r.amendments.addAll(dataset.amendments());
    r.home = dataset.home();
    return r;
  }

  /** {@return a copy, to change apart from this} */
  Records copy() {
    Records r = new Records();
    byKind.forEach((kind, list) -> r.byKind.get(kind).addAll(list));
    r.amendments.addAll(amendments);
    r.home = home;
    return r;
  }

  /** Adds a record after those of its kind. */
  void add(Identified record) {
    byKind.get(record.kind()).add(record);
  }

  /**
   * The records of a kind, to read or change, seen as the type their kind gives them: only a record
   * of the kind is put in each list.
   */
  @SuppressWarnings("unchecked")
  <T extends Identified> List<T> of(RecordKind kind) {
    return (List<T>) byKind.get(kind);
  }

  /** {@return a new builder holding the records, amendments and home side} */
  Dataset.Builder builder() {
    Dataset.Builder b = Dataset.builder().addSources(this.<Source>of(RecordKind.SOURCE))
        .addCountries(this.<Country>of(RecordKind.COUNTRY))
        .addOrganizations(this.<Organization>of(RecordKind.ORGANIZATION))
        .addPeople(this.<Person>of(RecordKind.PERSON)).addPartnerships(this.<Partnership>of(RecordKind.PARTNERSHIP))
        .addInstruments(this.<Instrument>of(RecordKind.INSTRUMENT))
        .addEngagements(this.<Engagement>of(RecordKind.ENGAGEMENT))
        .addCommitments(this.<Commitment>of(RecordKind.COMMITMENT))
        .addProgrammes(this.<Programme>of(RecordKind.PROGRAMME)).addMilestones(this.<Milestone>of(RecordKind.MILESTONE))
        .addAmendments(amendments);
    home.ifPresent(b::home);
    return b;
  }
}
