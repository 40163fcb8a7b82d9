package dev.readout.reports.doc;

/**
 * Thrown when a part of a document cannot be built: a required value is missing or null, or the
 * value breaks one of its own rules (a heading level outside 1–3, a table row with the wrong number
 * of cells, a link to a {@code javascript:} URL). The message names the part and the rule, in the
 * form "{@code <what> must <rule>, but was <value>}".
 */
public final class DocumentException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with its message.
   *
   * @param message what is wrong, naming the part of the document and the rule broken
   */
  public DocumentException(String message) {
    super(message);
  }
}
