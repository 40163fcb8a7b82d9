package dev.readout.core.draft;

import dev.readout.core.model.Identified;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One-to-one pairing of truth records with draft records: the candidate pairs are taken by
 * descending score, ties broken by truth id and then draft id, each one kept unless its truth or
 * its draft record is already paired. Greedy, not optimal, and deterministic.
 */
final class GreedyPairing {
  private GreedyPairing() {}

  /**
   * A truth record and a draft record that may be the same fact.
   *
   * @param truth the hand-encoded record
   * @param draft the drafted record
   * @param score how alike they are; higher is more alike
   * @param <T> the kind of record
   */
  record Candidate<T extends Identified>(T truth, T draft, double score) {}

  /**
   * Pairs the candidates.
   *
   * @param truth the truth records, in the order the pairs are returned in
   * @param candidates the candidate pairs, in any order
   * @param <T> the kind of record
   * @return the pairs kept, in the order of their truth records
   */
  static <T extends Identified> List<Candidate<T>> pair(
      List<T> truth, List<Candidate<T>> candidates) {
    List<Candidate<T>> ordered = new ArrayList<>(candidates);
    ordered.sort(Comparator.<Candidate<T>>comparingDouble(Candidate::score).reversed()
        .thenComparing(c -> c.truth().id())
        .thenComparing(c -> c.draft().id()));
    Set<String> truthTaken = new HashSet<>();
    Set<String> draftTaken = new HashSet<>();
    List<Candidate<T>> kept = new ArrayList<>();
    for (Candidate<T> candidate : ordered) {
      if (!truthTaken.contains(candidate.truth().id())
          && !draftTaken.contains(candidate.draft().id())) {
        truthTaken.add(candidate.truth().id());
        draftTaken.add(candidate.draft().id());
        kept.add(candidate);
      }
    }
    List<String> order = truth.stream().map(Identified::id).toList();
    kept.sort(Comparator.comparingInt(c -> order.indexOf(c.truth().id())));
    return kept;
  }
}
