package dev.readout.core.io;

import dev.readout.core.model.RecordKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The shape of a dataset file: the fields of each kind of value in their canonical order (the
 * order an export writes them in: {@code id} first, then the model's order, with a record's
 * {@code language} and {@code translations} just before its {@code evidence}), and how enum
 * constants are spelt ({@code IN_PERSON} is {@code in-person}). The reader accepts exactly these
 * fields and the writer writes them in this order, so the two cannot drift apart.
 */
final class Shape {
  /** The top-level fields: {@code extends} (what a file builds on), {@code home} (its home side), then the arrays. */
  static final List<String> FILE = Stream.concat(Stream.of("extends", "home"),
      Arrays.stream(RecordKind.values()).map(RecordKind::plural)).toList();
  static final List<String> SOURCE = List.of("id", "title", "publisher", "url", "kind", "language", "published",
      "author", "translator", "text", "note");
  static final List<String> ORGANIZATION = List.of("id", "name", "nativeName", "nativeNameLanguage", "acronym",
      "kind", "country", "parent", "language", "translations", "evidence", "note");
  static final List<String> PERSON = List.of("id", "name", "nativeName", "nativeNameLanguage", "honorific",
      "country", "appointments", "language", "translations", "evidence", "note");
  static final List<String> APPOINTMENT = List.of("title", "organization", "start", "end", "language",
      "translations", "evidence", "note");
  static final List<String> PARTNERSHIP = List.of("id", "countries", "level", "track", "name", "since", "until",
      "language", "translations", "evidence", "note");
  static final List<String> INSTRUMENT = List.of("id", "title", "kind", "parties", "signed", "signedAt",
      "validity", "updates", "supersedes", "areas", "summary", "statusHistory", "language", "translations",
      "evidence", "note");
  static final List<String> INSTRUMENT_STATUS_CHANGE = List.of("date", "status", "engagement", "note", "evidence");
  static final List<String> ENGAGEMENT = List.of("id", "title", "kind", "format", "date", "place", "placeCountry",
      "occasion", "parent", "sides", "participants", "areas", "instruments", "summary", "acts", "sameAs",
      "language", "translations", "evidence", "note");
  static final List<String> PARTICIPANT = List.of("person", "organization", "description", "side", "role",
      "capacity", "actingFor", "roleTitle", "language", "translations");
  static final List<String> ACT = List.of("kind", "by", "to", "description", "language", "translations",
      "evidence");
  static final List<String> COMMITMENT = List.of("id", "kind", "makers", "addressees", "engagement", "text",
      "firmness", "condition", "areas", "due", "dueAt", "instruments", "programmes", "milestones", "amounts",
      "statusHistory", "sameAs", "language", "translations", "evidence", "note");
  static final List<String> AMOUNT = List.of("value", "currency", "basis", "date", "note", "evidence");
  static final List<String> STATUS_CHANGE = List.of("date", "status", "engagement", "note", "language",
      "translations", "evidence");
  static final List<String> PROGRAMME = List.of("id", "title", "kind", "parties", "period", "areas", "summary",
      "language", "translations", "evidence", "note");
  static final List<String> MILESTONE = List.of("id", "title", "kind", "date", "parties", "areas", "summary",
      "outcomes", "language", "translations", "evidence", "note");
  static final List<String> MILESTONE_OUTCOME = List.of("outcome", "date", "newDate", "note", "evidence");
  static final List<String> TRANSLATION = List.of("language", "title", "name", "summary", "text", "occasion",
      "place", "condition", "honorific", "note");
  static final List<String> EVIDENCE = List.of("source", "quote", "note", "language", "translations");

  /** The keys an entry of a record array has beside its record's fields, when it amends a record defined elsewhere. */
  static final List<String> AMENDMENT_KEYS = List.of("amends", "preferred");

  /**
   * The keys of an amendment that are the amendment's own, not fields it gives: the record it amends
   * ({@code id}), the quotes for it ({@code evidence}) and its remark ({@code note}).
   */
  static final List<String> AMENDMENT_OWN = List.of("id", "amends", "preferred", "evidence", "note");

