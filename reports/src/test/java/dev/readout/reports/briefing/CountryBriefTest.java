package dev.readout.reports.briefing;

import static dev.readout.reports.briefing.Documents.headings;
import static dev.readout.reports.briefing.Documents.rows;
import static dev.readout.reports.briefing.Documents.section;
import static dev.readout.reports.briefing.Documents.table;
import static dev.readout.reports.briefing.Documents.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.seed.Datasets;
import dev.readout.reports.doc.Cover;
import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.ListBlock;
import dev.readout.reports.doc.PlainText;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The country brief on the seed, read as a briefing officer would: true on its day, written from our side. */
class CountryBriefTest {
  private static final Dataset SEED = Datasets.seed();

  private static BriefingOptions asOf(int y, int m, int d) {
    return BriefingOptions.builder().asOf(LocalDate.of(y, m, d)).classification("UNCLASSIFIED").build();
  }

  private static List<String> items(List<dev.readout.reports.doc.Block> blocks) {
    return blocks.stream().filter(ListBlock.class::isInstance).map(ListBlock.class::cast)
        .flatMap(l -> l.items().stream()).map(i -> PlainText.of(i.content())).toList();
  }

  @Test
  void theBriefOpensWithItsCoverAndBottomLineThenTheSectionsOfARealReadAhead() {
    Document d = Briefings.countryBrief(SEED, "US", asOf(2022, 12, 1));
    assertThat(d.metadata().title()).isEqualTo("Country brief: United States");
    assertThat(d.metadata().subtitle()).contains("As of 1 December 2022");
    assertThat(d.metadata().classification()).contains("UNCLASSIFIED");
    assertThat(d.blocks().get(0)).isInstanceOf(Cover.class);
    assertThat(PlainText.of(d.blocks().get(0))).isEqualTo("United States: country brief written for Vietnam\nAs of 1 December 2022\n"
        + "This briefing rests on 1 source, the newest published November 2022 (inferred).");
    assertThat(headings(d, 2)).containsExactly("Bottom line", "Our objectives: what we have asked of them",
        "Their likely asks", "Talking points", "Commitments both ways", "Background", "Key personalities", "Sources",
        "How dates and other facts were worked out");
  }

  @Test
  void onTheFirstOfDecember2022TheBriefSaysOnlyWhatWasKnownThen() {
    Document d = Briefings.countryBrief(SEED, "US", asOf(2022, 12, 1));
    String all = PlainText.of(d);
    // Leahy, the 2023 upgrade, the anniversary of it and the 2023 film are only in the 2024 article.
    assertThat(all).doesNotContain("Leahy", "comprehensive strategic partnership", "Comprehensive strategic partnership",
        "First anniversary", "Documentary", "vn-us-leahy-talks-2024", "phone talks");
    assertThat(text(section(d, "brief-us-relationship"))).startsWith("Comprehensive partnership, since July 2013");
    assertThat(items(section(d, "brief-sources"))).containsExactly("[S1] Vietnam's defence minister meets the defence"
        + " ministers of Indonesia, the U.S., the Republic of Korea and India after the informal ASEAN–U.S. and ASEAN–India"
        + " defence ministers' meetings. News article, published November 2022 (inferred), translated by Mai Huong.");
  }

  @Test
  void ourRequestsAreOurAsksAndTheTalkingPointsReiterateThem() {
    Document d = Briefings.countryBrief(SEED, "US", asOf(2022, 12, 1));
    assertThat(items(section(d, "brief-us-objectives")))
        .contains("Speed up the progress of the dioxin detoxification project at Bien Hoa Airport. — open");
    List<String> points = items(section(d, "brief-us-talking-points"));
    assertThat(points).contains(
        "Reiterate our request: Speed up the progress of the dioxin detoxification project at Bien Hoa Airport.",
        "Ask about progress on what they agreed to: Send a U.S. Department of Defense delegation to the Vietnam"
            + " International Defense Expo 2022 in December 2022. Due December 2022.");
    assertThat(String.join("\n", points)).doesNotContain("Report to", "Follow up with United States");
    assertThat(headings(d, 3)).contains("Undertakings of United States to us", "Our requests to United States");
    assertThat(rows(table(d, "brief-us-our-requests"))).anySatisfy(row -> {
      assertThat(row.get(1)).isEqualTo("Request: Speed up the progress of the dioxin detoxification project at Bien Hoa Airport.");
      assertThat(row.get(3)).isEqualTo("open");
    });
  }

