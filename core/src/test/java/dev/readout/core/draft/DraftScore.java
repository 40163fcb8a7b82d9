package dev.readout.core.draft;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.dates.EdtfDate;
import dev.readout.core.draft.GreedyPairing.Candidate;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.Source;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * How well a drafted dataset agrees with a hand-encoded dataset of the same article: which
 * commitments and engagements it found ({@link CommitmentMatching}, {@link EngagementMatching}),
 * whether the matched commitments have the right kind, direction and due date, and whether every
 * date the hand encoding counts from the publication date was counted the same way
 * ({@link RelativeDateChecks}). Only records citing the article's source on each side count.
 * A share whose count to divide by is zero is 0, so that a misnamed source cannot pass a test.
 * Start at {@link #score} and {@link #report()}.
 */
final class DraftScore {
  private final String draftSourceId;
  private final String truthSourceId;
  private final int truthCommitments;
  private final int draftCommitments;
  private final List<CommitmentPair> commitmentPairs;
  private final int kindsRight;
  private final int directionsRight;
  private final int duesRight;
  private final List<Commitment> unmatchedTruth;
  private final List<Commitment> unmatchedDraft;
  private final int truthEngagements;
  private final int draftEngagements;
  private final int matchedEngagements;
  private final List<DateCheck> relativeDates;

  /**
   * A hand-encoded commitment and the drafted commitment matched to it.
   *
   * @param truth the hand-encoded commitment
   * @param draft the drafted commitment
   */
  record CommitmentPair(Commitment truth, Commitment draft) {}

  /**
   * A date phrase counted from the publication date, as the hand encoding and the draft resolved
   * it.
   *
   * @param phrase the phrase, verbatim ("next year")
   * @param truth the date the truth record quoting the phrase carries
   * @param draft the date a draft record quoting the phrase carries: the truth date when one has
   *     it, else the first such record's date; empty when no draft record quotes the phrase
   * @param truthRecordId the id of the truth record
   */
  record DateCheck(String phrase, EdtfDate truth, Optional<EdtfDate> draft, String truthRecordId) {
    /** {@return whether the draft resolved the phrase to the truth date} */
    boolean same() {
      return draft.equals(Optional.of(truth));
    }
  }

  private DraftScore(Dataset draft, String draftSourceId, Dataset truth, String truthSourceId) {
    this.draftSourceId = draftSourceId;
    this.truthSourceId = truthSourceId;
    Source draftSource = source(draft, draftSourceId, "draft");
    Source truthSource = source(truth, truthSourceId, "truth");
    String draftText = draftSource.text().orElse("");
    String truthText = truthSource.text().orElse("");
    QuoteSpans draftSpans = new QuoteSpans(draftSourceId, draftText, truthText);
    QuoteSpans truthSpans = new QuoteSpans(truthSourceId, truthText, draftText);

    List<Commitment> truthCs = truth.commitments().stream().filter(truthSpans::cites).toList();
    List<Commitment> draftCs = draft.commitments().stream().filter(draftSpans::cites).toList();
    List<Candidate<Commitment>> pairs =
        CommitmentMatching.pair(truthCs, truthSpans, draftCs, draftSpans);
    truthCommitments = truthCs.size();
    draftCommitments = draftCs.size();
    commitmentPairs = pairs.stream().map(c -> new CommitmentPair(c.truth(), c.draft())).toList();
    kindsRight = count(commitmentPairs, p -> CommitmentMatching.sameKind(p.truth(), p.draft()));
    directionsRight = count(commitmentPairs,
        p -> CommitmentMatching.sameDirection(p.truth(), truth, p.draft(), draft));
    duesRight = count(commitmentPairs, p -> CommitmentMatching.sameDue(p.truth(), p.draft()));
    Set<String> pairedTruth = new HashSet<>();
    Set<String> pairedDraft = new HashSet<>();
    commitmentPairs.forEach(p -> {
      pairedTruth.add(p.truth().id());
      pairedDraft.add(p.draft().id());
    });
    unmatchedTruth = truthCs.stream().filter(c -> !pairedTruth.contains(c.id())).toList();
    unmatchedDraft = draftCs.stream().filter(c -> !pairedDraft.contains(c.id())).toList();

    List<Engagement> truthEs = truth.engagements().stream().filter(truthSpans::cites).toList();
    List<Engagement> draftEs = draft.engagements().stream().filter(draftSpans::cites).toList();
    truthEngagements = truthEs.size();
    draftEngagements = draftEs.size();
    matchedEngagements = EngagementMatching.pair(truthEs, draftEs).size();

    relativeDates = RelativeDateChecks.of(truth, truthSource, truthSpans, draft, draftSpans);
  }

  /**
   * Scores a draft against a hand-encoded dataset of the same article.
   *
   * @param draft the drafted dataset, which may hold its base's records too
   * @param draftSourceId the id of the article's source in the draft
   * @param truth the hand-encoded dataset
   * @param truthSourceId the id of the article's source in the hand-encoded dataset
   * @return the score
   * @throws IllegalArgumentException if a dataset lacks its source
   */
  static DraftScore score(Dataset draft, String draftSourceId, Dataset truth, String truthSourceId) {
    Objects.requireNonNull(draft, "draft");
    Objects.requireNonNull(truth, "truth");
    return new DraftScore(draft, draftSourceId, truth, truthSourceId);
  }

  private static Source source(Dataset dataset, String id, String side) {
    Objects.requireNonNull(id, side + "SourceId");
    return dataset.source(id).orElseThrow(() -> new IllegalArgumentException(
        side + "SourceId must name a source of the " + side + " dataset, but was '" + id + "'"));
  }

  private static int count(
      List<CommitmentPair> pairs, Predicate<CommitmentPair> right) {
    return (int) pairs.stream().filter(right).count();
  }

  private static double share(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }

  /** {@return the id of the article's source in the draft} */
  String draftSourceId() {
    return draftSourceId;
  }

  /** {@return the id of the article's source in the hand-encoded dataset} */
  String truthSourceId() {
    return truthSourceId;
  }

  /** {@return how many hand-encoded commitments cite the article} */
  int truthCommitments() {
    return truthCommitments;
  }

  /** {@return how many drafted commitments cite the article} */
  int draftCommitments() {
    return draftCommitments;
  }

  /** {@return how many commitments were matched, one truth to one draft commitment} */
  int matchedCommitments() {
    return commitmentPairs.size();
  }

  /** {@return matched over hand-encoded commitments, 0 to 1} */
  double commitmentRecall() {
    return share(matchedCommitments(), truthCommitments);
  }

  /** {@return matched over drafted commitments, 0 to 1} */
  double commitmentPrecision() {
    return share(matchedCommitments(), draftCommitments);
  }

  /** {@return how many matched pairs agree on the commitment's kind} */
  int kindsRight() {
    return kindsRight;
  }

  /** {@return how many matched pairs go from the same countries to the same countries} */
  int directionsRight() {
    return directionsRight;
  }

  /** {@return how many matched pairs have the same due date, or none on both sides} */
  int duesRight() {
    return duesRight;
  }

  /** {@return the share of matched pairs with the right kind, 0 to 1} */
  double kindAccuracy() {
    return share(kindsRight, matchedCommitments());
  }

  /** {@return the share of matched pairs with the right direction, 0 to 1} */
  double directionAccuracy() {
    return share(directionsRight, matchedCommitments());
  }

  /** {@return the share of matched pairs with the right due date, 0 to 1} */
  double dueAccuracy() {
    return share(duesRight, matchedCommitments());
  }

  /** {@return how many hand-encoded engagements cite the article} */
  int truthEngagements() {
    return truthEngagements;
  }

  /** {@return how many drafted engagements cite the article} */
  int draftEngagements() {
    return draftEngagements;
  }

  /** {@return how many engagements were matched, one truth to one draft engagement} */
  int matchedEngagements() {
    return matchedEngagements;
  }

  /** {@return matched over hand-encoded engagements, 0 to 1} */
  double engagementRecall() {
    return share(matchedEngagements, truthEngagements);
  }

  /** {@return matched over drafted engagements, 0 to 1} */
  double engagementPrecision() {
    return share(matchedEngagements, draftEngagements);
  }

  /** {@return the checks of dates counted from the publication date, in text order} */
  List<DateCheck> relativeDates() {
    return relativeDates;
  }

  /** {@return whether every check's draft date is its truth date; true when there are none} */
  boolean relativeDatesSame() {
    return relativeDates.stream().allMatch(DateCheck::same);
  }

  /** {@return the matched commitments, in the hand-encoded dataset's order} */
  List<CommitmentPair> commitmentPairs() {
    return commitmentPairs;
  }

  /** {@return the hand-encoded commitments no draft commitment was matched to, in order} */
  List<Commitment> unmatchedTruth() {
    return unmatchedTruth;
  }

  /** {@return the drafted commitments matched to no hand-encoded one, in order} */
  List<Commitment> unmatchedDraft() {
    return unmatchedDraft;
  }

  /**
   * {@return the score as a plain-text table: counts, recall and precision, per-field accuracy,
   * each relative-date check, and the hand-encoded commitments the draft missed with their quotes}
   */
  String report() {
    return DraftScoreReport.of(this);
  }
}
