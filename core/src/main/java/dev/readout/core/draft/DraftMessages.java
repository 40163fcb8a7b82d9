package dev.readout.core.draft;

/**
 * Every message of this package, in one place so that the wording stays consistent and tests can
 * assert the exact text. Notes on dates follow the seed's style: the phrase quoted, what it was
 * counted from, then the result.
 */
final class DraftMessages {
  private DraftMessages() {}

  /** The message of a span that does not fit its text. */
  static String badSpan(String what, int start, int end, String text) {
    return what + " span must be 0 <= start < end with end - start the length of its text, but was "
        + start + ".." + end + " for \"" + text + "\"";
  }

  /** The note of a phrase counted from a part of the publication date that the date lacks. */
  static String needs(String phrase, String part, Object published) {
    return "'" + phrase + "' is counted from the article's " + part + ", but its date " + published
        + " gives none; left unresolved.";
  }

  /** The note of a phrase whose numbers do not make a date. */
  static String invalid(String phrase, String reason) {
    return "'" + phrase + "' does not make a date (" + reason + "); left unresolved.";
  }

  /** What is added to a note when the sentence itself states the year a phrase resolved to. */
  static String yearStated(int year) {
    return " The sentence itself states the year " + year + ", so the year is not marked uncertain.";
  }
}
