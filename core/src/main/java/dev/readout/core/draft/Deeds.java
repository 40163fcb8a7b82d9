package dev.readout.core.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts what a commitment's phrase is followed by into the things to do it lists, as an analyst
 * encodes them one commitment each: "enhance exchange of delegations, bring into full play
 * dialogues, joint working groups, and information sharing, and uphold cooperation in training" is
 * three deeds, the second of them three items. A deed starts at a verb of {@link
 * CommitmentRules#DEEDS} after a comma ("…, promote …"), at its "-ing" form after a comma or
 * "especially", "including", "and then" or "with a focus on", or at "and" and a verb after four words
 * or more; a deed lists items after "cooperation in" or "into full play", separated by commas ("other
 * fields" dropped, "including …" kept with the item before).
 */
final class Deeds {
  private Deeds() {}

  /**
   * A thing to do: its span, and the span of its item when it is one of a list (else the same as
   * the deed's); the words before the item ("promote cooperation in ") are {@code start} to
   * {@code prefixEnd}.
   */
  record Deed(int start, int end, int prefixEnd, int itemStart, int itemEnd) {
    boolean isItem() {
      return itemStart != start || itemEnd != end;
    }
  }

  private static final String VERB;
  private static final String GERUND;

  static {
    List<String> plain = CommitmentRules.DEEDS;
    List<String> ing = new ArrayList<>();
    for (String v : plain) {
      ing.add(v.equals("step") ? "stepping" : v.endsWith("e") && !v.endsWith("ee") ? v.substring(0, v.length() - 1)
          + "ing" : v + "ing");
    }
    VERB = "(?:" + String.join("|", plain) + ")";
    GERUND = "(?:" + String.join("|", ing) + ")";
  }

  private static final Pattern AFTER_COMMA = Pattern.compile(",\\s+(?:and\\s+)?(?:then\\s+)?(?:to\\s+)?(?:(?:particularly|especially"
      + "|including|notably)\\s+(?=" + GERUND + "\\b))?(?=(?:\\p{Ll}+ly\\s+)?(?:" + VERB + "|" + GERUND + ")(?![\\p{L}-]))");
  private static final Pattern AND_THEN = Pattern.compile("\\s+(?:and then|with a focus on)\\s+(?=(?:" + VERB + "|"
      + GERUND + ")(?![\\p{L}-]))");
  private static final Pattern AND_VERB = Pattern.compile("\\s+and\\s+(?:to\\s+)?(?=" + VERB + "\\s+(?!and\\b)\\p{L})");
  private static final Pattern LIST_HEAD = Pattern.compile("(?:cooperation|collaboration|ties) (?:in|on) "
      + "(?!accordance|line with|order|the spirit|the framework|the basis)|into (?:full )?play ");
  private static final Pattern QUALIFIER = Pattern.compile("^(?:including|particularly|especially|such as|notably)\\b");

  /** The deeds of a stretch of text, in order. */
  static List<Deed> of(String text, int start, int end) {
    if (start >= end) {
      return List.of();
    }
    java.util.TreeMap<Integer, Integer> cuts = new java.util.TreeMap<>(); // where a deed starts → where the one before ends
    cuts.put(start, start);
    for (Pattern p : List.of(AFTER_COMMA, AND_THEN)) {
      Matcher m = p.matcher(text).region(start, end);
      while (m.find()) {
        if (topLevel(text, start, m.start())) {
          cuts.putIfAbsent(m.end(), m.start());
        }
      }
    }
    Matcher and = AND_VERB.matcher(text).region(start, end);
    while (and.find()) {
      int from = cuts.floorKey(and.start());
      if (text.substring(from, and.start()).trim().split("\\s+").length >= 4 && topLevel(text, start, and.start())) {
        cuts.putIfAbsent(and.end(), and.start());
      }
    }
    List<Integer> sorted = new ArrayList<>(cuts.keySet());
    List<Deed> deeds = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      int s = sorted.get(i);
      int e = i + 1 < sorted.size() ? cuts.get(sorted.get(i + 1)) : end;
      e = trimEnd(text, s, e);
      if (e > s) {
        items(text, s, e, deeds);
      }
    }
    return deeds;
  }

  private static void items(String text, int start, int end, List<Deed> into) {
    Matcher head = LIST_HEAD.matcher(text).region(start, end);
    if (!head.find()) {
      into.add(new Deed(start, end, start, start, end));
      return;
    }
    List<int[]> items = new ArrayList<>();
    int from = head.end();
    Matcher comma = Pattern.compile(",\\s+(?:and\\s+)?").matcher(text).region(from, end);
    while (comma.find()) {
      if (topLevel(text, from, comma.start())) {
        items.add(new int[] {from, comma.start()});
        from = comma.end();
      }
    }
    items.add(new int[] {from, end});
    List<int[]> kept = new ArrayList<>();
    for (int[] item : items) {
      String words = text.substring(item[0], item[1]);
      if (QUALIFIER.matcher(words).find() && !kept.isEmpty()) {
        kept.get(kept.size() - 1)[1] = item[1];
      } else if (!words.startsWith("other ")) {
        kept.add(item);
      }
    }
    if (kept.size() < 2) {
      into.add(new Deed(start, end, start, start, end));
      return;
    }
    for (int[] item : kept) {
      into.add(new Deed(start, end, head.end(), item[0], trimEnd(text, item[0], item[1])));
    }
  }

  /** Whether an offset is outside parentheses opened since {@code from}. */
  private static boolean topLevel(String text, int from, int at) {
    int depth = 0;
    for (int i = from; i < at; i++) {
      char c = text.charAt(i);
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
    }
    return depth <= 0;
  }

  /** The end of a stretch without the spaces, commas, stops and "and" it ends in. */
  static int trimEnd(String text, int start, int end) {
    int e = end;
    boolean changed = true;
    while (changed && e > start) {
      changed = false;
      while (e > start && " ,;:.\n".indexOf(text.charAt(e - 1)) >= 0 && !endsAbbreviation(text, start, e)) {
        e--;
        changed = true;
      }
      if (e - start >= 4 && text.substring(e - 4, e).equals(" and")) {
        e -= 4;
        changed = true;
      }
    }
    return e;
  }

  /** Whether the stretch ends in an abbreviation's stop, as "U.S." does. */
  private static boolean endsAbbreviation(String text, int start, int end) {
    return end - start >= 3 && text.charAt(end - 1) == '.' && Character.isUpperCase(text.charAt(end - 2))
        && text.charAt(end - 3) == '.';
  }
}
