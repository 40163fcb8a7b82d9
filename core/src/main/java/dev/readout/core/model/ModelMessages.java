package dev.readout.core.model;

import java.util.Locale;

/** The catalogue of messages for values that cannot be built, so that wording stays consistent. */
final class ModelMessages {
  private ModelMessages() {}

  static String notSlug(String owner, String field, String value) {
    return owner + " " + field + " must be a lowercase slug ([a-z0-9] words joined by '-'), but was '" + value + "'";
  }

  static String blank(String owner, String field) {
    return owner + " " + field + " must not be blank";
  }

  static String notCountryCode(String field, String value) {
    return field + " must be an ISO 3166-1 alpha-2 country code such as 'VN', but was '" + value + "'";
  }

  static String notParty(String value) {
    return "party must be 'country:CC', 'organization:ID' or 'person:ID', but was '" + value + "'";
  }

  static String notArea(String value) {
    return "cooperation area must be a lowercase slug such as 'war-legacy', but was '" + value + "'";
  }

  static String partnershipCountries(String id, Object countries) {
    return "partnership '" + id + "' countries must be two different countries, but was " + countries;
  }

  static String endBeforeStart(String owner, String field, Object start, Object end) {
    return owner + " " + field + " must not end before it starts, but was " + start + " to " + end;
  }

  static String emptyList(String owner, String field) {
    return owner + " " + field + " must hold at least one entry, but was empty";
  }

  static String participantWithoutWho() {
    return "participant must name a person or an organization, or give a description, but named none";
  }

  static String notUrl(String owner, String value) {
    return owner + " url must be an http or https URL, but was '" + value + "'";
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
