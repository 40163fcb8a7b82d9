package dev.readout.core.dataset;

import dev.readout.core.model.Identified;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * The fields of one kind of record that an {@link dev.readout.core.model.Amendment} may speak to,
 * by their names in a dataset file, each with how it is read from a record and written to a builder:
 * a field that holds one value is set, a field that gathers items is merged.
 *
 * @param <R> the record type
 * @param <B> its builder
 */
final class FieldTable<R extends Identified, B> {
  /** How an amendment changes a field. */
  enum Mode {
    /** The field holds one value, or values that together name one thing: the amendment's replaces it. */
    SET,
    /** The field gathers items: the amendment's items join them. */
    ADD
  }

  /** One field: its name, mode, how to read it and how to write it. */
  record Field<R, B>(String name, Mode mode, Function<R, Object> get, BiConsumer<B, Object> set,
                     BinaryOperator<List<Object>> merge, boolean factual) {}

  private final Function<R, B> from;
  private final Function<B, R> build;
  private final Map<String, Field<R, B>> fields = new LinkedHashMap<>();

  FieldTable(Function<R, B> from, Function<B, R> build) {
    this.from = from;
    this.build = build;
  }

  /**
   * Adds a field that holds one value.
   *
   * @param factual whether two records of the same fact disagree when they differ in it (a date, a
   *     format); false for the analyst's own words (a title, a summary)
   */
  @SuppressWarnings("unchecked")
  <V> FieldTable<R, B> set(String name, Function<R, V> get, BiConsumer<B, V> set, boolean factual) {
    fields.put(name, new Field<>(name, Mode.SET, (Function<R, Object>) get, (BiConsumer<B, Object>) set, null, factual));
    return this;
  }

  /** Adds a field that gathers items, merged with {@code merge} (the current items, the amendment's). */
  @SuppressWarnings("unchecked")
  <V> FieldTable<R, B> add(String name, Function<R, List<V>> get, BiConsumer<B, List<V>> set,
                           BinaryOperator<List<V>> merge) {
    fields.put(name, new Field<>(name, Mode.ADD, (Function<R, Object>) (Function<R, ?>) get,
        (BiConsumer<B, Object>) (BiConsumer<B, ?>) set, (BinaryOperator<List<Object>>) (BinaryOperator<?>) merge, false));
    return this;
  }

  /** Adds a field that gathers items, merged by adding the amendment's items that are not there yet. */
  <V> FieldTable<R, B> add(String name, Function<R, List<V>> get, BiConsumer<B, List<V>> set) {
    return add(name, get, set, Merge::union);
  }

  Optional<Field<R, B>> field(String name) {
    return Optional.ofNullable(fields.get(name));
  }

  /** {@return the names of every field, in the file's order} */
  List<String> names() {
    return List.copyOf(fields.keySet());
  }

  /** {@return the fields two records of the same fact may disagree on} */
  List<Field<R, B>> factual() {
    return fields.values().stream().filter(Field::factual).toList();
  }

  /**
   * The record after the amendment: the named fields of {@code version} set or merged into {@code
   * current}, and {@code evidence} merged into the evidence field, if the kind has one.
   *
   * @throws dev.readout.core.model.ModelException if the result is not a valid record
   */
  @SuppressWarnings("unchecked")
  R apply(R current, R version, Set<String> names, List<?> evidence) {
    B builder = from.apply(current);
    for (Field<R, B> f : fields.values()) {
      if (!names.contains(f.name())) {
        continue;
      }
      Object value = f.get().apply(version);
      if (f.mode() == Mode.SET) {
        f.set().accept(builder, value);
      } else {
        f.set().accept(builder, f.merge().apply((List<Object>) f.get().apply(current), (List<Object>) value));
      }
    }
    Field<R, B> evidenceField = fields.get("evidence");
    if (evidenceField != null && !evidence.isEmpty()) {
      // The evidence of the amended fields (merged above, when named) joins the record's.
      R sofar = build.apply(builder);
      builder = from.apply(sofar);
      evidenceField.set().accept(builder, Merge.union((List<Object>) evidenceField.get().apply(sofar), (List<Object>) evidence));
    }
    return build.apply(builder);
  }

  /**
   * The amendment in its canonical form: {@code before} with the named fields of {@code version} —
   * for a field that gathers items, only the items that {@code before} lacks.
   */
  @SuppressWarnings("unchecked")
  R normalise(R before, R version, Set<String> names) {
    B builder = from.apply(before);
    for (Field<R, B> f : fields.values()) {
      if (!names.contains(f.name())) {
        continue;
      }
      Object value = f.get().apply(version);
      if (f.mode() == Mode.SET) {
        f.set().accept(builder, value);
      } else {
        List<Object> had = (List<Object>) f.get().apply(before);
        List<Object> added = new ArrayList<>();
        for (Object item : (List<Object>) value) {
          if (!had.contains(item) && !added.contains(item)) {
            added.add(item);
          }
        }
        f.set().accept(builder, added);
      }
    }
    return build.apply(builder);
  }
}
