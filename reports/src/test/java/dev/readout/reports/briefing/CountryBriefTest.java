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
import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.ListBlock;
import dev.readout.reports.doc.PlainText;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CountryBriefTest {
  private static final Dataset SEED = Datasets.seed();

  private static BriefingOptions asOf(int y, int m, int d) {
    return BriefingOptions.builder().asOf(LocalDate.of(y, m, d)).classification("UNCLASSIFIED").build();
  }

  @Test
  void theBriefHasTheSectionsOfAMinisterialReadAhead() {
    Document d = Briefings.countryBrief(SEED, "US", asOf(2022, 12, 1));
    assertThat(d.metadata().title()).isEqualTo("Country brief: United States");
    assertThat(d.metadata().subtitle()).contains("As of 1 December 2022");
    assertThat(d.metadata().classification()).contains("UNCLASSIFIED");
    assertThat(d.metadata().date()).contains(LocalDate.of(2022, 12, 1));
    assertThat(headings(d, 1)).containsExactly("Country brief: United States");
    assertThat(headings(d, 2)).containsExactly("Relationship", "Framework instruments", "Recent engagements",
        "Open commitments", "Closed commitments", "Upcoming milestones", "Key people", "Talking points", "Sources");
    assertThat(PlainText.of(d.blocks().get(1))).startsWith("Purpose: to prepare engagements with United States as of 1 December 2022");
  }

  @Test
  void asOfDecember2022TheBienHoaRequestIsOpenAndTheExpoDelegationIsDueInDecember() {
    Document d = Briefings.countryBrief(SEED, "US", asOf(2022, 12, 1));
    List<List<String>> open = rows(table(d, "brief-us-open"));
    assertThat(open).hasSize(8);
    assertThat(open).anySatisfy(row -> {
      assertThat(row.get(2)).isEqualTo("Request: Speed up the progress of the dioxin detoxification project at Bien Hoa Airport.");
      assertThat(row.get(1)).isEqualTo("General Phan Văn Giang → U.S. Department of Defense");
      assertThat(row.get(4)).isEqualTo("open");
      assertThat(row.get(5)).isEmpty();
    });
    assertThat(open).anySatisfy(row -> {
      assertThat(row.get(2)).startsWith("Acceptance: Send a U.S. Department of Defense delegation to the Vietnam International Defense Expo 2022");
      assertThat(row.get(3)).isEqualTo("December 2022");
      assertThat(row.get(5)).as("not yet overdue on 1 December").isEmpty();
    });
    assertThat(text(section(d, "brief-us-closed"))).isEqualTo("None recorded.\n");
    assertThat(text(section(d, "brief-us-relationship"))).startsWith("Comprehensive partnership, since July 2013");
  }

  @Test
  void inJanuary2023TheExpoDelegationIsFlaggedOverdue() {
    Document d = Briefings.countryBrief(SEED, "US", asOf(2023, 1, 15));
    assertThat(rows(table(d, "brief-us-open"))).anySatisfy(row -> {
      assertThat(row.get(2)).startsWith("Acceptance: Send a U.S. Department of Defense delegation");
      assertThat(row.get(5)).isEqualTo("OVERDUE");
    });
  }

  @Test
  void asOfOctober2024TheLeahyTalksAreARecentEngagementAndTheLevelIsTheNewOne() {
    Document d = Briefings.countryBrief(SEED, "US", asOf(2024, 10, 1));
    List<List<String>> engagements = rows(table(d, "brief-us-engagements"));
    assertThat(engagements).extracting(r -> r.get(1)).contains("Phan Văn Giang's phone talks with Patrick Leahy");
    assertThat(engagements.get(0).get(0)).as("newest first").isEqualTo("September 2024 (inferred)");
    assertThat(engagements).extracting(r -> r.get(3)).as("a place that names its country is not followed by it again")
        .doesNotContain("United States (United States)").contains("Embassy of Vietnam, Washington, D.C. (United States)");
    assertThat(text(section(d, "brief-us-relationship")))
        .startsWith("Comprehensive strategic partnership (comprehensive strategic partnership for peace, cooperation and sustainable development), since September 2023 (inferred)")
        .contains("Before that: comprehensive partnership, July 2013 – September 2023 (inferred).");
  }

  @Test
  void beforeTheyHappenedEngagementsAndCommitmentsAreLeftOut() {
    Document d = Briefings.countryBrief(SEED, "US", asOf(2022, 6, 1));
    assertThat(text(section(d, "brief-us-engagements"))).isEqualTo("None recorded.\n");
    assertThat(text(section(d, "brief-us-open"))).isEqualTo("None recorded.\n");
  }

  @Test
  void keyPeopleCarryTheTitleTheyHeldThatDayAndTheirNativeNames() {
    List<List<String>> people = rows(table(Briefings.countryBrief(SEED, "US", asOf(2022, 12, 1)), "brief-us-people"));
    assertThat(people).contains(List.of("General Phan Van Giang", "Phan Văn Giang", "Vietnam", "Minister of National Defence"));
    assertThat(people).anySatisfy(r -> assertThat(r).startsWith("Lloyd Austin").contains("Secretary of Defense"));
    List<List<String>> later = rows(table(Briefings.countryBrief(SEED, "US", asOf(2025, 6, 1)), "brief-us-people"));
    assertThat(later).anySatisfy(r -> assertThat(r).startsWith("Lloyd Austin").contains("not stated"));
  }

  @Test
  void talkingPointsAreDerivedFromOpenCommitmentsAndComingMilestones() {
    Document d = Briefings.countryBrief(SEED, "ID", asOf(2022, 12, 1));
    ListBlock points = (ListBlock) section(d, "brief-id-talking-points").get(0);
    List<String> texts = points.items().stream().map(i -> PlainText.of(i.content())).toList();
    assertThat(points.ordered()).isTrue();
    assertThat(texts).contains("Confirm whether Indonesia will attend Vietnam International Defense Expo 2022 (December 2022), to which it was invited.");
    assertThat(texts).anyMatch(t -> t.startsWith("Review progress with Indonesia on the joint agreement: "));
    assertThat(texts).anyMatch(t -> t.startsWith("Report to Indonesia on our support: "));
    assertThat(texts).anyMatch(t -> t.startsWith("Raise ") && t.contains("ASEAN"));
    long open = rows(table(d, "brief-id-open")).size();
    long milestones = rows(table(d, "brief-id-milestones")).size();
    assertThat(texts).hasSize((int) (open + milestones - 1)).as("one point per open commitment and per milestone not already invited to");
  }

  @Test
  void everyLineIsBackedByAFootnoteQuotingItsSource() {
    Document d = Briefings.countryBrief(SEED, "KR", asOf(2022, 12, 1));
    List<String> footnotes = PlainText.footnotes(d);
    assertThat(footnotes).isNotEmpty().allMatch(f -> f.startsWith("“"));
    assertThat(footnotes).anyMatch(f -> f.contains("Korean International Cooperation Agency (KOICA)"));
    assertThat(text(section(d, "brief-kr-sources"))).contains("News article, published November 2022 (inferred), translated by Mai Huong.");
  }

  @Test
  void composingIsPure() {
    assertThat(Briefings.countryBrief(SEED, "IN", asOf(2022, 12, 1)))
        .isEqualTo(Briefings.countryBrief(SEED, "IN", asOf(2022, 12, 1)));
  }

  @Test
  void anUnknownCountryIsRefusedWithTheCountriesThereAre() {
    assertThatThrownBy(() -> Briefings.countryBrief(SEED, "FR", asOf(2022, 12, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("country must be one of the dataset's countries [VN, US, ID, KR, IN], but was 'FR'");
  }

  @Test
  void theCounterpartsAreEveryoneVietnamDealsWithInAlphabeticalOrder() {
    assertThat(Briefings.counterparts(SEED, asOf(2022, 12, 1))).containsExactly("IN", "ID", "KR", "US");
    assertThat(Briefings.counterparts(SEED, BriefingOptions.builder().language("vi").build()))
        .containsExactly("IN", "KR", "US", "ID");
  }
}
