package dev.readout.testkit;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.model.Amendment;
import dev.readout.core.model.Source;
import java.util.ArrayList;
import java.util.List;

/**
 * A generated dataset before it is built: the base records with their sources and home side, which
 * {@link PlanBuilder} writes, and the later file's sources and amendments, which {@link Amender}
 * writes.
 */
final class Draft {
  final Records base = new Records();
  final List<Source> laterSources = new ArrayList<>();
  final List<Amendment> amendments = new ArrayList<>();

  /** {@return the whole dataset, built in one go: the base, the later sources and the amendments} */
  Dataset whole() {
    return base.builder().addSources(laterSources).addAmendments(amendments).build();
  }

  /** {@return the base and the later file, the base built on its own} */
  AmendedDataset amended() {
    return new AmendedDataset(base.builder().build(), laterSources, amendments, whole());
  }
}
