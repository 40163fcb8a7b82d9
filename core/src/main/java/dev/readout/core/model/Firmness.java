package dev.readout.core.model;

/** How firmly a {@link Commitment} binds its maker. */
public enum Firmness {
  /** Made without reservation: "pledges to", "agreed to". */
  FIRM,
  /** Made on a condition stated in the commitment's {@link Commitment#condition() condition}. */
  CONDITIONAL,
  /** Only to be considered: "would positively consider", "agreed to consider". */
  TO_BE_CONSIDERED
}
