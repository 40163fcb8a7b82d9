/**
 * JMH benchmarks of Readout (issue 8): {@link dev.readout.bench.SyntheticDatasets} makes valid
 * datasets of any size; the {@code *Benchmark} classes measure building, queries, composing and
 * rendering; {@link dev.readout.bench.Suite} runs them all with the peak-heap probe and prints the
 * {@link dev.readout.bench.Summary}. Start with {@code Suite}.
 */
package dev.readout.bench;
