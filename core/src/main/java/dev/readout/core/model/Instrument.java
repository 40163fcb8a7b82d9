package dev.readout.core.model;

import dev.readout.core.dates.EdtfDate;
import dev.readout.core.internal.Text;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** An agreement or framework: an MoU, a joint vision statement, a declaration, a cooperation plan, a treaty. */
@Value.Immutable
public abstract class Instrument implements Fact, Translated {
  /** {@return the instrument's id.} */
  @Override
  public abstract String id();

  /** {@return always {@link RecordKind#INSTRUMENT}.} */
  @Override
  public RecordKind kind() {
    return RecordKind.INSTRUMENT;
  }

  /** {@return the title, e.g. "Memorandum of Understanding on Promoting Bilateral Defense Cooperation".} */
  public abstract String title();

  /** {@return what kind of instrument it is.} */
  public abstract InstrumentKind instrumentKind();

  /** {@return the parties: countries, or the ministries that signed.} */
  public abstract List<Party> parties();

  /** {@return when it was signed or adopted.} */
  public abstract Optional<EdtfDate> signed();

  /** {@return the period it covers or is valid for, e.g. {@code 2022/2024}.} */
  public abstract Optional<EdtfDate> validity();

  /** {@return the fields of cooperation it covers.} */
  public abstract List<CooperationArea> areas();

  /** {@return what it provides, in a sentence or two.} */
  public abstract Optional<String> summary();

  /** {@return the quotes that state it.} */
  @Override
  public abstract List<Evidence> evidence();

  /** {@return a remark, e.g. what the sources leave unclear.} */
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

  /** {@return the id of the engagement at which it was signed or adopted, if the sources say} */
  public abstract Optional<String> signedAt();

  /** {@return the ids of the instruments it updates (they stay in force alongside it)} */
  public abstract List<String> updates();

  /** {@return the ids of the instruments it supersedes (they end when it takes effect)} */
  public abstract List<String> supersedes();

  /** {@return its status over time, oldest first; empty when the sources report no change} */
  public abstract List<InstrumentStatusChange> statusHistory();

  /** {@return a new builder.} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  Instrument normalize() {
    Ids.requireTranslations("instrument '" + id() + "'", language(), translations());
    Ids.requireSlug(kind(), "id", id());
    Ids.requireLine("instrument '" + id() + "'", "title", title());
    if (Text.isNfc(title()) && Text.isNfc(summary()) && Text.isNfc(note())) {
      return this;
    }
    return builder().from(this).title(Text.nfc(title())).summary(Text.nfc(summary())).note(Text.nfc(note())).build();
  }

  /** Builds {@link Instrument} values. */
  public static final class Builder extends ImmutableInstrument.Builder {}
}
