package dev.readout.core.model;

/** How an {@link Engagement} was held. */
public enum EngagementFormat {
  /** Face to face. */
  IN_PERSON,
  /** By telephone. */
  PHONE,
  /** By video conference. */
  VIDEO,
  /** Online, by a medium the source does not specify. */
  ONLINE,
  /** Partly in person, partly remote. */
  HYBRID,
  /** The source does not say. */
  UNKNOWN
}
