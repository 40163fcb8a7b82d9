package dev.readout.core.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Parses a JSON or YAML file into {@link Node}s that remember where each value starts, enforcing
 * the limits of {@link DatasetFiles} on the way. Problems that leave no tree to go on with
 * (malformed input, a limit reached) end the parse with a {@link DatasetFileException}; duplicate
 * keys are collected and parsing goes on, keeping the first.
 *
 * <p>YAML anchors and aliases are supported: an alias stands for the anchored value, and counts
 * towards {@link DatasetFiles#MAX_VALUES} as many times as it is used, so an alias bomb is refused
 * before it costs anything. One instance parses one file.
 */
final class TreeParser {
  private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
      // one more than the limit, so that this class's own check, with its own message, comes first
      .maxNestingDepth(DatasetFiles.MAX_DEPTH + 1)
      .maxStringLength(DatasetFiles.MAX_STRING_LENGTH)
      .maxDocumentLength(DatasetFiles.MAX_FILE_BYTES)
      .build();
  private static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build();
  private static final YAMLFactory YAML = YAMLFactory.builder()
      .loaderOptions(loaderOptions())
      .streamReadConstraints(CONSTRAINTS)
      .build();
  private static final Pattern JACKSON_SOURCE = Pattern.compile("\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)\\]");
  private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\R\\s*");

  private final String file;
  private final Format format;
  private final List<FileProblem> problems = new ArrayList<>();
  private final Map<String, Node> anchors = new HashMap<>();
  private final Set<String> openAnchors = new HashSet<>();
  private JsonParser parser;
  private int values;
  private int aliases;

  private TreeParser(String file, Format format) {
    this.file = file;
    this.format = format;
  }

  /**
   * The tree of a file and the problems that did not stop the parse.
   *
   * @param root the file's one value
   * @param problems duplicate keys, in file order
   */
  record Result(Node root, List<FileProblem> problems) {}

  private static LoaderOptions loaderOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(DatasetFiles.MAX_FILE_BYTES);
    options.setMaxAliasesForCollections(DatasetFiles.MAX_ALIASES);
    options.setNestingDepthLimit(DatasetFiles.MAX_DEPTH * 2);
    return options;
  }

  /**
   * Parses a file.
   *
   * @param file the file's name, for messages
   * @param format its format
   * @param bytes its content, at most {@link DatasetFiles#MAX_FILE_BYTES}
   * @return the tree and the problems found on the way
   * @throws DatasetFileException if the file is empty, malformed or beyond a limit
   */
  static Result parse(String file, Format format, byte[] bytes) {
    return new TreeParser(file, format).run(bytes);
  }

  private Result run(byte[] bytes) {
    String text;
    try {
      text = decode(bytes);
    } catch (Refusal r) {
      throw new DatasetFileException(List.of(r.problem));
    }
    try (JsonParser p = format == Format.JSON ? JSON.createParser(text) : YAML.createParser(text)) {
      parser = p;
      JsonToken first = next();
      if (first == null) {
        throw fatal(Mark.NONE, "", FileMessages.empty());
      }
      Node root = value(first, "", 0);
      if (next() != null) {
        throw fatal(here(), "", FileMessages.moreThanOne(format));
      }
      return new Result(root, List.copyOf(problems));
    } catch (Refusal r) {
      throw new DatasetFileException(List.of(r.problem));
    } catch (JsonProcessingException e) {
      throw new DatasetFileException(List.of(malformed(e)));
    } catch (IOException e) {
      throw new DatasetFileException(List.of(problem(here(), "", FileMessages.malformed(format, clean(String.valueOf(e.getMessage()))))));
    }
  }

  /**
   * The file's text: strict UTF-8, without a byte order mark. Decoding first lets columns count
   * characters, not bytes, and places an encoding error exactly.
   */
  private String decode(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      out.flip();
      String before = out.toString();
      int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
      int column = before.length() - before.lastIndexOf('\n');
      String bad = Integer.toHexString(bytes[in.position()] & 0xFF).toUpperCase(Locale.ROOT);
      throw fatal(new Mark(line, column), "", FileMessages.notUtf8(bad.length() == 1 ? "0" + bad : bad));
    }
    out.flip();
    String text = out.toString();
    text = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (format == Format.YAML) {
      refuseUnprintable(text);
    }
    return text;
  }

  /**
   * Refuses the first character YAML does not allow in a file as it stands (a control character
   * other than tab and line breaks, a lone surrogate, U+FFFE or U+FFFF), at its own line and column:
   * the YAML reader would report it at the start of the file. Such a character is written in a
   * double-quoted string as an escape ({@code "\u0007"}).
   */
  private void refuseUnprintable(String text) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      boolean printable = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0x7E) || c == 0x85
          || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
      if (!printable) {
        throw fatal(new Mark(line, column), "", FileMessages.unprintable(c));
      }
      if (c == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
      i += Character.charCount(c);
    }
  }

  private Node value(JsonToken token, String path, int depth) throws IOException {
    Mark mark = here();
    if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
      return alias(yaml.getText(), mark);
    }
    String anchor = parser instanceof YAMLParser yaml ? yaml.getObjectId() : null;
    Node node;
    switch (token) {
      case START_OBJECT:
        open(anchor);
        node = mapping(mark, path, depth + 1);
        break;
      case START_ARRAY:
        open(anchor);
        node = sequence(mark, path, depth + 1);
        break;
      case VALUE_STRING:
        node = new Node.Scalar(mark, Node.Type.STRING, string(mark, path));
        break;
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        node = new Node.Scalar(mark, Node.Type.NUMBER, string(mark, path));
        break;
      case VALUE_TRUE:
      case VALUE_FALSE:
        node = new Node.Scalar(mark, Node.Type.BOOLEAN, string(mark, path));
        break;
      case VALUE_NULL:
        node = new Node.Scalar(mark, Node.Type.NULL, "null");
        break;
      default:
        node = new Node.Scalar(mark, Node.Type.OTHER, "");
        break;
    }
    count(1, mark);
    if (anchor != null) {
      openAnchors.remove(anchor);
      anchors.put(anchor, node);
    }
    return node;
  }

  private void open(String anchor) {
    if (anchor != null) {
      openAnchors.add(anchor);
    }
  }

  private Node.Mapping mapping(Mark mark, String path, int depth) throws IOException {
    checkDepth(depth, mark);
    Node.Mapping mapping = new Node.Mapping(mark);
    for (JsonToken t = next(); t != JsonToken.END_OBJECT; t = next()) {
      endOfInput(t);
      Mark keyMark = here();
      String key = string(keyMark, path);
      String at = path.isEmpty() ? key : path + "." + key;
      Node value = value(next(), at, depth);
      Node.Entry first = mapping.put(new Node.Entry(key, keyMark, value));
      if (first != null) {
        problems.add(problem(keyMark, at, FileMessages.duplicateKey(key, first.keyMark())));
      }
    }
    return mapping;
  }

  private Node.Sequence sequence(Mark mark, String path, int depth) throws IOException {
    checkDepth(depth, mark);
    Node.Sequence sequence = new Node.Sequence(mark);
    int i = 0;
    for (JsonToken t = next(); t != JsonToken.END_ARRAY; t = next()) {
      endOfInput(t);
      sequence.add(value(t, path + "[" + i + "]", depth));
      i++;
    }
    return sequence;
  }

  /** Refuses an end of input inside a mapping or list, which the parsers report themselves in practice. */
  private void endOfInput(JsonToken token) {
    if (token == null) {
      throw fatal(here(), "", FileMessages.malformed(format, "unexpected end of input"));
    }
  }

  private Node alias(String name, Mark mark) {
    aliases++;
    if (aliases > DatasetFiles.MAX_ALIASES) {
      throw fatal(mark, "", FileMessages.tooManyAliases());
    }
    if (openAnchors.contains(name)) {
      throw fatal(mark, "", FileMessages.recursiveAlias(name));
    }
    Node target = anchors.get(name);
    if (target == null) {
      throw fatal(mark, "", FileMessages.unknownAnchor(name));
    }
    count(target.weight(), mark);
    return target;
  }

  private void count(int n, Mark mark) {
    values += n;
    if (values > DatasetFiles.MAX_VALUES) {
      throw fatal(mark, "", FileMessages.tooManyValues());
    }
  }

  private void checkDepth(int depth, Mark mark) {
    if (depth > DatasetFiles.MAX_DEPTH) {
      throw fatal(mark, "", FileMessages.tooDeep());
    }
  }

  /** The text of the current string, number, boolean or key, refused when longer than the limit. */
  private String string(Mark mark, String path) throws IOException {
    String text;
    try {
      text = parser.getText();
    } catch (StreamConstraintsException e) {
      throw fatal(mark, path, FileMessages.stringTooLong());
    } catch (JsonProcessingException e) {
      throw new Refusal(malformed(e));
    }
    if (text.length() > DatasetFiles.MAX_STRING_LENGTH) {
      throw fatal(mark, path, FileMessages.stringTooLong());
    }
    return text;
  }

  private JsonToken next() throws IOException {
    try {
      return parser.nextToken();
    } catch (StreamConstraintsException e) {
      throw fatal(here(), "", FileMessages.refused(clean(e.getOriginalMessage())));
    } catch (JsonProcessingException e) {
      throw new Refusal(malformed(e));
    }
  }

  private FileProblem malformed(JsonProcessingException e) {
    MarkedYAMLException yaml = yamlCause(e);
    if (yaml != null) {
      Mark mark = yaml.getProblemMark() == null ? here()
          : new Mark(yaml.getProblemMark().getLine() + 1, yaml.getProblemMark().getColumn() + 1);
      String detail = clean(String.valueOf(yaml.getProblem()));
      if (yaml.getContext() != null && yaml.getContextMark() != null) {
        Mark context = new Mark(yaml.getContextMark().getLine() + 1, yaml.getContextMark().getColumn() + 1);
        detail += " (" + clean(yaml.getContext()) + " at " + context.describe() + ")";
      }
      return problem(mark, "", FileMessages.malformed(format, detail));
    }
    JsonLocation location = e.getLocation();
    Mark mark = location == null || location.getLineNr() < 1 ? here() : new Mark(location.getLineNr(), location.getColumnNr());
    return problem(mark, "", FileMessages.malformed(format, clean(e.getOriginalMessage())));
  }

  private static MarkedYAMLException yamlCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof MarkedYAMLException m) {
        return m;
      }
    }
    return null;
  }

  /** Jackson's message on one line, its source locations shortened to "line L, column C". */
  private static String clean(String message) {
    Matcher m = JACKSON_SOURCE.matcher(message);
    String shortened = m.replaceAll("line $1, column $2");
    return LINE_BREAKS.matcher(shortened).replaceAll(" ").strip();
  }

  private Mark here() {
    if (parser == null) {
      return Mark.NONE;
    }
    JsonLocation l = parser.currentTokenLocation();
    if (l == null || l.getLineNr() < 1) {
      l = parser.currentLocation();
    }
    return l == null || l.getLineNr() < 1 ? Mark.NONE : new Mark(l.getLineNr(), Math.max(l.getColumnNr(), 1));
  }

  private FileProblem problem(Mark mark, String path, String message) {
    return new FileProblem(file, mark.line(), mark.column(), path, message);
  }

  private Refusal fatal(Mark mark, String path, String message) {
    return new Refusal(problem(mark, path, message));
  }

  /** Ends a parse with the one problem that stopped it. */
  private static final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient FileProblem problem;

    Refusal(FileProblem problem) {
      super(problem.message(), null, false, false);
      this.problem = problem;
    }
  }
}
