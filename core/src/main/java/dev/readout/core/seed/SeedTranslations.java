package dev.readout.core.seed;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.model.Act;
import dev.readout.core.model.Appointment;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.Evidence;
import dev.readout.core.model.Instrument;
import dev.readout.core.model.Milestone;
import dev.readout.core.model.Organization;
import dev.readout.core.model.Participant;
import dev.readout.core.model.Partnership;
import dev.readout.core.model.Person;
import dev.readout.core.model.Programme;
import dev.readout.core.model.StatusChange;
import dev.readout.core.model.Translation;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The seed's text in Vietnamese: every title, summary, occasion, place, commitment text, act,
 * appointment title, participant's role title and description, name, honorific, engagement note and
 * the note beside each quote and status change, read from {@code seed.vi.properties} beside this
 * class (keyed {@code kind.id.field}; acts, participants and appointments by their position in their
 * record) and added
 * to each record as its {@code vi} {@link Translation}. Quotes are not translated.
 */
final class SeedTranslations {
  private static final String LANGUAGE = "vi";

  private final Properties text = new Properties();
  /** The notes beside quotes and status changes, English to Vietnamese. */
  private final Map<String, String> notes = new HashMap<>();
  /** The prefixes that have a field of their own, such as {@code person.phan-van-giang} of its {@code .name}. */
  private final Set<String> translated = new HashSet<>();

  private SeedTranslations() {
    try (InputStream in = SeedTranslations.class.getResourceAsStream("seed.vi.properties")) {
      if (in == null) {
        throw new IllegalStateException("seed translation seed.vi.properties must be on the class path beside "
            + SeedTranslations.class.getName() + ", but was missing");
      }
      text.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("seed translation seed.vi.properties could not be read", e);
    }
    for (String key : text.stringPropertyNames()) {
      int field = key.lastIndexOf('.');
      if (field > 0) {
        translated.add(key.substring(0, field));
      }
    }
    for (int i = 1; text.containsKey("quote-note." + i + ".en"); i++) {
      notes.put(text.getProperty("quote-note." + i + ".en"), text.getProperty("quote-note." + i + ".vi"));
    }
  }

  /**
   * Returns a builder holding the records of {@code seed} with their Vietnamese text added.
   *
   * @param seed the seed as encoded in English
   * @return a builder of the same records, translated, in the same order
   */
  static Dataset.Builder vietnamese(Dataset seed) {
    SeedTranslations vi = new SeedTranslations();
    return Dataset.builder()
        .addSources(seed.sources())
        .addCountries(seed.countries())
        .addOrganizations(seed.organizations().stream().map(vi::organization).toList())
        .addPeople(seed.people().stream().map(vi::person).toList())
        .addPartnerships(seed.partnerships().stream().map(vi::partnership).toList())
        .addInstruments(seed.instruments().stream().map(vi::instrument).toList())
        .addEngagements(seed.engagements().stream().map(vi::engagement).toList())
        .addCommitments(seed.commitments().stream().map(vi::commitment).toList())
        .addProgrammes(seed.programmes().stream().map(vi::programme).toList())
        .addMilestones(seed.milestones().stream().map(vi::milestone).toList());
  }

  private Optional<String> get(String key) {
    return Optional.ofNullable(text.getProperty(key));
  }

  /** The translation of the record's fields under {@code prefix}, or empty when there is none. */
  private Optional<Translation> translation(String prefix) {
    if (!translated.contains(prefix)) {
      return Optional.empty();
    }
    return Optional.of(Translation.into(LANGUAGE)
        .title(get(prefix + ".title")).name(get(prefix + ".name")).summary(get(prefix + ".summary"))
        .text(get(prefix + ".text")).occasion(get(prefix + ".occasion")).place(get(prefix + ".place"))
        .condition(get(prefix + ".condition")).honorific(get(prefix + ".honorific")).note(get(prefix + ".note"))
        .build());
  }

