package dev.readout.core.seed;

import static dev.readout.core.seed.SeedActors.GIANG;
import static dev.readout.core.seed.SeedActors.IN;
import static dev.readout.core.seed.SeedActors.IN_MOD;
import static dev.readout.core.seed.SeedActors.SINGH;
import static dev.readout.core.seed.SeedActors.VN;
import static dev.readout.core.seed.SeedActors.VN_MND;
import static dev.readout.core.seed.SeedActors.org;
import static dev.readout.core.seed.SeedActors.person;
import static dev.readout.core.seed.SeedBuilders.act;
import static dev.readout.core.seed.SeedBuilders.commitment;
import static dev.readout.core.seed.SeedBuilders.participant;
import static dev.readout.core.seed.SeedSources.admm2022;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.dates.EdtfDate;
import dev.readout.core.model.ActKind;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.CommitmentKind;
import dev.readout.core.model.CooperationArea;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.EngagementFormat;
import dev.readout.core.model.EngagementKind;
import dev.readout.core.model.Instrument;
import dev.readout.core.model.InstrumentKind;
import dev.readout.core.model.Milestone;
import dev.readout.core.model.MilestoneKind;
import dev.readout.core.model.ParticipantRole;
import dev.readout.core.model.Partnership;
import dev.readout.core.model.PartnershipLevel;
import java.util.List;

/**
 * India in the 2022 article: Rajnath Singh's official visit to Vietnam and its outcomes (the joint
 * vision statement on the defence partnership and the logistics MoU), the 50th anniversary of
 * diplomatic ties, and Gen. Giang's meeting with Singh, its agreements and the expo invitation.
 */
final class India2022 {
  static final String VISIT = "singh-vn-visit-2022";
  static final String MEETING = "giang-singh-2022";
  static final String JOINT_VISION = "vn-in-joint-vision-2022";
  static final String LOGISTICS_MOU = "vn-in-logistics-mou-2022";
  static final String DEFENCE_PARTNERSHIP = "vn-in-defence-partnership";
  static final String TIES_50TH = "vn-in-ties-50th-anniversary";

  private static final EdtfDate DATE = SeedDates.ADMM_2022;
  private static final String THANKS =
      "Saying thanks to Indian Defense Minister Shri Rajnath Singh for his official visit to Vietnam";
  private static final String OUTCOMES =
      "the outcomes of the visit, the Joint Vision Statement on Vietnam - India defense partnership and the"
          + " signing of the MoU on mutual logistics support between the two defense ministries";
  private static final String AGREED_TO_CONSIDER =
      "Vietnamese and Indian defense ministers agreed to consider realizing the outcomes of the Indian"
          + " minister’s visit and the Joint Vision Statement";
  private static final String JOINT =
      "A joint agreement of the two ministers, who 'agreed to consider realizing' the outcomes of the visit"
          + " and the Joint Vision Statement with this as one focus — weaker wording than 'agreed to'. The"
          + " article does not say which side proposed it.";
  private static final String OUTCOME_DATE_NOTE =
      "An outcome of Rajnath Singh's visit, so dated as the visit: " + SeedDates.SINGH_VISIT_NOTE;

  private India2022() {}

  static void addTo(Dataset.Builder builder) {
    builder.addPartnerships(defencePartnership())
        .addInstruments(jointVision(), logisticsMou())
        .addEngagements(visit(), meeting())
        .addCommitments(commitments())
        .addMilestones(ties50th());
  }

  private static Partnership defencePartnership() {
    return Partnership.builder().id(DEFENCE_PARTNERSHIP).addCountries("VN", "IN")
        .level(PartnershipLevel.DEFENCE_PARTNERSHIP)
        .name("Vietnam–India defence partnership")
        .since(SeedDates.SINGH_VISIT)
        .addEvidence(admm2022("the Joint Vision Statement on Vietnam - India defense partnership", OUTCOME_DATE_NOTE))
        .note("The article names the defence partnership only in the title of the joint vision statement"
            + " adopted during Rajnath Singh's visit, so it is dated from that statement; whether the"
            + " partnership existed earlier is not said.")
        .build();
  }

