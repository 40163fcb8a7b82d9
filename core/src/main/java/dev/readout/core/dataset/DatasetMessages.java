package dev.readout.core.dataset;

import dev.readout.core.model.RecordKind;

/** The catalogue of validation messages: one method a rule, so tests can assert the exact text. */
final class DatasetMessages {
  private static final int QUOTE_SHOWN = 80;

  private DatasetMessages() {}

  static String summary(int count) {
    return "dataset is invalid: " + count + (count == 1 ? " problem" : " problems");
  }

  static String duplicateId(RecordKind kind, String id, int firstIndex) {
    return "must be unique among " + kind.plural() + ", but '" + id + "' is already used by " + kind.plural() + "[" + firstIndex + "]";
  }

  static String unknown(RecordKind kind, String id) {
    return "refers to unknown " + kind.label() + " '" + id + "'";
  }

  static String quoteNotFound(String source, String quote) {
    String shown = quote.length() > QUOTE_SHOWN ? quote.substring(0, QUOTE_SHOWN) + "…" : quote;
    return "must occur verbatim in the text of source '" + source + "', but was \"" + shown + "\"";
  }

  static String noEvidence() {
    return "must hold at least one quote, but was empty";
  }

  static String statusOutOfOrder(int previous, Object previousDate, Object date) {
    return "must not be before statusHistory[" + previous + "].date " + previousDate + ", but was " + date;
  }

  static String notASide(Object sides, String side) {
    return "must be one of the engagement's sides " + sides + ", but was '" + side + "'";
  }

  static String dueBeforeEngagement(String engagement, Object engagementDate, Object due) {
    return "must not be before the date of engagement '" + engagement + "' (" + engagementDate + "), but was " + due;
  }

  static String cycle(RecordKind kind, String chain) {
    return "must not lead back to the same " + kind.label() + ", but the chain is " + chain;
  }

  static String notAmendable(RecordKind kind) {
    return "must amend a kind of record that has fields to amend, but " + kind.plural() + " have none";
  }

  static String amendsUnknown(RecordKind kind, String id) {
    return "amends unknown " + kind.label() + " '" + id + "'";
  }

  static String notAField(RecordKind kind, String field, Object fields) {
    return "must be a field of " + article(kind) + " " + kind.label() + " that an amendment can give " + fields
        + ", but was '" + field + "'";
  }

  static String notPreferredAdds() {
    return "must be a field that holds one value in an account that is not preferred, but adds to a list";
  }

  static String amendmentInvalid(RecordKind kind, String id, String why) {
    return "would make " + kind.label() + " '" + id + "' invalid: " + why;
  }

  static String notASideRecord(String side) {
    return "must be a country of the dataset or an international organization, but was '" + side + "'";
  }

  static String sameAsItself(String id) {
    return "must name other records, but named the record itself ('" + id + "')";
  }

  static String translationField(RecordKind kind, String field) {
    return "must give only texts " + article(kind) + " " + kind.label() + " has, but gave " + field;
  }

  static String dueAtUndated(String milestone) {
    return "refers to milestone '" + milestone + "', which has no date yet: the commitment is due when it does";
  }

  static String unverifiable(String source) {
    return "cannot be checked: source '" + source + "' has no text in the dataset";
  }

  static String homeUnknown(String home) {
    return "must be a country of the dataset, but was '" + home + "'";
  }

  private static String article(RecordKind kind) {
    return "aeiou".indexOf(kind.label().charAt(0)) >= 0 ? "an" : "a";
  }
}
