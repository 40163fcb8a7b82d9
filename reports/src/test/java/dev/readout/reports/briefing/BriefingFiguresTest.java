package dev.readout.reports.briefing;

import static dev.readout.reports.briefing.Documents.section;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.seed.Datasets;
import dev.readout.reports.doc.AgeingChart;
import dev.readout.reports.doc.BarChart;
import dev.readout.reports.doc.Block;
import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.Figure;
import dev.readout.reports.doc.TimelineChart;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The briefings' pictures on the seed: true on their day, from our side, in the briefing's language. */
class BriefingFiguresTest {
  private static final Dataset SEED = Datasets.seed();
  private static final LocalDate DAY = LocalDate.of(2022, 12, 1);

  private static BriefingOptions on(LocalDate day, String language) {
    return BriefingOptions.builder().asOf(day).language(language).build();
  }

  private static List<Figure> figures(List<Block> blocks) {
    return blocks.stream().filter(Figure.class::isInstance).map(Figure.class::cast).toList();
  }

  @Test
  void theRelationshipTimelineShowsOnlyWhatHappenedByTheDayAndMarksIt() {
    Document brief = Briefings.countryBrief(SEED, "US", on(DAY, "en"));
    List<Figure> figures = figures(section(brief, "brief-us-relationship"));
    assertThat(figures).hasSize(1);
    TimelineChart timeline = (TimelineChart) figures.get(0).chart();
    // On 1 December 2022 the 2024 visit and call had not happened; the 2022 meeting had.
    assertThat(timeline.lanes()).contains("Meetings", "Instruments signed", "Partnership level").doesNotContain("Visits", "Calls");
    int ahead = timeline.series().indexOf("Milestones ahead");
    assertThat(timeline.events()).allSatisfy(e -> {
      if (e.series() != ahead) {
        assertThat(e.date()).isBeforeOrEqualTo(DAY);
      } else {
        assertThat(e.date()).isAfter(DAY);
      }
    });
    assertThat(timeline.marker()).hasValueSatisfying(m -> {
      assertThat(m.date()).isEqualTo(DAY);
      assertThat(m.label()).isEqualTo("As of 1 December 2022");
    });
    assertThat(figures.get(0).caption()).isEqualTo("The relationship with United States over time, as of 1 December 2022");
    assertThat(figures.get(0).description()).contains("Meetings: ").contains("Instruments signed: 2").contains("1 December 2022")
        .doesNotContain("Visits").doesNotContain("Calls");
  }

  @Test
  void twoYearsLaterTheVisitAndCallAreOnTheTimeline() {
    Document brief = Briefings.countryBrief(SEED, "US", on(LocalDate.of(2024, 12, 1), "en"));
    TimelineChart timeline = (TimelineChart) figures(section(brief, "brief-us-relationship")).get(0).chart();
    assertThat(timeline.lanes()).contains("Visits", "Calls", "Meetings");
  }

  @Test
  void openItemsAreCountedByDirectionFromOurSideAndNeverShowContext() {
    Document brief = Briefings.countryBrief(SEED, "US", on(DAY, "en"));
    List<Figure> figures = figures(section(brief, "brief-us-commitments"));
    assertThat(figures).hasSize(2);
    assertThat(figures.get(1).chart()).isInstanceOf(AgeingChart.class);
    assertThat(((AgeingChart) figures.get(1).chart()).items()).allSatisfy(i -> assertThat(i.label())
        .matches("(Our requests|Their undertakings|Our undertakings|Joint agreements|Their requests|Our own follow-up): .*"));
    BarChart bars = (BarChart) figures.get(0).chart();
    assertThat(bars.categories()).contains("Our requests").doesNotContain("Context");
    assertThat(bars.series()).containsExactly("Open", "Due soon", "Overdue", "Event passed, no outcome", "No news for long");
    int total = bars.values().stream().flatMap(List::stream).mapToInt(Integer::intValue).sum();
    long open = new CountryBrief(new BriefingContext(SEED, on(DAY, "en")), "US").commitments().stream()
        .filter(c -> Standing.of(new BriefingContext(SEED, on(DAY, "en")), c).open())
        .filter(c -> Directions.of(new BriefingContext(SEED, on(DAY, "en")), c) != Direction.CONTEXT).count();
    assertThat(total).isEqualTo(open);
    assertThat(figures.get(0).description()).startsWith("Open items with United States on 1 December 2022, by direction: ");
  }

