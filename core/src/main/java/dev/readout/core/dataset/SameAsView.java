package dev.readout.core.dataset;

import dev.readout.core.model.Commitment;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.Identified;
import dev.readout.core.model.Instrument;
import dev.readout.core.model.InstrumentStatusChange;
import dev.readout.core.model.StatusChange;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The records of a dataset with the records declared the same fact folded into one: each group as
 * its first record, carrying the evidence of the whole group, and every reference to a folded
 * engagement — an engagement's parent, a commitment's engagement, where an instrument was signed, the
 * engagement of a status change — turned to the one it is folded into.
 */
final class SameAsView {
  private SameAsView() {}

  static Records distinct(Records amended, SameAs<Engagement> sameEngagements, SameAs<Commitment> sameCommitments) {
    Map<String, String> folded = folded(amended.engagements(), sameEngagements);
    List<Engagement> engagements = sameEngagements.distinct(Engagement::evidence,
        (e, evidence) -> Engagement.builder().from(e).evidence(evidence).build());
    List<Commitment> commitments = sameCommitments.distinct(Commitment::evidence,
        (c, evidence) -> Commitment.builder().from(c).evidence(evidence).build());
    List<Instrument> instruments = amended.instruments();
    if (!folded.isEmpty()) {
      engagements = engagements.stream().map(e -> turned(e, folded)).toList();
      commitments = commitments.stream().map(c -> turned(c, folded)).toList();
      instruments = instruments.stream().map(i -> turned(i, folded)).toList();
    }
    return new Records(amended.sources(), amended.countries(), amended.organizations(), amended.people(),
        amended.partnerships(), instruments, engagements, commitments, amended.programmes(), amended.milestones());
  }

  private static Engagement turned(Engagement e, Map<String, String> folded) {
    Optional<String> parent = turned(e.parent(), folded);
    return parent.equals(e.parent()) ? e : Engagement.builder().from(e).parent(parent).build();
  }

  private static Commitment turned(Commitment c, Map<String, String> folded) {
    Optional<String> at = turned(c.engagement(), folded);
    List<StatusChange> history = turned(c.statusHistory(), StatusChange::engagement,
        (x, e) -> StatusChange.builder().from(x).engagement(e).build(), folded);
    return at.equals(c.engagement()) && history.equals(c.statusHistory())
        ? c : Commitment.builder().from(c).engagement(at).statusHistory(history).build();
  }

  private static Instrument turned(Instrument i, Map<String, String> folded) {
    Optional<String> signedAt = turned(i.signedAt(), folded);
    List<InstrumentStatusChange> history = turned(i.statusHistory(), InstrumentStatusChange::engagement,
        (x, e) -> InstrumentStatusChange.builder().from(x).engagement(e).build(), folded);
    return signedAt.equals(i.signedAt()) && history.equals(i.statusHistory())
        ? i : Instrument.builder().from(i).signedAt(signedAt).statusHistory(history).build();
  }

  /** Status changes, each whose engagement is folded rebuilt with the one it is folded into. */
  private static <T> List<T> turned(List<T> history, Function<T, Optional<String>> engagement,
                                    BiFunction<T, Optional<String>, T> rebuilt, Map<String, String> folded) {
    return history.stream().map(x -> {
      Optional<String> at = turned(engagement.apply(x), folded);
      return at.equals(engagement.apply(x)) ? x : rebuilt.apply(x, at);
    }).toList();
  }

  /** A reference to an engagement, turned to the one it is folded into if it is folded. */
  private static Optional<String> turned(Optional<String> engagement, Map<String, String> folded) {
    return engagement.map(id -> folded.getOrDefault(id, id));
  }

  /** For each folded record's id, the id of the record it is folded into. */
  private static <T extends Identified> Map<String, String> folded(List<T> all, SameAs<T> same) {
    Map<String, String> folded = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      if (same.primaryOf(i) != i) {
        folded.putIfAbsent(all.get(i).id(), all.get(same.primaryOf(i)).id());
      }
    }
    return folded;
  }

  /** Look-up by id of the records each fact once: the id of a folded record finds the one it is folded into. */
  static <T extends Identified> Map<String, T> byId(List<T> distinct, List<T> all, SameAs<T> same) {
    Map<String, T> map = Dataset.byId(distinct);
    for (int i = 0; i < all.size(); i++) {
      int primary = same.primaryOf(i);
      if (primary != i) {
        map.putIfAbsent(all.get(i).id(), map.get(all.get(primary).id()));
      }
    }
    return map;
  }
}
