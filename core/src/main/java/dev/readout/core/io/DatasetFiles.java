package dev.readout.core.io;

import dev.readout.core.dataset.Dataset;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Reads and writes dataset files: one JSON or YAML document whose top-level arrays ({@code sources},
 * {@code countries}, {@code organizations}, {@code people}, {@code partnerships},
 * {@code instruments}, {@code engagements}, {@code commitments}, {@code programmes},
 * {@code milestones}, each optional) hold the records, as described by the JSON Schema that
 * {@link #schema()} returns.
 *
 * <p>Reading reports every problem of a file at once — malformed input, unknown fields (with a
 * suggestion for a near miss), wrong types, missing fields, bad dates, enum values, country codes
 * and parties, and every rule of the dataset (duplicate ids, unknown references, missing evidence,
 * quotes not in their source) — each with the line and column of the value it is about, in a
 * {@link DatasetFileException}. Input beyond these limits is refused with a message, before it can
 * cost much: {@value #MAX_FILE_BYTES} bytes a file, values nested {@value #MAX_DEPTH} deep,
 * {@value #MAX_STRING_LENGTH} characters a string, {@value #MAX_VALUES} values (each use of a YAML
 * alias counting in full) and {@value #MAX_ALIASES} YAML aliases a file; a key given twice in a
 * mapping is an error.
 *
 * <p>Writing is canonical: records in dataset order, fields in a fixed order ({@code id} first, then
 * the model's order), optional fields and empty lists left out, two spaces of indentation,
 * {@code \n} line ends, UTF-8. Reading an export gives an equal dataset, and exporting that again
 * gives the same bytes. This class is stateless and safe to use from any thread.
 */
public final class DatasetFiles {
  /** The largest file read: 16 MiB. */
  public static final int MAX_FILE_BYTES = 16 * 1024 * 1024;
  /** How deep mappings and lists may nest; a dataset file needs seven levels. */
  public static final int MAX_DEPTH = 64;
  /** The longest string or key, in UTF-16 code units: 1 Mi, room for a long source text. */
  public static final int MAX_STRING_LENGTH = 1024 * 1024;
  /** The most values a file may hold, each use of a YAML alias counting as all the values it stands for. */
  public static final int MAX_VALUES = 1_000_000;
  /** The most YAML aliases ({@code *name}) a file may use. */
  public static final int MAX_ALIASES = 100;

  private static final String SCHEMA_RESOURCE = "readout-dataset.schema.json";

  private DatasetFiles() {}

  /**
   * Reads a dataset file, its format given by its extension. A file whose top level says
   * {@code extends: seed} builds on the built-in seed dataset: it may refer to the seed's records by
   * id, and the dataset returned holds the seed's records, then the file's.
   *
   * @param file a {@code .json}, {@code .yaml} or {@code .yml} file
   * @return the file's dataset, validated
   * @throws DatasetFileException with every problem found, in file order
   */
  public static Dataset read(Path file) {
    return read(file, Dataset.empty());
  }

  /**
   * Reads a dataset file on top of a base dataset, such as the built-in seed: the file may refer
   * to the base's records, and its records come after the base's, validated together. A file must
   * not redefine a record of the base: a duplicate id is reported on the file's record.
   *
   * @param file a {@code .json}, {@code .yaml} or {@code .yml} file
   * @param base the records the file builds on
   * @return the base's records, then the file's
   * @throws DatasetFileException with every problem found, in file order
   */
  public static Dataset read(Path file, Dataset base) {
    Objects.requireNonNull(base, "base");
    String name = file.toString();
    Format format = Format.of(file);
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > MAX_FILE_BYTES) {
        throw failure(name, FileMessages.tooLarge(size + " bytes"));
      }
      try (InputStream in = Files.newInputStream(file)) {
        bytes = readBounded(name, in);
      }
    } catch (NoSuchFileException e) {
      throw failure(name, FileMessages.unreadable("no such file"));
    } catch (AccessDeniedException e) {
      throw failure(name, FileMessages.unreadable("permission denied"));
    } catch (IOException e) {
      throw failure(name, FileMessages.unreadable(String.valueOf(e.getMessage())));
    }
    return RecordMapper.read(name, format, bytes, base);
  }

  /**
   * Reads a dataset file from a stream, on top of a base dataset. The stream is read to its end
   * (or just past the size limit) and is not closed.
   *
   * @param name the file's name, used in messages
   * @param in the file's content, UTF-8
   * @param format the file's format
   * @param base the records the file builds on; {@link Dataset#empty()} for none
   * @return the base's records, then the file's
   * @throws DatasetFileException with every problem found, in file order
   */
  public static Dataset read(String name, InputStream in, Format format, Dataset base) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(base, "base");
    byte[] bytes;
    try {
      bytes = readBounded(name, in);
    } catch (IOException e) {
      throw failure(name, FileMessages.unreadable(String.valueOf(e.getMessage())));
    }
    return RecordMapper.read(name, format, bytes, base);
  }

  /**
   * Writes a dataset as a canonical file, UTF-8. The stream is not closed.
   *
   * @param dataset the dataset
   * @param format the notation to write
   * @param out where to write
   * @throws IOException if the stream cannot be written
   */
  public static void write(Dataset dataset, Format format, OutputStream out) throws IOException {
    out.write(toString(dataset, format).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Returns a dataset as the text of a canonical file.
   *
   * @param dataset the dataset
   * @param format the notation to write
   * @return the file's text, ending in a line end
   */
  public static String toString(Dataset dataset, Format format) {
    Objects.requireNonNull(format, "format");
    var tree = CanonicalTree.of(dataset);
    return format == Format.JSON ? JsonEmitter.emit(tree) : YamlEmitter.emit(tree);
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of dataset files, for editors to check a file as it is
   * written; a YAML file has the same shape.
   *
   * @return the schema's JSON text
   */
  public static String schema() {
    return SchemaHolder.SCHEMA;
  }

  private static byte[] readBounded(String name, InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
    if (bytes.length > MAX_FILE_BYTES) {
      throw failure(name, FileMessages.tooLarge("larger"));
    }
    return bytes;
  }

  private static DatasetFileException failure(String name, String message) {
    return new DatasetFileException(List.of(new FileProblem(name, 0, 0, "", message)));
  }

  /** Loads the schema on first use. */
  private static final class SchemaHolder {
    static final String SCHEMA = load();

    private static String load() {
      try (InputStream in = DatasetFiles.class.getResourceAsStream(SCHEMA_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the schema resource " + SCHEMA_RESOURCE + " must be on the class path, but is missing");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
