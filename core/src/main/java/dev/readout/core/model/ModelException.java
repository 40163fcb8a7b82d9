package dev.readout.core.model;

/**
 * Thrown when a single model value cannot be built: a required field is missing, or the value
 * breaks one of its own invariants (an empty id, a country code that is not ISO 3166-1). Rules that
 * span records are checked by {@code Dataset.Builder.build()}, which reports them all at once.
 */
public final class ModelException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with its message.
   *
   * @param message what is wrong, naming the type and field
   */
  public ModelException(String message) {
    super(message);
  }
}
