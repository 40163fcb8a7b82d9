package dev.readout.core.dataset;

import dev.readout.core.model.RecordKind;
import java.util.Objects;

/**
 * One rule a dataset breaks: the record (kind, id and position among the records of its kind), the
 * field within it, and what is wrong.
 *
 * @param kind the kind of record
 * @param id the record's id
 * @param index the record's position among the records of its kind, from 0
 * @param field the field within the record, e.g. {@code participants[1].side}
 * @param message what is wrong, e.g. {@code refers to unknown person 'x'}
 */
public record Problem(RecordKind kind, String id, int index, String field, String message) {
  /**
   * Checks that no component is null and the index is not negative.
   *
   * @param kind the kind of record
   * @param id the record's id
   * @param index the record's position among the records of its kind, from 0
   * @param field the field within the record
   * @param message what is wrong
   */
  public Problem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
    if (index < 0) {
      throw new IllegalArgumentException("index must not be negative, but was " + index);
    }
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

  /** {@return the path of the field in a dataset file, e.g. {@code engagements[3].participants[1].side}.} */
  public String path() {
    return kind.plural() + "[" + index + "]." + field;
  }

  /** {@return the problem in one line, e.g. {@code engagement 'x': participants[1].side must be one of …}.} */
  @Override
  public String toString() {
    return kind.label() + " '" + id + "': " + field + " " + message;
  }
}
