package dev.readout.core.dataset;

import dev.readout.core.model.Amendment;
import dev.readout.core.model.Evidence;
import dev.readout.core.model.Fact;
import dev.readout.core.model.Identified;
import dev.readout.core.model.ModelException;
import dev.readout.core.model.RecordKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A dataset's records with its amendments applied, in the order they were added: the records as they
 * stand, each amendment in its canonical form (its record holds the values it gives and, for fields
 * that gather items, the items it adds), the problems of amendments that cannot be applied, and for
 * every amended record which amendment last gave each field.
 */
final class Resolution {
  /** A record by its kind and position among the records of its kind. */
  record At(RecordKind kind, int index) {}

  /**
   * The evidence of an amendment that joins no record — another account's, or that of an amendment
   * of a record without evidence (a source) — to be checked on its own.
   */
  record LooseEvidence(int amendment, RecordKind kind, String id, int index, List<Evidence> evidence) {}

  final Records effective;
  final List<Amendment> amendments;
  final List<Problem> problems;
  final List<LooseEvidence> looseEvidence;
  /** For each amended record, the amendments that speak to it, in order. */
  private final Map<At, List<Integer>> ofRecord;
  /** For each amended record, the last preferred amendment that gave each field. */
  private final Map<At, Map<String, Integer>> givenBy;
  /**
   * For each amended record and field that gathers items, where each of its items came from: -1 for
   * the record as added, else the amendment that brought or last updated it.
   */
  private final Map<At, Map<String, int[]>> itemsFrom;

  private Resolution(Records effective, List<Amendment> amendments, List<Problem> problems,
                     List<LooseEvidence> looseEvidence, Map<At, List<Integer>> ofRecord, Map<At, Map<String, Integer>> givenBy,
                     Map<At, Map<String, int[]>> itemsFrom) {
    this.effective = effective;
    this.amendments = List.copyOf(amendments);
    this.problems = List.copyOf(problems);
    this.looseEvidence = List.copyOf(looseEvidence);
    this.ofRecord = ofRecord;
    this.givenBy = givenBy;
    this.itemsFrom = itemsFrom;
  }

  /** {@return the records as added, with no amendment} */
  static Resolution none(Records given) {
    return new Resolution(given, List.of(), List.of(), List.of(), Map.of(), Map.of(), Map.of());
  }

  /** Applies the amendments to the records, in order. */
  static Resolution of(Records given, List<Amendment> amendments) {
    if (amendments.isEmpty()) {
      return none(given);
    }
    Map<RecordKind, List<Identified>> records = given.copies();
    Map<RecordKind, Map<String, Integer>> positions = new HashMap<>();
    for (RecordKind kind : RecordKind.values()) {
      Map<String, Integer> ids = new HashMap<>();
      List<Identified> list = records.get(kind);
      for (int i = 0; i < list.size(); i++) {
        ids.putIfAbsent(list.get(i).id(), i);
      }
      positions.put(kind, ids);
    }
    List<Amendment> canonical = new ArrayList<>(amendments.size());
    List<Problem> problems = new ArrayList<>();
    List<LooseEvidence> loose = new ArrayList<>();
    Map<At, List<Integer>> ofRecord = new HashMap<>();
    Map<At, Map<String, Integer>> givenBy = new HashMap<>();
    Map<At, Map<String, int[]>> itemsFrom = new HashMap<>();
    for (int n = 0; n < amendments.size(); n++) {
      final int j = n;
      Amendment a = amendments.get(j);
      RecordKind kind = a.kind();
      final Integer index = positions.get(kind).get(a.id());
      Optional<FieldTable<Identified, Object>> table = AmendableFields.of(kind);
      if (index == null || table.isEmpty()) {
        problems.add(new Problem(kind, a.id(), index == null ? -1 : index, "",
            table.isEmpty() ? DatasetMessages.notAmendable(kind) : DatasetMessages.amendsUnknown(kind, a.id()), j));
        canonical.add(a);
        continue;
      }
      List<String> unknown = a.fields().stream().filter(f -> table.get().field(f).isEmpty()).toList();
      for (String field : unknown) {
        problems.add(new Problem(kind, a.id(), index, field, DatasetMessages.notAField(kind, field, table.get().names()), j));
      }
      if (!a.preferred()) {
        for (String field : a.fields()) {
          table.get().field(field).filter(f -> f.mode() == FieldTable.Mode.ADD)
              .ifPresent(f -> problems.add(new Problem(kind, a.id(), index, field, DatasetMessages.notPreferredAdds(), j)));
        }
      }
      if (a.evidence().isEmpty()) {
        problems.add(new Problem(kind, a.id(), index, "evidence", DatasetMessages.noEvidence(), j));
      }
      Identified before = records.get(kind).get(index);
      if (!a.preferred() || !(before instanceof Fact)) {
        loose.add(new LooseEvidence(j, kind, a.id(), index, a.evidence()));
      }
      Set<String> fields = new LinkedHashSet<>(a.fields());
      fields.removeAll(unknown);
      At at = new At(kind, index);
      ofRecord.computeIfAbsent(at, x -> new ArrayList<>()).add(j);
      try {
        Identified version = table.get().normalise(before, a.record(), fields);
        Amendment normalised = Amendment.builder().from(a).record(version).build();
        if (a.preferred()) {
          Identified after = table.get().apply(before, a.record(), fields, a.evidence());
          records.get(kind).set(index, after);
          Map<String, Integer> fieldsGiven = givenBy.computeIfAbsent(at, x -> new HashMap<>());
          for (String f : fields) {
            fieldsGiven.put(f, j);
          }
          noteItems(table.get(), before, after, j, itemsFrom.computeIfAbsent(at, x -> new HashMap<>()));
        }
        canonical.add(normalised);
      } catch (ModelException e) {
        canonical.add(a);
        problems.add(new Problem(kind, a.id(), index, "", DatasetMessages.amendmentInvalid(kind, a.id(), e.getMessage()), j));
      }
    }
    return new Resolution(Records.of(records), canonical, problems, loose, ofRecord, givenBy, itemsFrom);
  }

