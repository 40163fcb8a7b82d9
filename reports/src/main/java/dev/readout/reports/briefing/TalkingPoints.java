package dev.readout.reports.briefing;

import dev.readout.core.dates.EdtfDate;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.CommitmentKind;
import dev.readout.core.model.CommitmentStatus;
import dev.readout.core.model.Evidence;
import dev.readout.core.model.Milestone;
import dev.readout.core.model.StatusChange;
import dev.readout.reports.doc.Inline;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The talking points of a country brief, derived from the open commitments both ways and the coming
 * milestones: one short sentence each, in the principal's voice, with the verb that fits where the
 * item stands — press or ask about their undertakings, reiterate our requests, review joint ones,
 * report on ours, confirm attendance for our invitations, thank them for what they fulfilled; their
 * requests are kept apart, as lines to take if raised. Points are de-duplicated (one point for the
 * same words) and ranked: overdue and due soon first, then what the principal can act on, newest
 * first; items with no news for long come last and say since when. Items bound to an event that has
 * passed are left to the tables.
 */
final class TalkingPoints {
  /** A point: its sentence, the quotes behind it, whether it is a line to take if raised, and its rank. */
  record Point(String text, List<Evidence> evidence, boolean ifRaised, int rank, LocalDate made, String id) {}

  /** How long after it was fulfilled an undertaking of theirs is still worth thanks. */
  private static final int THANKS_DAYS = 365;

  private final BriefingContext ctx;

  TalkingPoints(BriefingContext ctx) {
    this.ctx = ctx;
  }

  /** The points on the commitments and coming milestones of a counterpart, ranked. */
  List<Point> of(List<Commitment> commitments, List<Milestone> coming) {
    Map<String, Point> points = new LinkedHashMap<>();
    Set<String> invitedTo = new java.util.HashSet<>();
    for (Commitment c : commitments) {
      pointOn(c, invitedTo).ifPresent(p -> points.merge(p.text(), p, TalkingPoints::join));
    }
    for (Milestone m : coming) {
      if (invitedTo.contains(m.id()) || m.date().isEmpty()) {
        continue;
      }
      Point p = new Point(ctx.labels.get("point.milestone", ctx.title(m), ctx.dateInParentheses(m.date().get())), m.evidence(), false,
          6, m.date().get().earliest(), m.id());
      points.merge(p.text(), p, TalkingPoints::join);
    }
    List<Point> ranked = new ArrayList<>(points.values());
    ranked.sort(Comparator.comparingInt(Point::rank).thenComparing(Point::made, Comparator.reverseOrder())
        .thenComparing(Point::id));
    return ranked;
  }

  private static Point join(Point a, Point b) {
    List<Evidence> evidence = new ArrayList<>(a.evidence());
    b.evidence().stream().filter(e -> !evidence.contains(e)).forEach(evidence::add);
    return new Point(a.text(), evidence, a.ifRaised() && b.ifRaised(), Math.min(a.rank(), b.rank()),
        a.made().isAfter(b.made()) ? a.made() : b.made(), a.id());
  }

  private Optional<Point> pointOn(Commitment c, Set<String> invitedTo) {
    Direction direction = Directions.of(ctx, c);
    Standing standing = Standing.of(ctx, c);
    LocalDate made = ctx.dataset.dateOf(c).map(EdtfDate::earliest).orElse(LocalDate.MIN);
    String text = ctx.text(c);
    if (direction == Direction.CONTEXT || direction == Direction.OUR_OWN) {
      return Optional.empty();
    }
    if (standing.status().filter(s -> s == CommitmentStatus.FULFILLED).isPresent() && direction == Direction.THEIR_UNDERTAKINGS
        && fulfilledRecently(c)) {
      return Optional.of(new Point(ctx.labels.get("point.thank", text), c.evidence(), false, 7, made, c.id()));
    }
    if (!standing.open() || standing.flag() == Standing.Flag.EVENT_PASSED) {
      return Optional.empty();
    }
    int byDirection = switch (direction) {
      case THEIR_UNDERTAKINGS -> 2;
      case OUR_REQUESTS -> 3;
      case JOINT -> 4;
      case OUR_UNDERTAKINGS -> 5;
      case THEIR_REQUESTS -> 8;
      case OUR_OWN, CONTEXT -> 9;
    };
    int rank = switch (standing.flag()) {
      case OVERDUE -> 0;
      case DUE_SOON -> 1;
      case NONE, EVENT_PASSED -> byDirection;
      // Items with no news for long come after the rest, and say since when.
      case NO_NEWS -> 10 + byDirection;
    };
    if (direction == Direction.OUR_UNDERTAKINGS && c.commitmentKind() == CommitmentKind.INVITATION) {
      Optional<Milestone> event = c.dueAt().or(() -> c.milestones().stream().findFirst()).flatMap(ctx.dataset::milestone)
          .filter(m -> m.date().map(d -> !d.latest().isBefore(ctx.asOf)).orElse(true));
      if (event.isPresent()) {
        invitedTo.add(event.get().id());
        String when = event.get().date().map(ctx::dateInParentheses).orElse(ctx.labels.get("common.dateNotSet"));
        return Optional.of(new Point(ctx.labels.get("point.invitation", ctx.title(event.get()), when),
            c.evidence(), false, rank, made, c.id()));
      }
    }
    String verb = verb(direction, c.commitmentKind(), standing);
    String sentence = ctx.labels.get(verb, text);
    if (standing.flag().pressing() || standing.flag() == Standing.Flag.NO_NEWS) {
      String suffix = switch (standing.flag()) {
        case OVERDUE -> "point.overdueSuffix";
        case DUE_SOON -> "point.dueSuffix";
        case NO_NEWS, NONE, EVENT_PASSED -> "point.noNewsSuffix";
      };
      sentence = ctx.labels.get(suffix, sentence, ctx.date(standing.date().orElseThrow()));
    }
    return Optional.of(new Point(sentence, c.evidence(), direction == Direction.THEIR_REQUESTS, rank, made, c.id()));
  }

  /** The label key of the point's sentence: by direction and kind, the kind's own where the bundle has one. */
  private String verb(Direction direction, CommitmentKind kind, Standing standing) {
    if (direction == Direction.THEIR_UNDERTAKINGS && standing.flag() == Standing.Flag.OVERDUE) {
      return "point.press";
    }
    String base = "point." + direction.heading().substring("direction.".length());
    String specific = base + "." + kind.name();
    return ctx.labels.has(specific) ? specific : base;
  }

  private boolean fulfilledRecently(Commitment c) {
    return c.statusHistory().stream().filter(s -> s.status() == CommitmentStatus.FULFILLED)
        .map(StatusChange::date).map(EdtfDate::latest)
        .anyMatch(d -> !d.isAfter(ctx.asOf) && ChronoUnit.DAYS.between(d, ctx.asOf) <= THANKS_DAYS);
  }

  /** The points as list items, each followed by the notes of its quotes. */
  List<Inline> inlines(Point p) {
    return ctx.cited(p.text(), p.evidence());
  }
}
