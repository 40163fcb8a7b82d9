package dev.readout.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.dataset.Disagreement;
import dev.readout.core.dates.EdtfDate;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.CommitmentKind;
import dev.readout.core.model.CommitmentStatus;
import dev.readout.core.model.CooperationArea;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.RecordKind;
import dev.readout.core.model.StatusChange;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Entries marked {@code amends: true}: a later file's word on a record defined elsewhere, read into
 * an amendment, written back the same way, and every mistake in one reported at the entry.
 */
class AmendmentFilesTest extends WithTempFiles {
  static final String BASE = TempFiles.SOURCE + """
      people:
        - id: virtanen
          name: Anna Virtanen
          country: FI
      engagements:
        - id: talks
          title: Ministers meet
          kind: meeting
          format: in-person
          date: 2023-03
          place: Hanoi
          sides: [VN, FI]
          participants:
            - person: virtanen
              side: FI
          evidence:
            - source: s
              quote: The ministers met in Hanoi.
      commitments:
        - id: instructors
          kind: pledge
          makers: [country:FI]
          engagement: talks
          text: Send instructors
          evidence:
            - source: s
              quote: Finland pledged to send instructors.
      """;

  static final String LATER = """
      extends: base.yaml
      sources:
        - id: later
          title: A later report
          published: 2024-02
          text: The talks were held in Hue on 14 March 2023. Finland sent the first instructors in January 2024. Vietnam proposed the instructors.
      engagements:
        - id: talks
          amends: true
          date: 2023-03-14
          place: Hue
          areas: [training]
          evidence:
            - source: later
              quote: The talks were held in Hue on 14 March 2023.
      commitments:
        - id: instructors
          amends: true
          statusHistory:
            - date: 2024-01
              status: in-progress
              engagement: talks
              evidence:
                - source: later
                  quote: Finland sent the first instructors in January 2024.
          evidence:
            - source: later
              quote: Finland sent the first instructors in January 2024.
        - id: instructors
          amends: true
          preferred: false
          kind: proposal
          makers: [country:VN]
          evidence:
            - source: later
              quote: Vietnam proposed the instructors.
          note: The later report has it as Vietnam's proposal.
      """;

  @BeforeEach
  void setUp() {
    files.write("base.yaml", BASE);
  }

