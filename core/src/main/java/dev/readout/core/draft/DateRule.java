package dev.readout.core.draft;

import java.util.regex.Pattern;

/**
 * One row of {@link DateRules}: the wording a rule recognises, what it counts from, how it works
 * out the date, and the note that says so.
 *
 * @param name a short name, shown with every expression the rule finds
 * @param basis what the date is counted from
 * @param regex the wording, as written in the table (a space stands for any run of white space)
 * @param pattern the compiled wording
 * @param reckoner works out the date; unused when the basis is {@link Basis#NONE}
 * @param note the note's template: {@code {phrase}}, {@code {article}} (the publication date as
 *     counted from), {@code {date}} (the result without its marks) and {@code {hedge}} (",
 *     uncertain", ", approximate" or nothing)
 */
record DateRule(
    String name, Basis basis, String regex, Pattern pattern, Reckoner reckoner, String note) {

  private static final int FLAGS =
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

  /** Creates a rule, compiling its wording with a word boundary in front. */
  static DateRule of(String name, Basis basis, String regex, Reckoner reckoner, String note) {
    Pattern pattern = Pattern.compile("\\b" + regex.replace(" ", "\\s+"), FLAGS);
    return new DateRule(name, basis, regex, pattern, reckoner, note);
  }
}
