package dev.readout.core.io;

import dev.readout.core.dataset.Dataset;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads and writes dataset files. A dataset is one file, a chain of files, or a folder of files.
 * A file is one JSON or YAML document whose top-level arrays ({@code sources}, {@code countries},
 * {@code organizations}, {@code people}, {@code partnerships}, {@code instruments},
 * {@code engagements}, {@code commitments}, {@code programmes}, {@code milestones}, each optional)
 * hold the records, as described by the JSON Schema that {@link #schema()} returns; {@code home}
 * names its home side, and {@code extends} what it builds on: {@code seed}, the path of another
 * file (relative to the file), or a list of them.
 *
 * <p><b>Chains.</b> A file's bases are read first, each once however many files name it (two bases
 * that both extend the seed bring the seed once), and their records come first, in the order named.
 * Each base is validated on its own, once; a base that is not valid has its problems listed under
 * its own name, and the {@code extends} entry that names it says so. A cycle, or a base that cannot
 * be read, is reported at the entry. A file's own {@code home} wins over its bases'; bases that give
 * different ones are an error unless the file gives its own.
 *
 * <p><b>Folders.</b> {@link #read(Path)} of a folder reads every {@code .json}, {@code .yaml} and
 * {@code .yml} file under it, at any depth, in the order of their paths relative to it, hidden files
 * and folders left out; each may extend the seed or other files, in the folder or outside it. They
 * are one dataset, validated once: records in the order of {@code extends}, then of paths.
 *
 * <p><b>Amendments.</b> An entry of a record array marked {@code amends: true} amends the record
 * with its {@code id} defined elsewhere — in a base, another file of the dataset, or the same file:
 * it gives only the fields it changes (a field that holds one value is replaced, a list gains the
 * items given), its {@code evidence} is the amendment's, its {@code note} the amendment's note, and
 * {@code preferred: false} keeps it as an account the dataset does not prefer. A record defined
 * again without {@code amends: true} is an error. Amendments are applied kind by kind, in the order
 * of the arrays, each kind's in file order.
 *
 * <p>Reading reports every problem at once — malformed input, unknown fields (with a suggestion for
 * a near miss), wrong types, missing fields, bad dates, enum values, codes and parties, and every
 * rule of the dataset (duplicate ids, unknown references, missing evidence, quotes not in their
 * source) — each with its file and the line and column of the value it is about, in a
 * {@link DatasetFileException}. Input beyond these limits is refused with a message, before it can
 * cost much: {@value #MAX_FILE_BYTES} bytes a file (a folder has no limit of its own), values nested
 * {@value #MAX_DEPTH} deep, {@value #MAX_STRING_LENGTH} characters a string, {@value #MAX_VALUES}
 * values (each use of a YAML alias counting in full) and {@value #MAX_ALIASES} YAML aliases a file;
 * a key given twice in a mapping is an error. A file is parsed once and let go of; a file with a
 * problem the dataset finds later is parsed again to place it.
 *
 * <p>Writing is canonical: the records as they were added, in dataset order, then each kind's
 * amendments in the same array, fields in a fixed order ({@code id} first, then the model's order),
 * optional fields, defaults and empty lists left out, two spaces of indentation, {@code \n} line
 * ends, UTF-8. Reading an export gives an equal dataset, and exporting that again gives the same
 * bytes. This class is stateless and safe to use from any thread.
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

  /** How messages name the built-in seed dataset. */
  static final String SEED_NAME = "the seed";
  /** How messages name a base dataset given in code. */
  static final String BASE_NAME = "the base dataset";

  private static final String SCHEMA_RESOURCE = "readout-dataset.schema.json";

  private DatasetFiles() {}

  /**
   * A dataset read from files, with what it could not check.
   *
   * @param dataset the dataset, validated
   * @param warnings quotes that cannot be checked because their source has no text in the dataset,
   *     each placed in its file, in file order; empty when read strictly
   */
  public record Validated(Dataset dataset, List<FileProblem> warnings) {
    /**
     * Copies the warnings.
     *
     * @param dataset the dataset
     * @param warnings the warnings
     */
    public Validated {
      Objects.requireNonNull(dataset, "dataset");
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * Reads a dataset file, its format given by its extension, with everything it builds on; or, given
   * a folder, every dataset file in it as one dataset. A file that says {@code extends: seed} builds
   * on the built-in seed dataset: it may refer to the seed's records by id, and the dataset returned
   * holds the seed's records, then the file's.
   *
   * @param path a {@code .json}, {@code .yaml} or {@code .yml} file, or a folder of them
   * @return the dataset, validated
   * @throws DatasetFileException with every problem found, in file order
   */
  public static Dataset read(Path path) {
    return read(path, Dataset.empty());
  }

  /**
   * Reads a dataset file (or a folder of them) on top of a base dataset: the files may refer to the
   * base's records, and their records come after the base's, validated together. A file must not
   * define a record of the base again, except to amend it. A file that says {@code extends: seed}
   * is taken to mean the base.
   *
   * @param path a {@code .json}, {@code .yaml} or {@code .yml} file, or a folder of them
   * @param base the records the files build on
   * @return the base's records, then the files'
   * @throws DatasetFileException with every problem found, in file order
   */
  public static Dataset read(Path path, Dataset base) {
    Objects.requireNonNull(base, "base");
    return load(path, base, false, file -> { }).dataset();
  }

  /**
   * Reads a dataset file or folder as {@link #read(Path)} does, and tells {@code files} the path of
   * every file the read opens or looks for, as it comes to it, each once: the file itself (or each
   * file of the folder), then every file an {@code extends} names, at any depth — a base that does
   * not exist too, since creating it would change the dataset. The built-in seed is no file and is
   * not told. Paths are absolute and normalized, symbolic links left as they are. {@code files} is
   * told even when the read then fails, so that a tool watching a dataset for changes (such as
   * {@code readout watch}) knows which files to watch while one of them is broken; a folder's
   * contents are told as they are when it is read, so such a tool watches the folder too.
   *
   * @param path a {@code .json}, {@code .yaml} or {@code .yml} file, or a folder of them
   * @param files told the path of each file read or looked for, on the calling thread
   * @return the dataset, validated
   * @throws DatasetFileException with every problem found, in file order
   */
  public static Dataset read(Path path, Consumer<? super Path> files) {
    Objects.requireNonNull(files, "files");
    return load(path, Dataset.empty(), false, files).dataset();
  }

  /**
   * Whether a read of the folder as a dataset takes in the path: the folder itself, a folder under
   * it, or a {@code .json}, {@code .yaml} or {@code .yml} file under it, with no name below the
   * folder that starts with a dot. A tool that watches a folder dataset asks this of what changed.
   *
   * @param folder the dataset folder
   * @param path a path, which need not exist (a file just deleted is judged by its name)
   * @return whether {@link #read(Path)} of the folder would look at it
   */
  public static boolean readsInFolder(Path folder, Path path) {
    return Loader.readsInFolder(folder, path);
  }

  /**
   * Reads a dataset file or folder as {@link #read(Path)} does, and says what it could not check.
   *
   * @param path a {@code .json}, {@code .yaml} or {@code .yml} file, or a folder of them
   * @param strict whether a quote that cannot be checked (its source has no text) is a problem
   *     rather than a warning
   * @return the dataset and its warnings
   * @throws DatasetFileException with every problem found, in file order
   */
  public static Validated validate(Path path, boolean strict) {
    Loader.Result result = load(path, Dataset.empty(), strict, file -> { });
    return new Validated(result.dataset(), result.warnings());
  }

  private static Loader.Result load(Path path, Dataset base, boolean strict, Consumer<? super Path> files) {
    return Files.isDirectory(path) ? Loader.readFolder(path, base, strict, files)
        : Loader.readFile(path, base, strict, files);
  }

  /**
   * Reads a dataset file from a stream, on top of a base dataset. The stream is read to its end
   * (or just past the size limit) and is not closed. Paths the file names in {@code extends} are
   * taken relative to {@code name}.
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
    return Loader.readStream(name, in, format, base, false).dataset();
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
   * Returns a dataset as the text of a canonical file: one file that holds everything, whatever
   * files it was read from.
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
   * Returns what a dataset adds to its base as the text of a file that extends it: the file
   * {@code extends} the entries given ({@code seed}, or paths relative to where the file will be)
   * and holds, canonically written, the dataset's records that the base does not have (by kind and
   * id), the countries it does not list and the amendments it does not hold. Reading the file with
   * its bases gives the dataset back.
   *
   * @param dataset the dataset, which holds the base's records and its own (as one built with
   *     {@code Dataset.builder().addAll(base)} does)
   * @param base the dataset the file builds on
   * @param extendsEntries what the file names in {@code extends}, at least one
   * @param format the notation to write
   * @return the file's text, ending in a line end
   * @throws IllegalArgumentException if no {@code extends} entry is given
   */
  public static String toString(Dataset dataset, Dataset base, List<String> extendsEntries, Format format) {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(format, "format");
    if (extendsEntries.isEmpty()) {
      throw new IllegalArgumentException("a file that builds on a base must name it in extends");
    }
    var tree = CanonicalTree.additions(dataset, base, extendsEntries);
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
