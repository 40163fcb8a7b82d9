package dev.readout.reports.briefing;

import dev.readout.core.dataset.Dataset;
import java.util.stream.Collectors;

/** The catalogue of the briefing composers' error messages. */
final class BriefingMessages {
  private BriefingMessages() {}

  static String unknownCountry(String code, Dataset dataset) {
    return "country must be one of the dataset's countries "
        + dataset.countries().stream().map(c -> c.code()).collect(Collectors.joining(", ", "[", "]"))
        + ", but was '" + code + "'";
  }

  static String unknownPerspective(String code, Dataset dataset) {
    return "the side written for must be one of the dataset's countries "
        + dataset.countries().stream().map(c -> c.code()).collect(Collectors.joining(", ", "[", "]"))
        + ", but was '" + code + "'";
  }

  static String unknownEngagement(String id, Dataset dataset) {
    return "engagement must be the id of one of the dataset's " + dataset.engagements().size()
        + " engagements, but was '" + id + "'";
  }

  static String homeBrief(String code) {
    return "country must be a counterpart, not the side the briefing is written for, but was '" + code + "'";
  }

  static String notYetKnown(String id, java.time.LocalDate day) {
    return "engagement '" + id + "' must be known on " + day + " (reported by a source published by then), but no such"
        + " source is in the dataset";
  }
}
