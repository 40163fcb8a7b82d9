package dev.readout.core.model;

import dev.readout.core.dates.EdtfDate;
import dev.readout.core.internal.Text;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A dated occasion that is not an engagement: an expo, an anniversary, a chairmanship, a documentary. */
@Value.Immutable
public abstract class Milestone implements Fact, Translated {
  /** {@return the milestone's id.} */
  @Override
  public abstract String id();

  /** {@return always {@link RecordKind#MILESTONE}.} */
  @Override
  public RecordKind kind() {
    return RecordKind.MILESTONE;
  }

  /** {@return the title, e.g. "Vietnam International Defense Expo 2022".} */
  public abstract String title();

  /** {@return what kind of occasion it is.} */
  public abstract MilestoneKind milestoneKind();

  /** {@return when it falls; empty when not yet known ("the next ADMM-Plus")} */
  public abstract Optional<EdtfDate> date();

  /** {@return the countries or organisations it concerns: the host, the two sides of an anniversary.} */
  public abstract List<Party> parties();

  /** {@return the fields of cooperation it concerns.} */
  public abstract List<CooperationArea> areas();

  /** {@return what it is, in a sentence.} */
  public abstract Optional<String> summary();

  /** {@return the quotes that state it.} */
  @Override
  public abstract List<Evidence> evidence();

  /** {@return a remark, e.g. how the date was inferred.} */
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

  /** {@return what became of it — held, postponed, cancelled — oldest report first} */
  public abstract List<MilestoneOutcome> outcomes();

  /** {@return a new builder.} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  Milestone normalize() {
    Ids.requireTranslations("milestone '" + id() + "'", language(), translations());
    Ids.requireSlug(kind(), "id", id());
    Ids.requireLine("milestone '" + id() + "'", "title", title());
    if (Text.isNfc(title()) && Text.isNfc(summary()) && Text.isNfc(note())) {
      return this;
    }
    return builder().from(this).title(Text.nfc(title())).summary(Text.nfc(summary())).note(Text.nfc(note())).build();
  }

  /** Builds {@link Milestone} values. */
  public static final class Builder extends ImmutableMilestone.Builder {}
}
