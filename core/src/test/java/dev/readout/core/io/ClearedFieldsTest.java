package dev.readout.core.io;

import static dev.readout.core.io.RoundTrips.assertRoundTrips;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.dates.EdtfDate;
import dev.readout.core.model.Amendment;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.CommitmentKind;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.Evidence;
import dev.readout.core.model.Firmness;
import dev.readout.core.model.Party;
import dev.readout.core.model.Source;
import dev.readout.core.testing.Fixtures;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Amendments that name a field without giving it a value — they clear it — and amendments that give
 * one of two fields that exclude each other, written to a file and read back: the export writes
 * {@code null} for a field an amendment clears, the reader reads {@code null} in an amendment as
 * clearing the field, and the dataset read back is equal, its export the same bytes.
 */
class ClearedFieldsTest extends WithTempFiles {
  private static final String LATER = "The invitation now stands for the expo itself. "
      + "The ministers met by video link. "
      + "Finland's funding no longer depends on parliament. "
      + "Finland will only consider the funding.";

  private static Source later() {
    return Source.builder().id("later").title("A later release").text(LATER)
        .published(EdtfDate.parse("2024-02")).build();
  }

  /** A pledge that is conditional as it is added. */
  private static Commitment funding() {
    return Commitment.builder().id("funding").commitmentKind(CommitmentKind.PLEDGE)
        .addMakers(Party.country("FI")).text("Fund the instructors").firmness(Firmness.CONDITIONAL)
        .condition("if parliament agrees")
        .addEvidence(Evidence.of("article", "Finland pledged to send instructors.")).build();
  }

  private static Dataset.Builder base() {
    return Fixtures.builder().addSources(later()).addCommitments(funding());
  }

  @Test
  void anAmendmentThatGivesADueMilestoneInPlaceOfADueDateReadsBackEqual() {
    Commitment invitation = Fixtures.invitation();
    Dataset d = base().addAmendments(Amendment.of(
        Commitment.builder().from(invitation).due(Optional.empty()).dueAt("expo").build(), List.of("due", "dueAt"),
        Evidence.of("later", "The invitation now stands for the expo itself."))).build();

    assertRoundTrips(d);
    assertThat(DatasetFiles.toString(d, Format.YAML)).contains("""
            amends: true
            due: null
            dueAt: expo
        """);
  }

  @Test
  void anAmendmentThatMakesAConditionalCommitmentFirmReadsBackEqual() {
    Dataset d = base().addAmendments(Amendment.of(
        Commitment.builder().from(funding()).firmness(Firmness.FIRM).condition(Optional.empty()).build(),
        List.of("firmness", "condition"), Evidence.of("later", "Finland's funding no longer depends on parliament."))).build();

    assertThat(d.commitment("funding").orElseThrow().condition()).isEmpty();
    assertRoundTrips(d);
    assertThat(DatasetFiles.toString(d, Format.JSON)).contains("""
              "firmness": "firm",
              "condition": null,
        """);
  }

  @Test
  void anAmendmentThatClearsAPlaceReadsBackEqual() {
    Engagement meeting = Fixtures.meeting();
    Dataset d = base().addAmendments(Amendment.of(
        Engagement.builder().from(meeting).place(Optional.empty()).placeCountry(Optional.empty()).build(),
        List.of("place", "placeCountry"), Evidence.of("later", "The ministers met by video link."))).build();

    assertThat(d.engagement("hanoi-meeting").orElseThrow().place()).isEmpty();
    assertRoundTrips(d);
  }

  @Test
  void aFirmnessGivenAloneReadsBackAfterAnAmendmentClearedTheCondition() {
    Commitment firm = Commitment.builder().from(funding()).firmness(Firmness.FIRM).condition(Optional.empty()).build();
    Dataset d = base()
        .addAmendments(Amendment.of(firm, List.of("firmness", "condition"),
            Evidence.of("later", "Finland's funding no longer depends on parliament.")))
        .addAmendments(Amendment.of(Commitment.builder().from(firm).firmness(Firmness.TO_BE_CONSIDERED).build(),
            List.of("firmness"), Evidence.of("later", "Finland will only consider the funding.")))
        .build();

    assertThat(d.commitment("funding").orElseThrow().firmness()).isEqualTo(Firmness.TO_BE_CONSIDERED);
    assertRoundTrips(d);
  }

  @Test
  void aFirmnessGivenAloneIsRefusedWhileTheCommitmentHasItsCondition() {
    String file = TempFiles.SOURCE + """
        commitments:
          - id: instructors
            kind: pledge
            makers: [country:FI]
            text: Send instructors
            firmness: conditional
            condition: if parliament agrees
            evidence:
              - source: s
                quote: Finland pledged to send instructors.
          - id: instructors
            amends: true
            firmness: firm
            evidence:
              - source: s
                quote: Finland pledged to send instructors.
        """;

    assertThat(files.problems(files.write("one.yaml", file))).containsExactly(
        "one.yaml:17:5: commitments[1]: would make commitment 'instructors' invalid: commitment 'instructors'"
            + " condition must go with firmness 'conditional', but the firmness was not");
  }

  @Test
  void nullOrTildeInAnAmendmentClearsAField() {
    String file = TempFiles.SOURCE + """
        engagements:
          - id: e
            title: Ministers meet
            kind: meeting
            format: in-person
            date: 2023-03
            place: Hanoi
            placeCountry: VN
            sides: [VN, FI]
            evidence:
              - source: s
                quote: The ministers met in Hanoi.
          - id: e
            amends: true
            place: null
            placeCountry: ~
            evidence:
              - source: s
                quote: A later report said they met in Hue.
        """;

    Dataset d = DatasetFiles.read(files.write("one.yaml", file));

    Engagement e = d.engagement("e").orElseThrow();
    assertThat(e.place()).isEmpty();
    assertThat(e.placeCountry()).isEmpty();
    assertThat(d.amendments().get(0).fields()).containsExactly("place", "placeCountry");
  }

  @Test
  void nullInAnAmendmentMayNotClearAFieldARecordMustHaveOrAList() {
    String file = TempFiles.SOURCE + "engagements:\n" + TempFiles.engagement("e") + """
          - id: e
            amends: true
            title: null
            areas: null
            evidence:
              - source: s
                quote: A later report said they met in Hue.
        """;

    String rule = "must not be null: null clears a field, and an amendment may clear only a field that holds one"
        + " value and that a record may leave out, such as a place or a due date";
    assertThat(files.problems(files.write("one.yaml", file))).containsExactly(
        "one.yaml:19:12: engagements[1].title: " + rule,
        "one.yaml:20:12: engagements[1].areas: " + rule);
  }

  @Test
  void nullInARecordIsTheWrongType() {
    String file = TempFiles.SOURCE + "engagements:\n"
        + TempFiles.engagement("e").replace("    sides:", "    place: null\n    sides:");

    assertThat(files.problems(files.write("one.yaml", file))).containsExactly(
        "one.yaml:13:12: engagements[0].place: must be a string, but was null");
  }
}
