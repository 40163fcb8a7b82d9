package dev.readout.core.model;

/** Where an {@link Instrument} stands at a date. */
public enum InstrumentStatus {
  /** Signed or adopted and in effect. */
  IN_FORCE,
  /** In effect on paper, its application suspended. */
  SUSPENDED,
  /** Ended before its term by the parties. */
  TERMINATED,
  /** Ended at the end of its term. */
  EXPIRED,
  /** Replaced by a later instrument, named in that instrument's {@link Instrument#supersedes()}. */
  SUPERSEDED;

  /** {@return true for {@link #IN_FORCE} and {@link #SUSPENDED}: the instrument still exists} */
  public boolean isCurrent() {
    return this == IN_FORCE || this == SUSPENDED;
  }
}
