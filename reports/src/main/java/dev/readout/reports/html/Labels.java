package dev.readout.reports.html;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;

/**
 * The few words the HTML renderer writes itself, per language: the names of the kinds of note, the
 * title of the endnotes, the text a screen reader says for a link back from a note, and the printed
 * page's footer. English is used for every language without its own entry.
 *
 * @param info the name of an {@code INFO} note
 * @param important the name of an {@code IMPORTANT} note
 * @param warning the name of a {@code WARNING} note
 * @param notes the heading above the endnotes
 * @param backToReference the back-link's label when a note is referred to once, {@code {0}} the
 *     note's number
 * @param backToReferences the back-link's label when a note is referred to more than once, {@code
 *     {0}} the note's number, {@code {1}} the number of the reference
 * @param pageOf the printed footer, {@code {0}} the page number and {@code {1}} the page count
 */
record Labels(String info, String important, String warning, String notes, String backToReference,
              String backToReferences, String pageOf) {

  private static final Labels ENGLISH = new Labels("Note", "Important", "Warning", "Notes",
      "Back to the text of note {0}", "Back to reference {1} of note {0}", "Page {0} of {1}");

  private static final Map<String, Labels> BY_LANGUAGE = Map.of(
      "en", ENGLISH,
      "vi", new Labels("Lưu ý", "Quan trọng", "Cảnh báo", "Ghi chú",
          "Quay lại chỗ dẫn ghi chú {0}", "Quay lại chỗ dẫn thứ {1} của ghi chú {0}", "Trang {0} / {1}"));

  /** Returns the labels of the locale's language, or English. */
  static Labels of(Locale locale) {
    return BY_LANGUAGE.getOrDefault(locale.getLanguage(), ENGLISH);
  }

  /** Returns the label of the link back to the {@code reference}-th reference to a note. */
  String backLink(int note, int reference, int references) {
    return references == 1 ? format(backToReference, note, reference) : format(backToReferences, note, reference);
  }

  private static String format(String pattern, int a, int b) {
    return new MessageFormat(pattern, Locale.ROOT).format(new Object[] {String.valueOf(a), String.valueOf(b)});
  }
}
