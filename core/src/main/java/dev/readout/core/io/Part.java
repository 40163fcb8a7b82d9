package dev.readout.core.io;

/**
 * One part of a dataset read from files: a {@link FileContent}, or a {@link DatasetPart} — the
 * built-in seed, or a dataset given in code — that a file builds on.
 */
sealed interface Part permits FileContent, DatasetPart {
  /** {@return the part's name in messages: a file's name, {@code the seed} or {@code the base dataset}} */
  String name();
}
