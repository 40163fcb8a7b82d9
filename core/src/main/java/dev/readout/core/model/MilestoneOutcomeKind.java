package dev.readout.core.model;

/** What became of a {@link Milestone}. */
public enum MilestoneOutcomeKind {
  /** It took place. */
  HELD,
  /** It was moved to a later date (the outcome's {@link MilestoneOutcome#newDate() new date}, if known). */
  POSTPONED,
  /** It was called off. */
  CANCELLED
}
