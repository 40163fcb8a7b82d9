package dev.readout.core.draft;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.dates.EdtfDate;
import dev.readout.core.dates.PartialDate;
import dev.readout.core.draft.DraftScore.DateCheck;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.Fact;
import dev.readout.core.model.Milestone;
import dev.readout.core.model.Programme;
import dev.readout.core.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether every date the hand-encoded dataset counts from the article's publication date ("next
 * year", "this December") was counted the same way in the draft. The phrases are those
 * {@link DateExpressions} finds in the truth source's text and resolves by a rule whose
 * {@link Basis} is relative; a date stated outright ("in 2011", "2022-2024") is not checked. A
 * phrase is checked where a dated truth record (an engagement's date, a commitment's due date, a
 * milestone's date, a programme's period) quotes it and carries the date it resolves to.
 */
final class RelativeDateChecks {
  /** The names of the rules that count from the publication date. */
  private static final Set<String> RELATIVE_RULES = DateRules.RULES.stream()
      .filter(rule -> rule.basis().isRelative())
      .map(DateRule::name)
      .collect(Collectors.toUnmodifiableSet());

  private RelativeDateChecks() {}

  /**
   * A record of the four dated kinds with its date.
   *
   * @param fact the record
   * @param date its date, due date or period, if it has one
   */
  private record Dated(Fact fact, Optional<EdtfDate> date) {}

  /**
   * Makes the checks, one per phrase and truth date.
   *
   * @param truth the hand-encoded dataset
   * @param truthSource the source whose text is searched for date phrases
   * @param truthSpans where the truth quotes stand
   * @param draft the drafted dataset
   * @param draftSpans where the draft quotes stand
   * @return the checks in text order; none when the truth source has no text or no publication
   *     date of a single day, month or year
   */
  static List<DateCheck> of(Dataset truth, Source truthSource, QuoteSpans truthSpans,
      Dataset draft, QuoteSpans draftSpans) {
    Optional<EdtfDate> published = truthSource.published();
    if (truthSource.text().isEmpty() || published.isEmpty()
        || !(published.get() instanceof PartialDate publication)) {
      return List.of();
    }
    List<Dated> truthRecords = dated(truth, truthSpans);
    List<Dated> draftRecords = dated(draft, draftSpans);
    List<DateCheck> checks = new ArrayList<>();
    for (DateExpression expression : DateExpressions.find(truthSource.text().get(), publication)) {
      if (expression.date().isEmpty() || !RELATIVE_RULES.contains(expression.rule())) {
        continue;
      }
      EdtfDate date = expression.date().get();
      truthRecords.stream()
          .filter(r -> r.date().equals(expression.date()) && quotes(r, truthSpans, expression))
          .findFirst()
          .ifPresent(r -> checks.add(new DateCheck(expression.phrase(), date,
              draftDate(draftRecords, draftSpans, expression, date), r.fact().id())));
    }
    return checks;
  }

  /**
   * {@return the truth date when a draft record quoting the phrase has it, else the date of the
   * first draft record quoting the phrase that has one, else empty}
   */
  private static Optional<EdtfDate> draftDate(List<Dated> draftRecords, QuoteSpans draftSpans,
      DateExpression expression, EdtfDate truthDate) {
    List<Dated> quoting = draftRecords.stream()
        .filter(r -> r.date().isPresent() && quotes(r, draftSpans, expression))
        .toList();
    if (quoting.stream().anyMatch(r -> r.date().get().equals(truthDate))) {
      return Optional.of(truthDate);
    }
    return quoting.stream().findFirst().flatMap(Dated::date);
  }

  /** {@return whether one of the record's quotes from the counted source holds the phrase} */
  private static boolean quotes(Dated record, QuoteSpans spans, DateExpression expression) {
    return spans.spans(record.fact()).stream()
        .anyMatch(span -> span.contains(expression.start(), expression.end()));
  }

  /**
   * {@return the engagements, commitments, milestones and programmes that cite the counted
   * source, in that order, each with its date}
   */
  private static List<Dated> dated(Dataset dataset, QuoteSpans spans) {
    List<Dated> dated = new ArrayList<>();
    for (Engagement e : dataset.engagements()) {
      dated.add(new Dated(e, Optional.of(e.date())));
    }
    for (Commitment c : dataset.commitments()) {
      dated.add(new Dated(c, c.due()));
    }
    for (Milestone m : dataset.milestones()) {
      dated.add(new Dated(m, m.date()));
    }
    for (Programme p : dataset.programmes()) {
      dated.add(new Dated(p, p.period()));
    }
    dated.removeIf(d -> !spans.cites(d.fact()));
    return dated;
  }
}
