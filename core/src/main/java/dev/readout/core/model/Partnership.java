package dev.readout.core.model;

import dev.readout.core.dates.EdtfDate;
import dev.readout.core.internal.Text;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The level of the relationship between two countries from a date: one record per level, so that
 * an upgrade (comprehensive partnership → comprehensive strategic partnership) is two records.
 */
@Value.Immutable
public abstract class Partnership implements Fact, Translated {
  /** {@return the partnership's id.} */
  @Override
  public abstract String id();

  /** {@return always {@link RecordKind#PARTNERSHIP}.} */
  @Override
  public RecordKind kind() {
    return RecordKind.PARTNERSHIP;
  }

  /** {@return the ISO codes of the two countries.} */
  public abstract List<String> countries();

  /** {@return the level of the relationship.} */
  public abstract PartnershipLevel level();

  /** {@return the relationship's full name where the sources give one, e.g. "comprehensive strategic partnership for peace, cooperation and sustainable development".} */
  public abstract Optional<String> name();

  /** {@return since when the relationship has had this level.} */
  public abstract EdtfDate since();

  /** {@return until when it had this level; empty while it lasts.} */
  public abstract Optional<EdtfDate> until();

  /** {@return the quotes that state the level.} */
  @Override
  public abstract List<Evidence> evidence();

  /** {@return a remark, e.g. where the date comes from.} */
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

  /** {@return which relationship the level describes; defaults to {@link PartnershipTrack#OVERALL}} */
  @Value.Default
  public PartnershipTrack track() {
    return PartnershipTrack.OVERALL;
  }

  /** {@return a new builder.} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  Partnership normalize() {
    Ids.requireTranslations("partnership '" + id() + "'", language(), translations());
    Ids.requireSlug(kind(), "id", id());
    if (countries().size() != 2 || countries().get(0).equals(countries().get(1))) {
      throw new ModelException(ModelMessages.partnershipCountries(id(), countries()));
    }
    countries().forEach(c -> Country.requireCode("partnership '" + id() + "' countries", c));
    if (until().isPresent() && until().get().isBefore(since())) {
      throw new ModelException(ModelMessages.endBeforeStart("partnership '" + id() + "'", "period", since(), until().get()));
    }
    if (Text.isNfc(name()) && Text.isNfc(note())) {
      return this;
    }
    return builder().from(this).name(Text.nfc(name())).note(Text.nfc(note())).build();
  }

  /** Builds {@link Partnership} values. */
  public static final class Builder extends ImmutablePartnership.Builder {}
}
