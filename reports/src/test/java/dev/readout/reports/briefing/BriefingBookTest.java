package dev.readout.reports.briefing;

import static dev.readout.reports.briefing.Documents.headings;
import static dev.readout.reports.briefing.Documents.rows;
import static dev.readout.reports.briefing.Documents.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.seed.Datasets;
import dev.readout.reports.doc.Cover;
import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.PlainText;
import dev.readout.reports.doc.TableOfContents;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BriefingBookTest {
  private static final Dataset SEED = Datasets.seed();

  @Test
  void theBookHasCoverContentsOverviewBriefsReadoutsTrackerAndSources() {
    Document d = Briefings.briefingBook(SEED, BriefingOptions.builder().asOf(LocalDate.of(2024, 10, 1))
        .classification("UNCLASSIFIED").build());
    assertThat(d.blocks().get(0)).isInstanceOf(Cover.class);
    assertThat(d.blocks().get(1)).isInstanceOf(TableOfContents.class);
    assertThat(((TableOfContents) d.blocks().get(1)).levels()).as("parts, briefs and readouts only").isEqualTo(2);
    assertThat(d.metadata().title()).isEqualTo("Briefing book");
    assertThat(headings(d, 1)).containsExactly("Summary by counterpart", "Overview", "Country brief: India",
        "Country brief: Indonesia", "Country brief: South Korea", "Country brief: United States", "Engagement readouts",
        "Commitment tracker", "All sources", "How dates and other facts were worked out");
    assertThat(PlainText.of(d.blocks().get(0))).isEqualTo("Briefing book on the defence engagements of Vietnam\n"
        + "As of 1 October 2024\n"
        + "This briefing rests on 2 sources, the newest published September 2024 (inferred).");
    assertThat(headings(d, 2)).filteredOn(h -> h.startsWith("Readout: ")).hasSize(11);
    assertThat(d.headings()).allMatch(h -> h.level() <= 3);
    assertThat(d.uniqueAnchors()).doesNotHaveDuplicates().isEqualTo(d.headings().stream().map(h -> h.anchor()).toList());
  }

  @Test
  void theOverviewCountsCommitmentsByCounterpartAndArea() {
    Document d = Briefings.briefingBook(SEED, BriefingOptions.builder().asOf(LocalDate.of(2022, 12, 1)).build());
    List<List<String>> rows = rows(table(d, "overview"));
    assertThat(table(d, "overview").headerRows().get(0).cells()).hasSize(6);
    assertThat(rows).contains(List.of("Defence industry", "2", "2", "3", "1", "8"), List.of("Logistics", "1", "–", "–", "–", "1"));
    assertThat(rows).anySatisfy(r -> assertThat(r.get(0)).isEqualTo("War legacy"));
    assertThat(headings(d, 2)).filteredOn(h -> h.startsWith("Readout: ")).as("only engagements held by the day").hasSize(8);
  }

  @Test
  void theBookAsOf4December2026HasFewerThanHalfTheNotesItHadAndEveryStatementStaysTraceable() {
    Document d = Briefings.briefingBook(SEED, BriefingOptions.builder().asOf(LocalDate.of(2026, 12, 4))
        .principal("General Phan Văn Giang").preparedBy("Department of Foreign Relations").version("1.0").build());
    List<String> notes = PlainText.footnotes(d);
    assertThat(notes).hasSizeLessThan(130).doesNotHaveDuplicates()
        .allSatisfy(n -> assertThat(n).matches("(?s)“.+” \\[S[12]\\].*"));
    // Every quote of every commitment made by then is in a note.
    SEED.commitments().forEach(c -> c.evidence().forEach(e ->
        assertThat(notes).anySatisfy(n -> assertThat(n).startsWith("“" + e.quote() + "”"))));
    String cover = PlainText.of(d.blocks().get(0));
    assertThat(cover).isEqualTo("Briefing book on the defence engagements of Vietnam\nAs of 4 December 2026\n"
        + "Prepared for General Phan Văn Giang\nPrepared by Department of Foreign Relations\nVersion 1.0\n"
        + "This briefing rests on 2 sources, the newest published September 2024 (inferred).\n"
        + "Nothing is recorded after September 2024 (inferred); this briefing is as of 4 December 2026.");
    String all = PlainText.of(d);
    assertThat(all).doesNotContain("..", ", Published", "Purpose:", "Raise ", "Report to", "OVERDUE");
  }
}
