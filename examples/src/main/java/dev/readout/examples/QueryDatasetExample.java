package dev.readout.examples;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.dataset.TimelineEntry;
import dev.readout.core.dates.EdtfDate;
import dev.readout.core.model.Appointment;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.CommitmentKind;
import dev.readout.core.model.CommitmentStatus;
import dev.readout.core.model.CooperationArea;
import dev.readout.core.model.Country;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.EngagementFormat;
import dev.readout.core.model.EngagementKind;
import dev.readout.core.model.Evidence;
import dev.readout.core.model.Participant;
import dev.readout.core.model.ParticipantRole;
import dev.readout.core.model.Party;
import dev.readout.core.model.Person;
import dev.readout.core.model.Source;
import dev.readout.core.model.StatusChange;
import java.time.LocalDate;

/**
 * Builds a small dataset with the builders — a source with its text, two countries, two people, a
 * meeting and two commitments, each backed by a quote from the source — then asks it which
 * commitments were open on a day and what the counterpart's timeline is.
 *
 * <p>{@code Dataset.builder().build()} checks every rule at once (references resolve, quotes occur
 * in their source, status histories are in order …) and throws a {@code DatasetException} listing
 * every problem.
 */
public final class QueryDatasetExample {
  private QueryDatasetExample() {}

  /**
   * Builds the dataset.
   *
   * @return a valid dataset of one meeting between Vietnam and Japan
   */
  public static Dataset dataset() {
    String text = "On 5 March 2025 the defence ministers of Vietnam and Japan met in Tokyo. "
        + "Japan pledged to train Vietnamese military medics in 2025. "
        + "The two ministers agreed to hold a search and rescue exercise in 2026.";
    return Dataset.builder()
        .addSources(Source.builder().id("tokyo-readout").title("Readout of the Tokyo meeting").text(text).build())
        .addCountries(Country.of("VN"), Country.of("JP"))
        .addPeople(Person.builder().id("giang").name("Phan Van Giang").nativeName("Phan Văn Giang")
            .honorific("General").country("VN")
            .addAppointments(Appointment.builder().title("Minister of National Defence").start(EdtfDate.parse("2021-04")).build())
            .build())
        .addPeople(Person.builder().id("jp-minister").name("Minister of Defense of Japan").country("JP").build())
        .addEngagements(Engagement.builder().id("tokyo-2025").title("Defence ministers meet in Tokyo")
            .engagementKind(EngagementKind.MEETING).format(EngagementFormat.IN_PERSON)
            .date(EdtfDate.parse("2025-03-05")).place("Tokyo").placeCountry("JP").addSides("VN", "JP")
            .addParticipants(Participant.of("giang", "VN", ParticipantRole.PRINCIPAL),
                Participant.of("jp-minister", "JP", ParticipantRole.PRINCIPAL))
            .addAreas(CooperationArea.MILITARY_MEDICINE, CooperationArea.SEARCH_AND_RESCUE)
            .addEvidence(Evidence.of("tokyo-readout", "On 5 March 2025 the defence ministers of Vietnam and Japan met in Tokyo."))
            .build())
        .addCommitments(Commitment.builder().id("jp-medic-training").commitmentKind(CommitmentKind.PLEDGE)
            .addMakers(Party.country("JP")).addAddressees(Party.country("VN")).engagement("tokyo-2025")
            .text("Train Vietnamese military medics").addAreas(CooperationArea.MILITARY_MEDICINE)
            .due(EdtfDate.parse("2025"))
            .addStatusHistory(StatusChange.of(EdtfDate.parse("2025-03-05"), CommitmentStatus.OPEN))
            .addEvidence(Evidence.of("tokyo-readout", "Japan pledged to train Vietnamese military medics in 2025."))
            .build())
        .addCommitments(Commitment.builder().id("sar-exercise").commitmentKind(CommitmentKind.AGREEMENT)
            .addMakers(Party.country("VN"), Party.country("JP")).engagement("tokyo-2025")
            .text("Hold a search and rescue exercise").addAreas(CooperationArea.SEARCH_AND_RESCUE)
            .due(EdtfDate.parse("2026"))
            .addEvidence(Evidence.of("tokyo-readout", "The two ministers agreed to hold a search and rescue exercise in 2026."))
            .build())
        .build();
  }

  /**
   * Prints the commitments open on 1 June 2025 and on 1 February 2026 (when the training pledge is
   * overdue), and Japan's timeline.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    Dataset dataset = dataset();
    for (LocalDate day : new LocalDate[] {LocalDate.of(2025, 6, 1), LocalDate.of(2026, 2, 1)}) {
      System.out.println("Open on " + day + ":");
      for (Commitment c : dataset.openCommitments(day)) {
        System.out.println("  " + c.id() + " — " + c.text() + " (due " + c.due().orElseThrow() + ")"
            + (dataset.isOverdue(c, day) ? " OVERDUE" : ""));
      }
    }
    System.out.println("Timeline of JP:");
    for (TimelineEntry entry : dataset.timeline("JP")) {
      System.out.println("  " + entry.date() + "  " + entry.kind().label() + "  " + entry.title());
    }
    System.out.println("Title of giang on 5 March 2025: " + dataset.titleAt("giang", LocalDate.of(2025, 3, 5)).orElse("?"));
  }
}
