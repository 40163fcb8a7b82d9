package dev.readout.core.model;

/** In what capacity a {@link Participant} took part: for a state or a body, or for themselves. */
public enum ParticipantCapacity {
  /** For the side they are on (or the grouping they act for): what they say binds it. */
  OFFICIAL,
  /** In a private capacity, such as a former official: what they say is theirs, not their country's. */
  PRIVATE
}
