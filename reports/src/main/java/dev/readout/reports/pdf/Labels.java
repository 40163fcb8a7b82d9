package dev.readout.reports.pdf;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;

/**
 * The few words the PDF renderer writes itself, per language: the page footer and the title of
 * the endnotes. English is used for every language without its own entry.
 *
 * @param pageOf the footer pattern, {@code {0}} the page number and {@code {1}} the page count, which
 *     comes after it
 * @param notes the heading above the endnotes
 */
record Labels(String pageOf, String notes) {

  private static final Labels ENGLISH = new Labels("Page {0} of {1}", "Notes");

  private static final Map<String, Labels> BY_LANGUAGE = Map.of(
      "en", ENGLISH,
      "vi", new Labels("Trang {0} / {1}", "Ghi chú"));

  Labels {
    int page = pageOf.indexOf("{0}");
    if (page < 0 || pageOf.indexOf("{1}") < page) {
      // The footer draws the count last, once it is known (see PageFurniture).
      throw new IllegalArgumentException("the page count must follow the page number: " + pageOf);
    }
  }

  /** Returns the labels of the locale's language, or English. */
  static Labels of(Locale locale) {
    return BY_LANGUAGE.getOrDefault(locale.getLanguage(), ENGLISH);
  }

  /** Returns the footer's text up to the page count: "Page 3 of ". */
  String pageNumber(int page) {
    return format(pageOf.substring(0, countAt()), page);
  }

  /** Returns the footer's text from the page count on: "12". */
  String pageCount(int pages) {
    return format(pageOf.substring(countAt()).replace("{1}", "{0}"), pages);
  }

  private int countAt() {
    return pageOf.indexOf("{1}");
  }

  private static String format(String pattern, int number) {
    return new MessageFormat(pattern, Locale.ROOT).format(new Object[] {String.valueOf(number)});
  }
}
