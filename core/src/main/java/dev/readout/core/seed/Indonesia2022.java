package dev.readout.core.seed;

import static dev.readout.core.seed.SeedActors.ASEAN;
import static dev.readout.core.seed.SeedActors.GIANG;
import static dev.readout.core.seed.SeedActors.ID;
import static dev.readout.core.seed.SeedActors.ID_MOD;
import static dev.readout.core.seed.SeedActors.PRABOWO;
import static dev.readout.core.seed.SeedActors.VN;
import static dev.readout.core.seed.SeedActors.org;
import static dev.readout.core.seed.SeedBuilders.commitment;
import static dev.readout.core.seed.SeedBuilders.participant;
import static dev.readout.core.seed.SeedSources.admm2022;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.dates.EdtfDate;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.CommitmentKind;
import dev.readout.core.model.CommitmentStatus;
import dev.readout.core.model.CooperationArea;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.EngagementFormat;
import dev.readout.core.model.EngagementKind;
import dev.readout.core.model.Milestone;
import dev.readout.core.model.MilestoneKind;
import dev.readout.core.model.ParticipantRole;
import dev.readout.core.model.StatusChange;
import java.util.List;

/**
 * Indonesia in the 2022 article: Gen. Giang's meeting with Prabowo Subianto, the agreements made
 * there, Vietnam's support for Indonesia's ASEAN chairmanship the next year, the expo invitation,
 * and Prabowo's official visit to Vietnam in May that year.
 */
final class Indonesia2022 {
  static final String MAY_VISIT = "prabowo-vn-visit-2022";
  static final String MEETING = "giang-prabowo-2022";
  static final String CHAIRMANSHIP = "id-asean-chairmanship-2023";

  private static final EdtfDate DATE = SeedDates.ADMM_2022;
  private static final String CONSENTED =
      "Both officials consented to enhance exchange of delegations at all levels, particularly the high-ranking ones";
  private static final String FULL_PLAY =
      "bring into full play deputy minister-level defense policy dialogues, joint working groups, and information sharing";
  private static final String AGREED =
      "They agreed to strengthen the ties between the two navies and air forces, promote cooperation in defense"
          + " industry, search and rescue, medicine, and continue to review and complete cooperation frameworks";
  private static final String JOINT =
      "A joint agreement of the two ministers ('Both officials consented', 'They agreed'); the article does"
          + " not say which side proposed it.";
  private static final String MAY_VISIT_CONTENTS =
      "the contents agreed by the two defense chiefs during the Indonesian defense minister’s official visit"
          + " to Vietnam in May this year";

  private Indonesia2022() {}

  static void addTo(Dataset.Builder builder) {
    builder.addEngagements(mayVisit(), meeting())
        .addCommitments(mayVisitContents())
        .addCommitments(meetingCommitments())
        .addMilestones(chairmanship());
  }

  private static Engagement mayVisit() {
    return Engagement.builder().id(MAY_VISIT)
        .title("Prabowo Subianto's official visit to Vietnam")
        .engagementKind(EngagementKind.VISIT).format(EngagementFormat.IN_PERSON)
        .date(SeedDates.PRABOWO_VISIT).place("Vietnam").placeCountry("VN")
        .addSides("ID", "VN")
        .addParticipants(participant(PRABOWO, "ID", ParticipantRole.PRINCIPAL),
            participant(GIANG, "VN", ParticipantRole.HOST))
        .summary("Indonesia's defence minister paid an official visit to Vietnam, where the two defence"
            + " chiefs agreed contents that their agencies and units were carrying out by November.")
        .addEvidence(admm2022(MAY_VISIT_CONTENTS, SeedDates.PRABOWO_VISIT_NOTE))
        .note("Known only from the 2022 article's reference to it, which names neither the place nor the"
            + " contents agreed. Gen. Giang is listed as host because the contents were 'agreed by the two"
            + " defense chiefs during' the visit.")
        .build();
  }

  private static Engagement meeting() {
    return Engagement.builder().id(MEETING)
        .title("Phan Văn Giang meets Prabowo Subianto")
        .engagementKind(EngagementKind.MEETING).format(EngagementFormat.IN_PERSON)
        .date(DATE).occasion(AdmmMeetings2022.OCCASION)
        .addSides("VN", "ID")
        .addParticipants(participant(GIANG, "VN", ParticipantRole.PRINCIPAL),
            participant(PRABOWO, "ID", ParticipantRole.PRINCIPAL))
        .addAreas(CooperationArea.DELEGATION_EXCHANGE, CooperationArea.DIALOGUE_AND_CONSULTATION,
            CooperationArea.INFORMATION_SHARING, CooperationArea.TRAINING, CooperationArea.NAVAL,
            CooperationArea.AIR_FORCE, CooperationArea.DEFENCE_INDUSTRY, CooperationArea.SEARCH_AND_RESCUE,
            CooperationArea.MILITARY_MEDICINE, CooperationArea.MULTILATERAL)
        .summary("The two ministers found that defence ties had received due attention and brought"
            + " remarkable outcomes, with the contents agreed during Prabowo's May visit being carried"
            + " out. They agreed to step up delegation exchanges, deputy-minister-level policy dialogues,"
            + " joint working groups, information sharing and training, ties between their navies and air"
            + " forces, and cooperation in defence industry, search and rescue and medicine, and to review"
            + " their cooperation frameworks. Gen. Giang pledged Vietnam's support for Indonesia's ASEAN"
            + " chairmanship in 2023 and invited Indonesian delegations to the December defence expo.")
        .addEvidence(
            admm2022("At the meeting with Indonesian Defense Minister Prabowo Subianto", SeedDates.ADMM_2022_NOTE),
            admm2022("the two ministers evaluated that the bilateral defense ties have received due attention and"
                + " reaped remarkable outcomes"))
        .note("The article says only that the meetings came after the informal ASEAN–U.S. and ASEAN–India"
            + " meetings and ties this one to neither, so it has an occasion but no parent. The format is"
            + " not stated; a meeting between ministers gathered for those meetings is taken as held in"
            + " person.")
        .build();
  }

