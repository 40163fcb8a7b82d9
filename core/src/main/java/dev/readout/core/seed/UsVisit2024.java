package dev.readout.core.seed;

import static dev.readout.core.seed.SeedActors.AUSTIN;
import static dev.readout.core.seed.SeedActors.BINH;
import static dev.readout.core.seed.SeedActors.GIANG;
import static dev.readout.core.seed.SeedActors.US;
import static dev.readout.core.seed.SeedActors.VN;
import static dev.readout.core.seed.SeedActors.VN_MND;
import static dev.readout.core.seed.SeedBuilders.group;
import static dev.readout.core.seed.SeedBuilders.participant;
import static dev.readout.core.seed.SeedSources.us2024;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.dates.EdtfDate;
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

/**
 * The 2024 article's frame: General Phan Văn Giang's official visit to the U.S. at the invitation
 * of Secretary of Defense Lloyd Austin, one year into the comprehensive strategic partnership, with
 * the partnership, the joint statement that upgraded it and its first anniversary. The visit's two
 * reported engagements are {@link LeahyTalks2024} and {@link EmbassyMeeting2024}.
 */
final class UsVisit2024 {
  static final String VISIT = "vn-us-official-visit-2024";
  static final String CSP = "vn-us-csp";
  static final String CSP_JOINT_STATEMENT = "vn-us-csp-joint-statement-2023";
  static final String CSP_FIRST_ANNIVERSARY = "vn-us-csp-first-anniversary";

  private static final EdtfDate DATE = SeedDates.US_VISIT_2024;

  private UsVisit2024() {}

  static void addTo(Dataset.Builder builder) {
    builder.addPartnerships(csp())
        .addInstruments(cspJointStatement())
        .addEngagements(visit())
        .addMilestones(cspFirstAnniversary());
  }

  private static Partnership csp() {
    return Partnership.builder().id(CSP).addCountries("VN", "US")
        .level(PartnershipLevel.COMPREHENSIVE_STRATEGIC_PARTNERSHIP)
        .name("comprehensive strategic partnership for peace, cooperation and sustainable development")
        .since(SeedDates.CSP_UPGRADE)
        .addEvidence(
            us2024("celebrating one year of their comprehensive strategic partnership for peace, cooperation"
                + " and sustainable development", SeedDates.CSP_UPGRADE_NOTE),
            us2024("have recently upgraded their relationship to a comprehensive strategic partnership"))
        .build();
  }

  private static Instrument cspJointStatement() {
    return Instrument.builder().id(CSP_JOINT_STATEMENT)
        .title("Joint statement on upgrading Vietnam–U.S. relations to a comprehensive strategic partnership")
        .instrumentKind(InstrumentKind.JOINT_STATEMENT)
        .addParties(VN, US)
        .signed(SeedDates.CSP_UPGRADE)
        .summary("The leaders' joint statement that upgraded the relationship; the defence cooperation"
            + " it sets out is what the 2024 visit set out to implement.")
        .addEvidence(us2024("the defense cooperation contents agreed by the two nations’ senior leaders in the"
            + " joint statement on upgrading the bilateral relations", SeedDates.CSP_UPGRADE_NOTE))
        .note("The article calls it 'the joint statement on upgrading the bilateral relations'; the title"
            + " here describes it.")
        .build();
  }

  private static Engagement visit() {
    return Engagement.builder().id(VISIT)
        .title("Phan Văn Giang's official visit to the United States")
        .engagementKind(EngagementKind.VISIT).format(EngagementFormat.IN_PERSON)
        .date(DATE).place("United States").placeCountry("US")
        .addSides("VN", "US")
        .addParticipants(
            participant(GIANG, "VN", ParticipantRole.PRINCIPAL),
            participant(BINH, "VN", ParticipantRole.DELEGATION_MEMBER),
            group("a high-ranking military delegation", VN_MND, "VN", ParticipantRole.DELEGATION_MEMBER),
            participant(AUSTIN, "US", ParticipantRole.HOST))
        .addAreas(CooperationArea.DELEGATION_EXCHANGE, CooperationArea.DIALOGUE_AND_CONSULTATION,
            CooperationArea.WAR_LEGACY, CooperationArea.UN_PEACEKEEPING, CooperationArea.TRAINING,
            CooperationArea.HADR, CooperationArea.CYBER_SECURITY, CooperationArea.MILITARY_MEDICINE)
        .addInstruments(CSP_JOINT_STATEMENT)
        .summary("General Phan Văn Giang led a high-ranking military delegation on an official visit to"
            + " the U.S. at the invitation of Secretary of Defense Lloyd Austin, as the two countries"
            + " marked one year of their comprehensive strategic partnership. The visit set out to"
            + " implement the defence cooperation agreed in the leaders' joint statement and to promote"
            + " cooperation in delegation exchange, dialogue and consultation, war legacy, U.N."
            + " peacekeeping, training, humanitarian assistance and disaster relief, cyber security and"
            + " military medicine.")
        .addEvidence(
            us2024("as part of the ongoing official visit to the U.S. of the Vietnamese defense chief and a"
                + " high-ranking military delegation at the invitation of U.S. Defense Secretary Lloyd Austin"),
            us2024("his official visit to the U.S. is taking place in the context that the two countries are"
                + " celebrating one year of their comprehensive strategic partnership for peace, cooperation"
                + " and sustainable development", SeedDates.US_VISIT_2024_NOTE),
            us2024("The visit aims to implement the defense cooperation contents agreed by the two nations’"
                + " senior leaders in the joint statement on upgrading the bilateral relations and to promote"
                + " the bilateral defense ties in such fields as delegation exchange, dialogue-consultation,"
                + " settlement of war legacy, U.N. peacekeeping operations, training, humanitarian assistance"
                + " and disaster relief, cyber security and military medicine"),
            us2024("Joining the Vietnamese delegation was Lt. Gen. Nguyen Trong Binh"))
        .note("The article reports the visit only through the phone talks and the embassy meeting: it does"
            + " not report talks with Lloyd Austin, nor the visit's days or cities. Austin is listed as"
            + " host because the visit was at his invitation.")
        .build();
  }

  private static Milestone cspFirstAnniversary() {
    return Milestone.builder().id(CSP_FIRST_ANNIVERSARY)
        .title("First anniversary of the Vietnam–U.S. comprehensive strategic partnership")
        .milestoneKind(MilestoneKind.ANNIVERSARY)
        .date(DATE)
        .addParties(VN, US)
        .summary("One year of the comprehensive strategic partnership, which the two countries were"
            + " celebrating at the time of the visit.")
        .addEvidence(us2024("the two countries are celebrating one year of their comprehensive strategic"
            + " partnership", "One year after the upgrade of September 2023 (outside the article). "
            + SeedDates.US_VISIT_2024_NOTE))
        .build();
  }
}
