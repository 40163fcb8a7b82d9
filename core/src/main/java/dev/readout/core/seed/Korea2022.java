package dev.readout.core.seed;

import static dev.readout.core.seed.SeedActors.GIANG;
import static dev.readout.core.seed.SeedActors.KR;
import static dev.readout.core.seed.SeedActors.KR_MND;
import static dev.readout.core.seed.SeedActors.LEE;
import static dev.readout.core.seed.SeedActors.VN;
import static dev.readout.core.seed.SeedActors.person;
import static dev.readout.core.seed.SeedBuilders.commitment;
import static dev.readout.core.seed.SeedBuilders.participant;
import static dev.readout.core.seed.SeedSources.admm2022;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.dates.EdtfDate;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.CommitmentKind;
import dev.readout.core.model.CooperationArea;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.EngagementFormat;
import dev.readout.core.model.EngagementKind;
import dev.readout.core.model.Instrument;
import dev.readout.core.model.InstrumentKind;
import dev.readout.core.model.ParticipantRole;
import dev.readout.core.model.Programme;
import dev.readout.core.model.ProgrammeKind;
import java.util.List;

/**
 * The Republic of Korea in the 2022 article: Gen. Giang's meeting with Lee Jong-sup, the 2030 joint
 * vision declaration, the peace village project, the agreements and requests made, and the expo
 * invitation.
 */
final class Korea2022 {
  static final String MEETING = "giang-lee-2022";
  static final String JOINT_VISION_2030 = "vn-kr-joint-vision-2030";
  static final String PEACE_VILLAGE = "kr-vn-peace-village";

  private static final EdtfDate DATE = SeedDates.ADMM_2022;
  private static final String JOINT =
      "A joint agreement of the two ministers ('both officials agreed'); the article does not say which"
          + " side proposed it.";

  private Korea2022() {}

  static void addTo(Dataset.Builder builder) {
    builder.addInstruments(jointVision2030())
        .addEngagements(meeting())
        .addCommitments(commitments())
        .addProgrammes(peaceVillage());
  }

  private static Instrument jointVision2030() {
    return Instrument.builder().id(JOINT_VISION_2030)
        .title("Declaration on Joint Vision on Defense Cooperation by 2030")
        .instrumentKind(InstrumentKind.DECLARATION)
        .addParties(VN, KR)
        .validity(EdtfDate.parse("/2030"))
        .summary("The joint vision on which, the two ministers said, defence cooperation has been carried"
            + " out practically and effectively.")
        .addEvidence(admm2022("particularly the Declaration on Joint Vision on Defense Cooperation by 2030"))
        .note("Title and kind as the article gives them. It gives no signing date or signatories; its"
            + " horizon, 'by 2030', is encoded as validity up to 2030 from an unknown start.")
        .build();
  }

  private static Engagement meeting() {
    return Engagement.builder().id(MEETING)
        .title("Phan Văn Giang meets Lee Jong-sup")
        .engagementKind(EngagementKind.MEETING).format(EngagementFormat.IN_PERSON)
        .date(DATE).occasion(AdmmMeetings2022.OCCASION)
        .addSides("VN", "KR")
        .addParticipants(participant(GIANG, "VN", ParticipantRole.PRINCIPAL),
            participant(LEE, "KR", ParticipantRole.PRINCIPAL))
        .addAreas(CooperationArea.DELEGATION_EXCHANGE, CooperationArea.DIALOGUE_AND_CONSULTATION,
            CooperationArea.WAR_LEGACY, CooperationArea.DEFENCE_INDUSTRY, CooperationArea.TECHNOLOGY_TRANSFER)
        .addInstruments(JOINT_VISION_2030)
        .summary("The two ministers confirmed that defence cooperation had been carried out practically and"
            + " effectively under the 2030 joint vision, with delegation exchanges and annual mechanisms"
            + " such as the deputy-minister-level defence policy dialogue kept up, and agreed to boost"
            + " delegation exchanges and uphold the annual mechanisms. Gen. Giang asked Lee Jong-sup to"
            + " urge the Korean Foreign Ministry and KOICA to enhance war-legacy cooperation, including"
            + " the peace village project, to help boost defence-industry cooperation and technology"
            + " transfer, notably between Viettel and Hanwha, and invited Korean delegations to the"
            + " December defence expo.")
        .addEvidence(
            admm2022("Defense Minister Phan Van Giang and his counterpart from the Republic of Korea Lee Jong-sup"
                + " confirmed that the defense cooperation has been paid due attention to by both sides",
                SeedDates.ADMM_2022_NOTE),
            admm2022("Defense Minister General Phan Van Giang has a meeting with his counterpart from the Republic"
                + " of Korea Lee Jong-sup."),
            admm2022("They also highlighted the maintenance of delegation exchange, consultation mechanisms, such"
                + " as annual defense policy dialogue at the deputy minister level."))
        .note("The article says only that the meetings came after the informal ASEAN–U.S. and ASEAN–India"
            + " meetings and ties this one to neither, so it has an occasion but no parent. The photo"
            + " caption 'has a meeting with' shows it was held in person.")
        .build();
  }

