package dev.readout.reports.briefing;

import dev.readout.core.dates.EdtfDate;
import dev.readout.core.model.Appointment;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.Evidence;
import dev.readout.core.model.Participant;
import dev.readout.core.model.Person;
import dev.readout.core.model.Translation;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A person's post as the sources confirm it on a day — never a present-tense title projected from
 * old evidence: the post that covers the day with the date its newest source confirmed it
 * ("Secretary of Defense, confirmed November 2022"), "former …" once a known end has passed, or what
 * the sources called them when they took part ("former U.S. Senator").
 */
final class Titles {
  private Titles() {}

  /** The post a person held on the day, as confirmed; empty when the sources say nothing of it. */
  static Optional<String> on(BriefingContext ctx, Person p, LocalDate day) {
    Optional<Appointment> current = p.appointments().stream().filter(a -> a.covers(day))
        .filter(a -> a.end().map(e -> !e.latest().isBefore(day)).orElse(true))
        .max(Comparator.comparing(a -> a.start().map(EdtfDate::earliest).orElse(LocalDate.MIN)));
    if (current.isPresent()) {
      Appointment a = current.get();
      String title = title(ctx, a);
      return Optional.of(confirmed(ctx, a.evidence(), day).map(d -> ctx.labels.get("person.confirmed", title, ctx.date(d)))
          .orElse(title));
    }
    Optional<Appointment> ended = p.appointments().stream()
        .filter(a -> a.end().map(e -> e.latest().isBefore(day)).orElse(false))
        .max(Comparator.comparing(a -> a.end().orElseThrow().latest()));
    if (ended.isPresent()) {
      Appointment a = ended.get();
      return Optional.of(ctx.labels.get("person.former", title(ctx, a), ctx.date(a.end().orElseThrow())));
    }
    return called(ctx, p, day);
  }

  /** The title in the briefing's language: the appointment's translation, else the vocabulary's term. */
  static String title(BriefingContext ctx, Appointment a) {
    String title = ctx.text(a, Translation::title, a.title());
    return title.equals(a.title()) ? ctx.labels.term(title) : title;
  }

  /** When the newest source behind a post, published by the day, was published. */
  private static Optional<EdtfDate> confirmed(BriefingContext ctx, List<Evidence> evidence, LocalDate day) {
    return evidence.stream().map(e -> ctx.published(e.source())).flatMap(Optional::stream)
        .filter(d -> !d.earliest().isAfter(day))
        .max(Comparator.comparing(EdtfDate::latest));
  }

  /** What the sources called the person when they last took part in an engagement by the day, e.g. "former U.S. Senator". */
  private static Optional<String> called(BriefingContext ctx, Person p, LocalDate day) {
    Optional<String> said = Optional.empty();
    for (Engagement e : ctx.dataset.engagementsOf(p.id())) {
      if (e.date().earliest().isAfter(day)) {
        continue;
      }
      for (Participant x : e.participants()) {
        if (x.person().filter(p.id()::equals).isPresent() && x.roleTitle().isPresent()) {
          said = ctx.roleTitle(x);
        }
      }
    }
    return said;
  }
}
