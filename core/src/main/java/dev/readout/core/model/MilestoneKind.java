package dev.readout.core.model;

/** What kind of dated occasion a {@link Milestone} is. */
public enum MilestoneKind {
  /** An anniversary, e.g. of diplomatic ties. */
  ANNIVERSARY,
  /** An exhibition or expo. */
  EXHIBITION,
  /** A country's chairmanship of a body. */
  CHAIRMANSHIP,
  /** A publication, film or documentary. */
  PUBLICATION,
  /** Another event. */
  EVENT,
  /** Anything else. */
  OTHER
}
