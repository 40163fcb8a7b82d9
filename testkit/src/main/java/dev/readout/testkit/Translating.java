package dev.readout.testkit;

import dev.readout.core.model.Translation;
import dev.readout.testkit.Plan.Languages;
import dev.readout.testkit.Plan.TranslationPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Languages for generated records: the language a record is written in, its translations — each
 * into another language, giving only texts its kind has — and native names in their own scripts.
 */
final class Translating {
  /** The languages records are written in and translated into. */
  static final List<String> LANGUAGES = List.of("en", "vi", "ko", "hi", "fr");

  /** A native name with the ISO 639 code of its language. */
  record Native(String name, String language) {}

  /** People's native names: Hangul, Devanagari, Vietnamese, Indonesian, Japanese. */
  static final List<Native> PEOPLE = List.of(new Native("이종섭", "ko"), new Native("राजनाथ सिंह", "hi"),
      new Native("Phan Văn Giang", "vi"), new Native("Prabowo Subianto", "id"), new Native("浜田靖一", "ja"));

  /** Organisations' native names, in the same languages. */
  static final List<Native> ORGANIZATIONS = List.of(new Native("국방부", "ko"), new Native("रक्षा मंत्रालय", "hi"),
      new Native("Bộ Quốc phòng", "vi"), new Native("Kementerian Pertahanan", "id"), new Native("防衛省", "ja"));

  /** How many native names a pool holds: a {@link Languages#script()} from 1 to this picks one. */
  static final int SCRIPTS = PEOPLE.size();

  /** The ISO 4217 currencies amounts are in. */
  static final List<String> CURRENCIES = List.of("USD", "EUR", "VND", "KRW", "INR", "JPY", "AUD", "IDR");

  private Translating() {}

  /** {@return the language a record is written in: Vietnamese or English} */
  static String language(Languages languages) {
    return languages.vietnamese() ? "vi" : "en";
  }

  /** {@return the native name a record's plan picks from a pool, if it picks one} */
  static Optional<Native> nativeName(Languages languages, List<Native> pool) {
    return languages.script() == 0 ? Optional.empty() : Optional.of(pool.get((languages.script() - 1) % pool.size()));
  }

  /**
   * The translations a plan asks for, each into a language other than the record's and the other
   * translations', giving at least one of the texts the kind has.
   *
   * @param languages the record's languages
   * @param texts the names of the texts the kind of record has ({@code title}, {@code summary}…)
   * @return the translations, at most one a language
   */
  static List<Translation> translations(Languages languages, List<String> texts) {
    List<String> others = new ArrayList<>(LANGUAGES);
    others.remove(language(languages));
    List<Translation> out = new ArrayList<>();
    for (TranslationPlan t : languages.translations()) {
      String into = others.get(t.language() % others.size());
      if (out.stream().noneMatch(x -> x.language().equals(into))) {
        out.add(translation(into, texts, t.fields(), t.first(), t.second()));
      }
    }
    return out;
  }

  /**
   * A translation giving the texts the bits of {@code fields} pick (the first text when they pick
   * none), alternately {@code first} and {@code second}.
   */
  static Translation translation(String language, List<String> texts, int fields, String first, String second) {
    Translation.Builder b = Translation.into(language);
    int mask = fields % (1 << texts.size());
    if (mask == 0) {
      mask = 1;
    }
    int given = 0;
    for (int i = 0; i < texts.size(); i++) {
      if ((mask & (1 << i)) != 0) {
        set(b, texts.get(i), given++ % 2 == 0 ? first : second);
      }
    }
    return b.build();
  }

  private static void set(Translation.Builder b, String field, String text) {
    switch (field) {
      case "title" -> b.title(Plan.oneLine(text));
      case "name" -> b.name(Plan.oneLine(text));
      case "summary" -> b.summary(text);
      case "text" -> b.text(text);
      case "occasion" -> b.occasion(text);
      case "place" -> b.place(text);
      case "condition" -> b.condition(text);
      case "honorific" -> b.honorific(text);
      default -> throw new IllegalArgumentException("field must be a text a translation gives, but was " + field);
    }
  }
}
