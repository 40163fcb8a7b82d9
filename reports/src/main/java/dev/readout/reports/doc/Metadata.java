package dev.readout.reports.doc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a document is: title and the facts a renderer writes into the file's properties, running
 * headers and {@link Cover}.
 *
 * @param title the document's title, not blank
 * @param subtitle a subtitle, if any; not blank
 * @param author the person who wrote it, if known; not blank
 * @param organisation the organisation it comes from, if known; not blank
 * @param date the date it speaks as of, if any
 * @param language the language of its text as a well-formed BCP 47 tag ({@code en}, {@code vi},
 *     {@code en-GB}), as given; {@code en} by default
 * @param classification the classification marking shown on every page, such as {@code
 *     UNCLASSIFIED}, if any; not blank
 * @param keywords keywords for the file's properties, in order; none blank
 */
public record Metadata(
    String title,
    Optional<String> subtitle,
    Optional<String> author,
    Optional<String> organisation,
    Optional<LocalDate> date,
    String language,
    Optional<String> classification,
    List<String> keywords) {

  /** The language of a document whose metadata does not say: {@value}. */
  public static final String DEFAULT_LANGUAGE = "en";

  /**
   * Creates metadata.
   *
   * @param title the title, not blank
   * @param subtitle a subtitle, or empty
   * @param author an author, or empty
   * @param organisation an organisation, or empty
   * @param date a date, or empty
   * @param language a well-formed BCP 47 language tag
   * @param classification a classification marking, or empty
   * @param keywords keywords; none null or blank
   * @throws DocumentException if a rule is broken
   */
  public Metadata {
    Checks.notBlank(title, "metadata title");
    subtitle = Checks.optionalNotBlank(subtitle, "metadata subtitle");
    author = Checks.optionalNotBlank(author, "metadata author");
    organisation = Checks.optionalNotBlank(organisation, "metadata organisation");
    Checks.notNull(date, "metadata date");
    checkLanguage(language);
    classification = Checks.optionalNotBlank(classification, "metadata classification");
    keywords = Checks.list(keywords, "metadata keywords");
    keywords.forEach(k -> Checks.notBlank(k, "metadata keyword"));
  }

  /**
   * Returns metadata with a title only, in the default language.
   *
   * @param title the title, not blank
   * @return the metadata
   */
  public static Metadata of(String title) {
    return builder().title(title).build();
  }

  /**
   * Returns a new builder; only the title is required.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the language as a {@link Locale}, for renderers that need one.
   *
   * @return the locale of {@link #language()}
   */
  public Locale locale() {
    return Locale.forLanguageTag(language);
  }

  static void checkLanguage(String tag) {
    Checks.notNull(tag, "metadata language");
    try {
      new Locale.Builder().setLanguageTag(tag);
    } catch (IllformedLocaleException e) {
      throw new DocumentException(Messages.invalidLanguage(tag));
    }
    if (tag.isEmpty()) {
      throw new DocumentException(Messages.invalidLanguage(tag));
    }
  }

  /** Builds {@link Metadata}; not thread-safe, meant for one use. */
  public static final class Builder {
    private String title;
    private Optional<String> subtitle = Optional.empty();
    private Optional<String> author = Optional.empty();
    private Optional<String> organisation = Optional.empty();
    private Optional<LocalDate> date = Optional.empty();
    private String language = DEFAULT_LANGUAGE;
    private Optional<String> classification = Optional.empty();
    private final List<String> keywords = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the title.
     *
     * @param title the title, not blank
     * @return this builder
     */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /**
     * Sets the subtitle.
     *
     * @param subtitle the subtitle, not blank
     * @return this builder
     */
    public Builder subtitle(String subtitle) {
      this.subtitle = Optional.of(Checks.notNull(subtitle, "metadata subtitle"));
      return this;
    }

    /**
     * Sets the author.
     *
     * @param author the author, not blank
     * @return this builder
     */
    public Builder author(String author) {
      this.author = Optional.of(Checks.notNull(author, "metadata author"));
      return this;
    }

    /**
     * Sets the organisation.
     *
     * @param organisation the organisation, not blank
     * @return this builder
     */
    public Builder organisation(String organisation) {
      this.organisation = Optional.of(Checks.notNull(organisation, "metadata organisation"));
      return this;
    }

    /**
     * Sets the date.
     *
     * @param date the date
     * @return this builder
     */
    public Builder date(LocalDate date) {
      this.date = Optional.of(Checks.notNull(date, "metadata date"));
      return this;
    }

    /**
     * Sets the language; {@code en} when not set.
     *
     * @param language a well-formed BCP 47 tag
     * @return this builder
     */
    public Builder language(String language) {
      this.language = language;
      return this;
    }

    /**
     * Sets the classification marking.
     *
     * @param classification the marking, such as {@code UNCLASSIFIED}
     * @return this builder
     */
    public Builder classification(String classification) {
      this.classification = Optional.of(Checks.notNull(classification, "metadata classification"));
      return this;
    }

    /**
     * Adds a keyword.
     *
     * @param keyword the keyword, not blank
     * @return this builder
     */
    public Builder keyword(String keyword) {
      keywords.add(keyword);
      return this;
    }

    /**
     * Adds keywords.
     *
     * @param keywords the keywords, none blank
     * @return this builder
     */
    public Builder keywords(List<String> keywords) {
      this.keywords.addAll(Checks.list(keywords, "metadata keywords"));
      return this;
    }

    /**
     * Builds the metadata.
     *
     * @return the metadata
     * @throws DocumentException if a rule of {@link Metadata} is broken
     */
    public Metadata build() {
      return new Metadata(title, subtitle, author, organisation, date, language, classification, keywords);
    }
  }
}
