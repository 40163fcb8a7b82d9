package dev.readout.core.model;

import dev.readout.core.dates.EdtfDate;
import dev.readout.core.internal.Text;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A meeting, call or visit: when and where, how it was held, on what occasion or as part of which
 * larger engagement, who took part on which side, what was discussed and which instruments were
 * cited. The {@link Commitment}s made in it refer to it by id.
 */
@Value.Immutable
public abstract class Engagement implements Fact, Translated {
  /** {@return the engagement's id.} */
  @Override
  public abstract String id();

  /** {@return always {@link RecordKind#ENGAGEMENT}.} */
  @Override
  public RecordKind kind() {
    return RecordKind.ENGAGEMENT;
  }

  /** {@return a short title, e.g. "Phan Văn Giang meets Lloyd Austin".} */
  public abstract String title();

  /** {@return what kind of occasion it was.} */
  public abstract EngagementKind engagementKind();

  /** {@return how it was held.} */
  public abstract EngagementFormat format();

  /** {@return when it took place, as precisely as the sources allow (see the evidence notes for inferred dates).} */
  public abstract EdtfDate date();

  /** {@return where it took place, e.g. "Embassy of Vietnam, Washington, D.C.".} */
  public abstract Optional<String> place();

  /** {@return the ISO code of the country it took place in.} */
  public abstract Optional<String> placeCountry();

  /** {@return the occasion, in words, e.g. "after the informal ASEAN–U.S. defence ministers' meeting".} */
  public abstract Optional<String> occasion();

  /** {@return the id of the engagement this one was part of, e.g. the visit a meeting took place during.} */
  public abstract Optional<String> parent();

  /**
   * {@return the sides: two for a bilateral engagement; each the ISO code of a country or the id of
   * an international organisation or grouping (such as {@code asean}) that takes part as a side}
   */
  public abstract List<String> sides();

  /** {@return who took part, each on one of the {@link #sides()}.} */
  public abstract List<Participant> participants();

  /** {@return the fields of cooperation discussed.} */
  public abstract List<CooperationArea> areas();

  /** {@return the ids of the instruments cited.} */
  public abstract List<String> instruments();

  /** {@return what happened, in a few sentences.} */
  public abstract Optional<String> summary();

  /** {@return gifts, thanks and other acts worth a line in a briefing.} */
  public abstract List<Act> acts();

  /** {@return the quotes that state the engagement took place.} */
  @Override
  public abstract List<Evidence> evidence();

  /** {@return a remark, e.g. where the sources are ambiguous.} */
  public abstract Optional<String> note();

  /** {@return the language of the record's own text: an ISO 639 code; {@code en} by default} */
  @Override
  @Value.Default
  public String language() {
    return "en";
  }

  /** {@return the record's text in other languages, one translation a language} */
  @Override
  public abstract List<Translation> translations();

  /**
   * {@return the ids of other engagement records that are this same engagement, reported by other
   * sources; a dataset counts them once}
   */
  public abstract List<String> sameAs();

  /** {@return a new builder.} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  Engagement normalize() {
    Ids.requireTranslations("engagement '" + id() + "'", language(), translations());
    Ids.requireSlug(kind(), "id", id());
    Ids.requireLine("engagement '" + id() + "'", "title", title());
    sides().forEach(c -> Ids.requireSide("engagement '" + id() + "' sides", c));
    placeCountry().ifPresent(c -> Country.requireCode("engagement '" + id() + "' placeCountry", c));
    if (Text.isNfc(title()) && Text.isNfc(place()) && Text.isNfc(occasion()) && Text.isNfc(summary())
        && Text.isNfc(note())) {
      return this;
    }
    return builder().from(this).title(Text.nfc(title())).place(Text.nfc(place())).occasion(Text.nfc(occasion()))
        .summary(Text.nfc(summary())).note(Text.nfc(note())).build();
  }

  /** Builds {@link Engagement} values. */
  public static final class Builder extends ImmutableEngagement.Builder {}
}
