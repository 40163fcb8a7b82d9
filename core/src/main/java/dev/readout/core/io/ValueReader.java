package dev.readout.core.io;

import dev.readout.core.internal.Slugs;
import dev.readout.core.dates.EdtfDate;
import dev.readout.core.dates.EdtfParseException;
import dev.readout.core.model.Amount;
import dev.readout.core.model.CooperationArea;
import dev.readout.core.model.Country;
import dev.readout.core.model.ModelException;
import dev.readout.core.model.Party;
import dev.readout.core.model.PartyKind;
import dev.readout.core.model.Translation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Reads the values of a parsed dataset file — mappings as the fields of one value, text, slugs,
 * country codes, sides, language and currency codes, numbers, booleans, parties, areas, dates,
 * choices and lists — adding a problem at the value for each unknown field, wrong type, missing
 * field and bad value. {@link RecordMapper} builds the records from what it reads.
 */
final class ValueReader {
  private final Format format;
  private final FileProblems problems;

  ValueReader(Format format, FileProblems problems) {
    this.format = format;
    this.problems = problems;
  }

  /** Reads one item of a list. */
  interface ItemReader<T> {
    T read(Node node, String path);
  }

  /**
   * Reads a mapping as the fields of one value, adding a problem for each field not among
   * {@code fields}.
   *
   * @param node the node, which must be a mapping
   * @param path its path; empty for the whole file
   * @param owner what it describes, for messages, e.g. {@code "a person"}
   * @param fields the fields it may hold
   * @return its fields, or null when it is not a mapping
   */
  Fields object(Node node, String path, String owner, List<String> fields) {
    return object(node, path, owner, fields, fields, false);
  }

  /**
   * Reads a mapping as the fields of one value, as {@link #object(Node, String, String, List)} does;
   * a partial value (an amendment's) has no required fields.
   *
   * @param accepted the fields it may hold
   * @param listed the fields a message about an unknown one lists: its own, without keys that only
   *     some entries may have
   * @param partial whether every field is optional
   */
  Fields object(Node node, String path, String owner, List<String> accepted, List<String> listed, boolean partial) {
    int before = problems.count();
    if (!(node instanceof Node.Mapping mapping)) {
      if (path.isEmpty()) {
        problems.add(path, node.mark(), FileMessages.notADataset(mappingNoun(), describe(node)));
      } else {
        wrongType(path, node, mappingNoun());
      }
      return null;
    }
    Fields o = new Fields(mapping, path, before, partial);
    for (Node.Entry entry : mapping.entries()) {
      if (!accepted.contains(entry.key())) {
        problems.add(o.at(entry.key()), entry.keyMark(), FileMessages.unknownField(owner, entry.key(), listed,
            Suggestions.nearest(entry.key(), accepted)));
      }
    }
    return o;
  }

  /**
   * A mapping of the file read as the fields of one value: each method reads one field, adding a
   * problem when it cannot. A partial value's fields — an amendment's — are all optional, and one
   * that a record may leave out may be {@code null}, which clears it ({@link #optional}); any other
   * field of a partial value that is {@code null} is a problem.
   */
  final class Fields {
    private final Node.Mapping node;
    private final String path;
    /** How many problems the file had before this mapping was read. */
    private final int problemsBefore;
    private final boolean partial;

    private Fields(Node.Mapping node, String path, int problemsBefore, boolean partial) {
      this.node = node;
      this.path = path;
      this.problemsBefore = problemsBefore;
      this.partial = partial;
    }

    /** {@return the mapping} */
    Node.Mapping node() {
      return node;
    }

    /** {@return the value of a field, or null when it is absent} */
    Node get(String key) {
      Node.Entry entry = node.get(key);
      return entry == null ? null : entry.value();
    }

    /** {@return whether the mapping gives a field} */
    boolean has(String key) {
      return node.get(key) != null;
    }

    /** {@return the path of a field} */
    String at(String key) {
      return path.isEmpty() ? key : path + "." + key;
    }

