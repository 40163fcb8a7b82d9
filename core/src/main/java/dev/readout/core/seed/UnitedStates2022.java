package dev.readout.core.seed;

import static dev.readout.core.seed.SeedActors.AUSTIN;
import static dev.readout.core.seed.SeedActors.GIANG;
import static dev.readout.core.seed.SeedActors.US;
import static dev.readout.core.seed.SeedActors.US_DOD;
import static dev.readout.core.seed.SeedActors.VN;
import static dev.readout.core.seed.SeedActors.org;
import static dev.readout.core.seed.SeedActors.person;
import static dev.readout.core.seed.SeedBuilders.act;
import static dev.readout.core.seed.SeedBuilders.commitment;
import static dev.readout.core.seed.SeedBuilders.participant;
import static dev.readout.core.seed.SeedSources.admm2022;
import static dev.readout.core.seed.SeedSources.us2024;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.dates.EdtfDate;
import dev.readout.core.model.Act;
import dev.readout.core.model.ActKind;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.CommitmentKind;
import dev.readout.core.model.CooperationArea;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.EngagementFormat;
import dev.readout.core.model.EngagementKind;
import dev.readout.core.model.Instrument;
import dev.readout.core.model.InstrumentKind;
import dev.readout.core.model.ParticipantRole;
import dev.readout.core.model.Partnership;
import dev.readout.core.model.PartnershipLevel;
import dev.readout.core.model.Programme;
import dev.readout.core.model.ProgrammeKind;
import java.util.List;

/**
 * The U.S. in the 2022 article: Gen. Giang's meeting with Lloyd Austin, the defence instruments they
 * cited, the comprehensive partnership, the Bien Hoa dioxin project, Giang's requests and proposals,
 * and the U.S. Department of Defense's agreement to send a delegation to the expo.
 */
final class UnitedStates2022 {
  static final String MEETING = "giang-austin-2022";

  static final String COMPREHENSIVE_PARTNERSHIP = "vn-us-comprehensive-partnership";
  static final String MOU_2011 = "vn-us-defence-mou-2011";
  static final String JOINT_VISION_2015 = "vn-us-joint-vision-2015";
  static final String LATEST_MOU = "vn-us-latest-defence-mou";
  static final String PLAN_2022_2024 = "vn-us-cooperation-plan-2022-2024";
  static final String BIEN_HOA = "bien-hoa-dioxin";

  private static final EdtfDate DATE = SeedDates.ADMM_2022;
  private static final String SUGGESTED =
      "Defense Minister Phan Van Giang suggested the two sides continuously implement cooperation fields"
          + " according to the signed agreements, especially the latest MoU at add more defense cooperation fields";
  private static final String PRIORITY =
      "Priority should also be given to enhancing the cooperation in U.N. peacekeeping, military medicine, and"
          + " other existing fields in a more substantive and effective manner.";
  private static final String PRIORITY_NOTE =
      "The sentence is passive ('Priority should also be given') and follows Gen. Giang's request to the"
          + " U.S. Defense Department, which its 'also' continues; the Department is taken as the addressee."
          + " 'other existing fields' are not named and so are not a record.";
  private static final String EXPO_THANKS =
      "the Vietnamese defense chief thanked the U.S. Department of Defense for agreeing to send a delegation"
          + " to the Vietnam International Defense Expo 2022";

  private UnitedStates2022() {}

  static void addTo(Dataset.Builder builder) {
    builder.addPartnerships(comprehensivePartnership())
        .addInstruments(mou2011(), jointVision2015(), latestMou(), plan())
        .addEngagements(meeting())
        .addCommitments(commitments())
        .addProgrammes(bienHoa());
  }

  private static Partnership comprehensivePartnership() {
    return Partnership.builder().id(COMPREHENSIVE_PARTNERSHIP).addCountries("VN", "US")
        .level(PartnershipLevel.COMPREHENSIVE_PARTNERSHIP)
        .since(EdtfDate.parse("2013-07"))
        .until(SeedDates.CSP_UPGRADE)
        .addEvidence(
            admm2022("the Vietnam - U.S. comprehensive partnership"),
            us2024("have recently upgraded their relationship to a comprehensive strategic partnership",
                SeedDates.CSP_UPGRADE_NOTE))
        .note("The start, July 2013, is not in the articles; it comes from public record. The end is the"
            + " upgrade to a comprehensive strategic partnership (see " + UsVisit2024.CSP + ").")
        .build();
  }

  private static Instrument mou2011() {
    return Instrument.builder().id(MOU_2011)
        .title("Memorandum of Understanding on Promoting Bilateral Defense Cooperation")
        .instrumentKind(InstrumentKind.MEMORANDUM_OF_UNDERSTANDING)
        .addParties(VN, US)
        .signed(EdtfDate.parse("2011"))
        .summary("The MoU in whose spirit, the two ministers said, bilateral defence ties have been carried out.")
        .addEvidence(admm2022("the Memorandum of Understanding (MoU) on Promoting Bilateral Defense Cooperation"
            + " signed in 2011"))
        .note("The article does not name the signatories, so the parties are the two countries.")
        .build();
  }

