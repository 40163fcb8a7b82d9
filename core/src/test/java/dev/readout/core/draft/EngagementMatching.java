package dev.readout.core.draft;

import dev.readout.core.draft.GreedyPairing.Candidate;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.Participant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which drafted engagement is which hand-encoded one: candidates are on the same date
 * ({@code EdtfDate.equals}) with named participants whose Jaccard similarity is at least
 * {@value #MIN_JACCARD}; pairs are taken one-to-one by that similarity ({@link GreedyPairing}).
 */
final class EngagementMatching {
  /** The least Jaccard similarity of two engagements' participants for them to be candidates. */
  static final double MIN_JACCARD = 0.5;

  private EngagementMatching() {}

  /**
   * Pairs the truth engagements with the draft ones.
   *
   * @param truth the truth engagements that cite the truth source
   * @param draft the draft engagements that cite the draft source
   * @return the pairs, in the order of their truth engagements
   */
  static List<Candidate<Engagement>> pair(List<Engagement> truth, List<Engagement> draft) {
    List<Candidate<Engagement>> candidates = new ArrayList<>();
    for (Engagement t : truth) {
      for (Engagement d : draft) {
        double jaccard = jaccard(participants(t), participants(d));
        if (jaccard >= MIN_JACCARD && t.date().equals(d.date())) {
          candidates.add(new Candidate<>(t, d, jaccard));
        }
      }
    }
    return GreedyPairing.pair(truth, candidates);
  }

  /**
   * {@return the people and organisations named as taking part, as {@code person:<id>} and
   * {@code organization:<id>}}
   */
  static Set<String> participants(Engagement engagement) {
    Set<String> named = new TreeSet<>();
    for (Participant p : engagement.participants()) {
      p.person().ifPresent(id -> named.add("person:" + id));
      p.organization().ifPresent(id -> named.add("organization:" + id));
    }
    return named;
  }

  /** {@return the size of the intersection over the size of the union; 0 when both are empty} */
  static double jaccard(Set<String> a, Set<String> b) {
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    if (union.isEmpty()) {
      return 0;
    }
    Set<String> both = new HashSet<>(a);
    both.retainAll(b);
    return (double) both.size() / union.size();
  }
}
