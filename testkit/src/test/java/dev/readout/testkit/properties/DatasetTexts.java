package dev.readout.testkit.properties;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.model.Act;
import dev.readout.core.model.Amendment;
import dev.readout.core.model.Amount;
import dev.readout.core.model.Appointment;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.Evidence;
import dev.readout.core.model.Identified;
import dev.readout.core.model.Instrument;
import dev.readout.core.model.InstrumentStatusChange;
import dev.readout.core.model.Milestone;
import dev.readout.core.model.MilestoneOutcome;
import dev.readout.core.model.Organization;
import dev.readout.core.model.Participant;
import dev.readout.core.model.Partnership;
import dev.readout.core.model.Person;
import dev.readout.core.model.Programme;
import dev.readout.core.model.RecordKind;
import dev.readout.core.model.Source;
import dev.readout.core.model.StatusChange;
import dev.readout.core.model.Translated;
import dev.readout.core.model.Translation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The free text of a dataset, field by field, for properties about text. */
public final class DatasetTexts {
  private DatasetTexts() {}

  /**
   * Every free text of a dataset's records as added and of its amendments: titles, texts,
   * summaries, names, notes, places, conditions, role titles, translations, source texts, quotes.
   */
  public static List<String> of(Dataset d) {
    List<String> out = new ArrayList<>();
    for (RecordKind kind : RecordKind.values()) {
      d.recordsAsAdded(kind).forEach(r -> record(out, r));
    }
    for (Amendment a : d.amendments()) {
      record(out, a.record());
      add(out, a.note());
      evidence(out, a.evidence());
    }
    return out;
  }

  private static void record(List<String> out, Identified record) {
    if (record instanceof Source s) {
      out.add(s.title());
      add(out, s.publisher(), s.author(), s.translator(), s.text(), s.note());
    } else if (record instanceof Organization o) {
      out.add(o.name());
      add(out, o.nativeName(), o.acronym(), o.note());
      translations(out, o);
      evidence(out, o.evidence());
    } else if (record instanceof Person p) {
      person(out, p);
    } else if (record instanceof Partnership p) {
      add(out, p.name(), p.note());
      translations(out, p);
      evidence(out, p.evidence());
    } else if (record instanceof Instrument x) {
      out.add(x.title());
      add(out, x.summary(), x.note());
      for (InstrumentStatusChange s : x.statusHistory()) {
        add(out, s.note());
        evidence(out, s.evidence());
      }
      translations(out, x);
      evidence(out, x.evidence());
    } else if (record instanceof Engagement e) {
      engagement(out, e);
    } else if (record instanceof Commitment c) {
      commitment(out, c);
    } else if (record instanceof Programme p) {
      out.add(p.title());
      add(out, p.summary(), p.note());
      translations(out, p);
      evidence(out, p.evidence());
    } else if (record instanceof Milestone m) {
      out.add(m.title());
      add(out, m.summary(), m.note());
      for (MilestoneOutcome o : m.outcomes()) {
        add(out, o.note());
        evidence(out, o.evidence());
      }
      translations(out, m);
      evidence(out, m.evidence());
    }
  }

  private static void person(List<String> out, Person p) {
    out.add(p.name());
    add(out, p.nativeName(), p.honorific(), p.note());
    for (Appointment a : p.appointments()) {
      out.add(a.title());
      add(out, a.note());
      translations(out, a);
      evidence(out, a.evidence());
    }
    translations(out, p);
    evidence(out, p.evidence());
  }

  private static void engagement(List<String> out, Engagement e) {
    out.add(e.title());
    add(out, e.place(), e.occasion(), e.summary(), e.note());
    for (Participant p : e.participants()) {
      add(out, p.description(), p.roleTitle());
    }
    for (Act a : e.acts()) {
      out.add(a.description());
      translations(out, a);
      evidence(out, a.evidence());
    }
    translations(out, e);
    evidence(out, e.evidence());
  }

  private static void commitment(List<String> out, Commitment c) {
    out.add(c.text());
    add(out, c.note(), c.condition());
    for (StatusChange s : c.statusHistory()) {
      add(out, s.note());
      evidence(out, s.evidence());
    }
    for (Amount a : c.amounts()) {
      add(out, a.note());
      evidence(out, a.evidence());
    }
    translations(out, c);
    evidence(out, c.evidence());
  }

  private static void translations(List<String> out, Translated record) {
    for (Translation t : record.translations()) {
      add(out, t.title(), t.name(), t.summary(), t.text(), t.occasion(), t.place(), t.condition(), t.honorific());
    }
  }

  private static void evidence(List<String> out, List<Evidence> evidence) {
    for (Evidence e : evidence) {
      out.add(e.quote());
      add(out, e.note());
    }
  }

  @SafeVarargs
  private static void add(List<String> out, Optional<String>... values) {
    for (Optional<String> v : values) {
      v.ifPresent(out::add);
    }
  }
}
