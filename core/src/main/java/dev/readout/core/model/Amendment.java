package dev.readout.core.model;

import dev.readout.core.internal.Text;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A later source's word on a record defined elsewhere, with the evidence for it: a more precise date
 * or place, a participant or a second source for a meeting, a native-script name, the end of an
 * appointment, a status change of a commitment, or a different account of what was said.
 *
 * <p>{@link #record()} is the record as the amending source tells it, and {@link #fields()} names the
 * fields the amendment speaks to (a dataset file's field names: {@code date}, {@code place},
 * {@code participants}, {@code statusHistory}, …). A field that holds one value, or a set of values
 * that together name one thing (a date, a format, the makers of a commitment), takes the amendment's
 * value; a field that gathers items (evidence, participants, areas, appointments, a status history,
 * translations) gains the amendment's items it lacks — an appointment, participant or translation
 * that matches one already there (same title and organisation; same person, organisation or
 * description and side; same language) updates it. The amendment's {@link #evidence()} supports every
 * value it gives, and joins the record's evidence.
 *
 * <p>A {@linkplain #preferred() preferred} amendment (the default) changes the record; the values it
 * replaces stay on record as an earlier account. One that is not preferred is kept as another account
 * of the record — where sources disagree — and changes nothing; it may only give values of fields that
 * hold one value. Amendments are applied when a dataset is built, in the order they were added.
 */
@Value.Immutable
public abstract class Amendment {
  /** {@return the record as the amending source tells it: its kind and id name the record amended} */
  public abstract Identified record();

  /** {@return the names of the fields it sets or adds to; empty when it only adds evidence} */
  public abstract List<String> fields();

  /** {@return the quotes that support the values it gives; at least one in a valid dataset} */
  public abstract List<Evidence> evidence();

  /** {@return whether the dataset takes its values; defaults to true} */
  @Value.Default
  public boolean preferred() {
    return true;
  }

  /** {@return a remark: how the values were worked out, or why this account is or is not preferred} */
  public abstract Optional<String> note();

  /** {@return the kind of the record amended} */
  public RecordKind kind() {
    return record().kind();
  }

  /** {@return the id of the record amended} */
  public String id() {
    return record().id();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a preferred amendment.
   *
   * @param record the record as the amending source tells it
   * @param fields the fields it sets or adds to
   * @param evidence the quotes that support it
   * @return the amendment
   */
  public static Amendment of(Identified record, List<String> fields, Evidence... evidence) {
    return builder().record(record).fields(fields).addEvidence(evidence).build();
  }

  @Value.Check
  Amendment normalize() {
    if (new HashSet<>(fields()).size() != fields().size()) {
      throw new ModelException(ModelMessages.fieldTwice(kind().label(), id(), fields()));
    }
    if (Text.isNfc(note())) {
      return this;
    }
    return builder().from(this).note(Text.nfc(note())).build();
  }

  /** Builds {@link Amendment} values. */
  public static final class Builder extends ImmutableAmendment.Builder {}
}
