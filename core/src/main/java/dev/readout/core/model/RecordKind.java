package dev.readout.core.model;

/** The kinds of record a dataset holds, in the order a dataset file lists them. */
public enum RecordKind {
  /** A {@link Source}. */
  SOURCE("source", "sources"),
  /** A {@link Country}. */
  COUNTRY("country", "countries"),
  /** An {@link Organization}. */
  ORGANIZATION("organization", "organizations"),
  /** A {@link Person}. */
  PERSON("person", "people"),
  /** A {@link Partnership}. */
  PARTNERSHIP("partnership", "partnerships"),
  /** An {@link Instrument}. */
  INSTRUMENT("instrument", "instruments"),
  /** An {@link Engagement}. */
  ENGAGEMENT("engagement", "engagements"),
  /** A {@link Commitment}. */
  COMMITMENT("commitment", "commitments"),
  /** A {@link Programme}. */
  PROGRAMME("programme", "programmes"),
  /** A {@link Milestone}. */
  MILESTONE("milestone", "milestones");

  private final String label;
  private final String plural;

  RecordKind(String label, String plural) {
    this.label = label;
    this.plural = plural;
  }

  /** {@return the kind's name in messages, e.g. {@code "engagement"}.} */
  public String label() {
    return label;
  }

  /** {@return the name of the dataset file's array that holds records of this kind, e.g. {@code "people"}.} */
  public String plural() {
    return plural;
  }
}
