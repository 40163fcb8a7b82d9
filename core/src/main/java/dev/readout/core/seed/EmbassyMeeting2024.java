package dev.readout.core.seed;

import static dev.readout.core.seed.SeedActors.DUNG;
import static dev.readout.core.seed.SeedActors.GIANG;
import static dev.readout.core.seed.SeedActors.VN_EMBASSY_US;
import static dev.readout.core.seed.SeedActors.VN_MND;
import static dev.readout.core.seed.SeedActors.org;
import static dev.readout.core.seed.SeedActors.person;
import static dev.readout.core.seed.SeedBuilders.act;
import static dev.readout.core.seed.SeedBuilders.commitment;
import static dev.readout.core.seed.SeedBuilders.group;
import static dev.readout.core.seed.SeedBuilders.participant;
import static dev.readout.core.seed.SeedSources.us2024;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.dates.EdtfDate;
import dev.readout.core.model.ActKind;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.CommitmentKind;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.EngagementFormat;
import dev.readout.core.model.EngagementKind;
import dev.readout.core.model.Participant;
import dev.readout.core.model.ParticipantRole;
import java.util.List;

/**
 * General Phan Văn Giang's meeting with Ambassador Nguyễn Quốc Dũng and the staff of the Vietnamese
 * embassy during the 2024 visit, and his two requests to them.
 */
final class EmbassyMeeting2024 {
  static final String EMBASSY = "giang-embassy-staff-2024";

  private static final EdtfDate DATE = SeedDates.US_VISIT_2024;

  private EmbassyMeeting2024() {}

  static void addTo(Dataset.Builder builder) {
    builder.addEngagements(embassyMeeting()).addCommitments(embassyCommitments());
  }

  private static Engagement embassyMeeting() {
    return Engagement.builder().id(EMBASSY)
        .title("Phan Văn Giang meets the staff of the Vietnamese embassy in the U.S.")
        .engagementKind(EngagementKind.RECEPTION).format(EngagementFormat.IN_PERSON)
        .date(DATE).placeCountry("US").parent(UsVisit2024.VISIT)
        .addSides("VN")
        .addParticipants(
            participant(GIANG, "VN", ParticipantRole.PRINCIPAL),
            Participant.builder().person(DUNG).organization(VN_EMBASSY_US).side("VN").role(ParticipantRole.HOST).build(),
            group("other embassy staff", VN_EMBASSY_US, "VN", ParticipantRole.STAFF),
            group("Gen. Giang's entourage", VN_MND, "VN", ParticipantRole.DELEGATION_MEMBER))
        .summary("General Phan Văn Giang told Ambassador Nguyễn Quốc Dũng and the embassy staff that his"
            + " visit aimed to exchange views on regional and global issues and so enhance strategic"
            + " trust and defence cooperation under the comprehensive strategic partnership; he credited"
            + " the embassy with the relationship's progress and asked its staff to be a bridge between"
            + " the two countries and to make timely proposals.")
        .addEvidence(
            us2024("In a meeting with Vietnamese Ambassador to the U.S. Nguyen Quoc Dung and other embassy staff",
                SeedDates.US_VISIT_2024_NOTE),
            us2024("Gen. Giang speaks at the meeting with the Vietnamese Embassy in the U.S.'s staff."),
            us2024("Gen. Giang, his entourage, and the embassy staff in a group photo"),
            us2024("the goal of his visit is to exchange views on regional and global issues of common concern, thus"
                + " enhancing strategic trust and defense cooperation between the two countries"))
        .addActs(act(ActKind.APPRECIATION, person(GIANG), List.of(org(VN_EMBASSY_US)),
            "Credited the relationship's achievements in part to the important contributions of the embassy"
                + " staff.",
            us2024("He attributed such results to important contributions of the embassy staff in the U.S.")))
        .note("A meeting within the Vietnamese side, so it has one side. The article does not say where it"
            + " was held, only that it was in the U.S. during the visit; the ambassador is listed as host"
            + " as head of the mission.")
        .build();
  }

  private static List<Commitment> embassyCommitments() {
    return List.of(
        commitment("c-embassy-bridge", CommitmentKind.REQUEST, EMBASSY, DATE,
            "Be a bridge of friendship and cooperation between Vietnam and the U.S., building on the"
                + " results already achieved.",
            us2024("The defense minister asked the embassy staff to be a bridge of friendship and cooperation"
                + " between the two countries, bring into play their obtained working results"))
            .addMakers(person(GIANG)).addAddressees(org(VN_EMBASSY_US))
            .note("'bring into play their obtained working results' names no separate action, so it is"
                + " part of this request rather than a record of its own.")
            .build(),
        commitment("c-embassy-proposals", CommitmentKind.REQUEST, EMBASSY, DATE,
            "Actively research and make timely proposals to the Party, State and military to further"
                + " strengthen the Vietnam–U.S. comprehensive strategic partnership.",
            us2024("actively research and make timely proposals to the Party, State, and military to further"
                + " strengthen the comprehensive strategic partnership between Vietnam and the U.S."))
            .addMakers(person(GIANG)).addAddressees(org(VN_EMBASSY_US))
            .build());
  }
}
