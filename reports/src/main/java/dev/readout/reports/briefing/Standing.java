package dev.readout.reports.briefing;

import dev.readout.core.dates.EdtfDate;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.CommitmentStatus;
import dev.readout.core.model.Milestone;
import dev.readout.core.model.MilestoneOutcome;
import dev.readout.core.model.StatusChange;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Optional;

/**
 * Where a commitment stands on the briefing's day, in words a principal can act on: its status, and
 * what the day makes of it — due soon, overdue (a deadline that passed recently enough to press on),
 * an event it was bound to that has passed with no outcome recorded, or no news for a long time.
 *
 * @param status the status on the day, empty before it was made
 * @param flag what the day makes of it
 * @param date the date the flag speaks of: the due date, the event's date, or the last news
 * @param event for {@link Flag#EVENT_PASSED}, the event and what the sources say became of it
 */
record Standing(Optional<CommitmentStatus> status, Flag flag, Optional<EdtfDate> date, Optional<Milestone> event,
                Optional<MilestoneOutcome> outcome) {
  /** Days after its due date during which an open commitment is overdue, to press on; after that it has no news. */
  static final int OVERDUE_DAYS = 365;
  /** Days without news after which an open commitment with no due date reads "no news since". */
  static final int STALE_DAYS = 2 * 365;
  /** Days ahead in which a due date is "due soon". */
  static final int SOON_DAYS = 90;

  /** What the day makes of an open commitment. */
  enum Flag {
    /** Nothing to say beyond its status. */
    NONE,
    /** The last day it may be due falls within the next {@value #SOON_DAYS} days. */
    DUE_SOON,
    /** Its due date passed within the last {@value #OVERDUE_DAYS} days: press on it. */
    OVERDUE,
    /** The event it was bound to has passed and no outcome of the commitment is recorded. */
    EVENT_PASSED,
    /** Nothing is recorded of it for a long time, or since a deadline long past. */
    NO_NEWS;

    /** {@return whether the flag calls for action now} */
    boolean pressing() {
      return this == DUE_SOON || this == OVERDUE;
    }
  }

  static Standing of(BriefingContext ctx, Commitment c) {
    Optional<CommitmentStatus> status = ctx.dataset.statusOn(c, ctx.asOf);
    if (status.isEmpty() || !status.get().isOpen()) {
      return new Standing(status, Flag.NONE, Optional.empty(), Optional.empty(), Optional.empty());
    }
    LocalDate day = ctx.asOf;
    Optional<Milestone> event = c.dueAt().flatMap(ctx.dataset::milestone);
    if (event.isPresent() && event.get().date().filter(d -> d.latest().isBefore(day)).isPresent()) {
      Optional<MilestoneOutcome> outcome = event.get().outcomes().stream()
          .filter(o -> o.date().map(d -> !d.earliest().isAfter(day)).orElse(true)).reduce((a, b) -> b);
      return new Standing(status, Flag.EVENT_PASSED, event.get().date(), event, outcome);
    }
    Optional<EdtfDate> due = ctx.dataset.dueOf(c);
    EdtfDate lastNews = lastNews(ctx, c);
    if (due.isPresent() && due.get().latest().isBefore(day)) {
      long since = ChronoUnit.DAYS.between(due.get().latest(), day);
      return since <= OVERDUE_DAYS
          ? new Standing(status, Flag.OVERDUE, due, Optional.empty(), Optional.empty())
          : new Standing(status, Flag.NO_NEWS, Optional.of(lastNews), Optional.empty(), Optional.empty());
    }
    if (due.isPresent() && !due.get().latest().isAfter(day.plusDays(SOON_DAYS))) {
      return new Standing(status, Flag.DUE_SOON, due, Optional.empty(), Optional.empty());
    }
    if (ChronoUnit.DAYS.between(lastNews.latest(), day) > STALE_DAYS) {
      return new Standing(status, Flag.NO_NEWS, Optional.of(lastNews), Optional.empty(), Optional.empty());
    }
    return new Standing(status, Flag.NONE, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** The date of the last thing recorded of a commitment: its last status change by the day, or when it was made. */
  private static EdtfDate lastNews(BriefingContext ctx, Commitment c) {
    return c.statusHistory().stream().map(StatusChange::date).filter(d -> !d.earliest().isAfter(ctx.asOf))
        .max(Comparator.comparing(EdtfDate::earliest))
        .or(() -> ctx.dataset.dateOf(c))
        .orElseGet(() -> EdtfDate.parse(Integer.toString(ctx.asOf.getYear())));
  }

  /** {@return whether the commitment is open or in progress on the day} */
  boolean open() {
    return status.map(CommitmentStatus::isOpen).orElse(false);
  }

  /** {@return the standing in words: "open", "in progress — OVERDUE (due March 2023)", "open — no news since November 2022"} */
  String describe(BriefingContext ctx) {
    String word = status.map(ctx.labels::label).orElse("");
    return switch (flag) {
      case NONE -> word;
      case DUE_SOON -> ctx.labels.get("standing.dueSoon", word, ctx.date(date.orElseThrow()));
      case OVERDUE -> ctx.labels.get("standing.overdue", word, ctx.date(date.orElseThrow()));
      case NO_NEWS -> ctx.labels.get("standing.noNews", word, ctx.date(date.orElseThrow()));
      case EVENT_PASSED -> outcome.map(o -> ctx.labels.get("standing.eventOutcome", word, ctx.title(event.orElseThrow()),
              ctx.labels.label(o.outcome()), ctx.dateInParentheses(date.orElseThrow())))
          .orElseGet(() -> ctx.labels.get("standing.eventPassed", word, ctx.title(event.orElseThrow()),
              ctx.dateInParentheses(date.orElseThrow())));
    };
  }
}
