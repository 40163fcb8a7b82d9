package dev.readout.core.model;

import dev.readout.core.dates.EdtfDate;
import dev.readout.core.internal.Text;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** An ongoing effort with a period: a remediation project, a peace-village project, a fund. */
@Value.Immutable
public abstract class Programme implements Fact {
  /** The programme's id. */
  @Override
  public abstract String id();

  /** Always {@link RecordKind#PROGRAMME}. */
  @Override
  public RecordKind kind() {
    return RecordKind.PROGRAMME;
  }

  /** The title, e.g. "Dioxin remediation at Bien Hoa Airbase". */
  public abstract String title();

  /** What kind of effort it is. */
  public abstract ProgrammeKind programmeKind();

  /** The countries or organisations that run or fund it. */
  public abstract List<Party> parties();

  /** When it runs, e.g. {@code 2022/2026}; open-ended with {@code 1989/..}. */
  public abstract Optional<EdtfDate> period();

  /** The fields of cooperation it belongs to. */
  public abstract List<CooperationArea> areas();

  /** What it does, in a sentence or two. */
  public abstract Optional<String> summary();

  /** The quotes that state it. */
  @Override
  public abstract List<Evidence> evidence();

  /** A remark. */
  public abstract Optional<String> note();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  Programme normalize() {
    Ids.requireSlug(kind(), "id", id());
    Ids.requireText("programme '" + id() + "'", "title", title());
    if (Text.isNfc(title()) && Text.isNfc(summary()) && Text.isNfc(note())) {
      return this;
    }
    return builder().from(this).title(Text.nfc(title())).summary(Text.nfc(summary())).note(Text.nfc(note())).build();
  }

  /** Builds {@link Programme} values. */
  public static final class Builder extends ImmutableProgramme.Builder {}
}
