package dev.readout.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readout.core.dates.EdtfDate;
import dev.readout.core.model.Amendment;
import dev.readout.core.model.Amount;
import dev.readout.core.model.AmountBasis;
import dev.readout.core.model.Appointment;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.CommitmentKind;
import dev.readout.core.model.CommitmentStatus;
import dev.readout.core.model.Country;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.EngagementFormat;
import dev.readout.core.model.Evidence;
import dev.readout.core.model.Instrument;
import dev.readout.core.model.InstrumentStatus;
import dev.readout.core.model.InstrumentStatusChange;
import dev.readout.core.model.Participant;
import dev.readout.core.model.ParticipantRole;
import dev.readout.core.model.Party;
import dev.readout.core.model.Person;
import dev.readout.core.model.RecordKind;
import dev.readout.core.model.Source;
import dev.readout.core.model.StatusChange;
import dev.readout.core.model.Translation;
import dev.readout.core.testing.Fixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Amendments, accounts and records declared the same, through the Java builders. */
class AmendmentTest {
  private static final String LATER = "The ministers met in Hanoi on 14 March 2023, by video link. "
      + "Finland said it would only consider sending instructors. "
      + "Minister Virtanen left office in June 2023. "
      + "Finland sent the first instructors in January 2024, funding EUR 2 million. "
      + "Vietnam invited Finland to the defence expo.";

  private static Source later() {
    return Source.builder().id("later").title("A later release").text(LATER)
        .published(EdtfDate.parse("2024-02")).build();
  }

  private static Dataset.Builder base() {
    return Fixtures.builder().addSources(later());
  }