  private static Instrument jointVision() {
    return Instrument.builder().id(JOINT_VISION)
        .title("Joint Vision Statement on Vietnam–India defence partnership")
        .instrumentKind(InstrumentKind.JOINT_VISION_STATEMENT)
        .addParties(VN, IN)
        .signed(SeedDates.SINGH_VISIT)
        .summary("An outcome of Rajnath Singh's official visit to Vietnam, which the two ministers agreed to"
            + " consider realising.")
        .addEvidence(admm2022(OUTCOMES, OUTCOME_DATE_NOTE))
        .note("The article does not name the signatories, so the parties are the two countries.")
        .build();
  }

  private static Instrument logisticsMou() {
    return Instrument.builder().id(LOGISTICS_MOU)
        .title("MoU on mutual logistics support")
        .instrumentKind(InstrumentKind.MEMORANDUM_OF_UNDERSTANDING)
        .addParties(org(VN_MND), org(IN_MOD))
        .signed(SeedDates.SINGH_VISIT)
        .addAreas(CooperationArea.LOGISTICS)
        .summary("A memorandum between the two defence ministries on mutual logistics support, signed during"
            + " Rajnath Singh's official visit to Vietnam.")
        .addEvidence(admm2022(OUTCOMES, OUTCOME_DATE_NOTE))
        .build();
  }

  private static Engagement visit() {
    return Engagement.builder().id(VISIT)
        .title("Rajnath Singh's official visit to Vietnam")
        .engagementKind(EngagementKind.VISIT).format(EngagementFormat.IN_PERSON)
        .date(SeedDates.SINGH_VISIT).place("Vietnam").placeCountry("VN")
        .addSides("IN", "VN")
        .addParticipants(participant(SINGH, "IN", ParticipantRole.PRINCIPAL),
            participant(GIANG, "VN", ParticipantRole.HOST))
        .addAreas(CooperationArea.LOGISTICS)
        .addInstruments(JOINT_VISION, LOGISTICS_MOU)
        .summary("India's defence minister paid an official visit to Vietnam, an important event of the 50th"
            + " anniversary of diplomatic ties. Its outcomes were the Joint Vision Statement on the"
            + " Vietnam–India defence partnership and the MoU on mutual logistics support between the two"
            + " defence ministries.")
        .addEvidence(
            admm2022(THANKS, SeedDates.SINGH_VISIT_NOTE),
            admm2022("it was an important event in celebration of the 50th anniversary of Vietnam - India"
                + " diplomatic ties"),
            admm2022(OUTCOMES))
        .note("Known only from the 2022 article's reference to it, which gives neither the month nor the"
            + " place. Gen. Giang is listed as host: he thanked Singh for the visit, and the MoU was signed"
            + " between the two defence ministries; the article does not say who signed it.")
        .build();
  }

