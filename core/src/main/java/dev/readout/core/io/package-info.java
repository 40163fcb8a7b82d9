/**
 * Dataset files in JSON and YAML: {@link dev.readout.core.io.DatasetFiles} reads a file into a
 * validated {@code Dataset} — reporting every problem with its line and column in a
 * {@link dev.readout.core.io.DatasetFileException} — and writes a dataset as a canonical file. The
 * file format lives here alone, mapped to and from the model by hand with Jackson's streaming
 * parsers, so the model knows nothing of files; start with {@code DatasetFiles}.
 */
package dev.readout.core.io;
