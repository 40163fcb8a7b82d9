package dev.readout.core.dataset;

import dev.readout.core.model.RecordKind;
import java.util.Objects;

/**
 * One rule a dataset breaks, or one thing it cannot check: the record (kind, id and position among
 * the records of its kind), the field within it, and what is wrong. A problem with an {@linkplain
 * dev.readout.core.model.Amendment amendment} names the amendment's position too, and the record it
 * amends.
 *
 * @param kind the kind of record
 * @param id the record's id
 * @param index the record's position among the records of its kind, from 0; -1 for an amendment of
 *     a record that does not exist, or for the dataset as a whole (its home side)
 * @param field the field within the record (or amendment), e.g. {@code participants[1].side}
 * @param message what is wrong, e.g. {@code refers to unknown person 'x'}
 * @param amendment the amendment's position among the dataset's amendments, from 0; -1 when the
 *     problem is with a record as it was added
 */
public record Problem(RecordKind kind, String id, int index, String field, String message, int amendment) {
  /**
   * Checks that no component is null and the positions make sense.
   *
   * @param kind the kind of record
   * @param id the record's id
   * @param index the record's position among the records of its kind, from 0; -1 when there is none
   * @param field the field within the record
   * @param message what is wrong
   * @param amendment the amendment's position, or -1
   */
  public Problem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
    if (index < -1 || amendment < -1) {
      throw new IllegalArgumentException("index and amendment must not be below -1, but were " + index + " and " + amendment);
    }
  }

  /**
   * A problem with a record as it was added.
   *
   * @param kind the kind of record
   * @param id the record's id
   * @param index the record's position among the records of its kind, from 0
   * @param field the field within the record
   * @param message what is wrong
   */
  public Problem(RecordKind kind, String id, int index, String field, String message) {
    this(kind, id, index, field, message, -1);
  }

  /** {@return whether the problem is with an amendment rather than a record as it was added} */
  public boolean isAboutAmendment() {
    return amendment >= 0;
  }

  /**
   * Tells whether this problem is a reference to a record that does not exist.
   *
   * @param target the kind of record referred to
   * @param targetId its id
   * @return true when the problem says the field refers to that unknown record
   */
  public boolean isUnknownReference(RecordKind target, String targetId) {
    return message.equals(DatasetMessages.unknown(target, targetId));
  }

  /**
   * {@return the path of the field, e.g. {@code engagements[3].participants[1].side}, or for an
   * amendment {@code amendments[0].date}}
   */
  public String path() {
    if (!isAboutAmendment() && index < 0) {
      return field;
    }
    String at = isAboutAmendment() ? "amendments[" + amendment + "]" : kind.plural() + "[" + index + "]";
    return field.isEmpty() ? at : at + "." + field;
  }

  /**
   * {@return the problem in one line, e.g. {@code engagement 'x': participants[1].side must be one of
   * …}, or {@code amendment 0 of engagement 'x': date …}}
   */
  @Override
  public String toString() {
    String owner = (isAboutAmendment() ? "amendment " + amendment + " of " : "") + kind.label() + " '" + id + "'";
    return owner + ": " + (field.isEmpty() ? "" : field + " ") + message;
  }
}
