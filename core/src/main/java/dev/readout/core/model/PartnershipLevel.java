package dev.readout.core.model;

/** The level of a bilateral relationship. */
public enum PartnershipLevel {
  /** A partnership with no further qualifier. */
  PARTNERSHIP,
  /** A comprehensive partnership. */
  COMPREHENSIVE_PARTNERSHIP,
  /** A strategic partnership. */
  STRATEGIC_PARTNERSHIP,
  /** A comprehensive strategic partnership. */
  COMPREHENSIVE_STRATEGIC_PARTNERSHIP,
  /** A defence partnership, as named in a joint vision statement. */
  DEFENCE_PARTNERSHIP,
  /** Another level, named in the partnership's name. */
  OTHER
}
