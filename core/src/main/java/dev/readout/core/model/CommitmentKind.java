package dev.readout.core.model;

/** What a {@link Commitment} is: a pledge, a request, a joint agreement, and so on. */
public enum CommitmentKind {
  /** One party pledges to do something. */
  PLEDGE,
  /** One party asks another to do something. */
  REQUEST,
  /** The parties agree together to do something. */
  AGREEMENT,
  /** One party proposes or suggests something. */
  PROPOSAL,
  /** One party invites another. */
  INVITATION,
  /** One party accepts, or has agreed to, what another asked. */
  ACCEPTANCE,
  /** One party declares support for another or readiness to work with it. */
  SUPPORT,
  /** One party expresses a hope or wish for the future. */
  HOPE
}
