package dev.readout.core.dataset;

import java.util.List;
import java.util.Objects;

/**
 * Where the sources of a record disagree: a field of it, and each value they give for it, the
 * preferred one first.
 *
 * @param field the field, by its name in a dataset file (e.g. {@code date}, {@code kind},
 *     {@code makers})
 * @param accounts the accounts, the preferred one first; at least two
 */
public record Disagreement(String field, List<Account> accounts) {
  /**
   * Checks and copies the disagreement.
   *
   * @param field the field
   * @param accounts the accounts
   */
  public Disagreement {
    Objects.requireNonNull(field, "field");
    accounts = List.copyOf(accounts);
  }

  /** {@return the account the dataset prefers} */
  public Account preferred() {
    return accounts.get(0);
  }
}
