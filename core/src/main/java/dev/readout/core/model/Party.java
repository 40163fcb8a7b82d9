package dev.readout.core.model;

import java.util.Locale;
import org.immutables.value.Value;

/**
 * A reference to whoever makes, receives or is party to something: a country, an organisation or a
 * person. Its text form is {@code country:VN}, {@code organization:us-dod} or
 * {@code person:phan-van-giang}.
 */
@Value.Immutable
public abstract class Party implements Comparable<Party> {
  /** {@return whether the party is a country, an organisation or a person.} */
  @Value.Parameter
  public abstract PartyKind partyKind();

  /** {@return the id of the country (its ISO code), organisation or person.} */
  @Value.Parameter
  public abstract String id();

  /**
   * Returns a country party.
   *
   * @param code ISO 3166-1 alpha-2 code
   * @return the party
   */
  public static Party country(String code) {
    return ImmutableParty.of(PartyKind.COUNTRY, code);
  }

  /**
   * Returns an organisation party.
   *
   * @param id the organisation's id
   * @return the party
   */
  public static Party organization(String id) {
    return ImmutableParty.of(PartyKind.ORGANIZATION, id);
  }

  /**
   * Returns a person party.
   *
   * @param id the person's id
   * @return the party
   */
  public static Party person(String id) {
    return ImmutableParty.of(PartyKind.PERSON, id);
  }

  /**
   * Parses the text form {@code kind:id}.
   *
   * @param text e.g. {@code "person:phan-van-giang"}
   * @return the party
   * @throws ModelException if the text is not of that form
   */
  public static Party parse(String text) {
    int colon = text.indexOf(':');
    if (colon < 0) {
      throw new ModelException(ModelMessages.notParty(text));
    }
    String prefix = text.substring(0, colon);
    String id = text.substring(colon + 1);
    for (PartyKind kind : PartyKind.values()) {
      if (kind.prefix().equals(prefix)) {
        return ImmutableParty.of(kind, id);
      }
    }
    throw new ModelException(ModelMessages.notParty(text));
  }

  @Value.Check
  void check() {
    if (partyKind() == PartyKind.COUNTRY) {
      Country.requireCode("party country", id());
    } else if (!Ids.isSlug(id())) {
      throw new ModelException(ModelMessages.notParty(toString()));
    }
  }

  /** {@return orders parties by kind, then id.} */
  @Override
  public int compareTo(Party other) {
    int byKind = partyKind().compareTo(other.partyKind());
    return byKind != 0 ? byKind : id().compareTo(other.id());
  }

  /** {@return the text form, {@code kind:id}.} */
  @Override
  public String toString() {
    return partyKind().name().toLowerCase(Locale.ROOT) + ":" + id();
  }
}
