package dev.readout.core.seed;

import dev.readout.core.dates.EdtfDate;

/**
 * The dates of the seed dataset and how each was inferred. Neither article states its date, so
 * every date here that rests on "this year", "next year" or "last year" is marked uncertain
 * ({@code ?}), and its note gives the reasoning and the quotes it rests on. No day is ever given:
 * the sources support none.
 */
final class SeedDates {
  /** The official visit to the U.S., the phone talks and the embassy meeting: September 2024. */
  static final EdtfDate US_VISIT_2024 = EdtfDate.parse("2024-09?");

  /** The bilateral meetings after the informal ASEAN–U.S. and ASEAN–India meetings: November 2022. */
  static final EdtfDate ADMM_2022 = EdtfDate.parse("2022-11?");

  /** Prabowo Subianto's official visit to Vietnam, "in May this year". */
  static final EdtfDate PRABOWO_VISIT = EdtfDate.parse("2022-05?");

  /** Rajnath Singh's official visit to Vietnam: 2022, month not in the article. */
  static final EdtfDate SINGH_VISIT = EdtfDate.parse("2022?");

  /** The upgrade of Vietnam–U.S. relations to a comprehensive strategic partnership. */
  static final EdtfDate CSP_UPGRADE = EdtfDate.parse("2023-09?");

  /** The documentary film the MND made "last year". */
  static final EdtfDate DOCUMENTARY = EdtfDate.parse("2023?");

  /** The Vietnam International Defense Expo 2022, "slated for this December". */
  static final EdtfDate EXPO = EdtfDate.parse("2022-12");

  /** Indonesia's ASEAN chairmanship, "next year". */
  static final EdtfDate ASEAN_CHAIRMANSHIP = EdtfDate.parse("2023?");

  /** The 30th anniversary of Vietnam–U.S. diplomatic ties, stated as 2025. */
  static final EdtfDate US_TIES_30TH = EdtfDate.parse("2025");

  /** The 50th anniversary of Vietnam–India diplomatic ties. */
  static final EdtfDate INDIA_TIES_50TH = EdtfDate.parse("2022?");

  /** The three-year cooperation plan's period, stated. */
  static final EdtfDate PLAN_2022_2024 = EdtfDate.parse("2022/2024");

  static final String US_VISIT_2024_NOTE =
      "Date inferred; the article states none. The visit took place while 'the two countries are"
          + " celebrating one year of their comprehensive strategic partnership', an upgrade that"
          + " public record (outside the article) places in September 2023; Gen. Giang sent gifts"
          + " 'on the occasion of the traditional Mid-Autumn Festival of Vietnam', which fell in"
          + " September in 2024 (outside the article); war-legacy cooperation counted 'over the past"
          + " 35 years' from the War Victims Fund's first programme 'In 1989' also gives 2024; and"
          + " Patrick Leahy is 'former U.S. Senator', his term having ended in January 2023 (outside"
          + " the article). Hence 2024-09, uncertain; the article gives no day.";

  static final String ADMM_2022_NOTE =
      "Date inferred; the article states none. The year is 2022: the minister invited delegations"
          + " to the 'Vietnam International Defense Expo 2022 slated for this December'. The meetings"
          + " came after the Indonesian minister's visit 'in May this year' and before that December."
          + " The month comes from outside the article: public record places the informal ASEAN–U.S."
          + " and ASEAN–India defence ministers' meetings in Siem Reap, Cambodia, in the ADMM and"
          + " ADMM-Plus week of November 2022. Hence 2022-11, uncertain; the article gives no day.";

  static final String PRABOWO_VISIT_NOTE =
      "The month is stated ('in May this year'); the year is the article's, 2022, inferred from the"
          + " 'Vietnam International Defense Expo 2022 slated for this December'. No day is given.";

  static final String SINGH_VISIT_NOTE =
      "The article does not date the visit. It came before the meeting at which Gen. Giang thanked"
          + " Rajnath Singh for it, and it celebrated 'the 50th anniversary of Vietnam - India"
          + " diplomatic ties', which fell in 2022 (the ties date from 1972, outside the article)."
          + " Hence 2022, uncertain. The month is not in the article, so none is encoded.";

  static final String CSP_UPGRADE_NOTE =
      "The article does not date the upgrade; it says the two countries 'have recently upgraded"
          + " their relationship' and are 'celebrating one year' of it. September 2023 comes from"
          + " outside the article (public record: the joint statement issued during the U.S."
          + " President's visit to Hanoi); marked uncertain, no day given.";

  static final String DOCUMENTARY_NOTE =
      "'last year', counted from the article's inferred year 2024; hence 2023, uncertain.";

  static final String EXPO_NOTE =
      "The year is in the expo's name and the month is stated: 'slated for this December' in an"
          + " article of 2022. No day is given.";

  static final String ASEAN_CHAIRMANSHIP_NOTE =
      "'next year', counted from the article's inferred year 2022; hence 2023, uncertain.";

  static final String INDIA_TIES_50TH_NOTE =
      "The article does not say when the 50th anniversary falls. Vietnam and India established"
          + " diplomatic ties in 1972 (outside the article), so it fell in 2022, the year of the"
          + " article; marked uncertain.";

  static final String OPEN_AS_OF_ARTICLE =
      "Open as of the article that reports it; the seed dataset holds no later report.";

  private SeedDates() {}
}
