package dev.readout.core.seed;

import static dev.readout.core.seed.SeedActors.GIANG;
import static dev.readout.core.seed.SeedActors.LEAHY;
import static dev.readout.core.seed.SeedActors.RIESER;
import static dev.readout.core.seed.SeedActors.US;
import static dev.readout.core.seed.SeedActors.US_SENATE;
import static dev.readout.core.seed.SeedActors.VN;
import static dev.readout.core.seed.SeedActors.VN_MND;
import static dev.readout.core.seed.SeedActors.org;
import static dev.readout.core.seed.SeedActors.person;
import static dev.readout.core.seed.SeedBuilders.act;
import static dev.readout.core.seed.SeedBuilders.commitment;
import static dev.readout.core.seed.SeedBuilders.participant;
import static dev.readout.core.seed.SeedSources.us2024;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.dates.EdtfDate;
import dev.readout.core.model.ActKind;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.CommitmentKind;
import dev.readout.core.model.CooperationArea;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.EngagementFormat;
import dev.readout.core.model.EngagementKind;
import dev.readout.core.model.Milestone;
import dev.readout.core.model.MilestoneKind;
import dev.readout.core.model.Participant;
import dev.readout.core.model.ParticipantCapacity;
import dev.readout.core.model.ParticipantRole;
import dev.readout.core.model.Programme;
import dev.readout.core.model.ProgrammeKind;
import java.util.List;

/**
 * The phone talks with former U.S. Senator Patrick Leahy during the 2024 visit: the hopes and
 * pledges on war legacy, the gifts passed through Tim Rieser, and the fund, film, festival and
 * anniversary the talks mention.
 */
final class LeahyTalks2024 {
  static final String CALL = "giang-leahy-call-2024";
  static final String WAR_VICTIMS_FUND = "war-victims-fund";
  static final String TIES_30TH = "vn-us-ties-30th-anniversary";
  static final String DOCUMENTARY = "leahy-documentary-2023";
  static final String MID_AUTUMN = "mid-autumn-festival-2024";

  private static final EdtfDate DATE = SeedDates.US_VISIT_2024;
  private static final String EMBASSY_PLACE = "Embassy of Vietnam, Washington, D.C.";

  private LeahyTalks2024() {}

  static void addTo(Dataset.Builder builder) {
    builder.addEngagements(call())
        .addCommitments(callCommitments())
        .addProgrammes(warVictimsFund())
        .addMilestones(documentary(), midAutumn(), ties30th());
  }

