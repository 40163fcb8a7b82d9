package dev.readout.core.dataset;

import dev.readout.core.model.Evidence;
import java.util.List;
import java.util.Objects;

/**
 * One account of a field of a record, where sources disagree: the value one or more sources give,
 * with their quotes, and whether the dataset prefers it.
 *
 * @param value the value as the model holds it: an {@link dev.readout.core.dates.EdtfDate}, an enum
 *     constant, a list of {@link dev.readout.core.model.Party}, a text, or an {@link java.util.Optional}
 *     of one of these (empty when the account gives none)
 * @param preferred whether the dataset takes this value for the record
 * @param evidence the quotes that give the value
 * @param notes the remarks that go with it: how it was worked out, why it is or is not preferred
 */
public record Account(Object value, boolean preferred, List<Evidence> evidence, List<String> notes) {
  /**
   * Checks and copies the account.
   *
   * @param value the value
   * @param preferred whether it is preferred
   * @param evidence its quotes
   * @param notes its remarks
   */
  public Account {
    Objects.requireNonNull(value, "value");
    evidence = List.copyOf(evidence);
    notes = List.copyOf(notes);
  }
}
