package dev.readout.reports.docx;

/**
 * The messages of the Word renderer, in one place so that wording stays consistent and tests can
 * assert the exact text. Each names the template as it was given (its path, or "given as bytes").
 */
final class DocxMessages {
  private DocxMessages() {}

  /** A template that cannot be read at all: no such file, a folder, no permission. */
  static String templateUnreadable(String template, String reason) {
    return "Word template " + template + " must be a readable file, but " + reason;
  }

  /** A template that is read but is no usable Word document; {@code reason} says what it is instead. */
  static String templateNotDocx(String template, String reason) {
    return "Word template " + template + " must be a Word document (.docx or .dotx), but " + reason;
  }
}
