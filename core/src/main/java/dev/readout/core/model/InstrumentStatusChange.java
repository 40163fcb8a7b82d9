package dev.readout.core.model;

import dev.readout.core.dates.EdtfDate;
import dev.readout.core.internal.Text;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One entry of an instrument's status history: from this date, the instrument had this status. */
@Value.Immutable
public abstract class InstrumentStatusChange {
  /** {@return the date from which the status held} */
  public abstract EdtfDate date();

  /** {@return the status} */
  public abstract InstrumentStatus status();

  /** {@return the id of the engagement at which the change was made or announced, if any} */
  public abstract Optional<String> engagement();

  /** {@return why, in a sentence: what the sources report} */
  public abstract Optional<String> note();

  /** {@return the quotes that state the status} */
  public abstract List<Evidence> evidence();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a status change with no note or evidence.
   *
   * @param date from when
   * @param status the status
   * @return the change
   */
  public static InstrumentStatusChange of(EdtfDate date, InstrumentStatus status) {
    return builder().date(date).status(status).build();
  }

  @Value.Check
  InstrumentStatusChange normalize() {
    engagement().ifPresent(e -> Ids.requireSlug(RecordKind.ENGAGEMENT, "status change engagement", e));
    if (Text.isNfc(note())) {
      return this;
    }
    return builder().from(this).note(Text.nfc(note())).build();
  }

  /** Builds {@link InstrumentStatusChange} values. */
  public static final class Builder extends ImmutableInstrumentStatusChange.Builder {}
}
