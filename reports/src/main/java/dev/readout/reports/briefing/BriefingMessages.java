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

  static String unknownEngagement(String id, Dataset dataset) {
    return "engagement must be the id of one of the dataset's " + dataset.engagements().size()
        + " engagements, but was '" + id + "'";
  }
}
