package dev.readout.core.io;

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
    return "file name must end in .json, .yaml or .yml, but was '" + name + "'";
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
    return "must be given once in a mapping, but '" + key + "' was already given at " + first.describe();
  }

  static String notADataset(String expected, String actual) {
    return "file must hold " + expected + " whose fields are the dataset's arrays, but held " + actual;
  }

  static String notABuiltInDataset(String actual) {
    return "must be 'seed', the built-in dataset a file can extend, but was " + actual;
  }

  static String wrongType(String expected, String actual) {
    return "must be " + expected + ", but was " + actual;
  }

  static String missing() {
    return "must be given, but was missing";
  }

  static String blank(String value) {
    return "must not be blank, but was '" + value + "'";
  }

  static String unknownField(String owner, String name, List<String> fields, Optional<String> suggestion) {
    String rule = "must be a field of " + owner;
    return suggestion
        .map(s -> rule + ", but was '" + name + "'; did you mean '" + s + "'?")
        .orElseGet(() -> rule + " (" + String.join(", ", fields) + "), but was '" + name + "'");
  }

  static String notChoice(List<String> accepted, String value, Optional<String> suggestion) {
    String message = "must be one of " + String.join(", ", accepted) + ", but was '" + value + "'";
    return suggestion.map(s -> message + "; did you mean '" + s + "'?").orElse(message);
  }

  static String notSlug(String value) {
    return "must be a lowercase slug ([a-z0-9] words joined by '-'), but was '" + value + "'";
  }

  static String notCountryCode(String value) {
    return "must be an ISO 3166-1 alpha-2 country code such as 'VN', but was '" + value + "'";
  }

  static String notParty(String value) {
    return "must be 'country:CC', 'organization:ID' or 'person:ID', but was '" + value + "'";
  }

  static String notArea(String value) {
    return "must be a lowercase slug such as 'war-legacy', but was '" + value + "'";
  }

  static String duplicateId(RecordKind kind, String id, int firstIndex) {
    return "must be unique among " + kind.plural() + ", but '" + id + "' is already used by " + kind.plural()
        + "[" + firstIndex + "]";
  }

  static String duplicateOfBase(RecordKind kind, String id) {
    return "must be unique among " + kind.plural() + ", but '" + id + "' is already used by the base dataset";
  }

  static String inBase(String message) {
    return "in the base dataset: " + message;
  }

  private static String mebibytes(long bytes) {
    return (bytes / (1024 * 1024)) + " MiB (" + bytes + " bytes)";
  }
}
