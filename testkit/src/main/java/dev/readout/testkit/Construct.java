package dev.readout.testkit;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A construct of Readout's model that generated datasets may hold beyond the plain records:
 * translations, accounts, records declared the same, and the like. {@link DatasetArbitrary}
 * generates every construct by default; {@link DatasetArbitrary#withConstructs(Set)} picks some,
 * e.g. to leave out what the code under test does not handle yet. With none, datasets hold the
 * records, fields and references of the model before accounts and translations came in.
 */
public enum Construct {
  /**
   * Records written in Vietnamese rather than English ({@code language}), and translations of
   * their texts into up to two other languages (English, Vietnamese, Korean, Hindi, French), each
   * giving some of the texts the kind of record has: engagements, commitments, instruments,
   * programmes, milestones, partnerships, organisations, people, appointments, acts, and
   * participants' role titles and descriptions.
   */
  TRANSLATIONS,
  /**
   * Native names of people and organisations with the language of their script: Hangul
   * ({@code 이종섭}, {@code 국방부}), Devanagari ({@code राजनाथ सिंह}), Vietnamese
   * ({@code Phan Văn Giang}), Indonesian and Japanese.
   */
  NATIVE_NAMES,
  /**
   * Participants in a private capacity, and principals acting for an international body with a
   * role title ("ASEAN–ROK dialogue coordinator"); needs {@link #ORGANIZATION_SIDES} for the body.
   */
  PARTICIPANT_ROLES,
  /**
   * An international body (id {@code asean}) that is a side of some engagements, with a
   * participant on that side, and the maker of some of the commitments made there.
   */
  ORGANIZATION_SIDES,
  /** Commitments that are conditional (with a condition) or only to be considered. */
  FIRMNESS,
  /**
   * Commitments due at a milestone ({@code dueAt}) instead of a date; with {@link #MILESTONE_LIFE},
   * some at a milestone that has no date yet.
   */
  DUE_AT,
  /** Sums of money on commitments: totals and additional amounts in ISO 4217 currencies, with evidence. */
  AMOUNTS,
  /** Status changes of commitments made or reported at an engagement. */
  STATUS_AT_ENGAGEMENTS,
  /**
   * The life of instruments: the engagement they were signed at, the instruments they update or
   * supersede, and a status history in date order.
   */
  INSTRUMENT_LIFE,
  /** Milestones with no date yet, and what became of milestones (held, postponed, cancelled). */
  MILESTONE_LIFE,
  /** Partnership levels of the defence track beside the overall relationship. */
  PARTNERSHIP_TRACKS,
  /** A home side: one of the dataset's countries. */
  HOME,
  /**
   * Engagements and commitments recorded twice, from different sources, and declared the same
   * ({@code sameAs}) by the one, the other or both; the second record may come first, differ in
   * its date's precision, format or kind, and a commitment's second record may be made at the
   * second record of its engagement. With {@link #AMENDMENTS}, some are declared the same only by
   * an amendment.
   */
  SAME_AS,
  /**
   * Preferred amendments of records of every kind that has fields to amend, each with evidence
   * quoted from later sources generated for them: values of fields that hold one value, and items
   * added to lists (participants, appointments — also the end of an appointment already there —,
   * status changes, amounts, outcomes, translations, evidence…).
   */
  AMENDMENTS,
  /** Amendments that are not preferred: other accounts of fields that hold one value, kept beside the record. */
  OTHER_ACCOUNTS;

  /** {@return every construct, the default of generated datasets} */
  public static Set<Construct> all() {
    return Collections.unmodifiableSet(EnumSet.allOf(Construct.class));
  }

  /** {@return no construct: only the records, fields and references of a model without accounts or translations} */
  public static Set<Construct> none() {
    return Collections.unmodifiableSet(EnumSet.noneOf(Construct.class));
  }
}