  private static Instrument jointVision2015() {
    return Instrument.builder().id(JOINT_VISION_2015)
        .title("Declaration on Joint Vision on Defense Relations")
        .instrumentKind(InstrumentKind.DECLARATION)
        .addParties(VN, US)
        .signed(EdtfDate.parse("2015"))
        .summary("The 2015 joint vision on defence relations, cited with the 2011 MoU as the basis of"
            + " bilateral defence ties.")
        .addEvidence(admm2022("the Declaration on Joint Vision on Defense Relations inked in 2015"))
        .note("Title and kind as the article gives them; public record (outside the article) knows it as"
            + " the Joint Vision Statement on Defense Relations. The signatories are not named.")
        .build();
  }

  private static Instrument latestMou() {
    return Instrument.builder().id(LATEST_MOU)
        .title("Latest MoU adding defence cooperation fields")
        .instrumentKind(InstrumentKind.MEMORANDUM_OF_UNDERSTANDING)
        .addParties(VN, US)
        .summary("The most recent Vietnam–U.S. MoU, which adds fields of defence cooperation.")
        .addEvidence(admm2022("the latest MoU at add more defense cooperation fields"))
        .note("The article calls it 'the latest MoU at add more defense cooperation fields' ('at add' as"
            + " printed) and gives no title, date or signatories. It was signed before the 2022 meeting"
            + " ('the signed agreements'), but when is unknown, so no date is encoded.")
        .build();
  }

  private static Instrument plan() {
    return Instrument.builder().id(PLAN_2022_2024)
        .title("Three-year defence cooperation plan for 2022–2024")
        .instrumentKind(InstrumentKind.COOPERATION_PLAN)
        .addParties(VN, US)
        .validity(SeedDates.PLAN_2022_2024)
        .summary("The Vietnam–U.S. defence cooperation plan for the three years 2022 to 2024.")
        .addEvidence(admm2022("the three-year cooperation plan for the 2022-2024 period"))
        .note("The article gives its period but no title, signing date or signatories.")
        .build();
  }

  private static Engagement meeting() {
    return Engagement.builder().id(MEETING)
        .title("Phan Văn Giang meets Lloyd Austin")
        .engagementKind(EngagementKind.MEETING).format(EngagementFormat.IN_PERSON)
        .date(DATE).occasion(AdmmMeetings2022.OCCASION).parent(AdmmMeetings2022.ASEAN_US)
        .addSides("VN", "US")
        .addParticipants(participant(GIANG, "VN", ParticipantRole.PRINCIPAL),
            participant(AUSTIN, "US", ParticipantRole.PRINCIPAL))
        .addAreas(CooperationArea.WAR_LEGACY, CooperationArea.UN_PEACEKEEPING,
            CooperationArea.MILITARY_MEDICINE, CooperationArea.DEFENCE_INDUSTRY)
        .addInstruments(MOU_2011, JOINT_VISION_2015, LATEST_MOU, PLAN_2022_2024)
        .summary("The two ministers praised the development of the comprehensive partnership, particularly"
            + " defence cooperation, carried out in the spirit of the 2011 MoU and the 2015 joint vision."
            + " Gen. Giang proposed implementing the latest MoU and the 2022–2024 plan, asked the U.S."
            + " Department of Defense to keep prioritising resources for war legacy — speeding up the Bien"
            + " Hoa dioxin project and then treating all contaminated areas there — and to enhance"
            + " cooperation in U.N. peacekeeping and military medicine, and thanked it for agreeing to send"
            + " a delegation to the December defence expo.")
        .addEvidence(
            admm2022("During the conversation with U.S. Secretary of Defense Lloyd Austin", SeedDates.ADMM_2022_NOTE),
            admm2022("Defense Minister General Phan Van Giang meets U.S. Secretary of Defense Lloyd Austin."))
        .addActs(
            Act.builder().actKind(ActKind.APPRECIATION).addBy(person(GIANG), person(AUSTIN))
                .description("Both ministers spoke highly of the flourishing, effective development of the"
                    + " Vietnam–U.S. comprehensive partnership, particularly defence cooperation.")
                .addEvidence(admm2022("both officials spoke highly of the constantly-flourishing and effective"
                    + " development of the Vietnam - U.S. comprehensive partnership, particularly defense"
                    + " cooperation"))
                .build(),
            act(ActKind.THANKS, person(GIANG), List.of(org(US_DOD)),
                "Thanked the U.S. Department of Defense for agreeing to send a delegation to the Vietnam"
                    + " International Defense Expo 2022.",
                admm2022(EXPO_THANKS)))
        .note("The article calls it a 'conversation' and a meeting; the photo caption 'meets' shows it was"
            + " held in person. It came after the informal meetings; its parent is the ASEAN–U.S. one, the"
            + " meeting that brought the U.S. minister, though the article says only 'after'.")
        .build();
  }