  /** The quotes, each with the Vietnamese of its note where it has one. */
  private List<Evidence> evidence(List<Evidence> evidence) {
    return evidence.stream().map(e -> e.note().map(notes::get)
            .map(vi -> Evidence.builder().from(e).addTranslations(Translation.into(LANGUAGE).note(vi).build()).build())
            .orElse(e))
        .toList();
  }

  /** The status changes, each with its quotes translated and the Vietnamese of its note. */
  private List<StatusChange> history(List<StatusChange> history) {
    return history.stream().map(s -> {
      StatusChange.Builder b = StatusChange.builder().from(s).evidence(evidence(s.evidence()));
      s.note().map(notes::get).ifPresent(vi -> b.addTranslations(Translation.into(LANGUAGE).note(vi).build()));
      return b.build();
    }).toList();
  }

  /** The record with the translation of the fields under {@code prefix} added, when there is one. */
  private <T> T translated(String prefix, T record, BiFunction<T, Translation, T> add) {
    return translation(prefix).map(t -> add.apply(record, t)).orElse(record);
  }

  private Organization organization(Organization o) {
    return translated("organization." + o.id(), Organization.builder().from(o).evidence(evidence(o.evidence())).build(),
        (x, t) -> Organization.builder().from(x).addTranslations(t).build());
  }

  private Person person(Person p) {
    List<Appointment> appointments = new ArrayList<>();
    for (int i = 0; i < p.appointments().size(); i++) {
      Appointment a = p.appointments().get(i);
      appointments.add(translated("appointment." + p.id() + "." + i,
          Appointment.builder().from(a).evidence(evidence(a.evidence())).build(),
          (x, t) -> Appointment.builder().from(x).addTranslations(t).build()));
    }
    return translated("person." + p.id(),
        Person.builder().from(p).appointments(appointments).evidence(evidence(p.evidence())).build(),
        (x, t) -> Person.builder().from(x).addTranslations(t).build());
  }

  private Partnership partnership(Partnership p) {
    return translated("partnership." + p.id(), Partnership.builder().from(p).evidence(evidence(p.evidence())).build(), (x, t) -> Partnership.builder().from(x).addTranslations(t).build());
  }

  private Instrument instrument(Instrument i) {
    return translated("instrument." + i.id(), Instrument.builder().from(i).evidence(evidence(i.evidence())).build(), (x, t) -> Instrument.builder().from(x).addTranslations(t).build());
  }

  private Engagement engagement(Engagement e) {
    List<Participant> participants = new ArrayList<>();
    for (int i = 0; i < e.participants().size(); i++) {
      participants.add(translated("participant." + e.id() + "." + i, e.participants().get(i),
          (x, t) -> Participant.builder().from(x).addTranslations(t).build()));
    }
    List<Act> acts = new ArrayList<>();
    for (int i = 0; i < e.acts().size(); i++) {
      Act a = e.acts().get(i);
      acts.add(translated("act." + e.id() + "." + i, Act.builder().from(a).evidence(evidence(a.evidence())).build(),
          (x, t) -> Act.builder().from(x).addTranslations(t).build()));
    }
    return translated("engagement." + e.id(),
        Engagement.builder().from(e).participants(participants).acts(acts).evidence(evidence(e.evidence())).build(),
        (x, t) -> Engagement.builder().from(x).addTranslations(t).build());
  }

  private Commitment commitment(Commitment c) {
    return translated("commitment." + c.id(),
        Commitment.builder().from(c).evidence(evidence(c.evidence())).statusHistory(history(c.statusHistory())).build(), (x, t) -> Commitment.builder().from(x).addTranslations(t).build());
  }

  private Programme programme(Programme p) {
    return translated("programme." + p.id(), Programme.builder().from(p).evidence(evidence(p.evidence())).build(), (x, t) -> Programme.builder().from(x).addTranslations(t).build());
  }

  private Milestone milestone(Milestone m) {
    return translated("milestone." + m.id(), Milestone.builder().from(m).evidence(evidence(m.evidence())).build(), (x, t) -> Milestone.builder().from(x).addTranslations(t).build());
  }
}