    /** {@return whether a problem was found since the mapping began to be read} */
    boolean failed() {
      return problems.count() > problemsBefore;
    }

    /**
     * Builds the value unless a problem was found since the mapping began to be read; a value that
     * cannot be built adds its message as a problem at the mapping.
     *
     * @return the value, or null
     */
    <T> T build(Supplier<T> build) {
      if (failed()) {
        return null;
      }
      try {
        return build.get();
      } catch (ModelException e) {
        problems.add(path, node.mark(), e.getMessage());
        return null;
      }
    }

    /** {@return a field that must be present, unless the value is partial; a problem when it is not} */
    Optional<Node> required(String key) {
      Node value = get(key);
      if (value == null && !partial) {
        problems.add(at(key), node.mark(), FileMessages.missing());
      }
      return given(key);
    }

    private Optional<Node> field(String key, boolean isRequired) {
      return isRequired ? required(key) : given(key);
    }

    /**
     * The value of a field that may not be cleared, if present: in a partial value a {@code null} is
     * a problem (in a whole one, the reader of the value finds it the wrong type).
     */
    private Optional<Node> given(String key) {
      Node value = get(key);
      if (partial && isNull(value)) {
        problems.add(at(key), value.mark(), FileMessages.notClearable());
        return Optional.empty();
      }
      return Optional.ofNullable(value);
    }

    /**
     * Reads a field that a record may leave out, such as a place or a due date, into {@code set}:
     * its value; in a partial value also {@code null}, which clears the field — {@code set} is given
     * no value. {@code set} is not called when the field is absent or its value cannot be read.
     *
     * @param key the field
     * @param read reads its value
     * @param set takes the value, or none
     */
    <T> void optional(String key, ItemReader<Optional<T>> read, Consumer<Optional<T>> set) {
      Node value = get(key);
      if (value == null) {
        return;
      }
      if (partial && isNull(value)) {
        set.accept(Optional.empty());
        return;
      }
      read.read(value, at(key)).ifPresent(v -> set.accept(Optional.of(v)));
    }

    /** {@return an optional text field} */
    Optional<String> text(String key) {
      return field(key, false).flatMap(value -> ValueReader.this.text(value, at(key)));
    }

    /** {@return a text field that must be present and not blank} */
    Optional<String> requiredText(String key) {
      return required(key).flatMap(value -> ValueReader.this.text(value, at(key))).filter(t -> {
        if (t.isBlank()) {
          problems.add(at(key), get(key).mark(), FileMessages.blank(t));
          return false;
        }
        return true;
      });
    }

    /** {@return a text field that must be present and a slug, such as an id} */
    Optional<String> requiredSlug(String key) {
      return requiredText(key).filter(t -> {
        if (!Slugs.isSlug(t)) {
          problems.add(at(key), get(key).mark(), FileMessages.notSlug(t));
          return false;
        }
        return true;
      });
    }

    /** {@return a country code field} */
    Optional<String> countryCode(String key, boolean isRequired) {
      return field(key, isRequired).flatMap(n -> ValueReader.this.countryCode(n, at(key)));
    }

    /** {@return a side field: a country's code or an organisation's id} */
    Optional<String> side(String key, boolean isRequired) {
      return field(key, isRequired).flatMap(n -> ValueReader.this.side(n, at(key)));
    }

    /** {@return a language code field} */
    Optional<String> language(String key) {
      return field(key, false).flatMap(n -> ValueReader.this.language(n, at(key)));
    }

    /** {@return a boolean field} */
    Optional<Boolean> bool(String key) {
      return field(key, false).flatMap(n -> ValueReader.this.bool(n, at(key)));
    }

    /** {@return a decimal number field} */
    Optional<BigDecimal> decimal(String key, boolean isRequired) {
      return field(key, isRequired).flatMap(n -> ValueReader.this.decimal(n, at(key)));
    }

