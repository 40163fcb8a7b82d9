package dev.readout.core.dataset;

import dev.readout.core.internal.Quoted;
import dev.readout.core.model.Country;
import dev.readout.core.model.RecordKind;
import java.util.List;
import java.util.stream.Collectors;

/** The catalogue of validation messages: one method a rule, so tests can assert the exact text. */
final class DatasetMessages {
  private DatasetMessages() {}

  static String summary(int count) {
    return "dataset is invalid: " + count + (count == 1 ? " problem" : " problems");
  }

  static String duplicateId(RecordKind kind, String id, int firstIndex) {
    return "must be unique among " + kind.plural() + ", but " + Quoted.of(id) + " is already used by " + kind.plural() + "[" + firstIndex + "]";
  }

  static String unknown(RecordKind kind, String id) {
    return "refers to unknown " + kind.label() + " " + Quoted.of(id);
  }

  static String quoteNotFound(String source, String quote) {
    return "must occur verbatim in the text of source " + Quoted.of(source) + ", but was " + Quoted.prose(quote);
  }

  static String noEvidence() {
    return "must hold at least one quote, but was empty";
  }

  static String statusOutOfOrder(int previous, Object previousDate, Object date) {
    return "must not be before statusHistory[" + previous + "].date " + previousDate + ", but was " + date;
  }

  static String notASide(Object sides, String side) {
    return "must be one of the engagement's sides " + sides + ", but was " + Quoted.of(side);
  }

  static String dueBeforeEngagement(String engagement, Object engagementDate, Object due) {
    return "must not be before the date of engagement " + Quoted.of(engagement) + " (" + engagementDate + "), but was " + due;
  }

  static String cycle(RecordKind kind, String chain) {
    return "must not lead back to the same " + kind.label() + ", but the chain is " + chain;
  }

  static String notAmendable(RecordKind kind) {
    return "must amend a kind of record that has fields to amend, but " + kind.plural() + " have none";
  }

  static String amendsUnknown(RecordKind kind, String id) {
    return "amends unknown " + kind.label() + " " + Quoted.of(id);
  }

  static String notAField(RecordKind kind, String field, Object fields) {
    return "must be a field of " + article(kind) + " " + kind.label() + " that an amendment can give " + fields
        + ", but was " + Quoted.of(field);
  }

  static String notPreferredAdds() {
    return "must be a field that holds one value in an account that is not preferred, but adds to a list";
  }

  static String amendmentInvalid(RecordKind kind, String id, String why) {
    return "would make " + kind.label() + " " + Quoted.of(id) + " invalid: " + why;
  }

  static String notASideRecord(String side) {
    return "must be a country of the dataset or an international organization, but was " + Quoted.of(side);
  }

  static String sameAsItself(String id) {
    return "must name other records, but named the record itself (" + Quoted.of(id) + ")";
  }

  static String translationField(RecordKind kind, String field) {
    return "must give only texts " + article(kind) + " " + kind.label() + " has, but gave " + field;
  }

  static String participantTranslationField(String field) {
    return "must give only the texts the participant has, its role title as 'title' and its description as"
        + " 'text', but gave " + field;
  }

  static String dueAtUndated(String milestone) {
    return "refers to milestone " + Quoted.of(milestone) + ", which has no date yet: the commitment is due when it does";
  }

  static String unverifiable(String source) {
    return "cannot be checked: source " + Quoted.of(source) + " has no text in the dataset";
  }

  static String homeUnknown(String home) {
    return "must be a country of the dataset, but was " + Quoted.of(home);
  }

  private static String article(RecordKind kind) {
    return "aeiou".indexOf(kind.label().charAt(0)) >= 0 ? "an" : "a";
  }

  static String notACountry(String code, List<Country> countries) {
    return "country must be one of the dataset's countries "
        + countries.stream().map(Country::code).collect(Collectors.joining(", ", "[", "]"))
        + ", but was " + Quoted.of(code);
  }

  static String notAPerson(String id, int people) {
    return "person must be the id of one of the dataset's " + people + " people, but was " + Quoted.of(id);
  }

  static String nullArgument(String what) {
    return what + " must not be null";
  }
}
