package dev.readout.core.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.dates.EdtfDate;
import dev.readout.core.draft.DraftScore.DateCheck;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.CommitmentKind;
import dev.readout.core.model.CooperationArea;
import dev.readout.core.model.Country;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.EngagementFormat;
import dev.readout.core.model.EngagementKind;
import dev.readout.core.model.Evidence;
import dev.readout.core.model.Milestone;
import dev.readout.core.model.MilestoneKind;
import dev.readout.core.model.Organization;
import dev.readout.core.model.OrganizationKind;
import dev.readout.core.model.Participant;
import dev.readout.core.model.ParticipantRole;
import dev.readout.core.model.Party;
import dev.readout.core.model.Person;
import dev.readout.core.model.Source;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DraftScoreTest {
  private static final String AGREED =
      "Vietnam and Finland agreed to exchange instructors and hold joint exercises.";
  private static final String PLEDGED = "Finland pledged to send instructors to Hanoi next year.";
  private static final String INVITED =
      "Vietnam invited the Finnish delegation to the expo this December.";
  private static final String MET = "The ministers met on 23 November 2022 in Hanoi.";
  private static final String TEXT = String.join(" ", AGREED, PLEDGED, INVITED, MET);
  private static final String TRUTH = "truth-article";
  private static final String DRAFT = "draft-article";

  // --- commitments: matching ------------------------------------------------------------------

  @Test
  void matchesCommitmentsThatQuoteTheSameStretch() {
    Dataset truth = data(TRUTH).addCommitments(
        commitment("instructors", TRUTH, PLEDGED, "Send instructors to Hanoi").due(date("2023"))
            .build()).build();
    Dataset draft = data(DRAFT).addCommitments(
        commitment("d-instructors", DRAFT, "Finland pledged to send instructors", "Send instructors")
            .due(date("2023")).build()).build();

    DraftScore score = DraftScore.score(draft, DRAFT, truth, TRUTH);

    assertThat(pairs(score)).containsExactly("instructors=d-instructors");
    assertThat(List.of(score.truthCommitments(), score.draftCommitments(), score.matchedCommitments()))
        .containsExactly(1, 1, 1);
    assertThat(List.of(score.commitmentRecall(), score.commitmentPrecision(), score.kindAccuracy(),
        score.directionAccuracy(), score.dueAccuracy())).containsOnly(1.0);
    assertThat(score.unmatchedTruth()).isEmpty();
    assertThat(score.unmatchedDraft()).isEmpty();
  }

  @Test
  void anUnmatchedDraftCommitmentLowersPrecisionAndAMissedOneRecall() {
    Dataset truth = data(TRUTH).addCommitments(
        commitment("instructors", TRUTH, PLEDGED, "Send instructors").build(),
        commitment("exercises", TRUTH, AGREED, "Hold joint exercises").build()).build();
    Dataset draft = data(DRAFT).addCommitments(
        commitment("d-instructors", DRAFT, PLEDGED, "Send instructors").build(),
        commitment("d-expo", DRAFT, INVITED, "Attend the expo").build(),
        commitment("d-talks", DRAFT, MET, "Meet again").build()).build();

    DraftScore score = DraftScore.score(draft, DRAFT, truth, TRUTH);

    assertThat(pairs(score)).containsExactly("instructors=d-instructors");
    assertThat(score.commitmentRecall()).isEqualTo(0.5);
    assertThat(score.commitmentPrecision()).isEqualTo(1.0 / 3);
    assertThat(score.unmatchedTruth()).extracting(Commitment::id).containsExactly("exercises");
    assertThat(score.unmatchedDraft()).extracting(Commitment::id).containsExactly("d-expo", "d-talks");
  }

  @Test
  void candidatesCoverHalfTheShorterSideAtLeast() {
    Dataset truth = data(TRUTH).addCommitments(
        commitment("instructors", TRUTH, PLEDGED, "Send instructors").build()).build();
    Dataset draft = data(DRAFT).addCommitments(
        // "next year." is 10 of these 49 characters.
        commitment("d-fifth", DRAFT, "next year. Vietnam invited the Finnish delegation",
            "Send instructors").build(),
        // "Hanoi next year." is 16 of these 24 characters.
        commitment("d-two-thirds", DRAFT, "Hanoi next year. Vietnam", "Invite").build()).build();

    DraftScore score = DraftScore.score(draft, DRAFT, truth, TRUTH);

    assertThat(pairs(score)).containsExactly("instructors=d-two-thirds");
  }

  @Test
  void assignsCommitmentsSharingAQuoteOneToOne() {
    Dataset truth = data(TRUTH).addCommitments(
        commitment("exchange", TRUTH, AGREED, "Exchange instructors").build(),
        commitment("exercises", TRUTH, AGREED, "Hold joint exercises").build()).build();
    Dataset both = data(DRAFT).addCommitments(
        commitment("d-a", DRAFT, AGREED, "Hold joint exercises").build(),
        commitment("d-b", DRAFT, AGREED, "Exchange instructors").build()).build();
    Dataset one = data(DRAFT).addCommitments(
        commitment("d-a", DRAFT, AGREED, "Hold joint exercises").build()).build();

    assertThat(pairs(DraftScore.score(both, DRAFT, truth, TRUTH)))
        .containsExactly("exchange=d-b", "exercises=d-a");
    DraftScore missing = DraftScore.score(one, DRAFT, truth, TRUTH);
    assertThat(pairs(missing)).containsExactly("exercises=d-a");
    assertThat(missing.unmatchedTruth()).extracting(Commitment::id).containsExactly("exchange");
  }

  @Test
  void breaksTiesByTruthIdThenDraftId() {
    Dataset truth = data(TRUTH).addCommitments(
        commitment("t-b", TRUTH, AGREED, "Cooperate").build(),
        commitment("t-a", TRUTH, AGREED, "Cooperate").build()).build();
    Dataset draft = data(DRAFT).addCommitments(
        commitment("d-b", DRAFT, AGREED, "Cooperate").build(),
        commitment("d-a", DRAFT, AGREED, "Cooperate").build()).build();

    assertThat(pairs(DraftScore.score(draft, DRAFT, truth, TRUTH)))
        .containsExactly("t-b=d-b", "t-a=d-a");
  }

  @Test
  void prefersTheCandidateThatSharesAnArea() {
    Dataset truth = data(TRUTH).addCommitments(commitment("instructors", TRUTH, PLEDGED,
        "Send instructors").addAreas(CooperationArea.TRAINING).build()).build();
    Dataset draft = data(DRAFT).addCommitments(
        commitment("d-a", DRAFT, PLEDGED, "Send instructors").addAreas(CooperationArea.NAVAL).build(),
        commitment("d-b", DRAFT, PLEDGED, "Send instructors").addAreas(CooperationArea.TRAINING)
            .build()).build();

    assertThat(pairs(DraftScore.score(draft, DRAFT, truth, TRUTH)))
        .containsExactly("instructors=d-b");
  }

  @Test
  void countsOnlyRecordsCitingTheArticle() {
    Source other = Source.builder().id("other").title("Another article").build();
    Dataset truth = data(TRUTH).addSources(other).addCommitments(
        commitment("instructors", TRUTH, PLEDGED, "Send instructors").build(),
        commitment("elsewhere", "other", PLEDGED, "Send instructors").build()).build();
    Dataset draft = data(DRAFT).addSources(other).addCommitments(
        commitment("d-elsewhere", "other", PLEDGED, "Send instructors").build()).build();

    DraftScore score = DraftScore.score(draft, DRAFT, truth, TRUTH);

    assertThat(List.of(score.truthCommitments(), score.draftCommitments(), score.matchedCommitments()))
        .containsExactly(1, 0, 0);
    assertThat(score.commitmentPrecision()).isZero();
  }

  @Test
  void locatesAQuoteInTheOtherSourcesTextWhenItsOwnHasNone() {
    Dataset truth = data(TRUTH, Source.builder().id(TRUTH).title("Encoded").build())
        .addCommitments(commitment("instructors", TRUTH, PLEDGED, "Send instructors").build())
        .build();
    Dataset draft = data(DRAFT).addCommitments(
        commitment("d-instructors", DRAFT, PLEDGED, "Send instructors").build()).build();

    DraftScore score = DraftScore.score(draft, DRAFT, truth, TRUTH);

    assertThat(pairs(score)).containsExactly("instructors=d-instructors");
    assertThat(score.relativeDates()).isEmpty();
  }

  @Test
  void rejectsASourceTheDatasetLacks() {
    Dataset truth = data(TRUTH).build();
    Dataset draft = data(DRAFT).build();

    assertThatThrownBy(() -> DraftScore.score(draft, TRUTH, truth, TRUTH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("draftSourceId must name a source of the draft dataset, but was 'truth-article'");
  }

  // --- commitments: fields of matched pairs ---------------------------------------------------

  @Test
  void readsDirectionThroughThePartiesCountries() {
    Dataset truth = data(TRUTH).addCommitments(commitment("instructors", TRUTH, PLEDGED,
        "Send instructors").makers(List.of(Party.country("FI"))).addressees(List.of(Party.person("minister")))
        .build()).build();
    Dataset throughPeople = data(DRAFT).addCommitments(commitment("d-instructors", DRAFT, PLEDGED,
        "Send instructors").makers(List.of(Party.person("virtanen")))
        .addressees(List.of(Party.organization("vn-mnd"))).build()).build();
    Dataset toABody = data(DRAFT).addCommitments(commitment("d-instructors", DRAFT, PLEDGED,
        "Send instructors").makers(List.of(Party.organization("fi-mod")))
        .addressees(List.of(Party.organization("asean"))).build()).build();

    assertThat(DraftScore.score(throughPeople, DRAFT, truth, TRUTH).directionAccuracy())
        .isEqualTo(1.0);
    DraftScore wrong = DraftScore.score(toABody, DRAFT, truth, TRUTH);
    assertThat(wrong.matchedCommitments()).isOne();
    assertThat(wrong.directionsRight()).isZero();
    assertThat(CommitmentMatching.countries(List.of(Party.organization("asean")), toABody))
        .containsExactly("org:asean");
  }

  @Test
  void takesAJointAgreementAsMadeByAllWithNoAddressee() {
    Dataset truth = data(TRUTH).addCommitments(agreement("exchange", TRUTH)
        .makers(List.of(Party.country("VN"), Party.country("FI"))).build()).build();
    Dataset joint = data(DRAFT).addCommitments(agreement("d-exchange", DRAFT)
        .makers(List.of(Party.person("virtanen"), Party.organization("vn-mnd"))).build()).build();
    Dataset oneWay = data(DRAFT).addCommitments(agreement("d-exchange", DRAFT)
        .makers(List.of(Party.country("VN"))).addressees(List.of(Party.country("FI"))).build()).build();

    assertThat(DraftScore.score(joint, DRAFT, truth, TRUTH).directionsRight()).isOne();
    assertThat(DraftScore.score(oneWay, DRAFT, truth, TRUTH).directionsRight()).isZero();
  }

  @Test
  void judgesKindAndDueByEquality() {
    Dataset truth = data(TRUTH).addCommitments(
        commitment("agreed", TRUTH, AGREED, "Exchange instructors").build(),
        commitment("pledged", TRUTH, PLEDGED, "Send instructors").due(date("2023")).build(),
        commitment("invited", TRUTH, INVITED, "Attend the expo").due(date("2022-12")).build(),
        commitment("met", TRUTH, MET, "Meet again").due(date("2023")).build()).build();
    Dataset draft = data(DRAFT).addCommitments(
        commitment("d-agreed", DRAFT, AGREED, "Exchange instructors").build(),
        commitment("d-pledged", DRAFT, PLEDGED, "Send instructors").due(date("2023")).build(),
        commitment("d-invited", DRAFT, INVITED, "Attend the expo")
            .commitmentKind(CommitmentKind.INVITATION).build(),
        commitment("d-met", DRAFT, MET, "Meet again").due(date("2023?")).build()).build();

    DraftScore score = DraftScore.score(draft, DRAFT, truth, TRUTH);

    assertThat(score.matchedCommitments()).isEqualTo(4);
    assertThat(score.duesRight()).isEqualTo(2);
    assertThat(score.dueAccuracy()).isEqualTo(0.5);
    assertThat(score.kindsRight()).isEqualTo(3);
    assertThat(score.kindAccuracy()).isEqualTo(0.75);
  }

  // --- engagements ----------------------------------------------------------------------------

  @Test
  void matchesEngagementsOnTheSameDateWithMostlyTheSameParticipants() {
    Dataset truth = data(TRUTH).addEngagements(
        meeting("talks", TRUTH, "2022-11-23", "minister", "virtanen", "fi-mod")).build();
    Dataset draft = data(DRAFT).addEngagements(
        meeting("d-alone", DRAFT, "2022-11-23", "minister"),
        meeting("d-month", DRAFT, "2022-11", "minister", "virtanen", "fi-mod"),
        meeting("d-talks", DRAFT, "2022-11-23", "minister", "virtanen")).build();
    Dataset alone = data(DRAFT).addEngagements(
        meeting("d-alone", DRAFT, "2022-11-23", "minister")).build();

    DraftScore score = DraftScore.score(draft, DRAFT, truth, TRUTH);

    assertThat(List.of(score.truthEngagements(), score.draftEngagements(), score.matchedEngagements()))
        .containsExactly(1, 3, 1);
    assertThat(score.engagementRecall()).isEqualTo(1.0);
    assertThat(score.engagementPrecision()).isEqualTo(1.0 / 3);
    assertThat(DraftScore.score(alone, DRAFT, truth, TRUTH).matchedEngagements()).isZero();
    assertThat(EngagementMatching.pair(truth.engagements(), draft.engagements()))
        .extracting(c -> c.draft().id()).containsExactly("d-talks");
  }

  // --- relative dates -------------------------------------------------------------------------

  @Test
  void checksEveryDateCountedFromThePublicationDate() {
    Dataset draft = data(DRAFT)
        .addEngagements(meeting("d-talks", DRAFT, "2022-11-23", "minister"))
        .addCommitments(
            commitment("d-instructors", DRAFT, PLEDGED, "Send instructors").due(date("2023")).build(),
            commitment("d-invitation", DRAFT, INVITED, "Attend the expo").due(date("2023")).build())
        .addMilestones(expo("d-expo", DRAFT, "2022-12")).build();

    DraftScore score = DraftScore.score(draft, DRAFT, datedTruth(), TRUTH);

    assertThat(score.relativeDates()).containsExactly(
        new DateCheck("next year", date("2023"), Optional.of(date("2023")), "instructors"),
        new DateCheck("this December", date("2022-12"), Optional.of(date("2022-12")), "invitation"));
    assertThat(score.relativeDatesSame()).isTrue();
  }

  @Test
  void reportsADateCountedDifferentlyOrNotAtAll() {
    Dataset draft = data(DRAFT)
        .addCommitments(
            commitment("d-instructors", DRAFT, PLEDGED, "Send instructors").build(),
            commitment("d-invitation", DRAFT, INVITED, "Attend the expo").due(date("2023-12")).build())
        .addMilestones(expo("d-expo", DRAFT, "2024-12")).build();

    DraftScore score = DraftScore.score(draft, DRAFT, datedTruth(), TRUTH);

    assertThat(score.relativeDates()).containsExactly(
        new DateCheck("next year", date("2023"), Optional.empty(), "instructors"),
        new DateCheck("this December", date("2022-12"), Optional.of(date("2023-12")), "invitation"));
    assertThat(score.relativeDatesSame()).isFalse();
  }

  // --- report ---------------------------------------------------------------------------------

  @Test
  void reportsCountsSharesChecksAndWhatWasMissed() {
    Dataset draft = data(DRAFT)
        .addEngagements(meeting("d-talks", DRAFT, "2022-11-23", "minister"))
        .addCommitments(
            commitment("d-instructors", DRAFT, PLEDGED, "Send instructors").due(date("2024")).build())
        .addMilestones(expo("d-expo", DRAFT, "2022-12")).build();

    String report = DraftScore.score(draft, DRAFT, datedTruth(), TRUTH).report();

    assertThat(report).isEqualTo("""
        Draft 'draft-article' scored against 'truth-article'
                      truth  draft  matched  recall  precision
        commitments       2      1        1    0.50       1.00
        engagements       1      1        1    1.00       1.00

        of matched    right accuracy
        kind              1     1.00
        direction         1     1.00
        due               0     0.00

        relative dates: 2 checked, 1 the same
          ✗ 'next year': truth 2023 (instructors), draft 2024
          ✓ 'this December': truth 2022-12 (invitation), draft 2022-12

        unmatched truth commitments: 1
          invitation: "Vietnam invited the Finnish delegation to the expo this December."
        """);
  }

  // --- datasets -------------------------------------------------------------------------------

  /** A truth dataset with a date stated outright, one counted from the year, one from the month. */
  private static Dataset datedTruth() {
    return data(TRUTH)
        .addEngagements(meeting("talks", TRUTH, "2022-11-23", "minister"))
        .addCommitments(
            commitment("instructors", TRUTH, PLEDGED, "Send instructors").due(date("2023")).build(),
            commitment("invitation", TRUTH, INVITED, "Attend the expo")
                .commitmentKind(CommitmentKind.INVITATION).due(date("2022-12")).build())
        .addMilestones(expo("expo", TRUTH, "2022-12")).build();
  }

  private static Dataset.Builder data(String sourceId) {
    return data(sourceId, Source.builder().id(sourceId).title("Ministers meet in Hanoi").text(TEXT)
        .published(date("2022-11-23")).build());
  }

  private static Dataset.Builder data(String sourceId, Source source) {
    return Dataset.builder()
        .addSources(source)
        .addCountries(Country.of("VN"), Country.of("FI"))
        .addOrganizations(
            organization("vn-mnd", OrganizationKind.MINISTRY).country("VN").build(),
            organization("fi-mod", OrganizationKind.MINISTRY).country("FI").build(),
            organization("asean", OrganizationKind.INTERNATIONAL_BODY).build())
        .addPeople(
            Person.builder().id("minister").name("Phan Van Giang").country("VN").build(),
            Person.builder().id("virtanen").name("Anna Virtanen").country("FI").build());
  }

  private static Organization.Builder organization(String id, OrganizationKind kind) {
    return Organization.builder().id(id).name(id).organizationKind(kind);
  }

  /** A pledge from Finland to Vietnam, quoting {@code quote} from {@code sourceId}. */
  private static Commitment.Builder commitment(String id, String sourceId, String quote, String text) {
    return Commitment.builder().id(id).commitmentKind(CommitmentKind.PLEDGE)
        .addMakers(Party.country("FI")).addAddressees(Party.country("VN")).text(text)
        .addEvidence(Evidence.of(sourceId, quote));
  }

  /** An agreement to exchange instructors, with no makers yet and no addressee. */
  private static Commitment.Builder agreement(String id, String sourceId) {
    return Commitment.builder().id(id).commitmentKind(CommitmentKind.AGREEMENT)
        .text("Exchange instructors").addEvidence(Evidence.of(sourceId, AGREED));
  }

  /** A meeting quoting {@link #MET}, with the people and organisations as participants. */
  private static Engagement meeting(String id, String sourceId, String date, String... who) {
    Engagement.Builder meeting = Engagement.builder().id(id).title("Ministers meet")
        .engagementKind(EngagementKind.MEETING).format(EngagementFormat.IN_PERSON).date(date(date))
        .addSides("VN", "FI").addEvidence(Evidence.of(sourceId, MET));
    for (String participant : who) {
      meeting.addParticipants(participant.endsWith("-mod")
          ? Participant.builder().organization(participant).side("FI").build()
          : Participant.of(participant, participant.equals("minister") ? "VN" : "FI",
              ParticipantRole.PRINCIPAL));
    }
    return meeting.build();
  }

  private static Milestone expo(String id, String sourceId, String date) {
    return Milestone.builder().id(id).title("Defence expo").milestoneKind(MilestoneKind.EXHIBITION)
        .date(date(date)).addEvidence(Evidence.of(sourceId, INVITED)).build();
  }

  private static EdtfDate date(String text) {
    return EdtfDate.parse(text);
  }

  private static List<String> pairs(DraftScore score) {
    return score.commitmentPairs().stream().map(p -> p.truth().id() + "=" + p.draft().id()).toList();
  }
}
