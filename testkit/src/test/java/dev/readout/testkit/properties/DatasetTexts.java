package dev.readout.testkit.properties;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.model.Act;
import dev.readout.core.model.Appointment;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.Evidence;
import dev.readout.core.model.Participant;
import dev.readout.core.model.StatusChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The free text of a dataset, field by field, for properties about text. */
public final class DatasetTexts {
  private DatasetTexts() {}

  /** Every free text of a dataset: titles, texts, summaries, names, notes, places, source texts, quotes. */
  public static List<String> of(Dataset d) {
    List<String> out = new ArrayList<>();
    d.sources().forEach(s -> {
      out.add(s.title());
      add(out, s.publisher(), s.author(), s.translator(), s.text(), s.note());
    });
    d.organizations().forEach(o -> {
      out.add(o.name());
      add(out, o.nativeName(), o.acronym(), o.note());
      evidence(out, o.evidence());
    });
    d.people().forEach(p -> {
      out.add(p.name());
      add(out, p.nativeName(), p.honorific(), p.note());
      for (Appointment a : p.appointments()) {
        out.add(a.title());
        add(out, a.note());
      }
      evidence(out, p.evidence());
    });
    d.partnerships().forEach(p -> {
      add(out, p.name(), p.note());
      evidence(out, p.evidence());
    });
    d.instruments().forEach(x -> {
      out.add(x.title());
      add(out, x.summary(), x.note());
      evidence(out, x.evidence());
    });
    for (Engagement e : d.engagements()) {
      out.add(e.title());
      add(out, e.place(), e.occasion(), e.summary(), e.note());
      e.participants().stream().map(Participant::description).forEach(x -> add(out, x));
      for (Act a : e.acts()) {
        out.add(a.description());
        evidence(out, a.evidence());
      }
      evidence(out, e.evidence());
    }
    for (Commitment c : d.commitments()) {
      out.add(c.text());
      add(out, c.note());
      for (StatusChange s : c.statusHistory()) {
        add(out, s.note());
        evidence(out, s.evidence());
      }
      evidence(out, c.evidence());
    }
    d.programmes().forEach(p -> {
      out.add(p.title());
      add(out, p.summary(), p.note());
      evidence(out, p.evidence());
    });
    d.milestones().forEach(m -> {
      out.add(m.title());
      add(out, m.summary(), m.note());
      evidence(out, m.evidence());
    });
    return out;
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
