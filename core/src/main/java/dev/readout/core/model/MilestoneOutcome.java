package dev.readout.core.model;

import dev.readout.core.dates.EdtfDate;
import dev.readout.core.internal.Text;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** What became of a {@link Milestone}, as a source reports it: held, postponed or cancelled. */
@Value.Immutable
public abstract class MilestoneOutcome {
  /** {@return what became of it} */
  public abstract MilestoneOutcomeKind outcome();

  /** {@return when it was held, or when the postponement or cancellation was announced} */
  public abstract Optional<EdtfDate> date();

  /** {@return for a postponement, the date it was moved to, where known} */
  public abstract Optional<EdtfDate> newDate();

  /** {@return a remark, e.g. the reason given} */
  public abstract Optional<String> note();

  /** {@return the quotes that state the outcome} */
  public abstract List<Evidence> evidence();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  MilestoneOutcome normalize() {
    if (Text.isNfc(note())) {
      return this;
    }
    return builder().from(this).note(Text.nfc(note())).build();
  }

  /** Builds {@link MilestoneOutcome} values. */
  public static final class Builder extends ImmutableMilestoneOutcome.Builder {}
}