  private static final Map<RecordKind, List<String>> RECORDS = new EnumMap<>(RecordKind.class);
  private static final Map<RecordKind, List<String>> ENTRIES = new EnumMap<>(RecordKind.class);
  private static final Map<RecordKind, List<String>> AMENDMENTS = new EnumMap<>(RecordKind.class);

  static {
    RECORDS.put(RecordKind.SOURCE, SOURCE);
    RECORDS.put(RecordKind.COUNTRY, List.of());
    RECORDS.put(RecordKind.ORGANIZATION, ORGANIZATION);
    RECORDS.put(RecordKind.PERSON, PERSON);
    RECORDS.put(RecordKind.PARTNERSHIP, PARTNERSHIP);
    RECORDS.put(RecordKind.INSTRUMENT, INSTRUMENT);
    RECORDS.put(RecordKind.ENGAGEMENT, ENGAGEMENT);
    RECORDS.put(RecordKind.COMMITMENT, COMMITMENT);
    RECORDS.put(RecordKind.PROGRAMME, PROGRAMME);
    RECORDS.put(RecordKind.MILESTONE, MILESTONE);
    RECORDS.forEach((kind, fields) -> {
      List<String> entry = new ArrayList<>();
      if (!fields.isEmpty()) {
        entry.add(fields.get(0));
        entry.addAll(AMENDMENT_KEYS);
        entry.addAll(fields.subList(1, fields.size()));
      }
      ENTRIES.put(kind, List.copyOf(entry));
      if (!fields.isEmpty() && !fields.contains("evidence")) {
        // A source has no evidence of its own, but an amendment of one has.
        entry.add(entry.indexOf("note"), "evidence");
      }
      AMENDMENTS.put(kind, List.copyOf(entry));
    });
  }

  private Shape() {}

  /** {@return the fields of a kind of record, in canonical order; none for a country, which is its code} */
  static List<String> of(RecordKind kind) {
    return RECORDS.get(kind);
  }

  /**
   * The keys an entry of a record array may have: the record's fields with {@code amends} and
   * {@code preferred} after the {@code id}, the order an exported amendment is written in.
   *
   * @param kind the kind of record
   * @return the keys, in canonical order
   */
  static List<String> entry(RecordKind kind) {
    return ENTRIES.get(kind);
  }

  /**
   * The keys of an entry marked {@code amends: true}: those of {@link #entry(RecordKind)}, and for a
   * source {@code evidence} too.
   *
   * @param kind the kind of record
   * @return the keys, in the order an export writes them
   */
  static List<String> amendment(RecordKind kind) {
    return AMENDMENTS.get(kind);
  }

  /** {@return the file's spelling of an enum constant: lowercase, words joined by hyphens.} */
  static String name(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** {@return every constant of an enum by its spelling in the file, in declaration order.} */
  @SuppressWarnings("unchecked")
  static <E extends Enum<E>> Map<String, E> byName(Class<E> type) {
    return (Map<String, E>) BY_NAME.get(type);
  }

  /** The constants of each enum by their spelling, worked out once: a file reads one for every choice it gives. */
  private static final ClassValue<Map<String, ?>> BY_NAME = new ClassValue<>() {
    @Override
    protected Map<String, ?> computeValue(Class<?> type) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (Object constant : type.getEnumConstants()) {
        map.put(name((Enum<?>) constant), constant);
      }
      return Collections.unmodifiableMap(map);
    }
  };

  /**
   * Puts a value's entries into canonical order.
   *
   * @param fields the canonical order
   * @param entries the entries, in any order; a value may be null (a field an amendment clears)
   * @return the same entries in the order of {@code fields}
   * @throws IllegalArgumentException if an entry is not one of {@code fields}
   */
  static Map<String, Object> ordered(List<String> fields, Map<String, Object> entries) {
    Map<String, Object> ordered = new LinkedHashMap<>();
    for (String field : fields) {
      if (entries.containsKey(field)) {
        ordered.put(field, entries.get(field));
      }
    }
    if (ordered.size() != entries.size()) {
      throw new IllegalArgumentException("fields must be among " + fields + ", but were " + entries.keySet());
    }
    return ordered;
  }
}
