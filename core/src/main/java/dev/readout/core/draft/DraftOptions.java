package dev.readout.core.draft;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.dates.PartialDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link Drafter#draft} needs to know of an article besides its text: when it was published
 * (what its relative dates count from), how its source record is to be named and described, and
 * the dataset it builds on, whose people, organisations and countries the article's mentions are
 * matched against.
 *
 * @param published the publication date, as precise and as sure as it is known ({@code
 *     2022-11-23}, {@code 2022-11?})
 * @param sourceId the id of the source record the draft makes, a slug such as {@code
 *     mnd-2022-11-23-bilaterals}; it must not be an id the base already has
 * @param title the source's title; empty to take the article's first sentence (marked for review)
 * @param publisher who published it, if known
 * @param url where it was published, if known
 * @param language the article's language, an ISO 639 code ({@code en}, {@code vi})
 * @param base the dataset the draft builds on, if any: its records can be referred to, and only
 *     the people, organisations and countries in it are recognised by name without review
 * @param home the side the article is written from (an ISO country code); empty to take the base's,
 *     or without a base to work it out from the article (the country whose people are named without a
 *     country before their titles), which the file's opening comment then says
 */
public record DraftOptions(PartialDate published, String sourceId, Optional<String> title,
    Optional<String> publisher, Optional<String> url, String language, Optional<Dataset> base,
    Optional<String> home) {

  /**
   * Checks that every value is given.
   *
   * @param published the publication date
   * @param sourceId the id of the source record
   * @param title the source's title, if given
   * @param publisher who published it, if known
   * @param url where it was published, if known
   * @param language the article's language
   * @param base the dataset the draft builds on, if any
   * @param home the side the article is written from, if given
   */
  public DraftOptions {
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(publisher, "publisher");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(home, "home");
  }

  /**
   * Returns options for an English article with the given publication date and source id, no
   * title, publisher or URL, and no base.
   *
   * @param published the publication date
   * @param sourceId the id of the source record
   * @return the options
   */
  public static DraftOptions of(PartialDate published, String sourceId) {
    return new DraftOptions(published, sourceId, Optional.empty(), Optional.empty(), Optional.empty(), "en",
        Optional.empty(), Optional.empty());
  }

  /**
   * {@return these options with the dataset the draft builds on}
   *
   * @param dataset the base
   */
  public DraftOptions withBase(Dataset dataset) {
    return new DraftOptions(published, sourceId, title, publisher, url, language, Optional.of(dataset), home);
  }

  /**
   * {@return these options with the article's language}
   *
   * @param code an ISO 639 code
   */
  public DraftOptions withLanguage(String code) {
    return new DraftOptions(published, sourceId, title, publisher, url, code, base, home);
  }

  /**
   * {@return these options with the source's title, publisher and URL, each where given}
   *
   * @param title the title, or null to keep this one
   * @param publisher the publisher, or null to keep this one
   * @param url the URL, or null to keep this one
   */
  public DraftOptions withSourceDetails(String title, String publisher, String url) {
    return new DraftOptions(published, sourceId, title == null ? this.title : Optional.of(title),
        publisher == null ? this.publisher : Optional.of(publisher), url == null ? this.url : Optional.of(url),
        language, base, home);
  }

  /**
   * {@return these options with the side the article is written from}
   *
   * @param code an ISO country code, such as {@code VN}
   */
  public DraftOptions withHome(String code) {
    return new DraftOptions(published, sourceId, title, publisher, url, language, base, Optional.of(code));
  }
}
