package dev.readout.core.dataset;

import dev.readout.core.model.Commitment;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.Identified;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The records of a dataset with the records declared the same fact folded into one: each group as
 * its first record, carrying the evidence of the whole group, and every reference to a folded
 * engagement (a commitment's engagement, an engagement's parent) turned to the one it is folded into.
 */
final class SameAsView {
  private SameAsView() {}

  static Records distinct(Records amended, SameAs<Engagement> sameEngagements, SameAs<Commitment> sameCommitments) {
    Map<String, String> folded = folded(amended.engagements(), sameEngagements);
    List<Engagement> engagements = sameEngagements.distinct(Engagement::evidence,
            (e, evidence) -> Engagement.builder().from(e).evidence(evidence).build()).stream()
        .map(e -> e.parent().filter(folded::containsKey)
            .map(p -> Engagement.builder().from(e).parent(folded.get(p)).build()).orElse(e))
        .toList();
    List<Commitment> commitments = sameCommitments.distinct(Commitment::evidence,
            (c, evidence) -> Commitment.builder().from(c).evidence(evidence).build()).stream()
        .map(c -> c.engagement().filter(folded::containsKey)
            .map(x -> Commitment.builder().from(c).engagement(folded.get(x)).build()).orElse(c))
        .toList();
    return new Records(amended.sources(), amended.countries(), amended.organizations(), amended.people(),
        amended.partnerships(), amended.instruments(), engagements, commitments, amended.programmes(), amended.milestones());
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
