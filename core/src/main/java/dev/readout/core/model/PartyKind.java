package dev.readout.core.model;

/** What a {@link Party} refers to. */
public enum PartyKind {
  /** A country, by its ISO 3166-1 alpha-2 code. */
  COUNTRY,
  /** An organisation, by id. */
  ORGANIZATION,
  /** A person, by id. */
  PERSON;

  /** {@return the prefix of the party's text form, e.g. {@code "person"}.} */
  public String prefix() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** {@return the record kind referred to.} */
  public RecordKind recordKind() {
    return switch (this) {
      case COUNTRY -> RecordKind.COUNTRY;
      case ORGANIZATION -> RecordKind.ORGANIZATION;
      case PERSON -> RecordKind.PERSON;
    };
  }
}
