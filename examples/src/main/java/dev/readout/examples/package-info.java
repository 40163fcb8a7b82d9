/**
 * Small, complete programs to copy from, one idea each: {@link dev.readout.examples.QueryDatasetExample}
 * (build a dataset and query it), {@link dev.readout.examples.RenderCountryBriefExample} (render a
 * country brief to PDF and Word), {@link dev.readout.examples.LoadDatasetFileExample} (load and
 * validate a YAML file that extends the seed) and {@link dev.readout.examples.OverdueDigest} (your own
 * code, property-tested with readout-testkit in {@code OverdueDigestProperties}). Each has a
 * {@code main}; the tests run every one.
 */
package dev.readout.examples;
