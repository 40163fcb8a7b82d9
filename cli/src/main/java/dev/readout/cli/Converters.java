package dev.readout.cli;

import dev.readout.core.model.CooperationArea;
import dev.readout.core.model.ModelException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The command line's own readings of values, whose messages say what was expected in words a user
 * knows (picocli's own name the Java exception, such as {@code DateTimeParseException}). The value
 * is quoted as given; the command escapes and shortens every line it prints ({@link Terminal}).
 */
final class Converters {
  private Converters() {}

  /** Registers the converters on the command and its subcommands. */
  static void register(CommandLine cl) {
    cl.registerConverter(LocalDate.class, date());
    cl.registerConverter(CooperationArea.class, area());
  }

  /** A day written {@code YYYY-MM-DD}. */
  static ITypeConverter<LocalDate> date() {
    return value -> {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("must be a day written YYYY-MM-DD, such as 2024-10-01, but was "
            + "'" + value + "'");
      }
    };
  }

  /** A cooperation area, a lowercase slug such as {@code war-legacy}. */
  static ITypeConverter<CooperationArea> area() {
    return value -> {
      try {
        return CooperationArea.of(value);
      } catch (ModelException e) {
        throw new TypeConversionException("must be a cooperation area written as a lowercase slug such as"
            + " war-legacy, but was '" + value + "'");
      }
    };
  }
}
