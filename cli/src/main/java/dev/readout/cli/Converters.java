package dev.readout.cli;

import dev.readout.core.dates.EdtfParseException;
import dev.readout.core.dates.PartialDate;
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
    cl.registerConverter(PartialDate.class, partialDate());
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

  /**
   * A day, month or year in EDTF, possibly marked uncertain or approximate ({@code 2022-11-23},
   * {@code 2022-11?}, {@code 2024}); the message says why another text is not one.
   */
  static ITypeConverter<PartialDate> partialDate() {
    return value -> {
      try {
        return PartialDate.parse(value);
      } catch (EdtfParseException e) {
        throw new TypeConversionException("must be an EDTF day, month or year such as 2022-11-23, 2022-11? or 2024,"
            + " but was '" + value + "' (" + reason(e.getMessage()) + ")");
      }
    };
  }

  /** The reason of a parse failure, without the text it quotes: {@code "x" is not an EDTF date: REASON}. */
  private static String reason(String message) {
    String mark = "EDTF date: ";
    int at = message.lastIndexOf(mark);
    return at < 0 ? message : message.substring(at + mark.length());
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