  @Test
  void aPreferredAmendmentChangesTheRecordAndKeepsTheOldValueAsAnAccount() {
    Engagement meeting = Fixtures.meeting();
    Evidence day = Evidence.of("later", "The ministers met in Hanoi on 14 March 2023");
    Dataset d = base().addAmendments(Amendment.of(Engagement.builder().from(meeting).date(EdtfDate.parse("2023-03-14")).build(),
        List.of("date"), day)).build();

    Engagement amended = d.engagement("hanoi-meeting").orElseThrow();
    assertThat(amended.date()).isEqualTo(EdtfDate.parse("2023-03-14"));
    assertThat(amended.evidence()).containsExactly(meeting.evidence().get(0), day);
    assertThat(d.evidenceFor(amended, "date")).containsExactly(day);
    assertThat(d.evidenceFor(amended, "place")).isEqualTo(meeting.evidence());
    assertThat(d.recordsAsAdded(RecordKind.ENGAGEMENT)).isEqualTo(List.of(meeting));

    List<Disagreement> disagreements = d.disagreements(amended);
    assertThat(disagreements).hasSize(1);
    Disagreement date = disagreements.get(0);
    assertThat(date.field()).isEqualTo("date");
    assertThat(date.accounts()).extracting(Account::value, Account::preferred)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(EdtfDate.parse("2023-03-14"), true),
            org.assertj.core.groups.Tuple.tuple(EdtfDate.parse("2023-03"), false));
    assertThat(date.accounts().get(1).evidence()).isEqualTo(meeting.evidence());
  }

  @Test
  void anAccountThatIsNotPreferredChangesNothingButIsKept() {
    Engagement meeting = Fixtures.meeting();
    Evidence video = Evidence.of("later", "by video link");
    Dataset d = base().addAmendments(Amendment.builder()
        .record(Engagement.builder().from(meeting).format(EngagementFormat.VIDEO).build())
        .addFields("format").addEvidence(video).preferred(false)
        .note("The first article, written on the spot, says they met in Hanoi.").build()).build();

    Engagement kept = d.engagement("hanoi-meeting").orElseThrow();
    assertThat(kept.format()).isEqualTo(EngagementFormat.IN_PERSON);
    assertThat(kept.evidence()).doesNotContain(video);
    Disagreement format = d.disagreements(kept).get(0);
    assertThat(format.preferred().value()).isEqualTo(EngagementFormat.IN_PERSON);
    assertThat(format.accounts().get(1).value()).isEqualTo(EngagementFormat.VIDEO);
    assertThat(format.accounts().get(1).notes()).containsExactly("The first article, written on the spot, says they met in Hanoi.");
  }

  @Test
  void listsGainTheAmendmentsItemsAndMatchingItemsAreUpdated() {
    Person counterpart = Fixtures.counterpart();
    Appointment minister = counterpart.appointments().get(0);
    Evidence left = Evidence.of("later", "Minister Virtanen left office in June 2023.");
    Appointment ended = Appointment.builder().title(minister.title()).end(EdtfDate.parse("2023-06"))
        .addEvidence(left).build();
    Commitment pledge = Fixtures.pledge();
    StatusChange sent = StatusChange.builder().date(EdtfDate.parse("2024-01")).status(CommitmentStatus.IN_PROGRESS)
        .addEvidence(Evidence.of("later", "Finland sent the first instructors in January 2024")).build();
    Amount money = Amount.builder().value(new BigDecimal("2000000")).currency("EUR").basis(AmountBasis.TOTAL).build();

    Dataset d = base()
        .addAmendments(Amendment.of(Person.builder().from(counterpart).appointments(List.of(ended)).build(),
            List.of("appointments"), left))
        .addAmendments(Amendment.of(Commitment.builder().from(pledge).statusHistory(List.of(sent)).addAmounts(money)
                .addTranslations(Translation.into("vi").text("Cử giáo viên").build()).build(),
            List.of("statusHistory", "amounts", "translations"),
            Evidence.of("later", "funding EUR 2 million")))
        .build();

    Appointment updated = d.person("counterpart").orElseThrow().appointments().get(0);
    assertThat(updated.start()).isEqualTo(minister.start());
    assertThat(updated.end()).contains(EdtfDate.parse("2023-06"));
    assertThat(updated.evidence()).containsExactly(left);
    Commitment moved = d.commitment("instructors").orElseThrow();
    assertThat(moved.statusHistory()).extracting(StatusChange::status)
        .containsExactly(CommitmentStatus.OPEN, CommitmentStatus.FULFILLED, CommitmentStatus.IN_PROGRESS);
    assertThat(moved.amounts()).containsExactly(money);
    assertThat(moved.translation("vi").flatMap(Translation::text)).contains("Cử giáo viên");
    // The amendment is kept in its canonical form: the lists hold only what it added.
    Commitment canonical = (Commitment) d.amendments().get(1).record();
    assertThat(canonical.statusHistory()).containsExactly(sent);
    assertThat(canonical.evidence()).isEqualTo(pledge.evidence());
    assertThat(d.disagreements(moved)).isEmpty();
  }

  @Test
  void amendmentsToUnknownRecordsUnknownFieldsOrWithoutEvidenceAreProblems() {
    Engagement other = Engagement.builder().from(Fixtures.meeting()).id("nowhere").build();
    Engagement meeting = Fixtures.meeting();
    assertThatThrownBy(() -> base()
        .addAmendments(Amendment.of(other, List.of("date"), Evidence.of("later", "by video link")))
        .addAmendments(Amendment.of(meeting, List.of("colour"), Evidence.of("later", "by video link")))
        .addAmendments(Amendment.builder().record(meeting).addFields("participants").preferred(false).build())
        .addAmendments(Amendment.of(Country.of("FI"), List.of(), Evidence.of("later", "by video link")))
        .build())
        .isInstanceOfSatisfying(DatasetException.class, e -> assertThat(e.problems()).extracting(Problem::toString)
            .containsExactly(
                "amendment 0 of engagement 'nowhere': amends unknown engagement 'nowhere'",
                "amendment 1 of engagement 'hanoi-meeting': colour must be a field of an engagement that an amendment can"
                    + " give [title, kind, format, date, place, placeCountry, occasion, parent, sides, summary, language,"
                    + " participants, areas, instruments, acts, sameAs, translations, evidence], but was 'colour'",
                "amendment 2 of engagement 'hanoi-meeting': participants must be a field that holds one value in an"
                    + " account that is not preferred, but adds to a list",
                "amendment 2 of engagement 'hanoi-meeting': evidence must hold at least one quote, but was empty",
                "amendment 3 of country 'FI': must amend a kind of record that has fields to amend, but countries have none"));
  }

  @Test
  void aProblemWithAFieldAnAmendmentGaveIsTheAmendments() {
    Engagement meeting = Fixtures.meeting();
    assertThatThrownBy(() -> base()
        .addAmendments(Amendment.of(Engagement.builder().from(meeting).parent("no-such-visit").build(),
            List.of("parent"), Evidence.of("later", "Not in the text.")))
        .build())
        .isInstanceOfSatisfying(DatasetException.class, e -> assertThat(e.problems()).extracting(Problem::toString)
            .containsExactly(
                "amendment 0 of engagement 'hanoi-meeting': parent refers to unknown engagement 'no-such-visit'",
                "amendment 0 of engagement 'hanoi-meeting': evidence[0].quote must occur verbatim in the text of source"
                    + " 'later', but was \"Not in the text.\""));
  }

  @Test
  void theQuotesOfAnotherAccountAndOfASourceAmendmentAreCheckedToo() {
    Engagement meeting = Fixtures.meeting();
    assertThatThrownBy(() -> base()
        .addAmendments(Amendment.builder().record(Engagement.builder().from(meeting).format(EngagementFormat.VIDEO).build())
            .addFields("format").addEvidence(Evidence.of("missing-source", "by video link")).preferred(false).build())
        .addAmendments(Amendment.builder().record(Engagement.builder().from(meeting).format(EngagementFormat.VIDEO).build())
            .addFields("format").addEvidence(Evidence.of("later", "by telephone")).preferred(false).build())
        .build())
        .isInstanceOfSatisfying(DatasetException.class, e -> assertThat(e.problems()).extracting(Problem::toString)
            .containsExactly(
                "amendment 0 of engagement 'hanoi-meeting': evidence[0].source refers to unknown source 'missing-source'",
                "amendment 1 of engagement 'hanoi-meeting': evidence[0].quote must occur verbatim in the text of source"
                    + " 'later', but was \"by telephone\""));
  }

  @Test
  void anAmendmentThatWouldMakeTheRecordInvalidIsAProblem() {
    dev.readout.core.model.Partnership p = Fixtures.partnership();
    assertThatThrownBy(() -> base()
        .addAmendments(Amendment.of(dev.readout.core.model.Partnership.builder().from(p).until(EdtfDate.parse("2023")).build(),
            List.of("until"), Evidence.of("later", "Finland sent the first instructors in January 2024")))
        .addAmendments(Amendment.of(dev.readout.core.model.Partnership.builder().from(p).since(EdtfDate.parse("2024")).build(),
            List.of("since"), Evidence.of("later", "Finland sent the first instructors in January 2024")))
        .build())
        .isInstanceOfSatisfying(DatasetException.class, e -> assertThat(e.problems()).extracting(Problem::toString)
            .containsExactly("amendment 1 of partnership 'vn-fi-partnership': would make partnership 'vn-fi-partnership'"
                + " invalid: partnership 'vn-fi-partnership' period must not end before it starts, but was 2024 to 2023"));
  }

  @Test
  void aParticipantGivenAgainKeepsTheTranslationsOfARoleTitleItKeeps() {
    Evidence quote = Evidence.of("later", "The ministers met in Hanoi on 14 March 2023, by video link.");
    Participant host = Participant.builder().from(Fixtures.chair()).role(ParticipantRole.HOST).translations(List.of()).build();
    Participant renamed = Participant.builder().from(host).roleTitle("Former chair of the Nordic group").build();
    Amendment titled = Fixtures.meetingWith(quote, Fixtures.chair());
    Amendment hosting = Fixtures.meetingWith(quote, host);
    Amendment retitled = Fixtures.meetingWith(quote, renamed);

    Participant kept = base().addAmendments(titled, hosting).build().engagement("hanoi-meeting").orElseThrow()
        .participants().get(1);
    assertThat(kept.role()).isEqualTo(ParticipantRole.HOST);
    assertThat(kept.translation("vi").flatMap(Translation::title)).contains("Chủ tịch Nhóm Bắc Âu");
    Participant dropped = base().addAmendments(titled, retitled).build().engagement("hanoi-meeting").orElseThrow()
        .participants().get(1);
    assertThat(dropped.roleTitle()).contains("Former chair of the Nordic group");
    assertThat(dropped.translations()).isEmpty();
  }

  @Test
  void recordsDeclaredTheSameAreCountedOnceWithTheEvidenceOfBoth() {
    Commitment pledge = Fixtures.pledge();
    Commitment again = Commitment.builder().from(pledge).id("instructors-again").commitmentKind(CommitmentKind.PROPOSAL)
        .statusHistory(List.of()).evidence(List.of(Evidence.of("later", "Finland said it would only consider sending instructors.")))
        .addSameAs("instructors").build();
    Dataset d = base().addCommitments(again).build();

    assertThat(d.commitments()).extracting(Commitment::id).containsExactly("expo-invitation", "instructors");
    Commitment counted = d.commitment("instructors-again").orElseThrow();
    assertThat(counted.id()).isEqualTo("instructors");
    assertThat(counted.evidence()).containsExactlyElementsOf(
        dev.readout.core.dataset.Merge.union(pledge.evidence(), again.evidence()));
    assertThat(d.commitmentsBy("FI")).extracting(Commitment::id).containsExactly("instructors");
    assertThat(d.sameAs(pledge)).extracting(x -> x.id()).containsExactly("instructors", "instructors-again");
    Disagreement kind = d.disagreements(pledge).stream().filter(x -> x.field().equals("kind")).findFirst().orElseThrow();
    assertThat(kind.accounts()).extracting(Account::value).containsExactly(CommitmentKind.PLEDGE, CommitmentKind.PROPOSAL);
    assertThat(d.openCommitments(LocalDate.of(2023, 6, 1))).extracting(Commitment::id)
        .containsExactly("expo-invitation", "instructors");
    assertThat(d.recordsAsAdded(RecordKind.COMMITMENT)).hasSize(3);
  }

  @Test
  void everyReferenceToAnEngagementDeclaredTheSameTurnsToTheOneItIsCountedAs() {
    Engagement twin = Engagement.builder().from(Fixtures.meeting()).id("hanoi-meeting-again")
        .evidence(List.of(Evidence.of("later", "The ministers met in Hanoi on 14 March 2023, by video link.")))
        .addSameAs("hanoi-meeting").build();
    Instrument protocol = Instrument.builder().from(Fixtures.memorandum()).id("protocol").signedAt("hanoi-meeting-again")
        .addStatusHistory(InstrumentStatusChange.builder().date(EdtfDate.parse("2023-03")).status(InstrumentStatus.IN_FORCE)
            .engagement("hanoi-meeting-again").build())
        .build();
    Commitment pledge = Commitment.builder().from(Fixtures.pledge()).engagement("hanoi-meeting-again")
        .statusHistory(List.of(StatusChange.builder().date(EdtfDate.parse("2023-03")).status(CommitmentStatus.OPEN)
            .engagement("hanoi-meeting-again").build()))
        .build();
    Dataset d = datasetWith(twin, protocol, pledge);

    assertThat(d.engagements()).extracting(Engagement::id).containsExactly("hanoi-meeting");
    Instrument signed = d.instrument("protocol").orElseThrow();
    assertThat(signed.signedAt()).contains("hanoi-meeting");
    assertThat(signed.statusHistory()).extracting(InstrumentStatusChange::engagement)
        .containsExactly(Optional.of("hanoi-meeting"));
    Commitment made = d.commitment("instructors").orElseThrow();
    assertThat(made.engagement()).contains("hanoi-meeting");
    assertThat(made.statusHistory()).extracting(StatusChange::engagement).containsExactly(Optional.of("hanoi-meeting"));
    assertThat(d.commitmentsAt("hanoi-meeting")).extracting(Commitment::id).contains("instructors");
    // The records as added keep the references their sources gave.
    assertThat(d.recordsAsAdded(RecordKind.INSTRUMENT)).extracting(i -> ((Instrument) i).signedAt())
        .containsExactly(Optional.empty(), Optional.of("hanoi-meeting-again"));
    assertThat(d.knownOn(LocalDate.of(2024, 6, 1)).instrument("protocol").orElseThrow().signedAt())
        .contains("hanoi-meeting");
  }

  /** The fixtures with a twin engagement and another instrument, and the pledge replaced by another. */
  private static Dataset datasetWith(Engagement twin, Instrument instrument, Commitment pledge) {
    return Dataset.builder().addSources(Fixtures.source(), later())
        .addCountries(Country.of("VN"), Country.of("FI"))
        .addOrganizations(Fixtures.ministry()).addPeople(Fixtures.minister(), Fixtures.counterpart())
        .addPartnerships(Fixtures.partnership()).addInstruments(Fixtures.memorandum(), instrument)
        .addEngagements(Fixtures.meeting(), twin).addCommitments(Fixtures.invitation(), pledge)
        .addProgrammes(Fixtures.programme()).addMilestones(Fixtures.expo()).build();
  }

  @Test
  void aCommitmentDueAtAMilestoneIsDueOnItsDate() {
    Commitment atTheExpo = Commitment.builder().from(Fixtures.invitation()).id("expo-bound")
        .due(java.util.Optional.empty()).dueAt("expo").build();
    Dataset d = base().addCommitments(atTheExpo).build();
    assertThat(d.dueOf(atTheExpo)).contains(EdtfDate.parse("2023-12"));
    assertThat(d.isOverdue(atTheExpo, LocalDate.of(2023, 12, 31))).isFalse();
    assertThat(d.isOverdue(atTheExpo, LocalDate.of(2024, 1, 1))).isTrue();
    assertThat(d.commitmentsDueBefore(LocalDate.of(2024, 1, 1))).extracting(Commitment::id)
        .containsExactly("expo-bound", "expo-invitation");
  }

  @Test
  void warningsNameQuotesThatCannotBeCheckedAndStrictRefusesThem() {
    Source untexted = Source.builder().id("cable").title("A cable, not held").build();
    Dataset.Builder b = base().addSources(untexted).addAmendments(Amendment.of(Fixtures.meeting(), List.of(),
        Evidence.of("cable", "They met.")));
    Dataset d = b.build();
    assertThat(d.warnings()).extracting(Problem::toString).containsExactly(
        "amendment 0 of engagement 'hanoi-meeting': evidence[0].quote cannot be checked: source 'cable' has no text in the dataset");
    assertThat(d.isVerifiable(Evidence.of("cable", "They met."))).isFalse();
    assertThatThrownBy(() -> b.strict(true).build()).isInstanceOf(DatasetException.class);
  }

  @Test
  void theHomeSideMustBeACountryOfTheDataset() {
    assertThat(base().home("VN").build().home()).contains("VN");
    assertThat(base().build().home()).isEmpty();
    assertThatThrownBy(() -> base().home("KR").build())
        .isInstanceOfSatisfying(DatasetException.class, e -> assertThat(e.problems()).extracting(Problem::toString)
            .containsExactly("country 'KR': home must be a country of the dataset, but was 'KR'"));
  }

  @Test
  void anInternationalOrganisationCanBeASide() {
    dev.readout.core.model.Organization asean = dev.readout.core.model.Organization.builder().id("asean")
        .name("Association of Southeast Asian Nations").acronym("ASEAN")
        .organizationKind(dev.readout.core.model.OrganizationKind.INTERNATIONAL_BODY).build();
    Engagement meeting = Engagement.builder().from(Fixtures.meeting()).id("asean-meeting").sides(List.of("VN", "asean"))
        .participants(List.of()).build();
    Dataset d = base().addOrganizations(asean).addEngagements(meeting)
        .addCommitments(Commitment.builder().from(Fixtures.pledge()).id("asean-pledge").makers(List.of(Party.organization("asean")))
            .engagement("asean-meeting").build())
        .build();
    assertThat(d.engagementsWith("asean")).extracting(Engagement::id).containsExactly("asean-meeting");
    assertThatThrownBy(() -> base().addEngagements(Engagement.builder().from(meeting).sides(List.of("VN", "nato")).build()).build())
        .isInstanceOfSatisfying(DatasetException.class, e -> assertThat(e.problems()).extracting(Problem::toString)
            .contains("engagement 'asean-meeting': sides[1] must be a country of the dataset or an international"
                + " organization, but was 'nato'"));
  }
}
