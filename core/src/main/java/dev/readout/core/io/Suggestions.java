package dev.readout.core.io;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean …?": the accepted word nearest to a misspelt one, when one is near enough. */
final class Suggestions {
  /** Words longer than this are no misspelling of a field name or constant, and cost too much to compare. */
  private static final int LONGEST = 64;

  private Suggestions() {}

  /**
   * The candidate that {@code given} most likely misspells: one that differs only in case and
   * separators ({@code native_name} for {@code nativeName}, {@code IN_PERSON} for
   * {@code in-person}), {@code kind} for any {@code …Kind}, or else the nearest within two edits
   * (one for words of up to four letters); the first such candidate wins a tie.
   *
   * @param given what the file says
   * @param candidates the accepted words, in the order to prefer them
   * @return the suggestion, or empty when none is near
   */
  static Optional<String> nearest(String given, Collection<String> candidates) {
    if (given.length() > LONGEST) {
      return Optional.empty();
    }
    String folded = fold(given);
    for (String c : candidates) {
      if (fold(c).equals(folded)) {
        return Optional.of(c);
      }
    }
    if (folded.endsWith("kind") && candidates.contains("kind")) {
      return Optional.of("kind");
    }
    int limit = given.length() <= 4 ? 1 : 2;
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = distance(given.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
      if (d <= limit && d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  private static String fold(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[-_\\s]", "");
  }

  /** The optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
