package dev.readout.core.seed;

import dev.readout.core.dataset.Dataset;

/**
 * The datasets built into Readout. {@link #seed()} returns the seed dataset: everything two
 * English-language news articles on Vietnam's defence diplomacy say, encoded record by record. The
 * articles' full texts ship inside this module, so building the dataset verifies every quote.
 *
 * <h2>Sources</h2>
 *
 * <ul>
 *   <li>{@value #ADMM_2022_SOURCE} — General Phan Văn Giang's meetings with the defence ministers
 *       of Indonesia, the U.S., the Republic of Korea and India after the informal ASEAN–U.S. and
 *       ASEAN–India defence ministers' meetings; translated by Mai Huong; November 2022, inferred.
 *   <li>{@value #US_VISIT_2024_SOURCE} — his phone talks with former U.S. Senator Patrick Leahy
 *       and his meeting with the Vietnamese embassy staff during his official visit to the U.S.;
 *       reported by Thu Trang, translated by Mai Huong; September 2024, inferred.
 * </ul>
 *
 * <p>The copies are untitled and name no publisher or URL; the sources carry descriptive titles
 * and say so in their notes.
 *
 * <h2>Records</h2>
 *
 * <p>2 sources; 5 countries (VN, US, ID, KR, IN); 14 organisations (among them Vietnam's Ministry
 * of National Defence, the VPA General Staff, the Vietnamese embassy in the U.S., Viettel, the U.S.
 * Department of Defense, Congress and Senate, the Indonesian, Korean and Indian defence ministries,
 * the Korean Foreign Ministry, KOICA, Hanwha Group and ASEAN); 9 people with their ranks or honorifics
 * and posts; 3 partnership levels (Vietnam–U.S. comprehensive partnership, then comprehensive strategic
 * partnership from September 2023; the Vietnam–India defence partnership); 8 instruments (the 2011
 * Vietnam–U.S. defence MoU, the 2015 joint vision, the latest MoU, the 2022–2024 cooperation plan,
 * the 2023 joint statement, the Korean declaration on joint vision by 2030, the Vietnam–India joint
 * vision statement and MoU on mutual logistics support); 11 engagements; 41 commitments; 3
 * programmes (the Bien Hoa dioxin project, the Korea–Vietnam peace village project 2022–2026, the
 * War Victims Fund since 1989); 7 milestones (the Vietnam International Defense Expo in December
 * 2022, Indonesia's ASEAN chairmanship in 2023, the 50th anniversary of Vietnam–India ties in 2022,
 * the documentary film on Leahy in 2023, the first anniversary of the comprehensive strategic
 * partnership and the Mid-Autumn Festival in September 2024, the 30th anniversary of Vietnam–U.S.
 * ties in 2025).
 *
 * <h2>Engagements and commitments by counterpart</h2>
 *
 * <ul>
 *   <li><b>Indonesia</b>: Prabowo Subianto's official visit to Vietnam, May 2022 (1 agreement, in
 *       progress by November); {@code giang-prabowo-2022} (10 agreements, Vietnam's support for
 *       Indonesia's 2023 ASEAN chairmanship, the expo invitation).
 *   <li><b>United States</b>: the informal ASEAN–U.S. defence ministers' meeting, November 2022;
 *       {@code giang-austin-2022}, part of it (2 proposals, 5 requests, the Department of Defense's
 *       acceptance to send a delegation to the expo); the official visit of September 2024 at Lloyd
 *       Austin's invitation, with the phone talks with Patrick Leahy (2 pledges, 4 hopes) and the
 *       meeting with the embassy staff, a Vietnamese-only engagement (2 requests).
 *   <li><b>Republic of Korea</b>: {@code giang-lee-2022} (2 agreements, 3 requests, the expo
 *       invitation).
 *   <li><b>India</b>: Rajnath Singh's official visit to Vietnam, 2022; the informal ASEAN–India
 *       defence ministers' meeting, November 2022; {@code giang-singh-2022}, part of it (5
 *       agreements, the expo invitation).
 * </ul>
 *
 * <p>Each joint agreement, request, pledge or hope is its own record, one per line of action, with
 * its maker, addressee, areas and, where the articles give one, due date or period.
 *
 * <h2>Dates and status</h2>
 *
 * <p>Neither article states its date. Every inferred date is an EDTF date marked uncertain
 * ({@code 2022-11?}, {@code 2024-09?}, {@code 2023?}), and the evidence beside it gives the reasoning
 * and the quotes it rests on; no date is a day. Facts from outside the articles — dates of office,
 * the native names, the month of the 2022 meetings, the month of the 2023 upgrade — are
 * marked with notes saying they come from public record.
 *
 * <p>Every commitment is open as of the article that reports it, and the dataset holds no later
 * report. So a commitment with a due date shows as overdue once that date has passed: the four expo
 * commitments from January 2023, the support for Indonesia's chairmanship from 2024, the 2022–2024
 * plan from 2025. That is the derived answer to "was it closed?" with nothing recorded, not a report
 * that the commitment was missed; add later status changes to a copy of the dataset to record what
 * happened.
 */
public final class Datasets {
  /** The id of the 2024 article on the official visit to the U.S.: {@value}. */
  public static final String US_VISIT_2024_SOURCE = SeedSources.US_VISIT_2024;

  /** The id of the 2022 article on the meetings after the informal ADMM meetings: {@value}. */
  public static final String ADMM_2022_SOURCE = SeedSources.ADMM_2022;

  private Datasets() {}

  /**
   * Returns the seed dataset, built and validated on first use and shared afterwards; safe to call
   * from any thread.
   *
   * @return the seed dataset, immutable
   */
  public static Dataset seed() {
    return Holder.SEED;
  }

  /** Builds the seed dataset afresh, running full validation. */
  static Dataset build() {
    Dataset.Builder builder = Dataset.builder()
        .addSources(SeedSources.admm2022(), SeedSources.usVisit2024())
        .addCountries(SeedActors.countries())
        .addOrganizations(SeedActors.organizations())
        .addPeople(SeedActors.people());
    AdmmMeetings2022.addTo(builder);
    Indonesia2022.addTo(builder);
    UnitedStates2022.addTo(builder);
    Korea2022.addTo(builder);
    India2022.addTo(builder);
    UsVisit2024.addTo(builder);
    LeahyTalks2024.addTo(builder);
    EmbassyMeeting2024.addTo(builder);
    // Validated as encoded in English first, then with the Vietnamese text of every record added.
    return SeedTranslations.vietnamese(builder.build()).home("VN").build();
  }

  /** Builds the seed on first access to {@code SEED}: the JVM's class initialisation makes it thread-safe. */
  private static final class Holder {
    static final Dataset SEED = build();
  }
}
