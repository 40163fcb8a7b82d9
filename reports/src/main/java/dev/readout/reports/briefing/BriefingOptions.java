package dev.readout.reports.briefing;

import dev.readout.core.model.CommitmentStatus;
import dev.readout.core.model.CooperationArea;
import dev.readout.reports.i18n.Labels;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a briefing is composed for: the day it speaks as of (what was known and open that day), its
 * language, its classification marking, whose side it is written from, what its cover says of it
 * (for whom, prepared by whom and when, which version), and, for the commitment tracker, which areas
 * and statuses to keep.
 *
 * @param asOf the day the briefing speaks as of
 * @param language the report language: the ISO 639 code of a language with a label bundle ({@code
 *     en}, {@code vi}); a longer BCP 47 tag such as {@code vi-VN} is taken as its language
 * @param classification the marking shown on every page, if any
 * @param perspective the ISO code of the country the briefing is written for (its home side); when
 *     empty, the dataset's {@linkplain dev.readout.core.dataset.Dataset#home() home side}, else the
 *     country that is a side of most engagements
 * @param areas the tracker keeps only commitments in one of these areas; empty keeps all
 * @param statuses the tracker keeps only commitments with one of these statuses as of the day;
 *     empty keeps all
 * @param principal for whom the briefing is prepared, as the cover names them, e.g. "General Phan Văn Giang"
 * @param preparedBy who prepared it, e.g. a department
 * @param preparedOn the day it was prepared; not shown when empty (a briefing never reads the clock)
 * @param version its version, e.g. "1.2" or "draft"
 */
public record BriefingOptions(LocalDate asOf, String language, Optional<String> classification,
                              Optional<String> perspective, Set<CooperationArea> areas,
                              Set<CommitmentStatus> statuses, Optional<String> principal,
                              Optional<String> preparedBy, Optional<LocalDate> preparedOn,
                              Optional<String> version) {

  /**
   * Checks and copies the options.
   *
   * @param asOf the day
   * @param language the language tag
   * @param classification the marking, or empty
   * @param perspective the country written for, or empty
   * @param areas the areas to keep
   * @param statuses the statuses to keep
   * @param principal for whom, or empty
   * @param preparedBy by whom, or empty
   * @param preparedOn when, or empty
   * @param version which version, or empty
   * @throws IllegalArgumentException if Readout has no labels for the language
   */
  public BriefingOptions {
    Objects.requireNonNull(asOf, "asOf");
    // Checked here, once, so that a bad language fails when the options are made, not mid-render.
    language = Labels.of(Objects.requireNonNull(language, "language")).language();
    Objects.requireNonNull(classification, "classification");
    Objects.requireNonNull(perspective, "perspective");
    Objects.requireNonNull(principal, "principal");
    Objects.requireNonNull(preparedBy, "preparedBy");
    Objects.requireNonNull(preparedOn, "preparedOn");
    Objects.requireNonNull(version, "version");
    // Sorted sets: a report must never depend on a set's iteration order.
    areas = Collections.unmodifiableSortedSet(new TreeSet<>(areas));
    statuses = Collections.unmodifiableSet(statuses.isEmpty()
        ? EnumSet.noneOf(CommitmentStatus.class) : EnumSet.copyOf(statuses));
  }

  /** {@return options for today, in English, with no marking} */
  public static BriefingOptions defaults() {
    return builder().build();
  }

  /** {@return a new builder, as of today, in English} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link BriefingOptions}. */
  public static final class Builder {
    private LocalDate asOf = LocalDate.now();
    private String language = "en";
    private String classification;
    private String perspective;
    private String principal;
    private String preparedBy;
    private LocalDate preparedOn;
    private String version;
    private final Set<CooperationArea> areas = new LinkedHashSet<>();
    private final Set<CommitmentStatus> statuses = new LinkedHashSet<>();

    private Builder() {}

    /**
     * Sets the day the briefing speaks as of; today by default.
     *
     * @param day the day
     * @return this builder
     */
    public Builder asOf(LocalDate day) {
      this.asOf = Objects.requireNonNull(day, "asOf");
      return this;
    }

    /**
     * Sets the language; {@code en} by default. Checked by {@link #build()}.
     *
     * @param tag a BCP 47 tag of a language with a label bundle ({@link Labels#supportedLanguages()})
     * @return this builder
     */
    public Builder language(String tag) {
      this.language = Objects.requireNonNull(tag, "language");
      return this;
    }

    /**
     * Sets the classification marking shown on every page.
     *
     * @param marking e.g. {@code UNCLASSIFIED}
     * @return this builder
     */
    public Builder classification(String marking) {
      this.classification = marking;
      return this;
    }

    /**
     * Sets the side the briefing is written for (its home side): everything is phrased from it — our
     * undertakings, their requests. By default the dataset's home side.
     *
     * @param countryCode ISO 3166-1 alpha-2 code
     * @return this builder
     */
    public Builder perspective(String countryCode) {
      this.perspective = countryCode;
      return this;
    }

    /**
     * Sets for whom the briefing is prepared, as its cover names them.
     *
     * @param name e.g. {@code General Phan Văn Giang, Minister of National Defence}
     * @return this builder
     */
    public Builder principal(String name) {
      this.principal = name;
      return this;
    }

    /**
     * Sets who prepared the briefing, as its cover says.
     *
     * @param who e.g. a department
     * @return this builder
     */
    public Builder preparedBy(String who) {
      this.preparedBy = who;
      return this;
    }

    /**
     * Sets the day the briefing was prepared, as its cover says; not shown by default, since a
     * briefing never reads the clock.
     *
     * @param day the day
     * @return this builder
     */
    public Builder preparedOn(LocalDate day) {
      this.preparedOn = day;
      return this;
    }

    /**
     * Sets the briefing's version, as its cover says.
     *
     * @param label e.g. {@code 1.2} or {@code draft}
     * @return this builder
     */
    public Builder version(String label) {
      this.version = label;
      return this;
    }

    /**
     * Keeps only commitments in these areas in the tracker.
     *
     * @param values the areas
     * @return this builder
     */
    public Builder areas(Set<CooperationArea> values) {
      areas.addAll(values);
      return this;
    }

    /**
     * Keeps only commitments with these statuses in the tracker.
     *
     * @param values the statuses
     * @return this builder
     */
    public Builder statuses(Set<CommitmentStatus> values) {
      statuses.addAll(values);
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     * @throws IllegalArgumentException if Readout has no labels for the language
     */
    public BriefingOptions build() {
      return new BriefingOptions(asOf, language, text(classification), Optional.ofNullable(perspective), areas, statuses,
          text(principal), text(preparedBy), Optional.ofNullable(preparedOn), text(version));
    }

    private static Optional<String> text(String value) {
      return Optional.ofNullable(value).map(String::strip).filter(s -> !s.isEmpty());
    }
  }
}
