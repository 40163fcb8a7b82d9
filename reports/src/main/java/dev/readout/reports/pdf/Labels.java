package dev.readout.reports.pdf;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;

/**
 * The few words the PDF renderer writes itself, per language: the page footer and the title of
 * the endnotes. English is used for every language without its own entry.
 *
 * @param pageOf the footer pattern, {@code {0}} the page number and {@code {1}} the page count
 * @param notes the heading above the endnotes
 */
record Labels(String pageOf, String notes) {

  private static final Labels ENGLISH = new Labels("Page {0} of {1}", "Notes");

  private static final Map<String, Labels> BY_LANGUAGE = Map.of(
      "en", ENGLISH,
      "vi", new Labels("Trang {0} / {1}", "Ghi chú"));

  /** Returns the labels of the locale's language, or English. */
  static Labels of(Locale locale) {
    return BY_LANGUAGE.getOrDefault(locale.getLanguage(), ENGLISH);
  }

  /** Returns the footer text, numbers written with ASCII digits and no grouping. */
  String pageOf(int page, int pages) {
    return new MessageFormat(pageOf, Locale.ROOT).format(new Object[] {String.valueOf(page), String.valueOf(pages)});
  }
}
