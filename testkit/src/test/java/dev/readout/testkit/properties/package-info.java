/**
 * Readout's own property tests of the core — model, dates, dataset queries, validation and files —
 * written against the published generators of {@code dev.readout.testkit}, as a user's would be.
 * Each class prints one line of counts when it is done (see {@link dev.readout.testkit.properties.Tally});
 * tries come from jqwik's default, which the build sets from {@code readout.tries}.
 */
package dev.readout.testkit.properties;