  private static List<Commitment> commitments() {
    return List.of(
        commitment("c-us-latest-mou-fields", CommitmentKind.PROPOSAL, MEETING, DATE,
                "Keep implementing the fields of cooperation under the signed agreements, especially the"
                    + " latest MoU adding defence cooperation fields.",
                admm2022(SUGGESTED))
            .addMakers(person(GIANG)).addAddressees(org(US_DOD)).addInstruments(LATEST_MOU)
            .note("Suggested for 'the two sides'; the U.S. Department of Defense, Lloyd Austin's department,"
                + " is the addressee. The other signed agreements are not named.")
            .build(),
        commitment("c-us-three-year-plan", CommitmentKind.PROPOSAL, MEETING, DATE,
                "Keep implementing the three-year cooperation plan for 2022–2024.",
                admm2022(SUGGESTED + " and the three-year cooperation plan for the 2022-2024 period"))
            .addMakers(person(GIANG)).addAddressees(org(US_DOD)).addInstruments(PLAN_2022_2024)
            .due(SeedDates.PLAN_2022_2024)
            .note("Suggested for 'the two sides'; the U.S. Department of Defense is the addressee. Due over"
                + " the plan's period, 2022 to 2024.")
            .build(),
        commitment("c-us-war-legacy-resources", CommitmentKind.REQUEST, MEETING, DATE,
                "Continue giving priority to increasing resources to support Vietnam in settling war legacy.",
                admm2022("He asked the U.S. Defense Department to continue giving priority to increasing resources"
                    + " to support Vietnam in settlement of war legacy"))
            .addMakers(person(GIANG)).addAddressees(org(US_DOD)).addAreas(CooperationArea.WAR_LEGACY)
            .build(),
        commitment("c-us-bien-hoa-speed-up", CommitmentKind.REQUEST, MEETING, DATE,
                "Speed up the progress of the dioxin detoxification project at Bien Hoa Airport.",
                admm2022("including speeding up the progress of the project on dioxin detoxification at Bien Hoa"
                    + " Airport"))
            .addMakers(person(GIANG)).addAddressees(org(US_DOD)).addAreas(CooperationArea.WAR_LEGACY)
            .addProgrammes(BIEN_HOA)
            .note("Part of the request for resources to settle war legacy ('including').")
            .build(),
        commitment("c-us-bien-hoa-remaining-areas", CommitmentKind.REQUEST, MEETING, DATE,
                "Treat all the dioxin-contaminated areas at Bien Hoa Airport once the detoxification project is done.",
                admm2022("and then treating all dioxin-contaminated areas there"))
            .addMakers(person(GIANG)).addAddressees(org(US_DOD)).addAreas(CooperationArea.WAR_LEGACY)
            .addProgrammes(BIEN_HOA)
            .note("Part of the request for resources to settle war legacy; to follow the Bien Hoa project"
                + " ('and then').")
            .build(),
        commitment("c-us-un-peacekeeping", CommitmentKind.REQUEST, MEETING, DATE,
                "Give priority to enhancing cooperation in U.N. peacekeeping in a more substantive and"
                    + " effective manner.",
                admm2022(PRIORITY))
            .addMakers(person(GIANG)).addAddressees(org(US_DOD)).addAreas(CooperationArea.UN_PEACEKEEPING)
            .note(PRIORITY_NOTE)
            .build(),
        commitment("c-us-military-medicine", CommitmentKind.REQUEST, MEETING, DATE,
                "Give priority to enhancing cooperation in military medicine in a more substantive and"
                    + " effective manner.",
                admm2022(PRIORITY))
            .addMakers(person(GIANG)).addAddressees(org(US_DOD)).addAreas(CooperationArea.MILITARY_MEDICINE)
            .note(PRIORITY_NOTE)
            .build(),
        commitment("c-us-vide-2022-delegation", CommitmentKind.ACCEPTANCE, MEETING, DATE,
                "Send a U.S. Department of Defense delegation to the Vietnam International Defense Expo 2022"
                    + " in December 2022.",
                admm2022(EXPO_THANKS))
            .addMakers(org(US_DOD)).addAddressees(VN)
            .addAreas(CooperationArea.DEFENCE_INDUSTRY, CooperationArea.DELEGATION_EXCHANGE)
            .dueAt(AdmmMeetings2022.EXPO).addMilestones(AdmmMeetings2022.EXPO)
            .note("Known from Gen. Giang's thanks at this meeting; when the Department agreed, and to whose"
                + " invitation, the article does not say, so the acceptance is dated to the meeting and"
                + " addressed to Vietnam, the expo's host. Due at the expo; the seed holds no report of the"
                + " delegation's attendance.")
            .build());
  }

  private static Programme bienHoa() {
    return Programme.builder().id(BIEN_HOA)
        .title("Dioxin detoxification project at Bien Hoa Airport")
        .programmeKind(ProgrammeKind.PROJECT)
        .addParties(VN, US)
        .addAreas(CooperationArea.WAR_LEGACY)
        .summary("The project to detoxify dioxin at Bien Hoa Airport, which Vietnam asked the U.S. to speed"
            + " up before treating all the contaminated areas there.")
        .addEvidence(admm2022("the project on dioxin detoxification at Bien Hoa Airport"))
        .note("The article gives no period. That the U.S. takes part follows from the request to the U.S."
            + " Defense Department to speed the project up; who funds or runs it is not stated.")
        .build();
  }
}
