package dev.readout.core.dates;

/**
 * Thrown when a text is not a date of the supported EDTF subset. The message quotes the text and
 * says what was expected, as in {@code "2022-13" is not an EDTF date: month must be 01–12}.
 */
public final class EdtfParseException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The text that could not be parsed, exactly as it was given. */
  private final String input;

  EdtfParseException(String input, String message) {
    super(message);
    this.input = input;
  }

  /**
   * Returns the text that could not be parsed, exactly as it was given.
   *
   * @return the rejected text
   */
  public String input() {
    return input;
  }
}