  @Test
  void theBottomLineNamesWhomWeMeetTheRelationshipTheLastEngagementOpenItemsAndTopPoints() {
    Document d = Briefings.countryBrief(SEED, "US", asOf(2022, 12, 1));
    String bottomLine = text(section(d, "brief-us-bottom-line"));
    assertThat(bottomLine).startsWith("Their principals, as last recorded\tLloyd Austin, Secretary of Defense, confirmed"
        + " November 2022 (inferred)\nRelationship\tComprehensive partnership, since July 2013\n"
        + "Last engagement\tPhan Văn Giang meets Lloyd Austin, November 2022 (inferred). Nothing is recorded since.\n"
        + "Open items\tTheir undertakings: 1 · Our requests: 7\n");
    assertThat(bottomLine).contains("Needs action now:", "Top points to make:");
    assertThat(section(d, "brief-us-bottom-line").stream().filter(ListBlock.class::isInstance).map(ListBlock.class::cast)
        .filter(ListBlock::ordered).findFirst().orElseThrow().items()).hasSize(5);
  }

  @Test
  void aRetiredSenatorsRemarksAreContextAndNeverOurOrTheirCommitments() {
    Document d = Briefings.countryBrief(SEED, "US", asOf(2024, 10, 1));
    List<List<String>> context = rows(table(d, "brief-us-context"));
    assertThat(context).extracting(row -> row.get(2)).containsExactly(
        "Hope: Patrick Leahy to make further important contributions to Vietnam–U.S. relations and to war-legacy"
            + " cooperation in particular.",
        "Pledge: Keep doing their best for the relationship, especially to maintain and promote war-legacy work in"
            + " Vietnam: mine clearance, dioxin treatment and support to people with disabilities.",
        "Hope: Cooperation in settling war legacy to remain a foundation for stronger Vietnam–U.S. relations.");
    assertThat(String.join("\n", items(section(d, "brief-us-talking-points")))).doesNotContain("Leahy", "mine clearance");
    assertThat(items(section(d, "brief-us-people"))).anySatisfy(line -> assertThat(line)
        .startsWith("Mr. Patrick Leahy, United States — former U.S. Senator (until January 2023)."));
  }

  @Test
  void titlesAreAsTheSourcesConfirmThemAndFormerOnceAKnownEndHasPassed() {
    Document d = Briefings.countryBrief(SEED, "US", asOf(2026, 12, 4));
    List<String> people = items(section(d, "brief-us-people"));
    assertThat(people).anySatisfy(l -> assertThat(l).startsWith("Lloyd Austin, United States — former Secretary of Defense"
        + " (until January 2025)."));
    assertThat(people).anySatisfy(l -> assertThat(l).startsWith("General Phan Văn Giang, Vietnam — Minister of National"
        + " Defence, confirmed September 2024 (inferred). Took part in:"));
    assertThat(PlainText.of(d)).doesNotContain("Minister of Defence, confirmed");
  }

  @Test
  void anEventBoundItemReadsEventPassedNotOverdueForYears() {
    Document d = Briefings.countryBrief(SEED, "US", asOf(2026, 12, 4));
    assertThat(rows(table(d, "brief-us-their-undertakings"))).singleElement().satisfies(row ->
        assertThat(row.get(3)).isEqualTo("open — Vietnam International Defense Expo 2022 (December 2022) has passed;"
            + " no outcome recorded"));
    assertThat(PlainText.of(d)).doesNotContain("OVERDUE");
    Document early = Briefings.countryBrief(SEED, "US", asOf(2023, 1, 15));
    assertThat(rows(table(early, "brief-us-their-undertakings"))).singleElement().satisfies(row ->
        assertThat(row.get(3)).startsWith("open — Vietnam International Defense Expo 2022 (December 2022) has passed"));
  }

