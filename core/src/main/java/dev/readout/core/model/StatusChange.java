package dev.readout.core.model;

import dev.readout.core.dates.EdtfDate;
import dev.readout.core.internal.Text;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One entry of a commitment's status history: from this date, the commitment had this status. */
@Value.Immutable
public abstract class StatusChange implements Translated {
  /** {@return the date from which the status held.} */
  public abstract EdtfDate date();

  /** {@return the status.} */
  public abstract CommitmentStatus status();

  /**
   * {@return the id of the engagement at which the status changed or was reported, e.g. the later
   * talks that funded a commitment made earlier; empty when it happened outside any engagement}
   */
  public abstract Optional<String> engagement();

  /** {@return why, in a sentence: what the sources report.} */
  public abstract Optional<String> note();

  /** {@return the quotes that state the status.} */
  public abstract List<Evidence> evidence();

  /** {@return the language of the note: an ISO 639 code; {@code en} by default} */
  @Override
  @Value.Default
  public String language() {
    return "en";
  }

  /** {@return the note in other languages, one translation a language} */
  @Override
  public abstract List<Translation> translations();

  /** {@return a new builder.} */
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
  public static StatusChange of(EdtfDate date, CommitmentStatus status) {
    return builder().date(date).status(status).build();
  }

  @Value.Check
  StatusChange normalize() {
    engagement().ifPresent(e -> Ids.requireSlug(RecordKind.ENGAGEMENT, "status change engagement", e));
    if (Text.isNfc(note())) {
      return this;
    }
    return builder().from(this).note(Text.nfc(note())).build();
  }

  /** Builds {@link StatusChange} values. */
  public static final class Builder extends ImmutableStatusChange.Builder {}
}
