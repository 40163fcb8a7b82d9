/**
 * Small, complete programs to copy from, one idea each: {@link dev.readout.examples.QueryDatasetExample}
 * (build a dataset and query it), {@link dev.readout.examples.RenderCountryBriefExample} (render a
 * country brief to PDF and Word), {@link dev.readout.examples.LoadDatasetFileExample} (load and
 * validate a YAML file that extends the seed). Each has a {@code main}; the tests run every one.
 */
package dev.readout.examples;
