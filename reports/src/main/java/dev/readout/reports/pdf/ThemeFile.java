package dev.readout.reports.pdf;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.readout.reports.doc.Note;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads a {@link PdfTheme} from a YAML file (the format is {@link PdfTheme#read(Path)}'s). The file
 * is parsed into a small tree whose values remember their line and column, then every field is
 * checked: unknown and repeated fields, values of the wrong shape, colours, lengths, margins out of
 * their range, font files and the logo (read and decoded as the theme will). Every problem is
 * collected, in file order, before a {@link ThemeFileException} reports them all. The file format
 * lives here, apart from the theme, which knows nothing of YAML.
 */
final class ThemeFile {
  /** The largest theme file read: a theme is a few hundred bytes. */
  static final int MAX_BYTES = 256 * 1024;

  private static final YAMLFactory YAML = YAMLFactory.builder()
      .loaderOptions(loaderOptions())
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16).maxStringLength(16 * 1024)
          .maxDocumentLength(MAX_BYTES).build())
      .build();
  private static final Pattern COLOUR = Pattern.compile("#?([0-9A-Fa-f]{6})");
  private static final Pattern LENGTH = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*(pt|mm|cm|in)?");
  private static final List<String> FIELDS = List.of("fonts", "colours", "margins", "logo");
  private static final List<String> FONTS = List.of("body", "headings");
  private static final List<String> FACES = List.of("regular", "bold", "italic", "boldItalic");
  private static final List<String> COLOURS = List.of("heading", "rule", "link", "tableHeader", "notes");
  private static final List<String> NOTES = List.of("info", "important", "warning");
  private static final List<String> NOTE_COLOURS = List.of("border", "fill");
  private static final List<String> SIDES = List.of("top", "bottom", "left", "right");

  /** A value of the file and where it starts. */
  private sealed interface Node permits Scalar, Mapping, Sequence {
    int line();

    int column();
  }

  /** Text, a number or a boolean as written; {@code text} is null for an empty value. */
  private record Scalar(String text, int line, int column) implements Node {}

  /** The entries of a mapping by key, in file order, and the entries whose key came before. */
  private record Mapping(Map<String, Entry> entries, List<Entry> repeated, int line, int column) implements Node {}

  private record Sequence(int line, int column) implements Node {}

  /** A key and its value; the key's place is where a problem with the value as a whole is reported. */
  private record Entry(String key, int line, int column, Node value) {}

  /** One problem, where it is, to be sorted into file order. */
  private record Problem(int line, int column, String text) {}

  private final String file;
  private final Path folder;
  private final List<Problem> problems = new ArrayList<>();
  private final PdfTheme.Builder theme = PdfTheme.builder();

  private ThemeFile(Path path) {
    this.file = path.toString();
    Path parent = path.toAbsolutePath().getParent();
    this.folder = parent == null ? Path.of("") : parent;
  }

  private static LoaderOptions loaderOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_BYTES);
    options.setMaxAliasesForCollections(10);
    options.setNestingDepthLimit(16);
    return options;
  }

  /**
   * Reads the file.
   *
   * @throws ThemeFileException with every problem found
   */
  static PdfTheme read(Path path) {
    return new ThemeFile(path).run(path);
  }

  private PdfTheme run(Path path) {
    byte[] bytes = bytes(path);
    Node root;
    try (JsonParser parser = YAML.createParser(bytes)) {
      root = parser.nextToken() == null ? null : node(parser);
    } catch (JsonProcessingException e) {
      JsonLocation l = e.getLocation();
      String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().strip().lines().findFirst().orElse("");
      throw new ThemeFileException(List.of(file + (l == null || l.getLineNr() < 1 ? "" : ":" + l.getLineNr() + ":"
          + Math.max(l.getColumnNr(), 1)) + ": malformed YAML: " + message));
    } catch (IOException e) {
      throw new ThemeFileException(List.of(file + ": must be a readable YAML file, but reading it failed: "
          + e.getMessage()));
    }
    if (root == null || isEmpty(root)) {
      throw new ThemeFileException(List.of(file + ": must hold the theme's fields (" + String.join(", ", FIELDS)
          + "), but is empty"));
    }
    Mapping fields = mapping(root, "", "the theme's fields (" + String.join(", ", FIELDS) + ")");
    if (fields != null) {
      fields(fields, "", "the theme", FIELDS);
      fields.entries().values().forEach(this::field);
    }
    if (problems.isEmpty()) {
      try {
        return theme.build();
      } catch (IllegalArgumentException e) {
        // A font or logo file changed since it was checked, a moment ago.
        problems.add(new Problem(0, 0, file + ": " + e.getMessage()));
      }
    }
    problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
    throw new ThemeFileException(problems.stream().map(Problem::text).toList());
  }

  private byte[] bytes(Path path) {
    String reason;
    try {
      if (Files.isDirectory(path)) {
        reason = "it is a folder";
      } else if (Files.size(path) > MAX_BYTES) {
        reason = "it is larger than " + MAX_BYTES / 1024 + " KB";
      } else {
        return Files.readAllBytes(path);
      }
    } catch (NoSuchFileException e) {
      reason = "there is no such file";
    } catch (AccessDeniedException e) {
      reason = "permission is denied";
    } catch (IOException e) {
      reason = "reading it failed: " + e.getMessage();
    }
    throw new ThemeFileException(List.of(file + ": must be a readable YAML file, but " + reason));
  }

  // ---- the tree ----

  private Node node(JsonParser parser) throws IOException {
    JsonLocation at = parser.currentTokenLocation();
    int line = Math.max(at.getLineNr(), 1);
    int column = Math.max(at.getColumnNr(), 1);
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT) {
      Map<String, Entry> entries = new LinkedHashMap<>();
      List<Entry> repeated = new ArrayList<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        JsonLocation keyAt = parser.currentTokenLocation();
        parser.nextToken();
        Entry entry = new Entry(key, Math.max(keyAt.getLineNr(), 1), Math.max(keyAt.getColumnNr(), 1), node(parser));
        if (entries.putIfAbsent(key, entry) != null) {
          repeated.add(entry);
        }
      }
      return new Mapping(entries, repeated, line, column);
    }
    if (token == JsonToken.START_ARRAY) {
      parser.skipChildren();
      return new Sequence(line, column);
    }
    return new Scalar(token == JsonToken.VALUE_NULL ? null : parser.getText(), line, column);
  }

  private void problem(int line, int column, String path, String message) {
    problems.add(new Problem(line, column, file + ":" + line + ":" + column + ": " + (path.isEmpty() ? "" : path + ": ")
        + message));
  }

  private void problem(Node at, String path, String message) {
    problem(at.line(), at.column(), path, message);
  }

  private static String shape(Node node) {
    if (node instanceof Mapping) {
      return "a mapping";
    }
    if (node instanceof Sequence) {
      return "a list";
    }
    return isEmpty(node) ? "empty" : "\"" + ((Scalar) node).text() + "\"";
  }

  /** Whether the node is a value left empty (or made empty by a comment). */
  private static boolean isEmpty(Node node) {
    return node instanceof Scalar s && (s.text() == null || s.text().isBlank());
  }

  /** The node as a mapping, or null with a problem. */
  private Mapping mapping(Node node, String path, String of) {
    if (node instanceof Mapping m) {
      return m;
    }
    problem(node, path, "must be a mapping of " + of + ", but was " + shape(node));
    return null;
  }

  /** The node's text, or null with a problem. */
  private String text(Node node, String path, String what) {
    if (node instanceof Scalar s && s.text() != null && !s.text().isBlank()) {
      return s.text();
    }
    problem(node, path, "must be " + what + ", but was " + shape(node));
    return null;
  }

  /** Reports the keys of the mapping that are not fields of {@code what}, and the keys given again. */
  private void fields(Mapping mapping, String path, String what, List<String> known) {
    for (Entry e : mapping.repeated()) {
      problem(e.line(), e.column(), join(path, e.key()), "must be given once, but is given again (first on line "
          + mapping.entries().get(e.key()).line() + ")");
    }
    for (Entry e : mapping.entries().values()) {
      if (!known.contains(e.key())) {
        problem(e.line(), e.column(), join(path, e.key()), "must be a field of " + what + " (" + String.join(", ", known)
            + ")");
      }
    }
  }

  private static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  // ---- the fields ----

  private void field(Entry entry) {
    switch (entry.key()) {
      case "fonts" -> fonts(entry);
      case "colours" -> colours(entry);
      case "margins" -> margins(entry);
      case "logo" -> logo(entry);
      default -> {
        // reported by fields()
      }
    }
  }

  private void fonts(Entry entry) {
    Mapping fonts = mapping(entry.value(), "fonts", "fonts (" + String.join(", ", FONTS) + ")");
    if (fonts == null) {
      return;
    }
    fields(fonts, "fonts", "fonts", FONTS);
    for (Entry e : fonts.entries().values()) {
      if (!FONTS.contains(e.key())) {
        continue;
      }
      String path = "fonts." + e.key();
      PdfTheme.FontFamily family = family(e.value(), path);
      if (family != null) {
        if (e.key().equals("body")) {
          theme.bodyFont(family);
        } else {
          theme.headingFont(family);
        }
      }
    }
  }

  /** A family: one path (its regular face), or a mapping of faces to paths; null with a problem. */
  private PdfTheme.FontFamily family(Node node, String path) {
    if (node instanceof Scalar) {
      Path regular = font(node, path);
      return regular == null ? null : PdfTheme.FontFamily.of(regular);
    }
    Mapping faces = mapping(node, path, "font files (" + String.join(", ", FACES) + "), or the path of one font file");
    if (faces == null) {
      return null;
    }
    fields(faces, path, "a font", FACES);
    Path[] files = new Path[FACES.size()];
    boolean usable = true;
    for (int i = 0; i < FACES.size(); i++) {
      Entry face = faces.entries().get(FACES.get(i));
      if (face != null) {
        files[i] = font(face.value(), path + "." + face.key());
        usable &= files[i] != null;
      }
    }
    if (!faces.entries().containsKey("regular")) {
      problem(faces, path, "must name its regular font file (regular: FILE), but does not");
      return null;
    }
    return usable ? PdfTheme.FontFamily.of(files[0], files[1], files[2], files[3]) : null;
  }

  /** A font file, resolved against the theme file's folder and checked; null with a problem. */
  private Path font(Node node, String path) {
    String written = text(node, path, "the path of a TrueType or OpenType font file (.ttf, .otf)");
    if (written == null) {
      return null;
    }
    Path resolved = folder.resolve(written);
    try {
      PdfTheme.readFont(resolved);
      return resolved;
    } catch (IOException e) {
      problem(node, path, PdfMessages.fontFile(written, e.getMessage()));
      return null;
    }
  }

  private void colours(Entry entry) {
    Mapping colours = mapping(entry.value(), "colours", "colours (" + String.join(", ", COLOURS) + ")");
    if (colours == null) {
      return;
    }
    fields(colours, "colours", "colours", COLOURS);
    for (Entry e : colours.entries().values()) {
      String path = "colours." + e.key();
      switch (e.key()) {
        case "heading" -> set(colour(e.value(), path), theme::headingColour);
        case "rule" -> set(colour(e.value(), path), theme::ruleColour);
        case "link" -> set(colour(e.value(), path), theme::linkColour);
        case "tableHeader" -> set(colour(e.value(), path), theme::tableHeaderColour);
        case "notes" -> notes(e.value(), path);
        default -> {
          // reported by fields()
        }
      }
    }
  }

  private static void set(Color colour, java.util.function.Consumer<Color> setter) {
    if (colour != null) {
      setter.accept(colour);
    }
  }

  private void notes(Node node, String path) {
    Mapping notes = mapping(node, path, "kinds of note (" + String.join(", ", NOTES) + ")");
    if (notes == null) {
      return;
    }
    fields(notes, path, "notes", NOTES);
    for (Entry e : notes.entries().values()) {
      if (!NOTES.contains(e.key())) {
        continue;
      }
      String notePath = path + "." + e.key();
      Mapping colours = mapping(e.value(), notePath, "a note's colours (" + String.join(", ", NOTE_COLOURS) + ")");
      if (colours == null) {
        continue;
      }
      fields(colours, notePath, "a note's colours", NOTE_COLOURS);
      Note.Kind kind = Note.Kind.valueOf(e.key().toUpperCase(Locale.ROOT));
      Color border = PdfTheme.defaults().noteBorder(kind);
      Color fill = PdfTheme.defaults().noteFill(kind);
      Entry b = colours.entries().get("border");
      Entry f = colours.entries().get("fill");
      Color givenBorder = b == null ? border : colour(b.value(), notePath + ".border");
      Color givenFill = f == null ? fill : colour(f.value(), notePath + ".fill");
      if (givenBorder != null && givenFill != null) {
        theme.note(kind, givenBorder, givenFill);
      }
    }
  }

  /** A colour written {@code "#RRGGBB"}; null with a problem. */
  private Color colour(Node node, String path) {
    String rule = "must be a colour written \"#RRGGBB\", such as \"#1F3864\", but was ";
    if (isEmpty(node)) {
      problem(node, path, rule + "empty (in YAML a # starts a comment: put the colour in quotes)");
      return null;
    }
    Matcher m = node instanceof Scalar s ? COLOUR.matcher(s.text().strip()) : null;
    if (m == null || !m.matches()) {
      problem(node, path, rule + shape(node));
      return null;
    }
    return new Color(Integer.parseInt(m.group(1), 16));
  }

  private void margins(Entry entry) {
    Mapping margins = mapping(entry.value(), "margins", "margins (" + String.join(", ", SIDES) + ")");
    if (margins == null) {
      return;
    }
    fields(margins, "margins", "margins", SIDES);
    PdfTheme.Margins given = PdfTheme.defaults().margins();
    float[] values = {given.top(), given.bottom(), given.left(), given.right()};
    boolean usable = true;
    for (Entry e : margins.entries().values()) {
      int side = SIDES.indexOf(e.key());
      if (side < 0) {
        continue;
      }
      String path = "margins." + e.key();
      Float points = length(e.value(), path);
      if (points == null) {
        usable = false;
        continue;
      }
      String problem = PdfTheme.marginProblem(e.key(), points);
      if (problem != null) {
        problem(e.value(), path, problem);
        usable = false;
        continue;
      }
      values[side] = points;
    }
    if (usable) {
      theme.margins(values[0], values[1], values[2], values[3]);
    }
  }

  /** A length in points: a number of points, or a number with pt, mm, cm or in; null with a problem. */
  private Float length(Node node, String path) {
    Matcher m = node instanceof Scalar s && s.text() != null ? LENGTH.matcher(s.text().strip()) : null;
    if (m == null || !m.matches()) {
      problem(node, path, "must be a length such as 72pt, 25mm, 2.5cm or 1in, but was " + shape(node));
      return null;
    }
    double number = Double.parseDouble(m.group(1));
    double factor = m.group(2) == null ? 1 : switch (m.group(2)) {
      case "mm" -> 72 / 25.4;
      case "cm" -> 72 / 2.54;
      case "in" -> 72;
      default -> 1;
    };
    return (float) (number * factor);
  }

  private void logo(Entry entry) {
    String written = text(entry.value(), "logo", "the path of a PNG or JPEG image");
    if (written == null) {
      return;
    }
    Path resolved = folder.resolve(written);
    try {
      PdfTheme.readLogo(resolved);
      theme.logo(resolved);
    } catch (IOException e) {
      problem(entry.value(), "logo", PdfMessages.logoFile(written, e.getMessage()));
    }
  }
}
