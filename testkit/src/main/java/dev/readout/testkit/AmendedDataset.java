package dev.readout.testkit;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.model.Amendment;
import dev.readout.core.model.Source;
import java.util.List;
import java.util.Objects;

/**
 * A generated dataset split as it would arrive in two files: a base dataset, valid on its own, and a
 * later file that amends it — sources published later, and amendments of the base's records that
 * quote them — together with the whole dataset built in one go from the same records.
 *
 * <pre>
 * &#64;Property
 * void readingTheLaterFileOnTopOfTheBaseGivesTheWhole(&#64;ForAll AmendedDataset amended) {
 *   Dataset merged = amended.addTo(amended.base().toBuilder()).build();
 *   assertThat(merged).isEqualTo(amended.whole());
 * }
 * </pre>
 *
 * @param base the base records and their sources, with the home side; no amendments
 * @param sources the later file's sources, which the amendments quote
 * @param amendments the later file's amendments, in order, as written (not yet in the canonical
 *     form a dataset keeps them in)
 * @param whole the base's records, the later sources and the amendments, added to one builder and
 *     built
 */
public record AmendedDataset(Dataset base, List<Source> sources, List<Amendment> amendments, Dataset whole) {
  /**
   * Checks and copies the parts.
   *
   * @param base the base dataset
   * @param sources the later sources
   * @param amendments the amendments
   * @param whole the whole dataset
   */
  public AmendedDataset {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(whole, "whole");
    sources = List.copyOf(sources);
    amendments = List.copyOf(amendments);
  }

  /**
   * Adds the later file — its sources, then its amendments — to a builder.
   *
   * @param builder a builder, e.g. {@code base().toBuilder()}
   * @return the same builder
   */
  public Dataset.Builder addTo(Dataset.Builder builder) {
    return builder.addSources(sources).addAmendments(amendments);
  }

  /** {@return a summary: the base, and how many later sources and amendments} */
  @Override
  public String toString() {
    return "AmendedDataset[base " + base + ", " + sources.size() + " later sources, " + amendments.size()
        + " amendments]";
  }
}