  private static Commitment mayVisitContents() {
    return commitment("c-id-may-visit-contents", CommitmentKind.AGREEMENT, MAY_VISIT, SeedDates.PRABOWO_VISIT,
            "Carry out the contents the two defence ministers agreed during the visit; the article does not"
                + " list them.",
            admm2022(MAY_VISIT_CONTENTS))
        .addMakers(VN, ID)
        .addStatusHistory(StatusChange.builder().date(DATE).status(CommitmentStatus.IN_PROGRESS)
            .note("By the November 2022 meeting the two sides' agencies and units were actively carrying"
                + " the agreed contents out.")
            .addEvidence(admm2022("The two sides’ agencies and units have actively coordinated with each other to"
                + " actualize the contents agreed by the two defense chiefs"))
            .build())
        .note("Agreed 'by the two defense chiefs'; the article gives neither the contents nor who proposed"
            + " them. The first status is that of the visit, the second that of the later meeting.")
        .build();
  }

  private static List<Commitment> meetingCommitments() {
    return List.of(
        agreement("c-id-delegation-exchange",
            "Enhance the exchange of delegations at all levels, particularly high-ranking ones.", CONSENTED,
            CooperationArea.DELEGATION_EXCHANGE).build(),
        agreement("c-id-policy-dialogue",
            "Make full use of the deputy-minister-level defence policy dialogues.",
            "bring into full play deputy minister-level defense policy dialogues",
            CooperationArea.DIALOGUE_AND_CONSULTATION).build(),
        agreement("c-id-joint-working-groups", "Make full use of the joint working groups.", FULL_PLAY,
            CooperationArea.DIALOGUE_AND_CONSULTATION).build(),
        agreement("c-id-information-sharing", "Make full use of information sharing.", FULL_PLAY,
            CooperationArea.INFORMATION_SHARING).build(),
        agreement("c-id-personnel-training", "Uphold cooperation in personnel training.",
            "uphold cooperation in personnel training", CooperationArea.TRAINING).build(),
        agreement("c-id-navies-air-forces", "Strengthen the ties between the two navies and the two air forces.",
            "They agreed to strengthen the ties between the two navies and air forces",
            CooperationArea.NAVAL, CooperationArea.AIR_FORCE).build(),
        agreement("c-id-defence-industry", "Promote cooperation in defence industry.", AGREED,
            CooperationArea.DEFENCE_INDUSTRY).build(),
        agreement("c-id-search-and-rescue", "Promote cooperation in search and rescue.", AGREED,
            CooperationArea.SEARCH_AND_RESCUE).build(),
        agreement("c-id-military-medicine", "Promote cooperation in medicine.", AGREED,
            CooperationArea.MILITARY_MEDICINE)
            .note(JOINT + " The article says 'medicine'; between defence ministries it is taken as military"
                + " medicine.").build(),
        agreement("c-id-cooperation-frameworks", "Continue to review and complete the cooperation frameworks.",
            "continue to review and complete cooperation frameworks").build(),
        commitment("c-id-asean-chairmanship-support", CommitmentKind.SUPPORT, MEETING, DATE,
                "Support Indonesia's ASEAN chairmanship and team with Indonesia at the ASEAN military and"
                    + " defence meetings it hosts.",
                admm2022("Vietnam supports and is willing to team with the country at Indonesia-hosted ASEAN"
                    + " military and defense meetings"))
            .addMakers(VN).addAddressees(ID).addAreas(CooperationArea.MULTILATERAL)
            .dueAt(CHAIRMANSHIP).addMilestones(CHAIRMANSHIP)
            .addEvidence(admm2022("Given that Indonesia will take on the ASEAN Chairmanship next year",
                SeedDates.ASEAN_CHAIRMANSHIP_NOTE))
            .note("Vietnam's support ('Vietnam supports'), confirmed by Gen. Giang; due at the chairmanship,"
                + " over its year.")
            .build(),
        AdmmMeetings2022.expoInvitation("c-id-vide-2022-invitation", MEETING, ID_MOD,
            "Indonesia's Ministry of Defence"));
  }

  private static Commitment.Builder agreement(String id, String text, String quote, CooperationArea... areas) {
    return commitment(id, CommitmentKind.AGREEMENT, MEETING, DATE, text, admm2022(quote))
        .addMakers(VN, ID).addAreas(areas).note(JOINT);
  }

  private static Milestone chairmanship() {
    return Milestone.builder().id(CHAIRMANSHIP)
        .title("Indonesia's ASEAN Chairmanship")
        .milestoneKind(MilestoneKind.CHAIRMANSHIP)
        .date(SeedDates.ASEAN_CHAIRMANSHIP)
        .addParties(ID, org(ASEAN))
        .addAreas(CooperationArea.MULTILATERAL)
        .summary("Indonesia chairs ASEAN and hosts its military and defence meetings.")
        .addEvidence(admm2022("Indonesia will take on the ASEAN Chairmanship next year",
            SeedDates.ASEAN_CHAIRMANSHIP_NOTE))
        .build();
  }
}