  /** Notes, for each field that gathers items, which items of {@code after} amendment {@code j} brought or changed. */
  @SuppressWarnings("unchecked")
  private static void noteItems(FieldTable<Identified, Object> table, Identified before, Identified after, int j,
                                Map<String, int[]> from) {
    for (String name : table.names()) {
      FieldTable.Field<Identified, Object> f = table.field(name).orElseThrow();
      if (f.mode() != FieldTable.Mode.ADD) {
        continue;
      }
      List<Object> old = (List<Object>) f.get().apply(before);
      List<Object> now = (List<Object>) f.get().apply(after);
      if (old.equals(now)) {
        continue;
      }
      int[] previous = from.get(name);
      int[] origins = new int[now.size()];
      for (int i = 0; i < now.size(); i++) {
        int was = old.indexOf(now.get(i));
        origins[i] = was < 0 ? j : previous != null && was < previous.length ? previous[was] : -1;
      }
      from.put(name, origins);
    }
  }

  /** {@return the positions of the amendments of a record, in order} */
  List<Integer> amendmentsOf(RecordKind kind, int index) {
    return ofRecord.getOrDefault(new At(kind, index), List.of());
  }

  /** {@return the last preferred amendment that gave a field of a record, if one did} */
  Optional<Integer> givenBy(RecordKind kind, int index, String field) {
    return Optional.ofNullable(givenBy.getOrDefault(new At(kind, index), Map.of()).get(field));
  }

  /**
   * The problem as the one to fix: a problem with a field an amendment gave is that amendment's;
   * any other stays with the record.
   */
  Problem attribute(Problem p) {
    if (p.isAboutAmendment()) {
      return p;
    }
    String field = p.field();
    int cut = field.length();
    for (int i = 0; i < field.length(); i++) {
      if (field.charAt(i) == '.' || field.charAt(i) == '[') {
        cut = i;
        break;
      }
    }
    String top = field.substring(0, cut);
    At at = new At(p.kind(), p.index());
    int[] origins = itemsFrom.getOrDefault(at, Map.of()).get(top);
    if (origins != null && cut < field.length() && field.charAt(cut) == '[') {
      int close = field.indexOf(']', cut);
      int item = Integer.parseInt(field.substring(cut + 1, close));
      if (item < origins.length && origins[item] >= 0) {
        int j = origins[item];
        // Within the amendment the item is counted among the items it brought.
        int local = 0;
        for (int i = 0; i < item; i++) {
          local += origins[i] == j ? 1 : 0;
        }
        return new Problem(p.kind(), p.id(), p.index(), top + "[" + local + "]" + field.substring(close + 1), p.message(), j);
      }
      return p;
    }
    return givenBy(p.kind(), p.index(), top)
        .map(j -> new Problem(p.kind(), p.id(), p.index(), p.field(), p.message(), j))
        .orElse(p);
  }
}
