package dev.readout.core.io;

import dev.readout.core.internal.Quoted;
import dev.readout.core.internal.Slugs;
import dev.readout.core.model.RecordKind;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue of messages about dataset files, one method a rule, so that wording stays
 * consistent and tests can assert the exact text. A message follows the path of the value it is
 * about, so it starts with the rule: {@code must be one of …, but was 'x'}. Numbers are written
 * with ASCII digits whatever the default locale.
 */
final class FileMessages {
  private FileMessages() {}

  // ---- the file as a whole ----

  static String unsupportedExtension(String name) {
    return "file name must end in .json, .yaml or .yml, but was " + Quoted.of(name);
  }

  static String unprintable(int codePoint) {
    return String.format(java.util.Locale.ROOT, "character U+%04X must not stand in a YAML file as it is; write it as"
        + " an escape (\"\\u%04X\") in a double-quoted string, or leave it out", codePoint, codePoint);
  }

  static String unreadable(String reason) {
    return "file cannot be read: " + reason;
  }

  static String tooLarge(String size) {
    return "file must be at most " + mebibytes(DatasetFiles.MAX_FILE_BYTES) + ", but was " + size;
  }

  static String notUtf8(String hexByte) {
    return "file must be UTF-8 text, but byte 0x" + hexByte + " is not";
  }

  static String empty() {
    return "file must hold a dataset (a mapping of arrays such as 'sources' and 'engagements'), but was empty";
  }

  static String malformed(Format format, String detail) {
    return "malformed " + format.name() + ": " + detail;
  }

  static String moreThanOne(Format format) {
    return format == Format.JSON
        ? "file must hold one JSON value, but another follows"
        : "file must hold one YAML document, but another follows";
  }

  static String tooDeep() {
    return "file must nest values at most " + DatasetFiles.MAX_DEPTH + " levels deep, but nests them deeper";
  }

  static String stringTooLong() {
    return "must be at most " + DatasetFiles.MAX_STRING_LENGTH + " characters long, but was longer";
  }

  static String tooManyValues() {
    return "file must hold at most " + DatasetFiles.MAX_VALUES
        + " values (each use of a YAML alias counting in full), but holds more";
  }

  static String tooManyAliases() {
    return "file must use at most " + DatasetFiles.MAX_ALIASES + " YAML aliases, but uses more";
  }

  static String unknownAnchor(String name) {
    return "YAML alias *" + name + " must refer to a list or mapping anchored with &" + name
        + " before it, but there is none (anchors on single values are not supported)";
  }

  static String recursiveAlias(String name) {
    return "YAML alias *" + name + " must not refer to the value it is part of, but does";
  }

  static String refused(String detail) {
    return "file refused: " + detail;
  }

  // ---- the shape ----

  static String duplicateKey(String key, Mark first) {
    return "must be given once in a mapping, but " + Quoted.of(key) + " was already given at " + first.describe();
  }

  static String notADataset(String expected, String actual) {
    return "file must hold " + expected + " whose fields are the dataset's arrays, but held " + actual;
  }

  static String wrongType(String expected, String actual) {
    return "must be " + expected + ", but was " + actual;
  }

  static String notClearable() {
    return "must not be null: null clears a field, and an amendment may clear only a field that holds one value"
        + " and that a record may leave out, such as a place or a due date";
  }

  static String missing() {
    return "must be given, but was missing";
  }

  static String blank(String value) {
    return "must not be blank, but was " + Quoted.of(value);
  }

  static String unknownField(String owner, String name, List<String> fields, Optional<String> suggestion) {
    String rule = "must be a field of " + owner;
    return suggestion
        .map(s -> rule + ", but was " + Quoted.of(name) + "; did you mean " + Quoted.of(s) + "?")
        .orElseGet(() -> rule + " (" + String.join(", ", fields) + "), but was " + Quoted.of(name));
  }

  static String notChoice(List<String> accepted, String value, Optional<String> suggestion) {
    String message = "must be one of " + String.join(", ", accepted) + ", but was " + Quoted.of(value);
    return suggestion.map(s -> message + "; did you mean " + Quoted.of(s) + "?").orElse(message);
  }

  static String notSlug(String value) {
    return "must be a lowercase slug ([a-z0-9] words joined by '-', at most " + Slugs.MAX_LENGTH
        + " characters), but was " + Quoted.of(value);
  }

  static String notCountryCode(String value) {
    return "must be an ISO 3166-1 alpha-2 country code such as 'VN', but was " + Quoted.of(value);
  }

