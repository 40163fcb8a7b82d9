package dev.readout.core.draft;

import dev.readout.core.dates.DateInterval;
import dev.readout.core.dates.EdtfDate;
import dev.readout.core.dates.PartialDate;
import dev.readout.core.dates.Qualifier;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date expressions of an article's text and resolves them against its publication date,
 * the way an analyst does by hand: "next year" in an article of 2022 is 2023; "this December" is
 * December of the article's year; "over the past 35 years" in an article of 2024 is 1989/2024.
 * English and Vietnamese wording is recognised, as listed in one table ({@code DateRules}).
 *
 * <p>What is counted from the publication date carries its marks: in an article dated
 * {@code 2022-11?}, "next year" is {@code 2023?}. One exception follows the seed's judgement:
 * when a phrase counted from an uncertain publication year resolves to a year that its own
 * sentence states ("the expo of 2022, slated for this December"), the year is taken as stated and
 * not marked uncertain. A phrase that lacks what it is counted from ("next month" in an article
 * dated to the year) or names no date ("in the coming time") is reported unresolved, with a note
 * that says why; nothing is guessed that the text does not say.
 *
 * <p>The text should be in Unicode NFC, as the model stores source texts: Vietnamese wording
 * written with combining marks is not recognised. Offsets are into the text as given.
 */
public final class DateExpressions {
  private static final Pattern STATED_YEAR = Pattern.compile("(?<![\\d/–—-])(\\d{4})(?![\\d/–—-])");

  private DateExpressions() {}

  /**
   * Finds and resolves the date expressions of a text.
   *
   * @param text the article's text, in Unicode NFC
   * @param published the article's publication date, as precise and as sure as it is known
   *     ({@code 2022-11-23}, {@code 2022-11?}, {@code 2024?})
   * @return the expressions in text order, none overlapping another
   * @throws NullPointerException if the text or the date is null
   */
  public static List<DateExpression> find(String text, PartialDate published) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(published, "published");
    List<Sentence> sentences = Sentences.split(text, Locale.ROOT);
    BitSet claimed = new BitSet(text.length());
    List<DateExpression> found = new ArrayList<>();
    for (DateRule rule : DateRules.RULES) {
      Matcher matcher = rule.pattern().matcher(text);
      while (matcher.find()) {
        if (claimed.get(matcher.start(), matcher.end()).isEmpty()) {
          claimed.set(matcher.start(), matcher.end());
          found.add(resolve(rule, matcher, text, published, sentences));
        }
      }
    }
    found.sort(Comparator.comparingInt(DateExpression::start));
    return List.copyOf(found);
  }

  private static DateExpression resolve(
      DateRule rule, Matcher matcher, String text, PartialDate published, List<Sentence> sentences) {
    int start = matcher.start();
    int end = matcher.end();
    String phrase = text.substring(start, end);
    Basis basis = rule.basis();
    if (basis == Basis.NONE) {
      return unresolved(start, end, phrase, rule, fill(rule.note(), phrase, "", "", ""));
    }
    if (!basis.isAvailable(published)) {
      return unresolved(
          start, end, phrase, rule, DraftMessages.needs(phrase, basis.part(), published));
    }
    EdtfDate date;
    try {
      date = rule.reckoner().reckon(new Phrase(matcher), published);
    } catch (IllegalArgumentException notADate) {
      return unresolved(
          start, end, phrase, rule, DraftMessages.invalid(phrase, notADate.getMessage()));
    }
    String stated = "";
    if (basis.isRelative()) {
      date = carry(date, published);
      if (basis == Basis.YEAR && date instanceof PartialDate single && published.isUncertain()
          && statesYear(sentences, start, text, single.year())) {
        date = single.withQualifier(single.isApproximate() ? Qualifier.APPROXIMATE : Qualifier.NONE);
        stated = DraftMessages.yearStated(single.year());
      }
    }
    String note = fill(rule.note(), phrase, article(basis, published), plain(date), hedge(date))
        + stated;
    return new DateExpression(start, end, phrase, Optional.of(date), rule.name(), note);
  }

  private static DateExpression unresolved(
      int start, int end, String phrase, DateRule rule, String note) {
    return new DateExpression(start, end, phrase, Optional.empty(), rule.name(), note);
  }

  /** Marks the date as uncertain or approximate where the publication date is. */
  private static EdtfDate carry(EdtfDate date, PartialDate published) {
    if (date instanceof PartialDate single) {
      return carry(single, published);
    }
    DateInterval interval = (DateInterval) date;
    return DateInterval.of(
        interval.startBound(), interval.start().map(d -> carry(d, published)),
        interval.endBound(), interval.end().map(d -> carry(d, published)));
  }

  private static PartialDate carry(PartialDate date, PartialDate published) {
    PartialDate marked = published.isUncertain() ? date.uncertain() : date;
    return published.isApproximate() ? marked.approximate() : marked;
  }

  /** Tells whether the sentence around {@code offset} states the year as a number of its own. */
  private static boolean statesYear(List<Sentence> sentences, int offset, String text, int year) {
    String sentence = sentences.stream()
        .filter(s -> s.contains(offset))
        .map(Sentence::text)
        .findFirst()
        .orElse(text);
    Matcher years = STATED_YEAR.matcher(sentence);
    while (years.find()) {
      if (Integer.parseInt(years.group(1)) == year) {
        return true;
      }
    }
    return false;
  }

  /** The publication date as a note names it: "the article's inferred year 2022". */
  private static String article(Basis basis, PartialDate published) {
    if (!basis.isRelative()) {
      return "";
    }
    String marks = published.isUncertain()
        ? (published.isApproximate() ? "inferred, approximate " : "inferred ")
        : (published.isApproximate() ? "approximate " : "");
    return "the article's " + marks + basis.part() + " " + basis.cut(published);
  }

  /** The date's text without its marks: {@code 2023} for {@code 2023?}. */
  private static String plain(EdtfDate date) {
    if (date instanceof PartialDate single) {
      return single.withQualifier(Qualifier.NONE).toString();
    }
    DateInterval interval = (DateInterval) date;
    return DateInterval.of(
            interval.startBound(), interval.start().map(d -> d.withQualifier(Qualifier.NONE)),
            interval.endBound(), interval.end().map(d -> d.withQualifier(Qualifier.NONE)))
        .toString();
  }

  /** ", uncertain", ", approximate", ", uncertain and approximate" or nothing. */
  private static String hedge(EdtfDate date) {
    if (date.isUncertain()) {
      return date.isApproximate() ? ", uncertain and approximate" : ", uncertain";
    }
    return date.isApproximate() ? ", approximate" : "";
  }

  private static String fill(
      String template, String phrase, String article, String date, String hedge) {
    return template
        .replace("{article}", article)
        .replace("{date}", date)
        .replace("{hedge}", hedge)
        .replace("{phrase}", phrase);
  }
}
