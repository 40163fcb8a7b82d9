package dev.readout.core.model;

import dev.readout.core.dates.EdtfDate;
import dev.readout.core.internal.Text;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A post a {@link Person} held over a period: a title, in an organisation, from and to a date. */
@Value.Immutable
public abstract class Appointment implements Translated {
  /** {@return the title, e.g. "Minister of National Defence".} */
  public abstract String title();

  /** {@return the id of the organisation the post belongs to.} */
  public abstract Optional<String> organization();

  /** {@return when the post began; empty when unknown (the post is taken to have held since ever).} */
  public abstract Optional<EdtfDate> start();

  /** {@return when the post ended; empty while it lasts or when unknown.} */
  public abstract Optional<EdtfDate> end();

  /** {@return quotes that state the appointment.} */
  public abstract List<Evidence> evidence();

  /** {@return a remark, e.g. that the dates come from outside the sources and from where.} */
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

  /**
   * True when the post may have been held on {@code day}: it had begun by the day (its earliest
   * possible start is not after it) and had not certainly ended before it.
   *
   * @param day the day asked about
   * @return whether the appointment covers the day
   */
  public boolean covers(LocalDate day) {
    boolean started = start().map(f -> !f.earliest().isAfter(day)).orElse(true);
    boolean notEnded = end().map(t -> !t.latest().isBefore(day)).orElse(true);
    return started && notEnded;
  }

  @Value.Check
  Appointment normalize() {
    Ids.requireTranslations("appointment '" + title() + "'", language(), translations());
    Ids.requireLine("appointment", "title", title());
    if (start().isPresent() && end().isPresent() && end().get().isBefore(start().get())) {
      throw new ModelException(ModelMessages.endBeforeStart("appointment '" + title() + "'", "period", start().get(), end().get()));
    }
    if (Text.isNfc(title()) && Text.isNfc(note())) {
      return this;
    }
    return builder().from(this).title(Text.nfc(title())).note(Text.nfc(note())).build();
  }

  /** Builds {@link Appointment} values. */
  public static final class Builder extends ImmutableAppointment.Builder {}
}
