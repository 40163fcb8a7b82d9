package dev.readout.core.model;

import dev.readout.core.dates.EdtfDate;
import dev.readout.core.internal.Text;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** An agreement or framework: an MoU, a joint vision statement, a declaration, a cooperation plan, a treaty. */
@Value.Immutable
public abstract class Instrument implements Fact {
  /** The instrument's id. */
  @Override
  public abstract String id();

  /** Always {@link RecordKind#INSTRUMENT}. */
  @Override
  public RecordKind kind() {
    return RecordKind.INSTRUMENT;
  }

  /** The title, e.g. "Memorandum of Understanding on Promoting Bilateral Defense Cooperation". */
  public abstract String title();

  /** What kind of instrument it is. */
  public abstract InstrumentKind instrumentKind();

  /** The parties: countries, or the ministries that signed. */
  public abstract List<Party> parties();

  /** When it was signed or adopted. */
  public abstract Optional<EdtfDate> signed();

  /** The period it covers or is valid for, e.g. {@code 2022/2024}. */
  public abstract Optional<EdtfDate> validity();

  /** The fields of cooperation it covers. */
  public abstract List<CooperationArea> areas();

  /** What it provides, in a sentence or two. */
  public abstract Optional<String> summary();

  /** The quotes that state it. */
  @Override
  public abstract List<Evidence> evidence();

  /** A remark, e.g. what the sources leave unclear. */
  public abstract Optional<String> note();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  Instrument normalize() {
    Ids.requireSlug(kind(), "id", id());
    Ids.requireText("instrument '" + id() + "'", "title", title());
    if (Text.isNfc(title()) && Text.isNfc(summary()) && Text.isNfc(note())) {
      return this;
    }
    return builder().from(this).title(Text.nfc(title())).summary(Text.nfc(summary())).note(Text.nfc(note())).build();
  }

  /** Builds {@link Instrument} values. */
  public static final class Builder extends ImmutableInstrument.Builder {}
}
