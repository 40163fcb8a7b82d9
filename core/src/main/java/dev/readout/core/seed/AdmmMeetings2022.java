package dev.readout.core.seed;

import static dev.readout.core.seed.SeedActors.AUSTIN;
import static dev.readout.core.seed.SeedActors.GIANG;
import static dev.readout.core.seed.SeedActors.SINGH;
import static dev.readout.core.seed.SeedActors.VN;
import static dev.readout.core.seed.SeedActors.org;
import static dev.readout.core.seed.SeedActors.person;
import static dev.readout.core.seed.SeedBuilders.commitment;
import static dev.readout.core.seed.SeedBuilders.participant;
import static dev.readout.core.seed.SeedSources.admm2022;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.CommitmentKind;
import dev.readout.core.model.CooperationArea;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.EngagementFormat;
import dev.readout.core.model.EngagementKind;
import dev.readout.core.model.Milestone;
import dev.readout.core.model.MilestoneKind;
import dev.readout.core.model.ParticipantRole;

/**
 * The 2022 article's setting: the informal ASEAN–U.S. and ASEAN–India defence ministers' meetings
 * after which Gen. Giang met his four counterparts, and the defence expo he invited them to.
 */
final class AdmmMeetings2022 {
  static final String ASEAN_US = "asean-us-informal-2022";
  static final String ASEAN_INDIA = "asean-india-informal-2022";
  static final String EXPO = "vide-2022";

  /** The occasion of the four bilateral meetings, in the article's words. */
  static final String OCCASION =
      "After the informal meetings between the defence ministers of ASEAN and the U.S., and India";

  private static final String INVITED =
      "During the meetings with his counterparts from Indonesia, the Republic of Korea, and India, Vietnamese"
          + " Defense Minister Phan Van Giang invited and expressed his wish to welcome delegations of their"
          + " Ministries of Defense and defense enterprises to the Vietnam International Defense Expo 2022 slated"
          + " for this December";

  private static final String OPENING =
      "The meetings took place after the informal meetings between defense ministers of ASEAN and the U.S., and India.";


  private AdmmMeetings2022() {}

  /**
   * Gen. Giang's invitation, at one of the bilateral meetings, to the delegations of a counterpart's
   * defence ministry and defence enterprises to the expo: due at the expo, in December 2022.
   */
  static Commitment expoInvitation(String id, String engagement, String ministry, String ministryName) {
    return commitment(id, CommitmentKind.INVITATION, engagement, SeedDates.ADMM_2022,
            "Delegations of " + ministryName + " and of the country's defence enterprises are invited to the"
                + " Vietnam International Defense Expo 2022 in December 2022.",
            admm2022(INVITED))
        .addMakers(person(GIANG)).addAddressees(org(ministry))
        .addAreas(CooperationArea.DEFENCE_INDUSTRY, CooperationArea.DELEGATION_EXCHANGE)
        .dueAt(EXPO).addMilestones(EXPO)
        .note("The article reports the invitations to Indonesia, the Republic of Korea and India in one"
            + " sentence: Gen. Giang 'invited and expressed his wish to welcome' delegations of their"
            + " defence ministries and defence enterprises. The enterprises are not records of the seed."
            + " Due at the expo; the seed holds no report of the delegations' attendance.")
        .build();
  }

  private static String attendeesNote(String counterpart) {
    return "The article mentions this meeting only as the occasion of the bilateral meetings and names"
        + " no attendee. As it was a meeting of defence ministers, the ministers of Vietnam and of "
        + counterpart + " at the time are listed, and their two countries are the sides; the other ASEAN"
        + " members are not records of the seed. The article does not say how or where the meeting was"
        + " held.";
  }

  static void addTo(Dataset.Builder builder) {
    builder.addEngagements(aseanUs(), aseanIndia()).addMilestones(expo());
  }

  private static Engagement aseanUs() {
    return Engagement.builder().id(ASEAN_US)
        .title("Informal meeting of the defence ministers of ASEAN and the U.S.")
        .engagementKind(EngagementKind.MULTILATERAL_MEETING).format(EngagementFormat.UNKNOWN)
        .date(SeedDates.ADMM_2022)
        .addSides("VN", "US")
        .addParticipants(participant(GIANG, "VN", ParticipantRole.PRINCIPAL),
            participant(AUSTIN, "US", ParticipantRole.PRINCIPAL))
        .addAreas(CooperationArea.MULTILATERAL)
        .summary("The ASEAN defence ministers' informal meeting with the U.S., after which General Phan"
            + " Văn Giang met Secretary of Defense Lloyd Austin.")
        .addEvidence(admm2022(OPENING, SeedDates.ADMM_2022_NOTE))
        .note(attendeesNote("the U.S."))
        .build();
  }

  private static Engagement aseanIndia() {
    return Engagement.builder().id(ASEAN_INDIA)
        .title("Informal meeting of the defence ministers of ASEAN and India")
        .engagementKind(EngagementKind.MULTILATERAL_MEETING).format(EngagementFormat.UNKNOWN)
        .date(SeedDates.ADMM_2022)
        .addSides("VN", "IN")
        .addParticipants(participant(GIANG, "VN", ParticipantRole.PRINCIPAL),
            participant(SINGH, "IN", ParticipantRole.PRINCIPAL))
        .addAreas(CooperationArea.MULTILATERAL)
        .summary("The ASEAN defence ministers' informal meeting with India, after which General Phan Văn"
            + " Giang met Defence Minister Rajnath Singh.")
        .addEvidence(admm2022(OPENING, SeedDates.ADMM_2022_NOTE))
        .note(attendeesNote("India"))
        .build();
  }

  private static Milestone expo() {
    return Milestone.builder().id(EXPO)
        .title("Vietnam International Defense Expo 2022")
        .milestoneKind(MilestoneKind.EXHIBITION)
        .date(SeedDates.EXPO)
        .addParties(VN)
        .addAreas(CooperationArea.DEFENCE_INDUSTRY)
        .summary("Vietnam's international defence exhibition, to which Gen. Giang invited the defence"
            + " ministries and defence enterprises of Indonesia, the Republic of Korea and India, and to"
            + " which the U.S. Department of Defense had agreed to send a delegation.")
        .addEvidence(
            admm2022("the Vietnam International Defense Expo 2022 slated for this December", SeedDates.EXPO_NOTE),
            admm2022("thanked the U.S. Department of Defense for agreeing to send a delegation to the Vietnam"
                + " International Defense Expo 2022"))
        .note("The article does not say who organises the expo; Vietnam hosts it, as Gen. Giang's wish"
            + " 'to welcome' delegations shows.")
        .build();
  }
}
