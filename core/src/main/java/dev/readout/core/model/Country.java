package dev.readout.core.model;

import java.util.Locale;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A country, identified by its ISO 3166-1 alpha-2 code. Its names come from the JDK's locale data,
 * so every language the JDK knows is available.
 */
@Value.Immutable
public abstract class Country implements Identified, Comparable<Country> {
  private static final Set<String> ISO_CODES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

  /** {@return the ISO 3166-1 alpha-2 code, upper case, e.g. {@code "VN"}.} */
  @Value.Parameter
  public abstract String code();

  /** {@return the code: a country's id is its ISO code.} */
  @Override
  public String id() {
    return code();
  }

  /** {@return always {@link RecordKind#COUNTRY}.} */
  @Override
  public RecordKind kind() {
    return RecordKind.COUNTRY;
  }

  /**
   * Returns the country with this code.
   *
   * @param code ISO 3166-1 alpha-2 code, e.g. {@code "VN"}
   * @return the country
   * @throws ModelException if the code is not an ISO 3166-1 alpha-2 code
   */
  public static Country of(String code) {
    return ImmutableCountry.of(code);
  }

  /**
   * The country's name in a language, from the JDK's locale data.
   *
   * @param language the language of the name
   * @return e.g. "Vietnam" for English, "Việt Nam" for Vietnamese
   */
  public String name(Locale language) {
    return new Locale("", code()).getDisplayCountry(language);
  }

  static void requireCode(String field, String code) {
    if (!ISO_CODES.contains(code)) {
      throw new ModelException(ModelMessages.notCountryCode(field, code));
    }
  }

  /**
   * Tells whether a code is an ISO 3166-1 alpha-2 code known to the JDK.
   *
   * @param code the code to check
   * @return true when it is
   */
  public static boolean isCode(String code) {
    return ISO_CODES.contains(code);
  }

  @Value.Check
  void check() {
    requireCode("country code", code());
  }

  /** {@return orders countries by code.} */
  @Override
  public int compareTo(Country other) {
    return code().compareTo(other.code());
  }
}
