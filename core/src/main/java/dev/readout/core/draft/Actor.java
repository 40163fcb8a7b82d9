package dev.readout.core.draft;

import dev.readout.core.model.OrganizationKind;
import dev.readout.core.model.Party;
import java.util.List;
import java.util.Optional;

/**
 * A person, organisation or country the drafter can name as a party: one of the base's records,
 * one the article introduces, or a country.
 *
 * @param party the party it is in commitments
 * @param country the country it belongs to (a country's own code; empty for an organisation of
 *     none, such as ASEAN)
 * @param name its full name as records give it
 * @param shortNames single words of the name an article uses after a title ("Gen. Giang", "Mr.
 *     Leahy")
 * @param organizationKind an organisation's kind
 * @param ministerial whether a person holds (or an article gives them) a minister's or secretary's
 *     post, so that "the Indian minister" can mean them
 * @param known whether the base has the record (else the draft proposes it)
 */
record Actor(Party party, Optional<String> country, String name, List<String> shortNames,
    Optional<OrganizationKind> organizationKind, boolean ministerial, boolean known) {

  Actor {
    shortNames = List.copyOf(shortNames);
  }

  boolean isPerson() {
    return party.partyKind() == dev.readout.core.model.PartyKind.PERSON;
  }

  boolean isCountry() {
    return party.partyKind() == dev.readout.core.model.PartyKind.COUNTRY;
  }

  /** The party's country as a country party, or the party itself when it has none. */
  Party side() {
    return country.map(Party::country).orElse(party);
  }
}