  @Test
  void theTrackerAgesEachOpenItemFromTheDayItWasMade() {
    Document tracker = Briefings.commitmentTracker(SEED, on(DAY, "en"));
    List<Figure> figures = figures(tracker.blocks());
    assertThat(figures).hasSize(1);
    AgeingChart ageing = (AgeingChart) figures.get(0).chart();
    assertThat(ageing.items()).hasSizeBetween(1, Figures.AGEING_ITEMS);
    // The seed's meetings of November 2022 made most items; on 1 December 2022 they are days old, not years.
    assertThat(ageing.items()).allSatisfy(i -> assertThat(i.daysOpen()).isBetween(0, (int) ChronoUnit.DAYS.between(
        LocalDate.of(2022, 1, 1), DAY)));
    assertThat(ageing.items()).allSatisfy(i -> assertThat(i.label()).hasSizeLessThanOrEqualTo(48));
  }

  @Test
  void ageingLabelsThatWouldReadTheSameOnceCutAreToldApart() {
    List<String> labels = Figures.labels(List.of("Joint agreements", "Joint agreements", "Joint agreements", "Our requests"),
        List.of("Promote cooperation in defence industry.", "Promote cooperation in medicine.",
            "Promote cooperation in search and rescue.", "Promote cooperation in defence industry."),
        (group, text) -> group + ": " + text);
    // The third reads apart once cut ("…in search…"), and keeps its own beginning.
    assertThat(labels).containsExactly("Joint agreements: …in defence industry.", "Joint agreements: …in medicine.",
        "Joint agreements: Promote cooperation in search…", "Our requests: Promote cooperation in defence…");
    assertThat(Figures.labels(List.of("A", "A"), List.of("The same text, long enough to be cut somewhere.",
        "The same text, long enough to be cut somewhere."), (group, text) -> group + ": " + text))
        .as("the same texts: nothing tells them apart").containsExactly("A: The same text, long enough to be cut…",
            "A: The same text, long enough to be cut…");
  }

  @Test
  void theSeedsAgeingChartsTellEveryBarApartInBothLanguages() {
    for (String language : List.of("en", "vi")) {
      for (String country : List.of("ID", "US", "KR", "IN")) {
        Document brief = Briefings.countryBrief(SEED, country, on(LocalDate.of(2026, 12, 4), language));
        List<String> labels = figures(section(brief, "brief-" + country.toLowerCase() + "-commitments")).stream()
            .filter(f -> f.chart() instanceof AgeingChart).flatMap(f -> ((AgeingChart) f.chart()).items().stream())
            .map(AgeingChart.Item::label).toList();
        assertThat(labels).as("%s in %s", country, language).isNotEmpty().doesNotHaveDuplicates()
            .allSatisfy(l -> assertThat(l.codePointCount(0, l.length())).isLessThanOrEqualTo(48));
      }
    }
  }

  @Test
  void theBookOverviewShowsEachCounterpartOverTime() {
    Document book = Briefings.briefingBook(SEED, on(DAY, "en"));
    List<Figure> figures = figures(section(book, "overview"));
    assertThat(figures).hasSize(1);
    TimelineChart timeline = (TimelineChart) figures.get(0).chart();
    assertThat(timeline.lanes()).containsExactlyElementsOf(
        Briefings.counterparts(SEED, on(DAY, "en")).stream().map(c -> new BriefingContext(SEED, on(DAY, "en")).country(c)).toList());
    assertThat(figures(book.blocks())).hasSizeGreaterThanOrEqualTo(1 + 2 * timeline.lanes().size() - 1);
  }

  @Test
  void inVietnameseEveryWordOfAFigureIsVietnamese() {
    Document brief = Briefings.countryBrief(SEED, "US", on(DAY, "vi"));
    Figure timeline = figures(section(brief, "brief-us-relationship")).get(0);
    assertThat(timeline.caption()).startsWith("Quan hệ với Hoa Kỳ theo thời gian, tính đến ");
    assertThat(((TimelineChart) timeline.chart()).lanes()).contains("Cuộc gặp, hội đàm").doesNotContain("Meetings");
    Figure open = figures(section(brief, "brief-us-commitments")).get(0);
    assertThat(((BarChart) open.chart()).series()).contains("Đang mở", "Quá hạn");
    assertThat(open.description()).doesNotContain("Open items");
  }
}
