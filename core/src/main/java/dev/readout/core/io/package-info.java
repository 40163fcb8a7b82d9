/**
 * Dataset files in JSON and YAML: {@link dev.readout.core.io.DatasetFiles} reads a file, a chain of
 * files ({@code extends}) or a folder of files into one validated {@code Dataset} — reporting every
 * problem with its file, line and column in a {@link dev.readout.core.io.DatasetFileException} — and
 * writes a dataset as one canonical file. The file format lives here alone, mapped to and from the
 * model by hand with Jackson's streaming parsers, so the model knows nothing of files. Start with
 * {@code DatasetFiles}; {@code Loader} follows {@code extends} and lists folders, {@code RecordMapper}
 * maps one file's records and amendments, {@code Assembly} builds a dataset from its parts and places
 * its problems, {@code CanonicalTree} and the emitters write it back.
 */
package dev.readout.core.io;
