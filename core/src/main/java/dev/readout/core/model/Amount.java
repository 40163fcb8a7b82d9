package dev.readout.core.model;

import dev.readout.core.dates.EdtfDate;
import dev.readout.core.internal.Text;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A sum of money a {@link Commitment} carries: a value in an ISO 4217 currency, and whether it is the
 * whole amount or comes on top of the amounts before it ("$65 million more, on top of $150 million").
 */
@Value.Immutable
public abstract class Amount {
  /** {@return the value, not negative, e.g. {@code 65000000}} */
  @Value.Parameter
  public abstract BigDecimal value();

  /** {@return the ISO 4217 code of the currency, e.g. {@code USD}} */
  @Value.Parameter
  public abstract String currency();

  /** {@return whether the value is a total or additional to the amounts before it; defaults to {@link AmountBasis#TOTAL}} */
  @Value.Default
  public AmountBasis basis() {
    return AmountBasis.TOTAL;
  }

  /** {@return the date the amount was announced, where it differs from the commitment's} */
  public abstract Optional<EdtfDate> date();

  /** {@return the quotes that state the amount} */
  public abstract List<Evidence> evidence();

  /** {@return a remark, e.g. what the amount covers} */
  public abstract Optional<String> note();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a total amount.
   *
   * @param value the value
   * @param currency the ISO 4217 code
   * @return the amount
   */
  public static Amount of(BigDecimal value, String currency) {
    return builder().value(value).currency(currency).build();
  }

  /**
   * Tells whether a code is an ISO 4217 currency code the JDK knows.
   *
   * @param code e.g. {@code USD}
   * @return true for a known code
   */
  public static boolean isCurrency(String code) {
    if (code.length() != 3) {
      return false;
    }
    try {
      return Currency.getInstance(code).getCurrencyCode().equals(code);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  @Value.Check
  Amount normalize() {
    if (value().signum() < 0) {
      throw new ModelException(ModelMessages.negativeAmount(value()));
    }
    if (!isCurrency(currency())) {
      throw new ModelException(ModelMessages.notCurrency(currency()));
    }
    if (Text.isNfc(note())) {
      return this;
    }
    return builder().from(this).note(Text.nfc(note())).build();
  }

  /** Builds {@link Amount} values. */
  public static final class Builder extends ImmutableAmount.Builder {}
}