    /** {@return a currency code field} */
    Optional<String> currency(String key, boolean isRequired) {
      return field(key, isRequired).flatMap(n -> ValueReader.this.text(n, at(key)).filter(code -> {
        if (!Amount.isCurrency(code)) {
          problems.add(at(key), n.mark(), FileMessages.notCurrency(code));
          return false;
        }
        return true;
      }));
    }

    /** {@return a date field, in EDTF} */
    Optional<EdtfDate> date(String key, boolean isRequired) {
      return field(key, isRequired).flatMap(n -> ValueReader.this.date(n, at(key)));
    }

    /** {@return a field naming a constant of {@code type} as the file format writes it} */
    <E extends Enum<E>> Optional<E> choice(String key, Class<E> type, boolean isRequired) {
      return field(key, isRequired).flatMap(n -> ValueReader.this.text(n, at(key)).flatMap(t -> {
        Map<String, E> byName = Shape.byName(type);
        E constant = byName.get(t);
        if (constant == null) {
          List<String> accepted = List.copyOf(byName.keySet());
          problems.add(at(key), n.mark(), FileMessages.notChoice(accepted, t, Suggestions.nearest(t, accepted)));
        }
        return Optional.ofNullable(constant);
      }));
    }

    /** {@return a list field, or null when it is absent or not a list} */
    Node.Sequence sequence(String key) {
      Node value = given(key).orElse(null);
      if (value == null) {
        return null;
      }
      if (value instanceof Node.Sequence sequence) {
        return sequence;
      }
      wrongType(at(key), value, sequenceNoun());
      return null;
    }

    /** {@return the items of a list field, each read by {@code item}; items that cannot be read are left out} */
    <T> List<T> list(String key, ItemReader<Optional<T>> item) {
      Node.Sequence sequence = sequence(key);
      List<T> values = new ArrayList<>();
      if (sequence != null) {
        List<Node> items = sequence.items();
        for (int i = 0; i < items.size(); i++) {
          item.read(items.get(i), at(key) + "[" + i + "]").ifPresent(values::add);
        }
      }
      return values;
    }

    /** Reads a list field, each item by {@code item}, and gives it to {@code set} when the mapping has the field. */
    <T> void list(String key, ItemReader<Optional<T>> item, Consumer<List<T>> set) {
      if (has(key)) {
        set.accept(list(key, item));
      }
    }

    /** Reads a list field of mappings, each by {@code item} (null for one it cannot read), and gives it to {@code set} when given. */
    <T> void objects(String key, ItemReader<T> item, Consumer<List<T>> set) {
      list(key, (value, itemPath) -> Optional.ofNullable(item.read(value, itemPath)), set);
    }
  }

  /** {@return a string; in YAML also a plain scalar that reads as a number or boolean} */
  Optional<String> text(Node node, String path) {
    if (node instanceof Node.Scalar s && isText(s)) {
      return Optional.of(s.text());
    }
    wrongType(path, node, "a string");
    return Optional.empty();
  }

  /** A string is text; in YAML, whose scalars are all text, so is a plain scalar that reads as a number or boolean. */
  private boolean isText(Node.Scalar s) {
    return s.type() == Node.Type.STRING
        || format == Format.YAML && (s.type() == Node.Type.NUMBER || s.type() == Node.Type.BOOLEAN);
  }

  /** Whether a value is {@code null}: JSON's {@code null}, YAML's {@code null} or {@code ~}. */
  private static boolean isNull(Node node) {
    return node instanceof Node.Scalar s && s.type() == Node.Type.NULL;
  }

  /** {@return a date, in EDTF} */
  Optional<EdtfDate> date(Node node, String path) {
    return text(node, path).flatMap(t -> {
      try {
        return Optional.of(EdtfDate.parse(t));
      } catch (EdtfParseException e) {
        problems.add(path, node.mark(), e.getMessage());
        return Optional.empty();
      }
    });
  }

  /** {@return an ISO 3166-1 alpha-2 country code} */
  Optional<String> countryCode(Node node, String path) {
    return text(node, path).filter(code -> {
      if (!Country.isCode(code)) {
        problems.add(path, node.mark(), FileMessages.notCountryCode(code));
        return false;
      }
      return true;
    });
  }