  private static Engagement call() {
    return Engagement.builder().id(CALL)
        .title("Phan Văn Giang's phone talks with Patrick Leahy")
        .engagementKind(EngagementKind.CALL).format(EngagementFormat.PHONE)
        .date(DATE).place(EMBASSY_PLACE).placeCountry("US").parent(UsVisit2024.VISIT)
        .addSides("VN", "US")
        .addParticipants(
            participant(GIANG, "VN", ParticipantRole.PRINCIPAL),
            // A former senator and his former assistant: what they say is theirs, not the United States'.
            Participant.builder().from(participant(LEAHY, "US", ParticipantRole.PRINCIPAL))
                .capacity(ParticipantCapacity.PRIVATE).roleTitle("former U.S. Senator").build(),
            Participant.builder().from(participant(RIESER, "US", ParticipantRole.INTERMEDIARY))
                .capacity(ParticipantCapacity.PRIVATE).roleTitle("former assistant to Patrick Leahy").build())
        .addAreas(CooperationArea.WAR_LEGACY)
        .summary("From the Vietnamese embassy in Washington, General Phan Văn Giang held talks with former"
            + " Senator Patrick Leahy on war-legacy cooperation, the basis on which generations of U.S."
            + " senators helped build Vietnam–U.S. relations. Giang hoped for continued U.S. support,"
            + " pledged Vietnam's continued help in the search for U.S. servicemen missing in action,"
            + " and hoped for joint war-legacy activities for the 30th anniversary of diplomatic ties in"
            + " 2025; Leahy hoped war-legacy cooperation would stay a foundation of the relationship."
            + " Gifts for Leahy and his family were passed through his former assistant Tim Rieser.")
        .addEvidence(
            us2024("The phone talks took place at the Embassy of Vietnam in Washington D.C.",
                SeedDates.US_VISIT_2024_NOTE),
            us2024("General Phan Van Giang at the online talks with former U.S. Senator Patrick Leahy"),
            us2024("The talks are held in a virtual form."))
        .addActs(
            act(ActKind.APPRECIATION, person(GIANG), List.of(org(US_SENATE)),
                "Said the government, MND and people of Vietnam always bear in mind the contribution of"
                    + " generations of U.S. senators to relations built on cooperation in settling war"
                    + " legacy.",
                us2024("the government, MND, and people of Vietnam always bear in mind the contribution of"
                    + " generations of U.S. senators to developing the two countries’ relations on the basis"
                    + " of the cooperation in settling war legacy")),
            act(ActKind.APPRECIATION, person(GIANG), List.of(person(LEAHY)),
                "Recalled the documentary film the Ministry of National Defence made the year before on"
                    + " Leahy's contribution to the relationship and to settling war legacy in Vietnam.",
                us2024("last year, the Vietnamese MND made a documentary film highlighting Mr. Patrick Leahy’s"
                    + " contribution to the two countries’ relationship")),
            act(ActKind.APPRECIATION, person(GIANG), List.of(US),
                "Highly appreciated the strong commitment of the U.S. Government, Congress and people to"
                    + " helping Vietnam overcome the aftermath of war.",
                us2024("Highly appreciating the strong commitment of the U.S. Government, Congress and people in"
                    + " cooperating with Vietnam to overcome the war aftermath")),
            act(ActKind.APPRECIATION, person(LEAHY), List.of(),
                "Highly valued the development of Vietnam–U.S. relations, which have overcome differences and"
                    + " the pain of war and been upgraded to a comprehensive strategic partnership.",
                us2024("Mr. Patrick Leahy highly valued and expressed his delight at the development of the"
                    + " Vietnam - U.S. relations in recent years")),
            act(ActKind.GIFT, person(GIANG), List.of(person(LEAHY)),
                "Presented a souvenir to Patrick Leahy through Tim Rieser.",
                us2024("Gen. Giang presents a souvenir to Mr. Patrick Leahy through Mr. Tim Rieser")),
            act(ActKind.GIFT, person(GIANG), List.of(person(LEAHY)),
                "Sent gifts to Patrick Leahy, his spouse and his grandchildren through Tim Rieser for"
                    + " Vietnam's traditional Mid-Autumn Festival.",
                us2024("Through Mr. Tim Rieser, former assistant to Mr. Patrick Leahy, Gen. Giang sent gifts to"
                    + " Mr. Patrick Leahy, his spouse, his grandchildren on the occasion of the traditional"
                    + " Mid-Autumn Festival of Vietnam")))
        .note("The article is ambiguous about the medium: it says 'phone talks' twice, but a caption says"
            + " 'online talks' and the text 'The talks are held in a virtual form'. The format keeps the"
            + " article's main word, phone; whether video was used is not said. The article does not say"
            + " whether Lt. Gen. Nguyen Trong Binh, who joined the delegation, took part in the talks, so"
            + " he is listed on the visit only. Tim Rieser is pictured at the handing over of the"
            + " souvenir; whether that souvenir is among the Mid-Autumn gifts is not said, so they are"
            + " two acts.")
        .build();
  }

  private static List<Commitment> callCommitments() {
    return List.of(
        commitment("c-us-continued-support", CommitmentKind.HOPE, CALL, DATE,
            "Continue to receive U.S. support in overcoming the aftermath of war.",
            us2024("Gen. Giang hoped to continue receiving support from the U.S."))
            .addMakers(person(GIANG)).addAddressees(US).addAreas(CooperationArea.WAR_LEGACY)
            .note("Said right after praising the U.S. commitment to overcoming the war aftermath; the"
                + " article names no particular form of support.")
            .build(),
        commitment("c-vn-mia-search", CommitmentKind.PLEDGE, CALL, DATE,
            "Continue to coordinate closely with the U.S. in the search for U.S. servicemen missing in"
                + " action in the war in Vietnam.",
            us2024("Vietnam pledges to continue to closely coordinate with the U.S. in the search for U.S."
                + " servicemen missing in action in the war in Vietnam."))
            .addMakers(VN).addAddressees(US).addAreas(CooperationArea.WAR_LEGACY)
            .note("The article makes Vietnam the maker ('Vietnam pledges'), stated by Gen. Giang. No date"
                + " is given.")
            .build(),
        commitment("c-us-2025-anniversary-activities", CommitmentKind.HOPE, CALL, DATE,
            "Coordinate closely to organise meaningful war-legacy activities for the 30th anniversary of"
                + " Vietnam–U.S. diplomatic ties in 2025.",
            us2024("expressed his hope that the two countries will continue to closely coordinate to organize"
                + " meaningful activities on the settlement of war legacy on this occasion"))
            .addMakers(person(GIANG)).addAddressees(US).addAreas(CooperationArea.WAR_LEGACY)
            .dueAt(TIES_30TH).addMilestones(TIES_30TH)
            .addEvidence(us2024("2025 marks the 30th anniversary of the Vietnam - U.S. diplomatic ties"))
            .note("A hope for both countries, voiced to the U.S. side; due at the anniversary, in 2025.")
            .build(),
        commitment("c-leahy-further-contribution", CommitmentKind.HOPE, CALL, DATE,
            "Patrick Leahy to make further important contributions to Vietnam–U.S. relations and to"
                + " war-legacy cooperation in particular.",
            us2024("He believed that Mr. Patrick Leahy will make further important contribution to promoting"
                + " Vietnam - U.S. relations in general, and cooperation in war legacy settlement between the"
                + " two countries in particular."))
            .addMakers(person(GIANG)).addAddressees(person(LEAHY)).addAreas(CooperationArea.WAR_LEGACY)
            .note("The article says Gen. Giang 'believed' it; encoded as a hope, the nearest kind.")
            .build(),
        commitment("c-leahy-war-legacy-activities", CommitmentKind.PLEDGE, CALL, DATE,
            "Keep doing their best for the relationship, especially to maintain and promote war-legacy"
                + " work in Vietnam: mine clearance, dioxin treatment and support to people with"
                + " disabilities.",
            us2024("he and many U.S. congressmen have a special affection for Vietnam, always do their best to"
                + " contribute to the bilateral relationship, especially maintaining and promoting activities"
                + " related to overcoming the consequences of war such as mine clearance, dioxin contamination"
                + " treatment, and support to people with disabilities in Vietnam"))
            .addMakers(person(LEAHY)).addAddressees(VN).addAreas(CooperationArea.WAR_LEGACY)
            .note("Leahy speaks for himself 'and many U.S. congressmen', who are not a record, so he alone"
                + " is the maker; a former senator, he speaks in a private capacity, not for the United States. The article reports it as what they 'always do' rather than as an"
                + " explicit pledge; it is encoded as a pledge because it assures continued effort in"
                + " named fields.")
            .build(),
        commitment("c-leahy-war-legacy-foundation", CommitmentKind.HOPE, CALL, DATE,
            "Cooperation in settling war legacy to remain a foundation for stronger Vietnam–U.S. relations.",
            us2024("He hoped that in the coming time, cooperation in settling war legacy would continue to be a"
                + " foundation for stronger development of Vietnam - U.S. relations"))
            .addMakers(person(LEAHY)).addAreas(CooperationArea.WAR_LEGACY)
            .note("A hope for both countries, addressed to neither in particular.")
            .build());
  }

