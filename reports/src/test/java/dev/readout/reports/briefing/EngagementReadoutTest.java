package dev.readout.reports.briefing;

import static dev.readout.reports.briefing.Documents.headings;
import static dev.readout.reports.briefing.Documents.rows;
import static dev.readout.reports.briefing.Documents.section;
import static dev.readout.reports.briefing.Documents.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.seed.Datasets;
import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.KeyValueBlock;
import dev.readout.reports.doc.PlainText;
import dev.readout.reports.doc.Table;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngagementReadoutTest {
  private static final Dataset SEED = Datasets.seed();
  private static final BriefingOptions OPTIONS = BriefingOptions.builder().asOf(LocalDate.of(2024, 10, 1)).build();

  private static List<String> facts(Document d) {
    KeyValueBlock kv = (KeyValueBlock) d.blocks().get(1);
    return kv.entries().stream().map(e -> e.key() + ": " + PlainText.of(e.value())).toList();
  }

  @Test
  void theReadoutSaysWhenWhereHowAndOnWhatOccasion() {
    Document d = Briefings.engagementReadout(SEED, "giang-leahy-call-2024", OPTIONS);
    assertThat(d.metadata().title()).isEqualTo("Readout: Phan Văn Giang's phone talks with Patrick Leahy");
    assertThat(facts(d)).startsWith("When: September 2024 (inferred)");
    assertThat(facts(d)).contains("Kind: Call", "Format: By phone");
    assertThat(facts(d)).anyMatch(f -> f.startsWith("Where: Embassy of Vietnam"));
    assertThat(facts(d)).anyMatch(f -> f.startsWith("Part of: ") && f.endsWith("September 2024 (inferred)"));
    assertThat(headings(d, 2)).containsExactly("Participants", "Areas discussed", "Commitments", "Other acts",
        "Sources");
  }

  @Test
  void participantsAreListedBySideWithTheirTitleOnTheDay() {
    Document d = Briefings.engagementReadout(SEED, "giang-austin-2022", OPTIONS);
    String participants = text(section(d, "readout-giang-austin-2022-participants"));
    assertThat(participants).contains("Side of Vietnam", "General Phan Văn Giang, Minister of National Defence, principal",
        "Side of United States", "Lloyd Austin, Secretary of Defense, principal");
  }

  @Test
  void commitmentsAreGroupedByTheSideThatMadeThem() {
    Document d = Briefings.engagementReadout(SEED, "giang-prabowo-2022", OPTIONS);
    List<String> paragraphs = section(d, "readout-giang-prabowo-2022-commitments").stream()
        .filter(dev.readout.reports.doc.Paragraph.class::isInstance).map(PlainText::of).toList();
    assertThat(paragraphs).containsExactly("Made by Vietnam", "Made jointly");
    List<Table> tables = section(d, "readout-giang-prabowo-2022-commitments").stream()
        .filter(Table.class::isInstance).map(Table.class::cast).toList();
    assertThat(rows(tables.get(0))).extracting(r -> r.get(0)).containsExactlyInAnyOrder("Support", "Invitation");
    assertThat(rows(tables.get(1))).extracting(r -> r.get(0)).containsOnly("Agreement").hasSize(10);
    assertThat(d.blocks().get(3)).as("the record's notes follow the summary")
        .isEqualTo(dev.readout.reports.doc.Note.of(dev.readout.reports.doc.Note.Kind.INFO, "Notes on the record",
            SEED.engagement("giang-prabowo-2022").orElseThrow().note().orElseThrow()));
  }

  @Test
  void areasActsAndInstrumentsCited() {
    Document d = Briefings.engagementReadout(SEED, "giang-austin-2022", OPTIONS);
    assertThat(text(section(d, "readout-giang-austin-2022-areas"))).contains("War legacy", "UN peacekeeping", "Military medicine");
    assertThat(text(section(d, "readout-giang-austin-2022-instruments")))
        .contains("Memorandum of Understanding on Promoting Bilateral Defense Cooperation (Memorandum of understanding, 2011)")
        .contains("Three-year defence cooperation plan for 2022–2024 (Cooperation plan, 2022 – 2024)");
    assertThat(text(section(d, "readout-giang-austin-2022-acts"))).contains("Thanks — Thanked the U.S. Department of Defense");
  }

  @Test
  void anUnknownEngagementIsRefused() {
    assertThatThrownBy(() -> Briefings.engagementReadout(SEED, "nope", OPTIONS))
        .hasMessage("engagement must be the id of one of the dataset's 11 engagements, but was 'nope'");
  }
}
