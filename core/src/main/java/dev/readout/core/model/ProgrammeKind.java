package dev.readout.core.model;

/** What kind of ongoing effort a {@link Programme} is. */
public enum ProgrammeKind {
  /** A project with a defined scope, e.g. a remediation project. */
  PROJECT,
  /** A fund. */
  FUND,
  /** A programme of activities. */
  PROGRAMME,
  /** Anything else. */
  OTHER
}
