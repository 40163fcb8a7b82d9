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
public abstract class Engagement implements Fact {
  /** The engagement's id. */
  @Override
  public abstract String id();

  /** Always {@link RecordKind#ENGAGEMENT}. */
  @Override
  public RecordKind kind() {
    return RecordKind.ENGAGEMENT;
  }

  /** A short title, e.g. "Phan Văn Giang meets Lloyd Austin". */
  public abstract String title();

  /** What kind of occasion it was. */
  public abstract EngagementKind engagementKind();

  /** How it was held. */
  public abstract EngagementFormat format();

  /** When it took place, as precisely as the sources allow (see the evidence notes for inferred dates). */
  public abstract EdtfDate date();

  /** Where it took place, e.g. "Embassy of Vietnam, Washington, D.C.". */
  public abstract Optional<String> place();

  /** The ISO code of the country it took place in. */
  public abstract Optional<String> placeCountry();

  /** The occasion, in words, e.g. "after the informal ASEAN–U.S. defence ministers' meeting". */
  public abstract Optional<String> occasion();

  /** The id of the engagement this one was part of, e.g. the visit a meeting took place during. */
  public abstract Optional<String> parent();

  /** The ISO codes of the sides: two for a bilateral engagement. */
  public abstract List<String> sides();

  /** Who took part, each on one of the {@link #sides()}. */
  public abstract List<Participant> participants();

  /** The fields of cooperation discussed. */
  public abstract List<CooperationArea> areas();

  /** The ids of the instruments cited. */
  public abstract List<String> instruments();

  /** What happened, in a few sentences. */
  public abstract Optional<String> summary();

  /** Gifts, thanks and other acts worth a line in a briefing. */
  public abstract List<Act> acts();

  /** The quotes that state the engagement took place. */
  @Override
  public abstract List<Evidence> evidence();

  /** A remark, e.g. where the sources are ambiguous. */
  public abstract Optional<String> note();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  Engagement normalize() {
    Ids.requireSlug(kind(), "id", id());
    Ids.requireText("engagement '" + id() + "'", "title", title());
    sides().forEach(c -> Country.requireCode("engagement '" + id() + "' sides", c));
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