  static String notParty(String value) {
    return "must be 'country:CC', 'organization:ID' or 'person:ID', but was " + Quoted.of(value);
  }

  static String notArea(String value) {
    return "must be a lowercase slug such as 'war-legacy', but was " + Quoted.of(value);
  }

  static String notLanguage(String value) {
    return "must be an ISO 639 language code such as 'en', 'vi' or 'ko', but was " + Quoted.of(value);
  }

  static String notCurrency(String value) {
    return "must be an ISO 4217 currency code such as 'USD', but was " + Quoted.of(value);
  }

  static String notNumber(String value) {
    return "must be a number such as 65000000 or 1.5, but was " + Quoted.of(value);
  }

  static String notSide(String value) {
    return "must be an ISO 3166-1 alpha-2 country code such as 'VN' or the id of an international organization"
        + " such as 'asean', but was " + Quoted.of(value);
  }

  // ---- ids and amendments ----

  static String duplicateId(RecordKind kind, String id, int firstIndex) {
    return "must be unique among " + kind.plural() + ", but " + Quoted.of(id) + " is already used by " + kind.plural()
        + "[" + firstIndex + "]" + amendHint(kind);
  }

  /**
   * A record defined again, in another file or a base.
   *
   * @param where where it is defined first: {@code base.yaml:10:9}, {@code the seed} or {@code the base dataset}
   */
  static String definedElsewhere(RecordKind kind, String id, String where) {
    return "must be unique among " + kind.plural() + ", but " + Quoted.of(id) + " is already defined in " + where
        + amendHint(kind);
  }

  private static String amendHint(RecordKind kind) {
    return kind == RecordKind.COUNTRY ? "" : "; mark this entry 'amends: true' to add to or correct it";
  }

  static String amendsUnknown(RecordKind kind, String id) {
    return "must be the id of " + article(kind) + " " + kind.label() + " defined in this file, another file of the"
        + " dataset or a base, but there is no " + kind.label() + " " + Quoted.of(id);
  }

  static String preferredWithoutAmends() {
    return "must be given only in an entry marked 'amends: true', but this entry is a record of its own";
  }

  /** The record an amendment amends, where it is not in the amendment's own file. */
  static String amendedRecordIn(String message, RecordKind kind, String id, String where) {
    return message + " (" + kind.label() + " " + Quoted.of(id) + " is defined in " + where + ")";
  }

  // ---- what a file builds on ----

  static String notExtends(String actual) {
    return "must be 'seed' or the path of a dataset file, or a list of them, but was " + actual;
  }

  static String notADatasetFileName(String reference) {
    return "must be 'seed' or the path of a .json, .yaml or .yml file, but was " + Quoted.of(reference);
  }

  static String baseUnreadable(String reference, String resolved, String reason) {
    return "must name a dataset file to build on, but " + Quoted.of(reference) + ""
        + (reference.equals(resolved) ? "" : " (" + resolved + ")") + " cannot be read: " + reason;
  }

  static String extendsCycle(String chain) {
    return "must not lead back to a file that extends it, but the chain is " + chain;
  }

  static String baseInvalid(String base, String chain) {
    return "base " + Quoted.of(base) + " is not valid (" + chain + "); its problems are listed";
  }

  static String basesDisagreeOnHome(String first, String firstHome, String second, String secondHome) {
    return "must build on bases that agree on the home side, but " + first + " says " + Quoted.of(firstHome) + " and "
        + second + " says " + Quoted.of(secondHome) + "; give this file its own 'home'";
  }

  static String filesDisagreeOnHome(String first, String firstHome, String second, String secondHome) {
    return "must be the home side of every file of the dataset, but " + first + " says " + Quoted.of(firstHome) + " and "
        + second + " says " + Quoted.of(secondHome);
  }

  static String emptyFolder() {
    return "folder must hold at least one .json, .yaml or .yml file, but holds none";
  }

  // ---- problems outside the files ----

  static String inBase(String message) {
    return "in the base dataset: " + message;
  }

  static String inSeed(String message) {
    return "in the seed: " + message;
  }

  private static String article(RecordKind kind) {
    return "aeiou".indexOf(kind.label().charAt(0)) >= 0 ? "an" : "a";
  }

  private static String mebibytes(long bytes) {
    return (bytes / (1024 * 1024)) + " MiB (" + bytes + " bytes)";
  }
}
