package dev.readout.core.seed;

import dev.readout.core.model.Evidence;
import dev.readout.core.model.Source;
import dev.readout.core.model.SourceKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The two articles of the seed dataset, with their full texts read from the resources of this
 * package, and the shorthands that quote them.
 */
final class SeedSources {
  static final String US_VISIT_2024 = "vn-us-leahy-talks-2024";
  static final String ADMM_2022 = "vn-admm-bilaterals-2022";

  private static final String UNTITLED =
      "The copy is untitled and states no publisher, URL or date: the title here describes the"
          + " article, and the publisher and URL are left empty rather than guessed. ";

  private SeedSources() {}

  static Source usVisit2024() {
    return Source.builder()
        .id(US_VISIT_2024)
        .title("Vietnam's defence minister holds phone talks with former U.S. Senator Patrick Leahy"
            + " and meets embassy staff during his official visit to the U.S.")
        .sourceKind(SourceKind.NEWS_ARTICLE)
        .language("en")
        .published(SeedDates.US_VISIT_2024)
        .author("Thu Trang")
        .translator("Mai Huong")
        .text(text(US_VISIT_2024))
        .note(UNTITLED + "The publication date is inferred as September"
            + " 2024 (see the notes on the visit's evidence). Reported by Thu Trang from"
            + " Washington D.C. and translated by Mai Huong, as the text says.")
        .build();
  }

  static Source admm2022() {
    return Source.builder()
        .id(ADMM_2022)
        .title("Vietnam's defence minister meets the defence ministers of Indonesia, the U.S., the"
            + " Republic of Korea and India after the informal ASEAN–U.S. and ASEAN–India defence"
            + " ministers' meetings")
        .sourceKind(SourceKind.NEWS_ARTICLE)
        .language("en")
        .published(SeedDates.ADMM_2022)
        .translator("Mai Huong")
        .text(text(ADMM_2022))
        .note(UNTITLED + "The publication date is inferred as November"
            + " 2022 (see the notes on the meetings' evidence). The text names its translator, Mai"
            + " Huong, but no author.")
        .build();
  }

  /** Evidence quoting the 2024 article. */
  static Evidence us2024(String quote) {
    return Evidence.of(US_VISIT_2024, quote);
  }

  /** Evidence quoting the 2024 article, with a note. */
  static Evidence us2024(String quote, String note) {
    return Evidence.of(US_VISIT_2024, quote, note);
  }

  /** Evidence quoting the 2022 article. */
  static Evidence admm2022(String quote) {
    return Evidence.of(ADMM_2022, quote);
  }

  /** Evidence quoting the 2022 article, with a note. */
  static Evidence admm2022(String quote, String note) {
    return Evidence.of(ADMM_2022, quote, note);
  }

  /** Reads the article shipped as {@code <id>.txt} beside this class, as UTF-8. */
  private static String text(String id) {
    String name = id + ".txt";
    try (InputStream in = SeedSources.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("seed source text '" + name + "' must be on the class path beside "
            + SeedSources.class.getName() + ", but was missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("seed source text '" + name + "' could not be read", e);
    }
  }
}