  /** {@return a side: a country's ISO code, or the id of an organisation that takes part as a side} */
  Optional<String> side(Node node, String path) {
    return text(node, path).filter(side -> {
      if (!Country.isCode(side) && !Slugs.isSlug(side)) {
        problems.add(path, node.mark(), FileMessages.notSide(side));
        return false;
      }
      return true;
    });
  }

  /** {@return an ISO 639 language code, as the model accepts it} */
  Optional<String> language(Node node, String path) {
    return text(node, path).filter(code -> {
      if (!isLanguage(code)) {
        problems.add(path, node.mark(), FileMessages.notLanguage(code));
        return false;
      }
      return true;
    });
  }

  /** Whether the model takes a code as a language: the model is the one judge, so it is asked. */
  private static boolean isLanguage(String code) {
    try {
      Translation.into(code).title("-").build();
      return true;
    } catch (ModelException e) {
      return false;
    }
  }

  /** {@return true or false; in YAML also yes, no, on and off} */
  Optional<Boolean> bool(Node node, String path) {
    if (node instanceof Node.Scalar s && s.type() == Node.Type.BOOLEAN) {
      String t = s.text().toLowerCase(Locale.ROOT);
      return Optional.of(t.equals("true") || t.equals("yes") || t.equals("on") || t.equals("y"));
    }
    wrongType(path, node, "a boolean (true or false)");
    return Optional.empty();
  }

  /** {@return a decimal number; in YAML also a string that reads as one} */
  Optional<BigDecimal> decimal(Node node, String path) {
    if (node instanceof Node.Scalar s && (s.type() == Node.Type.NUMBER
        || format == Format.YAML && s.type() == Node.Type.STRING)) {
      String t = format == Format.YAML ? s.text().replace("_", "") : s.text();
      try {
        return Optional.of(new BigDecimal(t));
      } catch (NumberFormatException e) {
        problems.add(path, node.mark(), FileMessages.notNumber(s.text()));
        return Optional.empty();
      }
    }
    wrongType(path, node, "a number");
    return Optional.empty();
  }

  /** {@return a party, such as {@code person:phan-van-giang}} */
  Optional<Party> party(Node node, String path) {
    return text(node, path).flatMap(t -> {
      try {
        return Optional.of(Party.parse(t));
      } catch (ModelException e) {
        String country = PartyKind.COUNTRY.prefix() + ":";
        problems.add(path, node.mark(), t.startsWith(country)
            ? FileMessages.notCountryCode(t.substring(country.length()))
            : FileMessages.notParty(t));
        return Optional.empty();
      }
    });
  }

  /** {@return a cooperation area, a slug} */
  Optional<CooperationArea> area(Node node, String path) {
    return text(node, path).flatMap(t -> {
      if (!Slugs.isSlug(t)) {
        problems.add(path, node.mark(), FileMessages.notArea(t));
        return Optional.empty();
      }
      return Optional.of(CooperationArea.of(t));
    });
  }

  private void wrongType(String path, Node node, String expected) {
    problems.add(path, node.mark(), FileMessages.wrongType(expected, describe(node)));
  }

  private String mappingNoun() {
    return format == Format.JSON ? "an object" : "a mapping";
  }

  private String sequenceNoun() {
    return format == Format.JSON ? "an array" : "a list";
  }

  /** {@return what a node is, in the file format's words, e.g. {@code "a list"} or {@code "a number"}} */
  String describe(Node node) {
    if (node instanceof Node.Mapping) {
      return mappingNoun();
    }
    if (node instanceof Node.Sequence) {
      return sequenceNoun();
    }
    Node.Scalar s = (Node.Scalar) node;
    return switch (s.type()) {
      case STRING -> s.text().isEmpty() && format == Format.YAML ? "an empty value" : "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      case OTHER -> "a value of an unsupported type";
    };
  }
}
