package dev.readout.reports.briefing;

/**
 * Which way a commitment runs, seen from the home side a briefing is written for: who undertook or
 * asked what of whom. Each has its heading and the verb of its talking points.
 */
enum Direction {
  /** The counterpart undertook something towards us: press for it, ask about progress, thank them once done. */
  THEIR_UNDERTAKINGS("theirUndertakings"),
  /** We asked something of the counterpart: reiterate it. */
  OUR_REQUESTS("ourRequests"),
  /** The two sides agreed together: review its implementation. */
  JOINT("joint"),
  /** The counterpart asked something of us: answer it. */
  THEIR_REQUESTS("theirRequests"),
  /** We undertook something towards the counterpart: report progress on it; for an invitation, confirm attendance. */
  OUR_UNDERTAKINGS("ourUndertakings"),
  /** Our side asked something of our own (a minister of an embassy): our own follow-up. */
  OUR_OWN("ourOwn"),
  /** Said by someone in a private capacity, or between others: context, never a commitment of ours or theirs. */
  CONTEXT("context");

  private final String key;

  Direction(String key) {
    this.key = key;
  }

  /** {@return the label key of the group's heading} */
  String heading() {
    return "direction." + key;
  }

  /** {@return the label key of the group's name in a sentence or a count} */
  String shortName() {
    return "direction." + key + ".short";
  }
}
