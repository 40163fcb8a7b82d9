package dev.readout.core.testing;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.dates.EdtfDate;
import dev.readout.core.model.Amendment;
import dev.readout.core.model.Appointment;
import dev.readout.core.model.CommitmentKind;
import dev.readout.core.model.CommitmentStatus;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.CooperationArea;
import dev.readout.core.model.Country;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.EngagementFormat;
import dev.readout.core.model.EngagementKind;
import dev.readout.core.model.Evidence;
import dev.readout.core.model.Instrument;
import dev.readout.core.model.InstrumentKind;
import dev.readout.core.model.Milestone;
import dev.readout.core.model.MilestoneKind;
import dev.readout.core.model.Organization;
import dev.readout.core.model.OrganizationKind;
import dev.readout.core.model.Participant;
import dev.readout.core.model.ParticipantRole;
import dev.readout.core.model.Partnership;
import dev.readout.core.model.PartnershipLevel;
import dev.readout.core.model.Party;
import dev.readout.core.model.Person;
import dev.readout.core.model.Programme;
import dev.readout.core.model.ProgrammeKind;
import dev.readout.core.model.Source;
import dev.readout.core.model.StatusChange;
import dev.readout.core.model.Translation;
import java.util.List;

/** A small hand-written dataset that uses every kind of record, for tests to start from and break. */
public final class Fixtures {
  public static final String TEXT = "The two ministers met in Hanoi in March 2023. "
      + "Vietnam invited Finland to the expo in December 2023. "
      + "Finland pledged to  send\ninstructors. They cited the 2020 memorandum.";

  private Fixtures() {}

  public static Source source() {
    return Source.builder().id("article").title("An article").text(TEXT).build();
  }

  public static Organization ministry() {
    return Organization.builder().id("vn-mnd").name("Ministry of National Defence")
        .nativeName("Bộ Quốc phòng").organizationKind(OrganizationKind.MINISTRY).country("VN").build();
  }

  public static Person minister() {
    return Person.builder().id("minister").name("Phan Van Giang").nativeName("Phan Văn Giang")
        .honorific("General").country("VN")
        .addAppointments(Appointment.builder().title("Minister of National Defence").organization("vn-mnd")
            .start(EdtfDate.parse("2021-04")).build())
        .build();
  }

  public static Person counterpart() {
    return Person.builder().id("counterpart").name("Anna Virtanen").country("FI")
        .addAppointments(Appointment.builder().title("Minister of Defence").start(EdtfDate.parse("2019"))
            .end(EdtfDate.parse("2023-06")).build())
        .addAppointments(Appointment.builder().title("Prime Minister").start(EdtfDate.parse("2023-07")).build())
        .build();
  }

  public static Engagement meeting() {
    return Engagement.builder().id("hanoi-meeting").title("Ministers meet in Hanoi")
        .engagementKind(EngagementKind.MEETING).format(EngagementFormat.IN_PERSON)
        .date(EdtfDate.parse("2023-03")).place("Hanoi").placeCountry("VN")
        .addSides("VN", "FI")
        .addParticipants(Participant.of("minister", "VN", ParticipantRole.PRINCIPAL))
        .addParticipants(Participant.of("counterpart", "FI", ParticipantRole.PRINCIPAL))
        .addAreas(CooperationArea.TRAINING).addInstruments("memorandum")
        .addEvidence(Evidence.of("article", "The two ministers met in Hanoi in March 2023."))
        .build();
  }

  public static Commitment invitation() {
    return Commitment.builder().id("expo-invitation").commitmentKind(CommitmentKind.INVITATION)
        .addMakers(Party.country("VN")).addAddressees(Party.person("counterpart")).engagement("hanoi-meeting")
        .text("Attend the expo").due(EdtfDate.parse("2023-12")).addMilestones("expo")
        .addStatusHistory(StatusChange.of(EdtfDate.parse("2023-03"), CommitmentStatus.OPEN))
        .addEvidence(Evidence.of("article", "Vietnam invited Finland to the expo in December 2023."))
        .build();
  }

  public static Commitment pledge() {
    return Commitment.builder().id("instructors").commitmentKind(CommitmentKind.PLEDGE)
        .addMakers(Party.country("FI")).addAddressees(Party.organization("vn-mnd")).engagement("hanoi-meeting")
        .text("Send instructors").addAreas(CooperationArea.TRAINING)
        .addStatusHistory(StatusChange.of(EdtfDate.parse("2023-03"), CommitmentStatus.OPEN))
        .addStatusHistory(StatusChange.of(EdtfDate.parse("2024-01"), CommitmentStatus.FULFILLED))
        .addEvidence(Evidence.of("article", "Finland pledged to send instructors."))
        .build();
  }

  public static Instrument memorandum() {
    return Instrument.builder().id("memorandum").title("Memorandum on defence cooperation")
        .instrumentKind(InstrumentKind.MEMORANDUM_OF_UNDERSTANDING)
        .addParties(Party.country("VN"), Party.country("FI")).signed(EdtfDate.parse("2020"))
        .addEvidence(Evidence.of("article", "They cited the 2020 memorandum."))
        .build();
  }

  public static Partnership partnership() {
    return Partnership.builder().id("vn-fi-partnership").addCountries("VN", "FI")
        .level(PartnershipLevel.STRATEGIC_PARTNERSHIP).since(EdtfDate.parse("2020"))
        .addEvidence(Evidence.of("article", "They cited the 2020 memorandum.", "Assumed for the test."))
        .build();
  }

  public static Programme programme() {
    return Programme.builder().id("instructor-programme").title("Instructor exchange")
        .programmeKind(ProgrammeKind.PROGRAMME).addParties(Party.country("FI")).period(EdtfDate.parse("2023/2025"))
        .addEvidence(Evidence.of("article", "Finland pledged to send instructors."))
        .build();
  }

  public static Milestone expo() {
    return Milestone.builder().id("expo").title("Defence expo").milestoneKind(MilestoneKind.EXHIBITION)
        .date(EdtfDate.parse("2023-12")).addParties(Party.country("VN"))
        .addEvidence(Evidence.of("article", "Vietnam invited Finland to the expo in December 2023."))
        .build();
  }

  /** The meeting's counterpart with a role title and its Vietnamese, as a later source gives her. */
  public static Participant chair() {
    return Participant.builder().from(meeting().participants().get(1)).roleTitle("Chair of the Nordic group")
        .addTranslations(Translation.into("vi").title("Chủ tịch Nhóm Bắc Âu").build()).build();
  }

  /** An amendment that gives the meeting's participants again, supported by a quote. */
  public static Amendment meetingWith(Evidence quote, Participant... participants) {
    return Amendment.of(Engagement.builder().from(meeting()).participants(List.of(participants)).build(),
        List.of("participants"), quote);
  }

  /** A builder holding one valid record of every kind. */
  public static Dataset.Builder builder() {
    return Dataset.builder()
        .addSources(source())
        .addCountries(Country.of("VN"), Country.of("FI"))
        .addOrganizations(ministry())
        .addPeople(minister(), counterpart())
        .addPartnerships(partnership())
        .addInstruments(memorandum())
        .addEngagements(meeting())
        .addCommitments(invitation(), pledge())
        .addProgrammes(programme())
        .addMilestones(expo());
  }

  public static Dataset dataset() {
    return builder().build();
  }
}
