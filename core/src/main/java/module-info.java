/**
 * Readout's core: the immutable model of defence-diplomacy engagements and commitments, partial
 * dates, the validated and indexed {@link dev.readout.core.dataset.Dataset}, dataset files in YAML
 * and JSON, and the built-in seed dataset. Start at {@link dev.readout.core.dataset.Dataset} and
 * {@link dev.readout.core.seed.Datasets}.
 *
 * <p>Only the API packages are exported. {@code dev.readout.core.internal} (Unicode helpers) is
 * shared with {@code dev.readout.reports} alone, whose document model normalises text with it.
 */
module dev.readout.core {
  // Immutables' annotations are read by its annotation processor when this module is compiled.
  requires static org.immutables.value;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires org.yaml.snakeyaml;

  exports dev.readout.core.dates;
  exports dev.readout.core.model;
  exports dev.readout.core.dataset;
  exports dev.readout.core.draft;
  exports dev.readout.core.io;
  exports dev.readout.core.seed;
  exports dev.readout.core.internal to dev.readout.reports;
}
