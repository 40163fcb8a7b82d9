package dev.readout.core.model;

/**
 * Which relationship a {@link Partnership} level describes. A pair of countries can have several at
 * once: an overall comprehensive strategic partnership and a defence partnership, so that a narrower
 * track never reads as a downgrade of the overall one.
 */
public enum PartnershipTrack {
  /** The relationship as a whole, as the two governments name it. */
  OVERALL,
  /** The defence relationship, where the two sides name it separately. */
  DEFENCE
}
