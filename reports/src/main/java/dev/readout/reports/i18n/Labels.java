package dev.readout.reports.i18n;

import dev.readout.core.dates.Bound;
import dev.readout.core.dates.DateInterval;
import dev.readout.core.dates.EdtfDate;
import dev.readout.core.dates.PartialDate;
import dev.readout.core.dates.Qualifier;
import dev.readout.core.model.CooperationArea;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.TreeSet;

/**
 * The labels of one report language, from the bundle {@code dev/readout/reports/i18n/labels_xx.properties}.
 * Never falls back to the JVM's default locale: a language either has its bundle or is refused.
 * Immutable and thread-safe.
 */
public final class Labels {

  private final Locale locale;
  private final ResourceBundle bundle;

  private Labels(Locale locale, ResourceBundle bundle) {
    this.locale = locale;
    this.bundle = bundle;
  }

  /**
   * Returns the labels of a language.
   *
   * @param language a BCP 47 language tag such as {@code en} or {@code vi}
   * @return the labels
   * @throws IllegalArgumentException if Readout has no bundle for the language
   */
  public static Labels of(String language) {
    Locale locale = Locale.forLanguageTag(language);
    String code = locale.getLanguage();
    if (code.isEmpty() || Labels.class.getResource("labels_" + code + ".properties") == null) {
      throw new IllegalArgumentException(
          "language must be one of " + supportedLanguages() + ", but was '" + language + "'");
    }
    return new Labels(new Locale(code), bundle(code));
  }

