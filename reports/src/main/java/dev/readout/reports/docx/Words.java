package dev.readout.reports.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The few words the DOCX renderer writes itself, by language. A language missing here gets English.
 * Patterns name their fields {@code {0}} (the page number) and {@code {1}} (the number of pages).
 */
final class Words {
  private static final Map<String, String> PAGE_OF_PAGES = Map.of(
      "en", "Page {0} of {1}",
      "vi", "Trang {0} / {1}");
  private static final Pattern FIELD = Pattern.compile("\\{([01])\\}");

  private Words() {}

  /** The footer pattern for a locale, such as "Page {0} of {1}". */
  static String pageOfPages(Locale locale) {
    return PAGE_OF_PAGES.getOrDefault(locale.getLanguage(), PAGE_OF_PAGES.get("en"));
  }

  /**
   * Splits a pattern into its literal texts and fields: each element is either a text or one of
   * the strings {@code "{0}"} and {@code "{1}"}; empty texts are left out.
   */
  static List<String> split(String pattern) {
    List<String> parts = new ArrayList<>();
    Matcher m = FIELD.matcher(pattern);
    int start = 0;
    while (m.find()) {
      if (m.start() > start) {
        parts.add(pattern.substring(start, m.start()));
      }
      parts.add(m.group());
      start = m.end();
    }
    if (start < pattern.length()) {
      parts.add(pattern.substring(start));
    }
    return List.copyOf(parts);
  }
}
