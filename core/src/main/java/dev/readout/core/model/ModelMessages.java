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

  static String notLanguage(String owner, String field, String value) {
    return owner + " " + field + " must be an ISO 639 language code such as 'en', 'vi' or 'ko', but was '" + value + "'";
  }

  static String emptyTranslation(String language) {
    return "translation into '" + language + "' must give at least one text (title, name, summary, text, occasion,"
        + " place, condition, honorific or note), but gave none";
  }

  static String negativeAmount(Object value) {
    return "amount value must not be negative, but was " + value;
  }

  static String notCurrency(String value) {
    return "amount currency must be an ISO 4217 code such as 'USD', but was '" + value + "'";
  }

  static String conditionWithoutFirmness(String id) {
    return "commitment '" + id + "' condition must go with firmness 'conditional', but the firmness was not";
  }

  static String dueTwice(String id) {
    return "commitment '" + id + "' must give its due as a date (due) or as a milestone (dueAt), not both";
  }

  static String notSide(String owner, String value) {
    return owner + " must be an ISO 3166-1 alpha-2 country code such as 'VN' or the id of an international"
        + " organization such as 'asean', but was '" + value + "'";
  }

  static String amendmentWithoutRecord() {
    return "amendment must name the record it amends";
  }

  static String fieldTwice(String kind, String id, Object fields) {
    return "amendment of " + kind + " '" + id + "' must name each field once, but named " + fields;
  }

  static String translationTwice(String owner, Object languages) {
    return owner + " translations must give each language once, but gave " + languages;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
