package dev.readout.core.draft;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an article's text into sentences, keeping each sentence's offsets into the text and its
 * words verbatim, so that a quote taken from a sentence is found again in the text.
 *
 * <p>The JDK's {@link BreakIterator} for the article's locale finds the candidate ends; a blank
 * line always ends a sentence (captions and headings stand on their own lines). A candidate end
 * right after an abbreviation is dropped: titles ({@code Mr.}, {@code Gen.}, {@code Lt.},
 * {@code No.}, Vietnamese {@code TS.}, {@code TP.} …) and initials ({@code F.}) never end a
 * sentence; initialisms ({@code U.S.}, {@code U.N.}, {@code D.C.}) end one only when the next word
 * commonly starts a sentence ({@code The}, {@code He}, {@code For} …), as in "… visited the U.S.
 * The talks …"; and no sentence starts with a lower-case letter ("the U.S.'s staff"). English and
 * Vietnamese are what it is tested on.
 */
public final class Sentences {
  /** Words ending in a full stop that do not end a sentence. */
  private static final Set<String> TITLES = Set.of(
      "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Sen.", "Rep.", "Gov.", "Amb.", "Pres.", "Gen.",
      "Lt.", "Col.", "Maj.", "Capt.", "Cmdr.", "Adm.", "Sgt.", "Cpl.", "Pvt.", "Brig.", "Rev.",
      "St.", "Jr.", "Sr.", "No.", "Nos.", "Vol.", "Art.", "Fig.", "vs.", "e.g.", "i.e.", "cf.",
      "approx.", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.",
      "Nov.", "Dec.", "Inc.", "Corp.", "Co.", "Ltd.",
      "TS.", "ThS.", "PGS.", "GS.", "BS.", "KS.", "TP.", "Tp.");

  /** Capitalised words that commonly start an English sentence. */
  private static final Set<String> STARTERS = Set.of(
      "The", "A", "An", "He", "She", "It", "They", "We", "I", "This", "That", "These", "Those",
      "His", "Her", "Its", "Their", "Our", "In", "On", "At", "During", "After", "Before", "But",
      "And", "However", "Meanwhile", "Also", "According", "Both", "Earlier", "Later", "For",
      "With", "As", "When", "While", "There", "Given", "Regarding", "Noting", "Through", "Since",
      "Under", "To", "From", "So", "Yet", "Such", "Many", "Each", "All", "Other");

  private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.)+");
  private static final Pattern BLANK_LINE = Pattern.compile("\\R[\\h]*\\R\\s*");
  private static final Pattern LAST_WORD = Pattern.compile("(\\S+)\\s*$");
  private static final Pattern FIRST_WORD = Pattern.compile("^\\s*[\"“‘(]?(\\p{L}+)");

  private Sentences() {}

  /**
   * Splits the text into sentences.
   *
   * @param text the article's text
   * @param locale the article's language, such as {@code Locale.ENGLISH} or
   *     {@code Locale.forLanguageTag("vi")}
   * @return the sentences in text order, none empty, each without the white space around it
   * @throws NullPointerException if the text or locale is null
   */
  public static List<Sentence> split(String text, Locale locale) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(locale, "locale");
    List<Sentence> sentences = new ArrayList<>();
    Matcher blank = BLANK_LINE.matcher(text);
    int block = 0;
    while (blank.find()) {
      splitBlock(text, block, blank.start(), locale, sentences);
      block = blank.end();
    }
    splitBlock(text, block, text.length(), locale, sentences);
    return List.copyOf(sentences);
  }

  /** Splits {@code text[from, to)}, a block with no blank line in it, into sentences. */
  private static void splitBlock(
      String text, int from, int to, Locale locale, List<Sentence> sentences) {
    String block = text.substring(from, to);
    BreakIterator breaks = BreakIterator.getSentenceInstance(locale);
    breaks.setText(block);
    int start = breaks.first();
    for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
      if (end < block.length() && continues(block.substring(start, end), block.substring(end))) {
        continue;
      }
      add(text, from + start, from + end, sentences);
      start = end;
    }
  }

  /** Tells whether a sentence that seems to end with {@code before} goes on into {@code after}. */
  private static boolean continues(String before, String after) {
    Matcher next = FIRST_WORD.matcher(after);
    boolean nextFound = next.find();
    if (nextFound && Character.isLowerCase(next.group(1).charAt(0))) {
      return true; // no sentence starts in lower case, as after "the U.S.'s"
    }
    Matcher last = LAST_WORD.matcher(before);
    if (!last.find() || before.substring(last.end(1)).contains("\n")) {
      return false;
    }
    String word = last.group(1).replaceFirst("^[\"“‘(\\[]+", "");
    if (TITLES.contains(word)) {
      return true;
    }
    if (!INITIALS.matcher(word).matches()) {
      return false;
    }
    if (word.length() == 2) {
      return true; // one initial, as in "John F. Kennedy"
    }
    return !(nextFound && STARTERS.contains(next.group(1)));
  }

  private static void add(String text, int start, int end, List<Sentence> sentences) {
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      sentences.add(new Sentence(start, end, text.substring(start, end)));
    }
  }

  /** White space, including the no-break space that copied web text often carries. */
  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
