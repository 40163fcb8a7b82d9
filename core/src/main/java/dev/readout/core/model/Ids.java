package dev.readout.core.model;

import dev.readout.core.internal.Slugs;
import java.util.Locale;
import java.util.Set;

/** Checks of ids and references shared by the model's values. */
final class Ids {
  private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

  private Ids() {}

  static boolean isSlug(String id) {
    return Slugs.isSlug(id);
  }

  static void requireSlug(RecordKind kind, String field, String id) {
    if (!isSlug(id)) {
      throw new ModelException(ModelMessages.notSlug(kind.label(), field, id));
    }
  }

  /**
   * Checks that a code is an ISO 639 language code the JDK knows (two letters, or three for a
   * language without a two-letter code), such as {@code en}, {@code vi} or {@code ko}.
   */
  static void requireLanguage(String owner, String field, String code) {
    if (!isLanguage(code)) {
      throw new ModelException(ModelMessages.notLanguage(owner, field, code));
    }
  }

  /** Whether a code is an ISO 639 language code the JDK knows, lower case. */
  static boolean isLanguage(String code) {
    if (code.length() == 2) {
      return LANGUAGES.contains(code);
    }
    return code.length() == 3 && code.chars().allMatch(c -> c >= 'a' && c <= 'z');
  }

  /** Checks a record's language and that its translations give each language once. */
  static void requireTranslations(String owner, String language, java.util.List<Translation> translations) {
    requireLanguage(owner, "language", language);
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Translation t : translations) {
      if (!seen.add(t.language())) {
        throw new ModelException(ModelMessages.translationTwice(owner,
            translations.stream().map(Translation::language).toList()));
      }
    }
  }

  /** Whether a side is a country's ISO code or an organisation's id. */
  static boolean isSide(String side) {
    return Country.isCode(side) || isSlug(side);
  }

  /** Checks that a side is a country's ISO code or an organisation's id. */
  static void requireSide(String owner, String side) {
    if (!isSide(side)) {
      throw new ModelException(ModelMessages.notSide(owner, side));
    }
  }

  static void requireText(String owner, String field, String value) {
    if (value.isBlank()) {
      throw new ModelException(ModelMessages.blank(owner, field));
    }
  }

  /**
   * Checks that a title or name is not blank and is one line: no line feed, carriage return, line
   * separator or paragraph separator (a YAML block scalar gives one), which no renderer can put in
   * a heading, a running header or a bookmark. Other control characters are left to the renderers,
   * which leave out what a format forbids and say so.
   */
  static void requireLine(String owner, String field, String value) {
    requireText(owner, field, value);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
        throw new ModelException(ModelMessages.notOneLine(owner, field, value));
      }
    }
  }
}
