package dev.readout.core.model;

import java.util.List;
import java.util.Optional;

/**
 * A record whose analyst-written text (a title, a summary, a commitment's text) is in one language
 * and may carry {@link Translation}s into others. Quotes are not part of it: they stay verbatim.
 */
public interface Translated {
  /** {@return the ISO 639 code of the language the record's own text is written in; {@code en} by default} */
  String language();

  /** {@return the record's text in other languages, one translation a language} */
  List<Translation> translations();

  /**
   * Returns the translation into a language, if the record has one.
   *
   * @param language an ISO 639 code, e.g. {@code vi}
   * @return the translation, or empty
   */
  default Optional<Translation> translation(String language) {
    return translations().stream().filter(t -> t.language().equals(language)).findFirst();
  }
}
