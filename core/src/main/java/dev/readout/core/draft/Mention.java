package dev.readout.core.draft;

import java.util.Optional;

/**
 * A stretch of an article that refers to a party: by name ("Lloyd Austin", "the U.S."), by title
 * ("the Indian minister"), by pronoun ("He"), or to both sides at once ("both officials").
 *
 * @param start where it starts in the article
 * @param end where it ends
 * @param actor the party it names, when known from the words alone
 * @param reference how it refers
 */
record Mention(int start, int end, Optional<Actor> actor, Reference reference) {

  /** How a mention refers to its party. */
  enum Reference {
    /** By name, acronym or a title that names one party. */
    NAME,
    /** "both officials", "the two sides", "They": the sides of the engagement together. */
    BOTH_SIDES,
    /** "He", "she": the last person the article made a subject. */
    PRONOUN,
    /** "his counterpart", "his counterparts": the other side's principal, from the engagement. */
    COUNTERPART,
    /** "the defense minister", "the Vietnamese defense chief": our own principal. */
    OUR_PRINCIPAL
  }

  static Mention named(int start, int end, Actor actor) {
    return new Mention(start, end, Optional.of(actor), Reference.NAME);
  }

  static Mention of(int start, int end, Reference reference) {
    return new Mention(start, end, Optional.empty(), reference);
  }

  int length() {
    return end - start;
  }
}
