/**
 * The validated, indexed, immutable {@link dev.readout.core.dataset.Dataset}: build one with
 * {@link dev.readout.core.dataset.Dataset#builder()}, which checks every rule across records at once
 * and throws a {@link dev.readout.core.dataset.DatasetException} listing every
 * {@link dev.readout.core.dataset.Problem}; then query it. Start with {@code Dataset}.
 */
package dev.readout.core.dataset;
