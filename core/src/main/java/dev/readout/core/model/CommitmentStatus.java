package dev.readout.core.model;

/**
 * Where a {@link Commitment} stands. {@link #OPEN} and {@link #IN_PROGRESS} are open; the others
 * close it. <em>Overdue</em> is not a status: it is derived from the due date and the status.
 */
public enum CommitmentStatus {
  /** Made, and nothing done yet that the sources record. */
  OPEN,
  /** Being carried out. */
  IN_PROGRESS,
  /** Carried out. */
  FULFILLED,
  /** Replaced by a later commitment. */
  SUPERSEDED,
  /** Withdrawn by its maker. */
  WITHDRAWN,
  /** Expired without being carried out. */
  LAPSED;

  /** {@return true for {@link #OPEN} and {@link #IN_PROGRESS}.} */
  public boolean isOpen() {
    return this == OPEN || this == IN_PROGRESS;
  }
}
