package dev.readout.core.dates;

/**
 * The mark at the end of an EDTF date that says how sure the source is of it: {@code 2022-11?} is
 * uncertain (possibly November 2022), {@code 2024-09~} approximate (around September 2024), and
 * {@code 2022%} both.
 */
public enum Qualifier {
  /** No qualifier: the date is stated plainly. */
  NONE(""),
  /** Written {@code ?}: the source is not sure of the date. */
  UNCERTAIN("?"),
  /** Written {@code ~}: the date is an approximation ("around", "circa"). */
  APPROXIMATE("~"),
  /** Written {@code %}: the date is both uncertain and approximate. */
  UNCERTAIN_AND_APPROXIMATE("%");

  private final String symbol;

  Qualifier(String symbol) {
    this.symbol = symbol;
  }

  /**
   * Returns the mark that follows a date with this qualifier.
   *
   * @return {@code ""}, {@code "?"}, {@code "~"} or {@code "%"}
   */
  public String symbol() {
    return symbol;
  }

  /**
   * Tells whether this qualifier marks a date as uncertain.
   *
   * @return true for {@link #UNCERTAIN} and {@link #UNCERTAIN_AND_APPROXIMATE}
   */
  public boolean isUncertain() {
    return this == UNCERTAIN || this == UNCERTAIN_AND_APPROXIMATE;
  }

  /**
   * Tells whether this qualifier marks a date as approximate.
   *
   * @return true for {@link #APPROXIMATE} and {@link #UNCERTAIN_AND_APPROXIMATE}
   */
  public boolean isApproximate() {
    return this == APPROXIMATE || this == UNCERTAIN_AND_APPROXIMATE;
  }

  /** Returns the qualifier that carries exactly the given marks. */
  static Qualifier of(boolean uncertain, boolean approximate) {
    if (uncertain) {
      return approximate ? UNCERTAIN_AND_APPROXIMATE : UNCERTAIN;
    }
    return approximate ? APPROXIMATE : NONE;
  }

  /** Returns the qualifier written {@code c}, or null when {@code c} is not a qualifier mark. */
  static Qualifier ofSymbol(char c) {
    switch (c) {
      case '?':
        return UNCERTAIN;
      case '~':
        return APPROXIMATE;
      case '%':
        return UNCERTAIN_AND_APPROXIMATE;
      default:
        return null;
    }
  }
}
