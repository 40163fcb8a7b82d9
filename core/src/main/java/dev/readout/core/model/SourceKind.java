package dev.readout.core.model;

/** What kind of document a {@link Source} is. */
public enum SourceKind {
  /** A news article. */
  NEWS_ARTICLE,
  /** An official readout or press release of a meeting. */
  OFFICIAL_READOUT,
  /** A joint statement of the parties. */
  JOINT_STATEMENT,
  /** Another official document: a treaty text, a white paper. */
  OFFICIAL_DOCUMENT,
  /** A report or study. */
  REPORT,
  /** A reference work, e.g. an official biography or directory. */
  REFERENCE,
  /** Anything else. */
  OTHER
}
