package dev.readout.core.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link CanonicalTree} as canonical JSON with Jackson's generator: two spaces of
 * indentation, one value a line, {@code "key": value}, {@code \n} line ends and a final line end;
 * characters beyond ASCII are written as they are (the file is UTF-8), control characters escaped.
 */
final class JsonEmitter {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private JsonEmitter() {}

  /**
   * Writes a tree.
   *
   * @param tree maps with string keys, lists, strings, booleans, decimal numbers and nulls
   * @return the JSON text
   */
  static String emit(Map<String, Object> tree) {
    StringWriter writer = new StringWriter();
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator(""));
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    try (JsonGenerator g = FACTORY.createGenerator(writer)) {
      g.setPrettyPrinter(printer);
      value(g, tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return writer.append('\n').toString();
  }

  private static void value(JsonGenerator g, Object value) throws IOException {
    if (value == null) {
      g.writeNull();
    } else if (value instanceof String s) {
      g.writeString(s);
    } else if (value instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (value instanceof BigDecimal d) {
      g.writeNumber(d);
    } else if (value instanceof List<?> list) {
      g.writeStartArray();
      for (Object item : list) {
        value(g, item);
      }
      g.writeEndArray();
    } else {
      g.writeStartObject();
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        g.writeFieldName((String) entry.getKey());
        value(g, entry.getValue());
      }
      g.writeEndObject();
    }
  }
}
