/**
 * jqwik generators for Readout: valid datasets by construction — with every {@link
 * dev.readout.testkit.Construct} of the model, amendments and records declared the same included —
 * and the same split into a base and the later file that amends it ({@link
 * dev.readout.testkit.AmendedDataset}), the engagements and commitments in them, datasets that break
 * exactly one validation rule, EDTF dates of every form, and plain or adversarial text. Start with
 * {@link dev.readout.testkit.ReadoutArbitraries}; with the testkit on the test class path,
 * {@code @ForAll Dataset} and friends work without {@code @Provide} through {@link
 * dev.readout.testkit.ReadoutDomain}.
 */
package dev.readout.testkit;
