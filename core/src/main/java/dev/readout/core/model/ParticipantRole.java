package dev.readout.core.model;

/** The part a {@link Participant} played in an engagement. */
public enum ParticipantRole {
  /** The head of a side: who met whom. */
  PRINCIPAL,
  /** A member of a principal's delegation. */
  DELEGATION_MEMBER,
  /** The host of the occasion. */
  HOST,
  /** Someone through whom a message or gift passed. */
  INTERMEDIARY,
  /** Staff attending, e.g. embassy staff. */
  STAFF,
  /** Another attendee. */
  ATTENDEE
}
