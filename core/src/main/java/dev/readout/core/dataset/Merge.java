package dev.readout.core.dataset;

import dev.readout.core.dates.EdtfDate;
import dev.readout.core.model.Appointment;
import dev.readout.core.model.InstrumentStatusChange;
import dev.readout.core.model.Participant;
import dev.readout.core.model.StatusChange;
import dev.readout.core.model.Translation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * How the items an amendment brings join a field's items: new ones are added; one that matches an
 * item already there — an appointment with the same title and organisation, a participant with the
 * same person, organisation or description and side, a translation into the same language — updates
 * it; status histories stay in date order.
 */
final class Merge {
  /** The language a record is in when it does not say (the model's default). */
  private static final String DEFAULT_LANGUAGE = "en";

  private Merge() {}

  /** The current items, then the amendment's that are not among them. */
  static <T> List<T> union(List<T> current, List<T> added) {
    List<T> out = new ArrayList<>(current);
    for (T item : added) {
      if (!out.contains(item)) {
        out.add(item);
      }
    }
    return out;
  }

  /**
   * An amendment's appointment updates the one with the same title and organisation: given dates
   * and notes win, evidence and translations join, and a language other than the default English
   * wins (an amendment that gives only an end keeps the post's language).
   */
  static List<Appointment> appointments(List<Appointment> current, List<Appointment> added) {
    return keyed(current, added, a -> List.of(a.title(), a.organization()), (old, now) -> Appointment.builder().from(old)
        .start(now.start().or(old::start)).end(now.end().or(old::end)).note(now.note().or(old::note))
        .evidence(union(old.evidence(), now.evidence())).translations(translations(old.translations(), now.translations()))
        .language(now.language().equals(DEFAULT_LANGUAGE) ? old.language() : now.language())
        .build());
  }

  /**
   * An amendment's participant replaces the one who is the same person, organisation or group on the
   * same side. Where it keeps the role title and the language, the translations of the one replaced
   * stay, the amendment's given over them: a later source that changes only the role, say, does not
   * take the role title's Vietnamese away. A new role title drops the translations of the old.
   */
  static List<Participant> participants(List<Participant> current, List<Participant> added) {
    return keyed(current, added, p -> List.of(p.person(), p.organization(), p.description(), p.side()),
        (old, now) -> now.roleTitle().equals(old.roleTitle()) && now.language().equals(old.language())
            ? Participant.builder().from(now).translations(translations(old.translations(), now.translations())).build()
            : now);
  }

  /** An amendment's translation into a language already there gives its fields over that one's. */
  static List<Translation> translations(List<Translation> current, List<Translation> added) {
    return keyed(current, added, Translation::language, Translation::with);
  }

  /** The status changes of both, ordered by their earliest possible day, the current first on a tie. */
  static List<StatusChange> statusHistory(List<StatusChange> current, List<StatusChange> added) {
    return sorted(union(current, added), StatusChange::date);
  }

  /** The status changes of both, ordered by their earliest possible day, the current first on a tie. */
  static List<InstrumentStatusChange> instrumentStatus(List<InstrumentStatusChange> current, List<InstrumentStatusChange> added) {
    return sorted(union(current, added), InstrumentStatusChange::date);
  }

  private static <T> List<T> sorted(List<T> items, Function<T, EdtfDate> date) {
    List<T> out = new ArrayList<>(items);
    out.sort(Comparator.comparing(t -> date.apply(t).earliest()));
    return out;
  }

  private static <T> List<T> keyed(List<T> current, List<T> added, Function<T, Object> key, BiFunction<T, T, T> combine) {
    List<T> out = new ArrayList<>(current);
    for (T item : added) {
      Object k = key.apply(item);
      int at = -1;
      for (int i = 0; i < out.size(); i++) {
        if (Objects.equals(key.apply(out.get(i)), k)) {
          at = i;
          break;
        }
      }
      if (at < 0) {
        out.add(item);
      } else {
        out.set(at, combine.apply(out.get(at), item));
      }
    }
    return out;
  }
}
