package dev.readout.core.model;

/** How an {@link Amount} relates to the amounts before it for the same commitment. */
public enum AmountBasis {
  /** The whole amount committed: "a total of $150 million". */
  TOTAL,
  /** Added to the amounts before it: "$65 million more, on top of $150 million". */
  ADDITIONAL
}
