package dev.readout.core.io;

import static dev.readout.core.io.RoundTrips.assertRoundTrips;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.dates.EdtfDate;
import dev.readout.core.model.Amendment;
import dev.readout.core.model.Country;
import dev.readout.core.model.Evidence;
import dev.readout.core.model.Participant;
import dev.readout.core.model.ParticipantRole;
import dev.readout.core.model.Partnership;
import dev.readout.core.model.PartnershipLevel;
import dev.readout.core.model.Source;
import dev.readout.core.testing.Fixtures;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Several amendments of one record, read in order: each is read against the record as the preferred
 * amendments before it left it — as the dataset applies them — so a sequence the dataset takes reads
 * back from its own export, whichever files the amendments are in.
 */
class AmendmentSequenceTest extends WithTempFiles {
  private static final String TEXT = "The partnership was agreed in 2020 for one year. "
      + "In 2022 it was extended to 2030. "
      + "A later account dates the partnership itself to 2025. "
      + "One account says it ends in 2026.";

  /** A source, and a partnership agreed in 2020 for a year. */
  private static final String BASE = """
      sources:
        - id: s
          title: A report
          published: 2024-05
          text: %s
      countries: [VN, FI]
      partnerships:
        - id: p
          countries: [VN, FI]
          level: partnership
          since: 2020
          until: 2021
          evidence:
            - source: s
              quote: The partnership was agreed in 2020 for one year.
      """.formatted(TEXT);

  /** The partnership extended to 2030: the period 2020–2030. */
  private static final String EXTENDED = """
        - id: p
          amends: true
          until: 2030
          evidence:
            - source: s
              quote: In 2022 it was extended to 2030.
      """;

  /** The partnership dated to 2025: valid only after the extension, as 2025 is after 2021. */
  private static final String REDATED = """
        - id: p
          amends: true
          since: 2025
          evidence:
            - source: s
              quote: A later account dates the partnership itself to 2025.
      """;

  @Test
  void aLaterAmendmentIsReadAgainstTheRecordAsTheEarlierOneLeftIt() {
    Dataset d = DatasetFiles.read(files.write("one.yaml", BASE + EXTENDED + REDATED));

    Partnership p = d.partnership("p").orElseThrow();
    assertThat(p.since()).isEqualTo(EdtfDate.parse("2025"));
    assertThat(p.until()).contains(EdtfDate.parse("2030"));
    assertThat(d.amendments()).extracting(Amendment::fields).containsExactly(List.of("until"), List.of("since"));
    assertRoundTrips(d);
  }

  @Test
  void anAmendmentInALaterFileIsReadAgainstTheRecordAsTheBaseFilesAmendmentLeftIt() {
    files.write("base.yaml", BASE + EXTENDED);
    Dataset d = DatasetFiles.read(files.write("later.yaml", "extends: base.yaml\npartnerships:\n" + REDATED));

    Partnership p = d.partnership("p").orElseThrow();
    assertThat(p.since()).isEqualTo(EdtfDate.parse("2025"));
    assertThat(p.until()).contains(EdtfDate.parse("2030"));
    assertRoundTrips(d);
  }

  @Test
  void aFileReadOnTopOfADatasetIsReadAgainstItsAmendedRecords() {
    Dataset base = DatasetFiles.read(files.write("base.yaml", BASE + EXTENDED));
    String later = "partnerships:\n" + REDATED;

    Dataset d = DatasetFiles.read("later.yaml", new ByteArrayInputStream(later.getBytes(StandardCharsets.UTF_8)),
        Format.YAML, base);

    assertThat(d.partnership("p").orElseThrow().since()).isEqualTo(EdtfDate.parse("2025"));
    assertThat(d.partnership("p").orElseThrow().until()).contains(EdtfDate.parse("2030"));
  }

  @Test
  void anotherAccountDoesNotChangeTheRecordALaterAmendmentIsReadAgainst() {
    String other = """
          - id: p
            amends: true
            preferred: false
            until: 2030
            evidence:
              - source: s
                quote: One account says it ends in 2026.
        """;

    assertThat(files.problems(files.write("one.yaml", BASE + other + REDATED))).containsExactly(
        "one.yaml:23:5: partnerships[2]: partnership 'p' period must not end"
            + " before it starts, but was 2025 to 2021");
  }

  @Test
  void amendmentsBuiltInJavaReadBackFromTheirExport() {
    Source s = Source.builder().id("s").title("A report").published(EdtfDate.parse("2024-05")).text(TEXT).build();
    Partnership agreed = Partnership.builder().id("p").addCountries("VN", "FI").level(PartnershipLevel.PARTNERSHIP)
        .since(EdtfDate.parse("2020")).until(EdtfDate.parse("2021"))
        .addEvidence(Evidence.of("s", "The partnership was agreed in 2020 for one year.")).build();
    Partnership extended = Partnership.builder().from(agreed).until(EdtfDate.parse("2030")).build();
    Partnership redated = Partnership.builder().from(extended).since(EdtfDate.parse("2025")).build();
    Dataset d = Dataset.builder().addSources(s).addCountries(Country.of("VN"), Country.of("FI")).addPartnerships(agreed)
        .addAmendments(Amendment.of(extended, List.of("until"), Evidence.of("s", "In 2022 it was extended to 2030.")))
        .addAmendments(Amendment.of(redated, List.of("since"),
            Evidence.of("s", "A later account dates the partnership itself to 2025.")))
        .build();

    assertThat(d.warnings()).isEmpty();
    assertRoundTrips(d);
  }

  @Test
  void aParticipantGivenAgainReadsBackWithTheTranslationsItKept() {
    Evidence quote = Evidence.of("article", "The two ministers met in Hanoi in March 2023.");
    Participant host = Participant.builder().from(Fixtures.chair()).role(ParticipantRole.HOST).translations(List.of()).build();
    Dataset d = Fixtures.builder()
        .addAmendments(Fixtures.meetingWith(quote, Fixtures.chair()), Fixtures.meetingWith(quote, host)).build();

    assertThat(d.engagement("hanoi-meeting").orElseThrow().participants().get(1).translations()).hasSize(1);
    assertRoundTrips(d);
  }
}