  @Test
  void anAmendmentSetsTheFieldsItGivesAndAddsToTheListsItGives() {
    Dataset d = DatasetFiles.read(files.write("later.yaml", LATER));

    Engagement talks = d.engagement("talks").orElseThrow();
    assertThat(talks.date()).isEqualTo(EdtfDate.parse("2023-03-14"));
    assertThat(talks.place()).contains("Hue");
    assertThat(talks.areas()).containsExactly(CooperationArea.TRAINING);
    assertThat(talks.participants()).hasSize(1);
    assertThat(talks.evidence()).extracting(e -> e.source()).containsExactly("s", "later");
    assertThat(d.recordsAsAdded(RecordKind.ENGAGEMENT)).extracting(e -> ((Engagement) e).place().orElseThrow())
        .containsExactly("Hanoi");
    Commitment instructors = d.commitment("instructors").orElseThrow();
    assertThat(instructors.statusHistory()).extracting(StatusChange::status, c -> c.engagement().orElseThrow())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(CommitmentStatus.IN_PROGRESS, "talks"));
    assertThat(instructors.commitmentKind()).isEqualTo(CommitmentKind.PLEDGE);
    assertThat(d.amendments()).hasSize(3);
    assertThat(d.amendments().get(0).fields()).containsExactly("date", "place", "areas");
  }

  @Test
  void anAccountThatIsNotPreferredIsKeptAsADisagreement() {
    Dataset d = DatasetFiles.read(files.write("later.yaml", LATER));

    Commitment instructors = d.commitment("instructors").orElseThrow();
    assertThat(d.amendments().get(2).preferred()).isFalse();
    assertThat(d.amendments().get(2).note()).contains("The later report has it as Vietnam's proposal.");
    assertThat(d.disagreements(instructors)).extracting(Disagreement::field).containsExactly("kind", "makers");
  }

  @Test
  void theExportWritesTheRecordsAsAddedThenTheAmendmentsAndReadsBackEqual() {
    Dataset d = DatasetFiles.read(files.write("later.yaml", LATER));

    for (Format format : Format.values()) {
      String text = DatasetFiles.toString(d, format);
      Dataset back = DatasetFiles.read("export." + format.name().toLowerCase(java.util.Locale.ROOT),
          new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), format, Dataset.empty());
      assertThat(back).isEqualTo(d);
      assertThat(DatasetFiles.toString(back, format)).isEqualTo(text);
    }
    assertThat(DatasetFiles.toString(d, Format.YAML)).contains("""
          - id: talks
            amends: true
            date: 2023-03-14
            place: Hue
            areas:
              - training
            evidence:
              - source: later
                quote: The talks were held in Hue on 14 March 2023.
        commitments:
        """, """
          - id: instructors
            amends: true
            preferred: false
            kind: proposal
            makers:
              - country:VN
            evidence:
              - source: later
                quote: Vietnam proposed the instructors.
            note: The later report has it as Vietnam's proposal.
        """);
  }

  @Test
  void anAmendmentMayComeBeforeTheRecordInTheSameFileAndAListItGivesMayAddNothing() {
    String file = TempFiles.SOURCE + """
        engagements:
          - id: e
            amends: true
            place: Hue
            sides: [VN, FI]
            evidence:
              - source: s
                quote: A later report said they met in Hue.
        """ + TempFiles.engagement("e");

    Dataset d = DatasetFiles.read(files.write("one.yaml", file));

    assertThat(d.engagement("e").orElseThrow().place()).contains("Hue");
    String text = DatasetFiles.toString(d, Format.YAML);
    assertThat(text).contains("    amends: true\n    place: Hue\n    sides:\n      - VN\n      - FI\n");
    assertThat(DatasetFiles.read("back.yaml", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        Format.YAML, Dataset.empty())).isEqualTo(d);
  }

  // ---- mistakes ----

  @Test
  void aRecordDefinedAgainWithoutAmendsNamesTheFileThatDefinesItAndSaysHowToAmend() {
    Path later = files.write("later.yaml", "extends: base.yaml\nengagements:\n" + TempFiles.engagement("talks"));

    assertThat(files.problems(later)).containsExactly(
        "later.yaml:3:9: engagements[0].id: must be unique among engagements, but 'talks' is already defined in"
            + " base.yaml:12:9; mark this entry 'amends: true' to add to or correct it");
  }

  @Test
  void everyMistakeOfAnAmendmentIsReportedAtTheEntry() {
    String later = """
        extends: base.yaml
        people:
          - amends: true
            name: Anna
            evidence:
              - source: s
                quote: The ministers met in Hanoi.
        engagements:
          - id: nowhere
            amends: true
            date: 2023
            evidence:
              - source: s
                quote: The ministers met in Hanoi.
          - id: talks
            amends: yes
            place: Hue
            colour: red
          - id: talks
            title: Talks
            preferred: false
        commitments:
          - id: instructors
            amends: true
            preferred: false
            areas: [training]
            evidence:
              - source: s
                quote: Finland pledged to send troops.
        """;

    assertThat(files.problems(files.write("later.yaml", later))).containsExactly(
        "later.yaml:3:5: people[0].id: must be given, but was missing",
        "later.yaml:9:9: engagements[0].id: must be the id of an engagement defined in this file, another file of the"
            + " dataset or a base, but there is no engagement 'nowhere'",
        "later.yaml:15:5: engagements[1].evidence: must be given, but was missing",
        "later.yaml:18:5: engagements[1].colour: must be a field of an engagement (id, amends, preferred, title, kind,"
            + " format, date, place, placeCountry, occasion, parent, sides, participants, areas, instruments, summary,"
            + " acts, sameAs, language, translations, evidence, note), but was 'colour'",
        "later.yaml:19:5: engagements[2].kind: must be given, but was missing",
        "later.yaml:19:5: engagements[2].format: must be given, but was missing",
        "later.yaml:19:5: engagements[2].date: must be given, but was missing",
        "later.yaml:19:9: engagements[2].id: must be unique among engagements, but 'talks' is already defined in"
            + " base.yaml:12:9; mark this entry 'amends: true' to add to or correct it",
        "later.yaml:21:5: engagements[2].preferred: must be given only in an entry marked 'amends: true', but this"
            + " entry is a record of its own",
        "later.yaml:26:12: commitments[0].areas: must be a field that holds one value in an account that is not"
            + " preferred, but adds to a list",
        "later.yaml:29:16: commitments[0].evidence[0].quote: must occur verbatim in the text of source 's', but was"
            + " \"Finland pledged to send troops.\"");
  }

  @Test
  void aQuoteOfAnAmendmentIsCheckedInItsFile() {
    String later = """
        extends: base.yaml
        engagements:
          - id: talks
            amends: true
            place: Hue
            evidence:
              - source: s
                quote: They met in Hue.
        """;

    assertThat(files.problems(files.write("later.yaml", later))).containsExactly(
        "later.yaml:8:16: engagements[0].evidence[0].quote: must occur verbatim in the text of source 's', but was"
            + " \"They met in Hue.\"");
  }

  @Test
  void anAmendmentThatWouldBreakARecordOfAnotherFileNamesThatFile() {
    files.write("base.yaml", BASE.replace("    country: FI\n", """
            country: FI
            appointments:
              - title: Minister of Defence
                start: 2021
        """));
    String later = """
        extends: base.yaml
        people:
          - id: virtanen
            amends: true
            appointments:
              - title: Minister of Defence
                end: 2019
            evidence:
              - source: s
                quote: The ministers met in Hanoi.
        commitments:
          - id: instructors
            amends: true
            due: 2024
            dueAt: expo
            evidence:
              - source: s
                quote: Finland pledged to send instructors.
        """;

    assertThat(files.problems(files.write("later.yaml", later))).containsExactly(
        "later.yaml:3:5: people[0]: would make person 'virtanen' invalid: appointment 'Minister of Defence' period"
            + " must not end before it starts, but was 2021 to 2019 (person 'virtanen' is defined in base.yaml:8:9)",
        "later.yaml:12:5: commitments[0]: commitment 'instructors' must give its due as a date (due) or as a"
            + " milestone (dueAt), not both (commitment 'instructors' is defined in base.yaml:29:9)");
  }
}
