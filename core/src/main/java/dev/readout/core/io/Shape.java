package dev.readout.core.io;

import dev.readout.core.model.RecordKind;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The shape of a dataset file: the fields of each kind of value in their canonical order (the
 * order an export writes them in: {@code id} first, then the model's order), and how enum
 * constants are spelt ({@code IN_PERSON} is {@code in-person}). The reader accepts exactly these
 * fields and the writer writes them in this order, so the two cannot drift apart.
 */
final class Shape {
  /** The top-level fields: {@code extends} (the built-in dataset a file builds on), then the arrays. */
  static final List<String> FILE = java.util.stream.Stream.concat(java.util.stream.Stream.of("extends"),
      Arrays.stream(RecordKind.values()).map(RecordKind::plural)).toList();
  static final List<String> SOURCE = List.of("id", "title", "publisher", "url", "kind", "language", "published",
      "author", "translator", "text", "note");
  static final List<String> ORGANIZATION = List.of("id", "name", "nativeName", "acronym", "kind", "country",
      "parent", "evidence", "note");
  static final List<String> PERSON = List.of("id", "name", "nativeName", "honorific", "country", "appointments",
      "evidence", "note");
  static final List<String> APPOINTMENT = List.of("title", "organization", "start", "end", "evidence", "note");
  static final List<String> PARTNERSHIP = List.of("id", "countries", "level", "name", "since", "until", "evidence",
      "note");
  static final List<String> INSTRUMENT = List.of("id", "title", "kind", "parties", "signed", "validity", "areas",
      "summary", "evidence", "note");
  static final List<String> ENGAGEMENT = List.of("id", "title", "kind", "format", "date", "place", "placeCountry",
      "occasion", "parent", "sides", "participants", "areas", "instruments", "summary", "acts", "evidence", "note");
  static final List<String> PARTICIPANT = List.of("person", "organization", "description", "side", "role");
  static final List<String> ACT = List.of("kind", "by", "to", "description", "evidence");
  static final List<String> COMMITMENT = List.of("id", "kind", "makers", "addressees", "engagement", "text", "areas",
      "due", "instruments", "programmes", "milestones", "statusHistory", "evidence", "note");
  static final List<String> STATUS_CHANGE = List.of("date", "status", "note", "evidence");
  static final List<String> PROGRAMME = List.of("id", "title", "kind", "parties", "period", "areas", "summary",
      "evidence", "note");
  static final List<String> MILESTONE = List.of("id", "title", "kind", "date", "parties", "areas", "summary",
      "evidence", "note");
  static final List<String> EVIDENCE = List.of("source", "quote", "note");

  private Shape() {}

  /** {@return the file's spelling of an enum constant: lowercase, words joined by hyphens.} */
  static String name(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** {@return every constant of an enum by its spelling in the file, in declaration order.} */
  static <E extends Enum<E>> Map<String, E> byName(Class<E> type) {
    Map<String, E> map = new LinkedHashMap<>();
    for (E constant : type.getEnumConstants()) {
      map.put(name(constant), constant);
    }
    return map;
  }

  /**
   * Puts a value's entries into canonical order.
   *
   * @param fields the canonical order
   * @param entries the entries, in any order
   * @return the same entries in the order of {@code fields}
   * @throws IllegalArgumentException if an entry is not one of {@code fields}
   */
  static Map<String, Object> ordered(List<String> fields, Map<String, Object> entries) {
    Map<String, Object> ordered = new LinkedHashMap<>();
    for (String field : fields) {
      Object value = entries.get(field);
      if (value != null) {
        ordered.put(field, value);
      }
    }
    if (ordered.size() != entries.size()) {
      throw new IllegalArgumentException("fields must be among " + fields + ", but were " + entries.keySet());
    }
    return ordered;
  }
}