  private static List<Commitment> commitments() {
    return List.of(
        commitment("c-kr-delegation-exchange", CommitmentKind.AGREEMENT, MEETING, DATE,
                "Boost the exchange of delegations, especially high-level ones.",
                admm2022("both officials agreed to boost exchange of delegations, especially high-level ones"))
            .addMakers(VN, KR).addAreas(CooperationArea.DELEGATION_EXCHANGE).note(JOINT)
            .build(),
        commitment("c-kr-annual-mechanisms", CommitmentKind.AGREEMENT, MEETING, DATE,
                "Uphold the annual cooperation mechanisms.",
                admm2022("both officials agreed to boost exchange of delegations, especially high-level ones and"
                    + " uphold annual cooperation mechanisms"))
            .addMakers(VN, KR).addAreas(CooperationArea.DIALOGUE_AND_CONSULTATION)
            .note(JOINT + " The article names the annual deputy-minister-level defence policy dialogue as one"
                + " such mechanism.")
            .build(),
        commitment("c-kr-war-consequences", CommitmentKind.REQUEST, MEETING, DATE,
                "Suggest that the Korean Foreign Ministry and KOICA enhance cooperation in addressing the"
                    + " consequences of war, including the Korea–Vietnam peace village project for 2022–2026.",
                admm2022("Defense Minister Phan Van Giang asked his Korean counterpart to suggest Korean Foreign"
                    + " Ministry and Korean International Cooperation Agency (KOICA) enhance cooperation in"
                    + " addressing consequences of war, including the Korea - Vietnam peace village project in"
                    + " the 2022-2026 period"))
            .addMakers(person(GIANG)).addAddressees(person(LEE)).addAreas(CooperationArea.WAR_LEGACY)
            .addProgrammes(PEACE_VILLAGE)
            .note("Lee Jong-sup is the one asked; the Korean Foreign Ministry (" + SeedActors.KR_MOFA + ") and"
                + " KOICA (" + SeedActors.KOICA + "), to whom he is to pass the suggestion, are the ones to"
                + " act. A commitment has one list of addressees, so they are named here and in the text.")
            .build(),
        commitment("c-kr-defence-industry", CommitmentKind.REQUEST, MEETING, DATE,
                "Help boost cooperation in defence industry and technology transfer, based on each side's"
                    + " potential and demand.",
                admm2022("He also asked Korean minister to help boost cooperation in defense industry and technology"
                    + " transfer based on each side’s potential and demand"))
            .addMakers(person(GIANG)).addAddressees(person(LEE))
            .addAreas(CooperationArea.DEFENCE_INDUSTRY, CooperationArea.TECHNOLOGY_TRANSFER)
            .build(),
        commitment("c-kr-viettel-hanwha", CommitmentKind.REQUEST, MEETING, DATE,
                "Create conditions for cooperation projects between Viettel and Hanwha Group.",
                admm2022("particularly creating condition for cooperation projects between the Military"
                    + " Industry-Telecoms Group (Viettel) and Korean Hanwha Group"))
            .addMakers(person(GIANG)).addAddressees(person(LEE))
            .addAreas(CooperationArea.DEFENCE_INDUSTRY, CooperationArea.TECHNOLOGY_TRANSFER)
            .note("Part of the request to help boost defence-industry cooperation ('particularly'). The"
                + " projects are between " + SeedActors.VIETTEL + " and " + SeedActors.HANWHA + ", who are not"
                + " the ones asked.")
            .build(),
        AdmmMeetings2022.expoInvitation("c-kr-vide-2022-invitation", MEETING, KR_MND,
            "the Republic of Korea's Ministry of National Defense"));
  }

  private static Programme peaceVillage() {
    return Programme.builder().id(PEACE_VILLAGE)
        .title("Korea–Vietnam peace village project")
        .programmeKind(ProgrammeKind.PROJECT)
        .addParties(KR, VN)
        .period(EdtfDate.parse("2022/2026"))
        .addAreas(CooperationArea.WAR_LEGACY)
        .summary("A Korea–Vietnam project addressing the consequences of war, for 2022 to 2026.")
        .addEvidence(admm2022("the Korea - Vietnam peace village project in the 2022-2026 period"))
        .note("The article names it only as part of addressing the consequences of war; who runs it is not"
            + " stated, though Gen. Giang's request concerns the Korean Foreign Ministry and KOICA.")
        .build();
  }
}
