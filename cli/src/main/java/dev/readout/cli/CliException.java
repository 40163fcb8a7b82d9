package dev.readout.cli;

/** A failure the command reports in one line, with the exit status it ends with. */
final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;

  CliException(int status, String message, Throwable cause) {
    super(message, cause);
    this.status = status;
  }

  static CliException usage(String message) {
    return new CliException(Main.USAGE, message, null);
  }

  static CliException io(String message, Throwable cause) {
    return new CliException(Main.INVALID, message, cause);
  }

  int status() {
    return status;
  }
}