  @Test
  void aDeadlineRecentlyPassedIsOverdueAndAnOldOneHasNoNews() {
    Document recent = Briefings.countryBrief(SEED, "US", asOf(2025, 3, 1));
    assertThat(rows(table(recent, "brief-us-our-requests"))).anySatisfy(row -> {
      assertThat(row.get(1)).isEqualTo("Proposal: Keep implementing the three-year cooperation plan for 2022–2024.");
      assertThat(row.get(3)).isEqualTo("open — OVERDUE (due 2022 – 2024)");
    });
    Document late = Briefings.countryBrief(SEED, "US", asOf(2026, 12, 4));
    assertThat(rows(table(late, "brief-us-our-requests"))).anySatisfy(row -> {
      assertThat(row.get(1)).isEqualTo("Proposal: Keep implementing the three-year cooperation plan for 2022–2024.");
      assertThat(row.get(3)).isEqualTo("open — no news since November 2022 (inferred)");
    });
    assertThat(text(section(late, "brief-us-bottom-line"))).contains("Check for more recent news",
        "Nothing is recorded after September 2024 (inferred); this briefing is as of 4 December 2026.");
  }

  @Test
  void aBriefOfTheHomeSideIsRefusedAndAnotherSideCanBeWrittenFor() {
    assertThatThrownBy(() -> Briefings.countryBrief(SEED, "VN", asOf(2024, 10, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("country must be a counterpart, not the side the briefing is written for, but was 'VN'");
    assertThatThrownBy(() -> Briefings.countryBrief(SEED, "FR", asOf(2024, 10, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("country must be one of the dataset's countries [VN, US, ID, KR, IN], but was 'FR'");
    BriefingOptions forUs = BriefingOptions.builder().asOf(LocalDate.of(2022, 12, 1)).perspective("US").build();
    Document vn = Briefings.countryBrief(SEED, "VN", forUs);
    assertThat(headings(vn, 3)).contains("Requests of Vietnam to us", "Our undertakings to Vietnam");
    assertThat(String.join("\n", items(section(vn, "brief-vn-talking-points"))))
        .contains("Respond to their request: Speed up the progress of the dioxin detoxification project at Bien Hoa Airport.");
  }

  @Test
  void everyStatementIsOneStepFromItsQuoteUnderAShortSourceKey() {
    Document d = Briefings.countryBrief(SEED, "US", asOf(2024, 10, 1));
    List<String> notes = PlainText.footnotes(d);
    assertThat(notes).allSatisfy(n -> assertThat(n).matches("(?s)“.+” \\[S[12]\\].*"));
    assertThat(notes).doesNotHaveDuplicates();
    assertThat(notes).anySatisfy(n -> assertThat(n).matches("“.+” \\[S2\\]; see R\\d+"));
    String reasoning = text(section(d, "brief-reasoning"));
    assertThat(reasoning).contains("R1 ").contains("public record");
    // The long titles of the articles stand once, in the list of sources.
    assertThat(PlainText.of(d).split("holds phone talks with former U.S. Senator Patrick Leahy", -1)).hasSize(2);
  }

  @Test
  void theRelationshipShowsWhereItsDateComesFromAndKeepsItsCaveat() {
    Document d = Briefings.countryBrief(SEED, "US", asOf(2024, 10, 1));
    List<dev.readout.reports.doc.Block> relationship = section(d, "brief-us-relationship");
    assertThat(items(relationship)).containsExactly(
        "Comprehensive partnership, since July 2013, until September 2023 (inferred)",
        "Comprehensive strategic partnership for peace, cooperation and sustainable development, since September 2023"
            + " (inferred)");
  }
}
