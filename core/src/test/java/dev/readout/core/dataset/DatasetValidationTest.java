package dev.readout.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readout.core.dates.EdtfDate;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.CommitmentStatus;
import dev.readout.core.model.Country;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.Evidence;
import dev.readout.core.model.Organization;
import dev.readout.core.model.Participant;
import dev.readout.core.model.ParticipantRole;
import dev.readout.core.model.Party;
import dev.readout.core.model.RecordKind;
import dev.readout.core.model.StatusChange;
import dev.readout.core.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetValidationTest {

  private static List<String> problems(Dataset.Builder builder) {
    try {
      builder.build();
    } catch (DatasetException e) {
      return e.problems().stream().map(Problem::toString).toList();
    }
    throw new AssertionError("expected the dataset to be rejected");
  }

  @Test
  void theFixtureIsValid() {
    Dataset d = Fixtures.dataset();
    assertThat(d.engagements()).hasSize(1);
    assertThat(d.commitments()).hasSize(2);
  }

  @Test
  void duplicateIdsAreReportedOnTheLaterRecord() {
    assertThat(problems(Fixtures.builder().addEngagements(Fixtures.meeting())))
        .containsExactly("engagement 'hanoi-meeting': id must be unique among engagements, but 'hanoi-meeting' is already used by engagements[0]");
    assertThat(problems(Fixtures.builder().addCountries(Country.of("VN"))))
        .containsExactly("country 'VN': id must be unique among countries, but 'VN' is already used by countries[0]");
  }

  @Test
  void referencesToUnknownRecordsAreReported() {
    Engagement e = Engagement.builder().from(Fixtures.meeting()).id("other").parent("nowhere")
        .addParticipants(Participant.builder().person("ghost").organization("no-org").side("VN").build())
        .addInstruments("no-such-mou").build();
    Commitment c = Commitment.builder().from(Fixtures.pledge()).id("c2").engagement("admm-2022-us")
        .addMakers(Party.person("nobody")).addAddressees(Party.country("KR")).addProgrammes("p").addMilestones("m")
        .build();
    Organization o = Organization.builder().from(Fixtures.ministry()).id("branch").parent("hq").country("US").build();
    List<String> problems = problems(Fixtures.builder().addEngagements(e).addCommitments(c).addOrganizations(o));
    assertThat(problems).containsExactly(
        "organization 'branch': country refers to unknown country 'US'",
        "organization 'branch': parent refers to unknown organization 'hq'",
        "engagement 'other': parent refers to unknown engagement 'nowhere'",
        "engagement 'other': participants[2].person refers to unknown person 'ghost'",
        "engagement 'other': participants[2].organization refers to unknown organization 'no-org'",
        "engagement 'other': instruments[1] refers to unknown instrument 'no-such-mou'",
        "commitment 'c2': makers[1] refers to unknown person 'nobody'",
        "commitment 'c2': addressees[1] refers to unknown country 'KR'",
        "commitment 'c2': engagement refers to unknown engagement 'admm-2022-us'",
        "commitment 'c2': programmes[0] refers to unknown programme 'p'",
        "commitment 'c2': milestones[0] refers to unknown milestone 'm'");
  }

  @Test
  void organisationsWhoseParentsLeadBackToThemAreReported() {
    Organization a = Organization.builder().from(Fixtures.ministry()).id("a").parent("b").build();
    Organization b = Organization.builder().from(Fixtures.ministry()).id("b").parent("a").build();
    // Of two organisations with one id, the chain follows the first: 'c' leads to a → b → a, not back to itself.
    Organization later = Organization.builder().from(Fixtures.ministry()).id("b").parent("c").build();
    Organization c = Organization.builder().from(Fixtures.ministry()).id("c").parent("a").build();
    assertThat(problems(Fixtures.builder().addOrganizations(a, b, later, c))).containsExactly(
        "organization 'a': parent must not lead back to the same organization, but the chain is a → b → a",
        "organization 'b': parent must not lead back to the same organization, but the chain is b → a → b",
        "organization 'b': id must be unique among organizations, but 'b' is already used by organizations[2]",
        "organization 'b': parent must not lead back to the same organization, but the chain is b → c → a → b");
  }

  @Test
  void evidenceMustCiteKnownSourcesAndQuoteThemVerbatim() {
    Engagement e = Engagement.builder().from(Fixtures.meeting())
        .evidence(List.of(Evidence.of("nope", "anything"), Evidence.of("article", "The ministers met in Hanoi.")))
        .build();
    assertThat(problems(Fixtures.builder().addEngagements(e)))
        .contains("engagement 'hanoi-meeting': id must be unique among engagements, but 'hanoi-meeting' is already used by engagements[0]",
            "engagement 'hanoi-meeting': evidence[0].source refers to unknown source 'nope'",
            "engagement 'hanoi-meeting': evidence[1].quote must occur verbatim in the text of source 'article', but was \"The ministers met in Hanoi.\"");
  }

  @Test
  void quotesMatchAfterWhitespaceFoldingAndNfc() {
    String nfdText = java.text.Normalizer.normalize("Bộ Quốc phòng  hosted\n the talks.", java.text.Normalizer.Form.NFD);
    Dataset d = Dataset.builder()
        .addSources(dev.readout.core.model.Source.builder().id("s").title("t").text(nfdText).build())
        .addCountries(Country.of("VN"))
        .addMilestones(dev.readout.core.model.Milestone.builder().id("m").title("Talks")
            .milestoneKind(dev.readout.core.model.MilestoneKind.EVENT).date(EdtfDate.parse("2024"))
            .addEvidence(Evidence.of("s", "Bộ Quốc phòng hosted the talks.")).build())
        .build();
    assertThat(d.milestones()).hasSize(1);
  }

  @Test
  void quotesOfSourcesWithoutTextAreNotChecked() {
    Dataset d = Fixtures.builder()
        .addSources(dev.readout.core.model.Source.builder().id("untexted").title("t").build())
        .addMilestones(dev.readout.core.model.Milestone.builder().from(Fixtures.expo()).id("m2")
            .evidence(List.of(Evidence.of("untexted", "whatever it says"))).build())
        .build();
    assertThat(d.milestones()).hasSize(2);
  }

  @Test
  void factsWithoutEvidenceAreReported() {
    Commitment c = Commitment.builder().from(Fixtures.pledge()).id("bare").evidence(List.of()).build();
    assertThat(problems(Fixtures.builder().addCommitments(c)))
        .containsExactly("commitment 'bare': evidence must hold at least one quote, but was empty");
  }

  @Test
  void statusHistoriesMustBeInDateOrder() {
    Commitment c = Commitment.builder().from(Fixtures.pledge())
        .statusHistory(List.of(StatusChange.of(EdtfDate.parse("2024-01"), CommitmentStatus.OPEN),
            StatusChange.of(EdtfDate.parse("2023-03"), CommitmentStatus.FULFILLED)))
        .build();
    assertThat(problems(builderWith(c)))
        .containsExactly("commitment 'instructors': statusHistory[1].date must not be before statusHistory[0].date 2024-01, but was 2023-03");
  }

  @Test
  void participantsMustBelongToASide() {
    Engagement e = Engagement.builder().from(Fixtures.meeting())
        .participants(List.of(Participant.of("minister", "VN", ParticipantRole.PRINCIPAL),
            Participant.of("counterpart", "KR", ParticipantRole.PRINCIPAL)))
        .build();
    assertThat(problems(Fixtures.builder().addCountries(Country.of("KR")).addEngagements(Engagement.builder().from(e).id("e2").build())))
        .containsExactly("engagement 'e2': participants[1].side must be one of the engagement's sides [VN, FI], but was 'KR'");
  }

  @Test
  void dueDatesMustNotPrecedeTheEngagement() {
    Commitment c = Commitment.builder().from(Fixtures.invitation()).due(EdtfDate.parse("2022")).build();
    assertThat(problems(builderWith(c)))
        .containsExactly("commitment 'expo-invitation': due must not be before the date of engagement 'hanoi-meeting' (2023-03), but was 2022");
  }

  @Test
  void parentChainsMustNotLoop() {
    Engagement a = Engagement.builder().from(Fixtures.meeting()).id("a").parent("b").build();
    Engagement b = Engagement.builder().from(Fixtures.meeting()).id("b").parent("a").build();
    assertThat(problems(Fixtures.builder().addEngagements(a, b))).containsExactly(
        "engagement 'a': parent must not lead back to the same engagement, but the chain is a → b → a",
        "engagement 'b': parent must not lead back to the same engagement, but the chain is b → a → b");
  }

  @Test
  void everyProblemIsReportedAtOnceInFileOrderWithItsPath() {
    Commitment c = Commitment.builder().from(Fixtures.pledge()).id("late").engagement("gone").evidence(List.of()).build();
    Engagement e = Engagement.builder().from(Fixtures.meeting()).id("early").addSides("KR").build();
    DatasetException ex = org.junit.jupiter.api.Assertions.assertThrows(DatasetException.class,
        () -> Fixtures.builder().addCommitments(c).addEngagements(e).build());
    assertThat(ex.problems()).extracting(Problem::path).containsExactly(
        "engagements[1].sides[2]", "commitments[2].engagement", "commitments[2].evidence");
    assertThat(ex.problems().get(0).kind()).isEqualTo(RecordKind.ENGAGEMENT);
    assertThat(ex.problems().get(1).isUnknownReference(RecordKind.ENGAGEMENT, "gone")).isTrue();
    assertThat(ex.problems().get(1).isUnknownReference(RecordKind.ENGAGEMENT, "other")).isFalse();
    assertThat(ex.problems().get(2).isUnknownReference(RecordKind.ENGAGEMENT, "gone")).isFalse();
    assertThat(ex).hasMessage("dataset is invalid: 3 problems\n"
        + "  engagement 'early': sides[2] refers to unknown country 'KR'\n"
        + "  commitment 'late': engagement refers to unknown engagement 'gone'\n"
        + "  commitment 'late': evidence must hold at least one quote, but was empty");
  }

  private static Dataset.Builder builderWith(Commitment replacement) {
    Dataset base = Fixtures.dataset();
    Dataset.Builder b = Dataset.builder()
        .addSources(base.sources()).addCountries(base.countries()).addOrganizations(base.organizations())
        .addPeople(base.people()).addPartnerships(base.partnerships()).addInstruments(base.instruments())
        .addEngagements(base.engagements()).addProgrammes(base.programmes()).addMilestones(base.milestones());
    for (Commitment c : base.commitments()) {
      b.addCommitments(c.id().equals(replacement.id()) ? replacement : c);
    }
    return b;
  }
}
