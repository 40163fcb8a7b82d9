package dev.readout.core.model;

/** What kind of occasion an {@link Engagement} is. */
public enum EngagementKind {
  /** An official visit, which may contain meetings and calls. */
  VISIT,
  /** A bilateral meeting or talks. */
  MEETING,
  /** A call or remote talks. */
  CALL,
  /** A meeting of several countries, e.g. a defence ministers' meeting. */
  MULTILATERAL_MEETING,
  /** A reception of a delegation or staff. */
  RECEPTION,
  /** Anything else. */
  OTHER
}
