package dev.readout.core.model;

import dev.readout.core.dates.EdtfDate;
import dev.readout.core.internal.Text;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** An ongoing effort with a period: a remediation project, a peace-village project, a fund. */
@Value.Immutable
public abstract class Programme implements Fact, Translated {
  /** {@return the programme's id.} */
  @Override
  public abstract String id();

  /** {@return always {@link RecordKind#PROGRAMME}.} */
  @Override
  public RecordKind kind() {
    return RecordKind.PROGRAMME;
  }

  /** {@return the title, e.g. "Dioxin remediation at Bien Hoa Airbase".} */
  public abstract String title();

  /** {@return what kind of effort it is.} */
  public abstract ProgrammeKind programmeKind();

  /** {@return the countries or organisations that run or fund it.} */
  public abstract List<Party> parties();

  /** {@return when it runs, e.g. {@code 2022/2026}; open-ended with {@code 1989/..}.} */
  public abstract Optional<EdtfDate> period();

  /** {@return the fields of cooperation it belongs to.} */
  public abstract List<CooperationArea> areas();

  /** {@return what it does, in a sentence or two.} */
  public abstract Optional<String> summary();

  /** {@return the quotes that state it.} */
  @Override
  public abstract List<Evidence> evidence();

  /** {@return a remark.} */
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

  /** {@return a new builder.} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  Programme normalize() {
    Ids.requireTranslations("programme '" + id() + "'", language(), translations());
    Ids.requireSlug(kind(), "id", id());
    Ids.requireLine("programme '" + id() + "'", "title", title());
    if (Text.isNfc(title()) && Text.isNfc(summary()) && Text.isNfc(note())) {
      return this;
    }
    return builder().from(this).title(Text.nfc(title())).summary(Text.nfc(summary())).note(Text.nfc(note())).build();
  }

  /** Builds {@link Programme} values. */
  public static final class Builder extends ImmutableProgramme.Builder {}
}