  private static Engagement meeting() {
    return Engagement.builder().id(MEETING)
        .title("Phan Văn Giang meets Rajnath Singh")
        .engagementKind(EngagementKind.MEETING).format(EngagementFormat.IN_PERSON)
        .date(DATE).occasion(AdmmMeetings2022.OCCASION).parent(AdmmMeetings2022.ASEAN_INDIA)
        .addSides("VN", "IN")
        .addParticipants(participant(GIANG, "VN", ParticipantRole.PRINCIPAL),
            participant(SINGH, "IN", ParticipantRole.PRINCIPAL))
        .addAreas(CooperationArea.DELEGATION_EXCHANGE, CooperationArea.DIALOGUE_AND_CONSULTATION,
            CooperationArea.SERVICES_AND_ARMS, CooperationArea.DEFENCE_INDUSTRY, CooperationArea.LOGISTICS)
        .addInstruments(JOINT_VISION, LOGISTICS_MOU)
        .summary("Gen. Giang thanked Rajnath Singh for his official visit, whose outcomes — the joint vision"
            + " statement and the logistics MoU — he called an important motivation for defence"
            + " cooperation. The ministers agreed to consider realising those outcomes, focusing on"
            + " delegation exchanges at all levels, more efficient dialogue and consultation mechanisms,"
            + " cooperation between services and arms, and defence-industry cooperation; Gen. Giang invited"
            + " Indian delegations to the December defence expo.")
        .addEvidence(
            admm2022(THANKS + ", Defense Minister Phan Van Giang stressed", SeedDates.ADMM_2022_NOTE),
            admm2022("Also at the meeting, Vietnamese and Indian defense ministers agreed"))
        .addActs(act(ActKind.THANKS, person(GIANG), List.of(person(SINGH)),
            "Thanked Rajnath Singh for his official visit to Vietnam, an important event of the 50th"
                + " anniversary of diplomatic ties.",
            admm2022(THANKS)))
        .note("It came after the informal meetings; its parent is the ASEAN–India one, the meeting that"
            + " brought the Indian minister, though the article says only 'after'. The format is not"
            + " stated; a meeting between ministers gathered for those meetings is taken as held in"
            + " person.")
        .build();
  }

  private static List<Commitment> commitments() {
    return List.of(
        commitment("c-in-visit-outcomes", CommitmentKind.AGREEMENT, MEETING, DATE,
                "Consider realising the outcomes of Rajnath Singh's visit and the Joint Vision Statement.",
                admm2022(AGREED_TO_CONSIDER))
            .addMakers(VN, IN).addInstruments(JOINT_VISION, LOGISTICS_MOU).addAreas(CooperationArea.LOGISTICS)
            .note("A joint agreement of the two ministers; 'agreed to consider' is weaker wording than"
                + " 'agreed to'. The outcomes include the logistics MoU. The article does not say which side"
                + " proposed it.")
            .build(),
        focus("c-in-delegation-exchange",
            "Promote delegation exchanges at all levels, especially meetings between the leaders of the two"
                + " defence ministries.",
            "promoting all-level delegation exchanges, especially meetings between the two defense ministry leaders",
            CooperationArea.DELEGATION_EXCHANGE),
        focus("c-in-dialogue-mechanisms",
            "Improve the efficiency of the dialogue, consultation and exchange mechanisms.",
            "improving the efficiency of dialogue, consultation, and exchange mechanisms",
            CooperationArea.DIALOGUE_AND_CONSULTATION),
        focus("c-in-services-and-arms", "Enhance cooperation between services and arms.",
            "enhancing cooperation between services and arms", CooperationArea.SERVICES_AND_ARMS),
        focus("c-in-defence-industry", "Implement defence-industry cooperation according to the signed agreements.",
            "implementing defense industry cooperation according to signed agreements",
            CooperationArea.DEFENCE_INDUSTRY),
        AdmmMeetings2022.expoInvitation("c-in-vide-2022-invitation", MEETING, IN_MOD,
            "India's Ministry of Defence"));
  }

  private static Commitment focus(String id, String text, String quote, CooperationArea area) {
    return commitment(id, CommitmentKind.AGREEMENT, MEETING, DATE, text, admm2022(quote))
        .addEvidence(admm2022(AGREED_TO_CONSIDER))
        .addMakers(VN, IN).addAreas(area).addInstruments(JOINT_VISION).note(JOINT)
        .build();
  }

  private static Milestone ties50th() {
    return Milestone.builder().id(TIES_50TH)
        .title("50th anniversary of Vietnam–India diplomatic ties")
        .milestoneKind(MilestoneKind.ANNIVERSARY)
        .date(SeedDates.INDIA_TIES_50TH)
        .addParties(VN, IN)
        .summary("Fifty years of diplomatic ties, celebrated among other events by Rajnath Singh's official"
            + " visit to Vietnam.")
        .addEvidence(admm2022("the 50th anniversary of Vietnam - India diplomatic ties",
            SeedDates.INDIA_TIES_50TH_NOTE))
        .build();
  }
}
