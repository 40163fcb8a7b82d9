package dev.readout.core.model;

import dev.readout.core.internal.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A record's text in another language: its title, summary, text and the like, as a briefing in that
 * language shows them. Only the fields the record has apply (a commitment has a text and a condition,
 * an engagement a title, summary, occasion and place); a dataset reports the others. Quotes are never
 * translated: they stay verbatim in their source's language.
 */
@Value.Immutable
public abstract class Translation {
  /** {@return the language, an ISO 639 code such as {@code vi}} */
  @Value.Parameter
  public abstract String language();

  /** {@return the title (engagements, instruments, programmes, milestones, appointments; a participant's role title)} */
  public abstract Optional<String> title();

  /** {@return the name (organisations, partnerships)} */
  public abstract Optional<String> name();

  /** {@return the summary (engagements, instruments, programmes, milestones)} */
  public abstract Optional<String> summary();

  /** {@return the text of a commitment, or the description of an act or a participant} */
  public abstract Optional<String> text();

  /** {@return the occasion of an engagement} */
  public abstract Optional<String> occasion();

  /** {@return the place of an engagement} */
  public abstract Optional<String> place();

  /** {@return the condition of a commitment} */
  public abstract Optional<String> condition();

  /** {@return the honorific or rank of a person, e.g. "Đại tướng"} */
  public abstract Optional<String> honorific();

  /** {@return the remark of a record, a quote's note (how a date was worked out) or a status change's note} */
  public abstract Optional<String> note();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a translation with no field yet.
   *
   * @param language the ISO 639 code
   * @return a builder for the translation
   */
  public static Builder into(String language) {
    return builder().language(language);
  }

  /** {@return the names of the fields this translation gives, in a fixed order} */
  public List<String> fields() {
    List<String> names = new ArrayList<>();
    title().ifPresent(x -> names.add("title"));
    name().ifPresent(x -> names.add("name"));
    summary().ifPresent(x -> names.add("summary"));
    text().ifPresent(x -> names.add("text"));
    occasion().ifPresent(x -> names.add("occasion"));
    place().ifPresent(x -> names.add("place"));
    condition().ifPresent(x -> names.add("condition"));
    honorific().ifPresent(x -> names.add("honorific"));
    note().ifPresent(x -> names.add("note"));
    return List.copyOf(names);
  }

  /**
   * Returns this translation with the fields of {@code other} (of the same language) put over its own.
   *
   * @param other a later translation into the same language
   * @return the two combined, {@code other}'s fields winning
   */
  public Translation with(Translation other) {
    return builder().from(this)
        .title(other.title().or(this::title)).name(other.name().or(this::name))
        .summary(other.summary().or(this::summary)).text(other.text().or(this::text))
        .occasion(other.occasion().or(this::occasion)).place(other.place().or(this::place))
        .condition(other.condition().or(this::condition)).honorific(other.honorific().or(this::honorific))
        .note(other.note().or(this::note)).build();
  }

  @Value.Check
  Translation normalize() {
    Ids.requireLanguage("translation", "language", language());
    if (fields().isEmpty()) {
      throw new ModelException(ModelMessages.emptyTranslation(language()));
    }
    title().ifPresent(t -> Ids.requireLine("translation into '" + language() + "'", "title", t));
    name().ifPresent(n -> Ids.requireLine("translation into '" + language() + "'", "name", n));
    if (Text.isNfc(title()) && Text.isNfc(name()) && Text.isNfc(summary()) && Text.isNfc(text())
        && Text.isNfc(occasion()) && Text.isNfc(place()) && Text.isNfc(condition()) && Text.isNfc(honorific())
        && Text.isNfc(note())) {
      return this;
    }
    return builder().from(this).title(Text.nfc(title())).name(Text.nfc(name())).summary(Text.nfc(summary()))
        .text(Text.nfc(text())).occasion(Text.nfc(occasion())).place(Text.nfc(place()))
        .condition(Text.nfc(condition())).honorific(Text.nfc(honorific())).note(Text.nfc(note())).build();
  }

  /** Builds {@link Translation} values. */
  public static final class Builder extends ImmutableTranslation.Builder {}
}