  private static Programme warVictimsFund() {
    return Programme.builder().id(WAR_VICTIMS_FUND)
        .title("War Victims Fund")
        .programmeKind(ProgrammeKind.FUND)
        .addParties(US)
        .period(EdtfDate.parse("1989/"))
        .addAreas(CooperationArea.WAR_LEGACY)
        .summary("The fund named after Patrick Leahy; in 1989 it conducted the first U.S. humanitarian"
            + " assistance programme in Vietnam, opening the way to overcoming the consequences of war.")
        .addEvidence(us2024("In 1989, the War Victims Fund named after the former Senator conducted the first"
            + " U.S.’s humanitarian assistance program in Vietnam, opening a new door for overcoming war"
            + " consequences in the country."))
        .note("The period starts with its first programme in Vietnam, 1989, as stated. The article does not"
            + " say when the fund was set up, who runs it, or whether it still runs, so the end is"
            + " unknown.")
        .build();
  }

  private static Milestone documentary() {
    return Milestone.builder().id(DOCUMENTARY)
        .title("Documentary film on Patrick Leahy's contribution to Vietnam–U.S. relations")
        .milestoneKind(MilestoneKind.PUBLICATION)
        .date(SeedDates.DOCUMENTARY)
        .addParties(org(VN_MND), person(LEAHY))
        .addAreas(CooperationArea.WAR_LEGACY)
        .summary("A documentary by Vietnam's Ministry of National Defence highlighting Leahy's contribution"
            + " to the relationship, including the settlement of war legacy in Vietnam.")
        .addEvidence(us2024("last year, the Vietnamese MND made a documentary film highlighting Mr. Patrick"
            + " Leahy’s contribution", SeedDates.DOCUMENTARY_NOTE))
        .note("The article gives no title for the film.")
        .build();
  }

  private static Milestone midAutumn() {
    return Milestone.builder().id(MID_AUTUMN)
        .title("Mid-Autumn Festival 2024")
        .milestoneKind(MilestoneKind.EVENT)
        .date(DATE)
        .addParties(VN)
        .summary("Vietnam's traditional Mid-Autumn Festival, the occasion of Gen. Giang's gifts to Patrick"
            + " Leahy and his family.")
        .addEvidence(us2024("on the occasion of the traditional Mid-Autumn Festival of Vietnam",
            "The festival, on the 15th day of the 8th lunar month, fell in September in 2024 (outside the"
                + " article); the year is the article's, inferred. No day is encoded."))
        .build();
  }

  private static Milestone ties30th() {
    return Milestone.builder().id(TIES_30TH)
        .title("30th anniversary of Vietnam–U.S. diplomatic ties")
        .milestoneKind(MilestoneKind.ANNIVERSARY)
        .date(SeedDates.US_TIES_30TH)
        .addParties(VN, US)
        .addAreas(CooperationArea.WAR_LEGACY)
        .summary("Thirty years of diplomatic ties, for which Gen. Giang hoped the two countries would"
            + " organise meaningful war-legacy activities.")
        .addEvidence(us2024("2025 marks the 30th anniversary of the Vietnam - U.S. diplomatic ties"))
        .build();
  }
}
