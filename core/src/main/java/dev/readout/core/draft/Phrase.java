package dev.readout.core.draft;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * The groups of one match of a {@link DateRule}, read as numbers: {@code year}, {@code from},
 * {@code to}, {@code month} (a number or an English name), {@code day}, {@code n} (digits or
 * English words, "35" or "thirty-five"), {@code hedge} and {@code weekday}. Valid only while its
 * matcher stays on the match.
 */
final class Phrase {
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
      Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
      Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

  private static final Map<String, Integer> NUMBERS = Map.ofEntries(
      Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
      Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
      Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
      Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
      Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
      Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
      Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
      Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
      Map.entry("ninety", 90));

  private final Matcher matcher;

  Phrase(Matcher matcher) {
    this.matcher = matcher;
  }

  int year() {
    return digits("year");
  }

  int from() {
    return digits("from");
  }

  int to() {
    return digits("to");
  }

  int day() {
    return digits("day");
  }

  /** The month, 1–12 when valid, from digits or an English name or abbreviation. */
  int month() {
    String month = group("month");
    if (Character.isDigit(month.charAt(0))) {
      return Integer.parseInt(month);
    }
    return MONTHS.get(month.substring(0, 3).toLowerCase(Locale.ROOT));
  }

  /** The count of years, from digits or words such as "thirty-five". */
  int count() {
    String n = group("n");
    if (Character.isDigit(n.charAt(0))) {
      return Integer.parseInt(n);
    }
    int sum = 0;
    for (String word : n.toLowerCase(Locale.ROOT).split("-")) {
      sum += NUMBERS.get(word);
    }
    return sum;
  }

  /** Tells whether the phrase hedges its number ("nearly", "about", "gần" …). */
  boolean hedged() {
    return group("hedge") != null;
  }

  DayOfWeek weekday() {
    return DayOfWeek.valueOf(group("weekday").toUpperCase(Locale.ROOT));
  }

  private int digits(String name) {
    return Integer.parseInt(group(name));
  }

  /** The group's text, or null when it did not take part or the rule has no such group. */
  private String group(String name) {
    try {
      return matcher.group(name);
    } catch (IllegalArgumentException noSuchGroup) {
      return null;
    }
  }
}
