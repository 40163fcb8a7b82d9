package dev.readout.reports.doc;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The null and emptiness checks every compact constructor of the model shares. */
final class Checks {
  private Checks() {}

  static <T> T notNull(T value, String what) {
    if (value == null) {
      throw new DocumentException(Messages.mustNotBeNull(what));
    }
    return value;
  }

  /** The array as a list, or null when it is null (the list check then reports it). */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array only becomes a read-only list view
  static <T> List<T> array(T... values) {
    return values == null ? null : Arrays.asList(values);
  }

  /** Returns an unmodifiable copy of the list, after checking that neither it nor an element is null. */
  static <T> List<T> list(List<T> values, String what) {
    notNull(values, what);
    for (T value : values) {
      if (value == null) {
        throw new DocumentException(Messages.mustNotContainNull(what));
      }
    }
    return List.copyOf(values);
  }

  /** Like {@link #list}, and the list must hold at least one element. */
  static <T> List<T> nonEmptyList(List<T> values, String what) {
    List<T> copy = list(values, what);
    if (copy.isEmpty()) {
      throw new DocumentException(Messages.mustNotBeEmpty(what));
    }
    return copy;
  }

  static String notBlank(String value, String what) {
    notNull(value, what);
    if (value.isBlank()) {
      throw new DocumentException(Messages.mustNotBeBlank(what, value));
    }
    return value;
  }

  /** The optional must not be null, and a present value must not be blank. */
  static Optional<String> optionalNotBlank(Optional<String> value, String what) {
    notNull(value, what);
    value.ifPresent(v -> notBlank(v, what));
    return value;
  }

  /** The rule must hold; else a {@link DocumentException} saying "{@code what rule}". */
  static void require(boolean rule, String what, String ruleText) {
    if (!rule) {
      throw new DocumentException(Messages.outOfRange(what, ruleText));
    }
  }

  static int level(int level, String what) {
    if (level < 1 || level > 3) {
      throw new DocumentException(Messages.levelOutOfRange(what, level));
    }
    return level;
  }
}
