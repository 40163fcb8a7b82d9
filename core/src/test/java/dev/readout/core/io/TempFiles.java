package dev.readout.core.io;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes dataset files into a folder for a test, and reads back the problems of a bad dataset. */
final class TempFiles {
  /** A source with a text the other snippets quote, and the countries they use. */
  static final String SOURCE = """
      sources:
        - id: s
          title: A report
          published: 2023-05
          text: The ministers met in Hanoi. Finland pledged to send instructors. A later report said they met in Hue.
      countries: [VN, FI]
      """;

  /** An engagement quoting {@link #SOURCE}, as the rest of a file's text. */
  static String engagement(String id) {
    return """
          - id: %s
            title: Ministers meet
            kind: meeting
            format: in-person
            date: 2023-03
            sides: [VN, FI]
            evidence:
              - source: s
                quote: The ministers met in Hanoi.
        """.formatted(id);
  }

  private final Path dir;

  TempFiles(Path dir) {
    this.dir = dir;
  }

  /** Writes a file (its folders made as needed) and returns its path. */
  Path write(String name, String text) {
    Path file = dir.resolve(name);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** The path of a file in the folder, as messages name it. */
  String name(String name) {
    return dir.resolve(name).toString();
  }

  /** The problems of reading a path, one a line, with the folder's path left out of file names. */
  List<String> problems(Path path) {
    DatasetFileException e = catchThrowableOfType(DatasetFileException.class, () -> DatasetFiles.read(path));
    if (e == null) {
      throw new AssertionError("reading " + path + " must fail, but it succeeded");
    }
    return e.problems().stream().map(p -> p.toString().replace(dir + java.io.File.separator, "")).toList();
  }
}
