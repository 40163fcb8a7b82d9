package dev.readout.core.io;

import dev.readout.core.dataset.Dataset;

/**
 * A dataset that files build on without being read from a file: the built-in seed
 * ({@code extends: seed}), or the base given to {@link DatasetFiles#read(java.nio.file.Path, Dataset)}.
 *
 * @param name {@code the seed} or {@code the base dataset}, as messages name it
 * @param dataset its records, amendments and home side
 */
record DatasetPart(String name, Dataset dataset) implements Part {}
