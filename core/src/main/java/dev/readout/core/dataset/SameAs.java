package dev.readout.core.dataset;

import dev.readout.core.model.Evidence;
import dev.readout.core.model.Identified;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The groups of records of one kind that the dataset says are the same fact ({@code sameAs}), each
 * counted once: as its first record (the primary), carrying the evidence of every record of the
 * group. Records no other names are groups of one.
 *
 * @param <T> the kind of record
 */
final class SameAs<T extends Identified> {
  private final List<T> records;
  private final int[] primary;

  /**
   * Groups records by their {@code sameAs} ids, which must name records of the list (validated before).
   *
   * @param records the records, in dataset order
   * @param sameAs the ids a record names as the same
   */
  SameAs(List<T> records, Function<T, List<String>> sameAs) {
    this.records = records;
    int n = records.size();
    int[] parent = new int[n];
    Map<String, Integer> positions = new HashMap<>(n * 4 / 3 + 1);
    for (int i = 0; i < n; i++) {
      parent[i] = i;
      positions.putIfAbsent(records.get(i).id(), i);
    }
    for (int i = 0; i < n; i++) {
      for (String other : sameAs.apply(records.get(i))) {
        Integer j = positions.get(other);
        if (j != null) {
          int a = root(parent, i);
          int b = root(parent, j);
          // The group's root is its earliest record.
          parent[Math.max(a, b)] = Math.min(a, b);
        }
      }
    }
    primary = new int[n];
    for (int i = 0; i < n; i++) {
      primary[i] = root(parent, i);
    }
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** {@return whether any record is the same as another} */
  boolean any() {
    for (int i = 0; i < primary.length; i++) {
      if (primary[i] != i) {
        return true;
      }
    }
    return false;
  }

  /** {@return the position of the group's primary record} */
  int primaryOf(int index) {
    return primary[index];
  }

  /** {@return the positions of the records of a record's group, primary first} */
  List<Integer> group(int index) {
    List<Integer> members = new ArrayList<>();
    int root = primary[index];
    for (int i = root; i < primary.length; i++) {
      if (primary[i] == root) {
        members.add(i);
      }
    }
    return members;
  }

  /**
   * Each group once, as its primary with the evidence of the whole group, in dataset order.
   *
   * @param withEvidence makes a record with the given evidence
   * @param evidence a record's evidence
   */
  List<T> distinct(Function<T, List<Evidence>> evidence, BiFunction<T, List<Evidence>, T> withEvidence) {
    List<T> out = new ArrayList<>();
    for (int i = 0; i < primary.length; i++) {
      if (primary[i] != i) {
        continue;
      }
      List<Integer> group = group(i);
      if (group.size() == 1) {
        out.add(records.get(i));
        continue;
      }
      List<Evidence> all = new ArrayList<>();
      for (int member : group) {
        all = Merge.union(all, evidence.apply(records.get(member)));
      }
      out.add(withEvidence.apply(records.get(i), all));
    }
    return out;
  }
}