  /**
   * Reads one language's bundle, UTF-8, and nothing else: no parent bundle, no fallback to the JVM's
   * default locale. Read directly rather than through {@code ResourceBundle.getBundle}, whose
   * no-fallback {@code Control} is refused inside a named module.
   */
  private static ResourceBundle bundle(String code) {
    String name = "labels_" + code + ".properties";
    try (InputStream in = Labels.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("label bundle " + name + " must be beside " + Labels.class.getName());
      }
      return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("label bundle " + name + " could not be read", e);
    }
  }

  /** {@return the languages that have a bundle, as sorted ISO 639 codes} */
  public static List<String> supportedLanguages() {
    TreeSet<String> codes = new TreeSet<>();
    for (String code : Locale.getISOLanguages()) {
      if (Labels.class.getResource("labels_" + code + ".properties") != null) {
        codes.add(code);
      }
    }
    return List.copyOf(codes);
  }

  /**
   * Tells whether this language's bundle has a label.
   *
   * @param key the label's key
   * @return true when {@link #get} finds it
   */
  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  /**
   * Returns a common term — a rank, an honorific, a title such as "Minister of National Defence" —
   * in this language, from the bundle's vocabulary ({@code term.<slug>}, the slug being the English
   * term in lower case with every run of other characters a hyphen), or the term as given when the
   * vocabulary lacks it.
   *
   * @param term the term as the data writes it, in English
   * @return the term in this language
   */
  public String term(String term) {
    String key = "term." + term.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
    return bundle.containsKey(key) ? bundle.getString(key) : term;
  }

  /**
   * Returns an honorific or rank in this language ({@link #term}): "General" is "Đại tướng" in
   * Vietnamese.
   *
   * @param honorific the honorific as the data writes it
   * @return it in this language
   */
  public String honorific(String honorific) {
    return term(honorific);
  }

  /** {@return the language of these labels} */
  public Locale locale() {
    return locale;
  }

  /** {@return the BCP 47 tag of the language, e.g. {@code vi}} */
  public String language() {
    return locale.toLanguageTag();
  }

  /** {@return every key of this language's bundle, sorted} */
  public List<String> keys() {
    List<String> keys = new ArrayList<>(bundle.keySet());
    Collections.sort(keys);
    return keys;
  }

  /**
   * Returns a label with its placeholders {@code {0}}, {@code {1}}… filled in.
   *
   * <p>A count is given as a number: a placeholder writes it as the language writes numbers
   * ("1,495" in English, "1.495" in Vietnamese), and a label whose words change with the count
   * chooses them by it ({@code {0,choice,1#1 source|1<{0,number,integer} sources}}), so "1 source"
   * and "2 sources" come from one label and a language whose nouns do not change (Vietnamese)
   * writes {@code {0} nguồn}. Apostrophes in a label are text, never {@link MessageFormat}'s quotes.
   *
   * @param key the label's key
   * @param args the values for the placeholders: text, or numbers for counts
   * @return the label
   * @throws MissingResourceException if the bundle lacks the key
   */
  public String get(String key, Object... args) {
    String pattern = bundle.getString(key);
    if (args.length == 0) {
      return pattern;
    }
    return new MessageFormat(pattern.replace("'", "''"), locale).format(args);
  }

  /**
   * Returns the label of an enum value, from the key {@code enum.<Type>.<CONSTANT>}.
   *
   * @param value the value
   * @return e.g. "in person" or "trực tiếp"
   */
  public String label(Enum<?> value) {
    return bundle.getString("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
  }

  /**
   * Returns the label of a cooperation area: the bundle's for a well-known area, the id with
   * spaces for a dataset's own.
   *
   * @param area the area
   * @return e.g. "war legacy"
   */
  public String area(CooperationArea area) {
    String key = "area." + area.id();
    return bundle.containsKey(key) ? bundle.getString(key) : area.id().replace('-', ' ');
  }

  /**
   * Returns a country's name in this language, from the JDK's locale data.
   *
   * @param code ISO 3166-1 alpha-2 code
   * @return e.g. "United States" or "Hoa Kỳ"
   */
  public String country(String code) {
    // The bundle may give a country the name its ministries print, where the JDK's differs.
    String key = "country." + code;
    return bundle.containsKey(key) ? bundle.getString(key) : new Locale("", code).getDisplayCountry(locale);
  }

  /**
   * Returns a comparator of texts in this language's alphabetical order.
   *
   * @return a collator-backed comparator
   */
  public Comparator<String> alphabetical() {
    Collator collator = Collator.getInstance(locale);
    Comparator<String> byCollation = (a, b) -> collator.getCollationKey(a).compareTo(collator.getCollationKey(b));
    return byCollation.thenComparing(Comparator.naturalOrder());
  }

  /**
   * Formats a day, e.g. "22 November 2022" or "22 tháng 11 năm 2022".
   *
   * @param day the day
   * @return the day in this language
   */
  public String day(LocalDate day) {
    return calendar(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
  }

  /**
   * Formats a partial date or interval honestly: only the precision the date has, with inferred
   * ({@code ?}) and approximate ({@code ~}) dates marked, e.g. "November 2022 (inferred)",
   * "2022–2024", "from 2025".
   *
   * @param date the date
   * @return the date in this language
   */
  public String date(EdtfDate date) {
    if (date instanceof PartialDate) {
      return partial((PartialDate) date);
    }
    DateInterval interval = (DateInterval) date;
    String start = interval.start().map(this::partial).orElse("");
    String end = interval.end().map(this::partial).orElse("");
    if (interval.startBound() == Bound.DATE && interval.endBound() == Bound.DATE) {
      PartialDate a = interval.start().orElseThrow();
      PartialDate b = interval.end().orElseThrow();
      if (isPlainYear(a) && isPlainYear(b)) {
        return get("date.range", Integer.toString(a.year()), Integer.toString(b.year()));
      }
      return get("date.range", start, end);
    }
    if (interval.startBound() == Bound.DATE) {
      return get(interval.endBound() == Bound.OPEN ? "date.openEnd" : "date.unknownEnd", start);
    }
    return get(interval.startBound() == Bound.OPEN ? "date.openStart" : "date.unknownStart", end);
  }

  /**
   * Formats a date that stands in parentheses of the text around it, as {@link #date} does, with
   * the date's own parentheses made brackets, as parentheses within parentheses are written: "at
   * Indonesia's ASEAN Chairmanship (2023 [inferred])", never "(2023 (inferred))". A date's words
   * are numbers, month names and its qualifiers, so the only parentheses are the qualifiers'.
   *
   * @param date the date
   * @return the date in this language, with brackets for parentheses
   */
  public String dateInParentheses(EdtfDate date) {
    return date(date).replace('(', '[').replace(')', ']');
  }

  private static boolean isPlainYear(PartialDate date) {
    return date.month().isEmpty() && date.qualifier() == Qualifier.NONE;
  }

  private String partial(PartialDate date) {
    String plain = calendar(date.year(), date.month().orElse(0), date.day().orElse(0));
    return switch (date.qualifier()) {
      case NONE -> plain;
      case UNCERTAIN -> get("date.inferred", plain);
      case APPROXIMATE -> get("date.approximate", plain);
      case UNCERTAIN_AND_APPROXIMATE -> get("date.inferredApproximate", plain);
    };
  }

  private String calendar(int year, int month, int day) {
    String y = String.format(Locale.ROOT, "%04d", year);
    if (month == 0) {
      return get("date.year", "", "", y, "");
    }
    String monthName = get("month." + month);
    if (day == 0) {
      return get("date.month", "", monthName, y, Integer.toString(month));
    }
    return get("date.day", Integer.toString(day), monthName, y, Integer.toString(month));
  }
}
