package dev.readout.core.draft;

import dev.readout.core.dates.EdtfDate;
import dev.readout.core.draft.DraftScore.DateCheck;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.Evidence;
import java.util.Locale;
import java.util.stream.Collectors;

/** Writes a {@link DraftScore} as a plain-text table for a developer to read. */
final class DraftScoreReport {
  private DraftScoreReport() {}

  /**
   * Writes the score.
   *
   * @param score the score
   * @return the table, lines ending in a line feed
   */
  static String of(DraftScore score) {
    StringBuilder out = new StringBuilder();
    line(out, "Draft '%s' scored against '%s'", score.draftSourceId(), score.truthSourceId());
    line(out, "%-12s %6s %6s %8s %7s %10s",
        "", "truth", "draft", "matched", "recall", "precision");
    line(out, "%-12s %6d %6d %8d %7.2f %10.2f", "commitments", score.truthCommitments(),
        score.draftCommitments(), score.matchedCommitments(), score.commitmentRecall(),
        score.commitmentPrecision());
    line(out, "%-12s %6d %6d %8d %7.2f %10.2f", "engagements", score.truthEngagements(),
        score.draftEngagements(), score.matchedEngagements(), score.engagementRecall(),
        score.engagementPrecision());
    line(out, "");
    line(out, "%-12s %6s %8s", "of matched", "right", "accuracy");
    line(out, "%-12s %6d %8.2f", "kind", score.kindsRight(), score.kindAccuracy());
    line(out, "%-12s %6d %8.2f", "direction", score.directionsRight(), score.directionAccuracy());
    line(out, "%-12s %6d %8.2f", "due", score.duesRight(), score.dueAccuracy());
    line(out, "");
    long same = score.relativeDates().stream().filter(DateCheck::same).count();
    line(out, "relative dates: %d checked, %d the same", score.relativeDates().size(), same);
    for (DateCheck check : score.relativeDates()) {
      line(out, "  %s '%s': truth %s (%s), draft %s", check.same() ? "✓" : "✗", check.phrase(),
          check.truth(), check.truthRecordId(),
          check.draft().map(EdtfDate::toString).orElse("none"));
    }
    line(out, "");
    line(out, "unmatched truth commitments: %d", score.unmatchedTruth().size());
    for (Commitment commitment : score.unmatchedTruth()) {
      line(out, "  %s: %s", commitment.id(), commitment.evidence().stream()
          .filter(e -> e.source().equals(score.truthSourceId()))
          .map(Evidence::quote)
          .map(q -> "\"" + q + "\"")
          .collect(Collectors.joining("; ")));
    }
    return out.toString();
  }

  private static void line(StringBuilder out, String format, Object... args) {
    out.append(String.format(Locale.ROOT, format, args).stripTrailing()).append('\n');
  }
}
