package dev.readout.core.draft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.core.dates.EdtfDate;
import dev.readout.core.dates.PartialDate;
import dev.readout.core.draft.DateRuleExamples.Example;
import dev.readout.core.seed.Datasets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DateExpressionsTest {

  static Stream<Example> examples() {
    return DateRuleExamples.ALL.stream();
  }

  // --- every rule, English and Vietnamese -----------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void resolvesEveryRuleAsItsExampleSays(Example example) {
    List<DateExpression> found =
        DateExpressions.find(example.text(), PartialDate.parse(example.published()));

    assertThat(found).hasSize(1);
    DateExpression expression = found.get(0);
    assertThat(expression.rule()).isEqualTo(example.rule());
    assertThat(expression.phrase()).isEqualTo(example.phrase());
    assertThat(example.text().substring(expression.start(), expression.end()))
        .isEqualTo(example.phrase());
    assertThat(expression.date().map(EdtfDate::toString)).isEqualTo(
        example.date().equals("-") ? Optional.empty() : Optional.of(example.date()));
    assertThat(expression.isResolved()).isEqualTo(!example.date().equals("-"));
    assertThat(expression.note()).startsWith("'" + example.phrase() + "'");
  }

  @Test
  void everyRuleHasAnExample() {
    Set<String> rules = DateRules.RULES.stream().map(DateRule::name).collect(Collectors.toSet());
    Set<String> exampled =
        DateRuleExamples.ALL.stream().map(Example::rule).collect(Collectors.toSet());

    assertThat(exampled).isEqualTo(rules);
    assertThat(rules).hasSameSizeAs(DateRules.RULES);
  }

  // --- notes ----------------------------------------------------------------------------------

  @Test
  void writesNotesInTheSeedsStyle() {
    assertThat(only("The chair passes to them next year.", "2022-11?").note())
        .isEqualTo("'next year', counted from the article's inferred year 2022; hence 2023,"
            + " uncertain.");
    assertThat(only("A visit in May this year.", "2022").note())
        .isEqualTo("'in May this year' in the article's year 2022: 2022-05; no day is given.");
    assertThat(only("They met last June.", "2022-11-23").note())
        .isEqualTo("'last June', the latest such month before the article's month 2022-11; hence"
            + " 2022-06; no day is given.");
    assertThat(only("Relations over the past 35 years.", "2024-09?").note())
        .isEqualTo("'over the past 35 years', counted back from the article's inferred year 2024;"
            + " hence 1989/2024, uncertain.");
    assertThat(only("A joint vision by 2030.", "2022").note())
        .isEqualTo("'by 2030': an end with no start; hence /2030.");
    assertThat(only("They will cooperate in the coming time.", "2022").note())
        .isEqualTo("'in the coming time' names no date; left unresolved.");
  }

  @Test
  void leavesUnresolvedWhatThePublicationDateCannotCountFrom() {
    DateExpression monday = only("The ministers met on Monday.", "2022-11?");
    DateExpression nextMonth = only("A delegation will visit next month.", "2022");

    assertThat(monday.date()).isEmpty();
    assertThat(monday.isUncertain()).isFalse();
    assertThat(monday.note()).isEqualTo("'on Monday' is counted from the article's day, but its"
        + " date 2022-11? gives none; left unresolved.");
    assertThat(nextMonth.date()).isEmpty();
    assertThat(nextMonth.note()).isEqualTo("'next month' is counted from the article's month, but"
        + " its date 2022 gives none; left unresolved.");
  }

  @Test
  void leavesUnresolvedNumbersThatMakeNoDate() {
    DateExpression february = only("Signed on 31 February 2022.", "2022");
    DateExpression backwards = only("A plan for the 2026-2022 period.", "2022");

    assertThat(february.date()).isEmpty();
    assertThat(february.note()).isEqualTo("'31 February 2022' does not make a date (day must be"
        + " 01–28 for 2022-02, but was 31); left unresolved.");
    assertThat(backwards.date()).isEmpty();
    assertThat(backwards.note()).startsWith("'the 2026-2022 period' does not make a date (");
  }

  @Test
  void takesAYearStatedInTheSameSentenceAsStated() {
    DateExpression december =
        find("The 2022 expo is slated for this December.", "2022-11?").get(1);
    DateExpression elsewhere =
        find("The expo of 2021 was held. Another is slated for this December.", "2022-11?").get(1);

    assertThat(december.date()).contains(EdtfDate.parse("2022-12"));
    assertThat(december.note()).isEqualTo("'this December' in the article's inferred year 2022:"
        + " 2022-12; no day is given. The sentence itself states the year 2022, so the year is"
        + " not marked uncertain.");
    assertThat(elsewhere.date()).contains(EdtfDate.parse("2022-12?"));
  }

  @Test
  void prefersTheLongerRuleHigherInTheTable() {
    assertThat(find("In May this year and this year and in 2011.", "2022"))
        .extracting(DateExpression::phrase)
        .containsExactly("In May this year", "this year", "in 2011");
    assertThat(find("Ngày 23 tháng 11 năm 2022 và tháng 5 năm nay, năm nay.", "2022"))
        .extracting(DateExpression::phrase, DateExpression::rule)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Ngày 23 tháng 11 năm 2022", "vi-day-month-year"),
            org.assertj.core.groups.Tuple.tuple("tháng 5 năm nay", "vi-month-this-year"),
            org.assertj.core.groups.Tuple.tuple("năm nay", "vi-this-year"));
  }

  @Test
  void readsMonthNamesOnlyWhenCapitalised() {
    assertThat(find("The two sides may meet this year; it may 2022 be.", "2022"))
        .extracting(DateExpression::rule)
        .containsExactly("this-year", "year-alone");
  }

  @Test
  void findsNothingInTextWithoutDates() {
    assertThat(find("Both officials agreed to boost exchange of delegations.", "2022")).isEmpty();
    assertThat(find("", "2022")).isEmpty();
  }

  // --- the seed articles ----------------------------------------------------------------------

  @Test
  void resolvesTheRelativeDatesOfThe2022ArticleAsTheSeedDoes() {
    var seed = Datasets.seed();
    var source = seed.source(Datasets.ADMM_2022_SOURCE).orElseThrow();
    List<DateExpression> found = DateExpressions.find(
        source.text().orElseThrow(), (PartialDate) source.published().orElseThrow());

    assertThat(dateOf(found, "in May this year"))
        .isEqualTo(seed.engagement("prabowo-vn-visit-2022").orElseThrow().date());
    assertThat(dateOf(found, "next year"))
        .isEqualTo(seed.milestone("id-asean-chairmanship-2023").orElseThrow().date().orElseThrow());
    assertThat(dateOf(found, "this December"))
        .isEqualTo(seed.milestone("vide-2022").orElseThrow().date().orElseThrow());
    assertThat(dateOf(found, "the 2022-2024 period")).isEqualTo(
        seed.instrument("vn-us-cooperation-plan-2022-2024").orElseThrow().validity().orElseThrow());
    assertThat(dateOf(found, "the 2022-2026 period"))
        .isEqualTo(seed.programme("kr-vn-peace-village").orElseThrow().period().orElseThrow());
    assertThat(dateOf(found, "by 2030"))
        .isEqualTo(seed.instrument("vn-kr-joint-vision-2030").orElseThrow().validity().orElseThrow());
    assertThat(dateOf(found, "in 2011"))
        .isEqualTo(seed.instrument("vn-us-defence-mou-2011").orElseThrow().signed().orElseThrow());
    assertThat(dateOf(found, "in 2015"))
        .isEqualTo(seed.instrument("vn-us-joint-vision-2015").orElseThrow().signed().orElseThrow());
    assertThat(noteOf(found, "next year")).isEqualTo(seed.milestone("id-asean-chairmanship-2023")
        .orElseThrow().evidence().get(0).note().orElseThrow());
    assertThat(found)
        .extracting(DateExpression::phrase, e -> e.date().map(EdtfDate::toString).orElse("-"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("in May this year", "2022-05?"),
            org.assertj.core.groups.Tuple.tuple("next year", "2023?"),
            org.assertj.core.groups.Tuple.tuple("in 2011", "2011"),
            org.assertj.core.groups.Tuple.tuple("in 2015", "2015"),
            org.assertj.core.groups.Tuple.tuple("the 2022-2024 period", "2022/2024"),
            org.assertj.core.groups.Tuple.tuple("2022", "2022"),
            org.assertj.core.groups.Tuple.tuple("in the coming time", "-"),
            org.assertj.core.groups.Tuple.tuple("by 2030", "/2030"),
            org.assertj.core.groups.Tuple.tuple("the 2022-2026 period", "2022/2026"),
            org.assertj.core.groups.Tuple.tuple("2022", "2022"),
            org.assertj.core.groups.Tuple.tuple("this December", "2022-12"));
  }

  @Test
  void resolvesTheRelativeDatesOfThe2024ArticleAsTheSeedDoes() {
    var seed = Datasets.seed();
    var source = seed.source(Datasets.US_VISIT_2024_SOURCE).orElseThrow();
    List<DateExpression> found = DateExpressions.find(
        source.text().orElseThrow(), (PartialDate) source.published().orElseThrow());

    assertThat(dateOf(found, "last year"))
        .isEqualTo(seed.milestone("leahy-documentary-2023").orElseThrow().date().orElseThrow());
    assertThat(noteOf(found, "last year")).isEqualTo(seed.milestone("leahy-documentary-2023")
        .orElseThrow().evidence().get(0).note().orElseThrow());
    assertThat(dateOf(found, "2025")).isEqualTo(
        seed.milestone("vn-us-ties-30th-anniversary").orElseThrow().date().orElseThrow());
    assertThat(found)
        .extracting(DateExpression::phrase, e -> e.date().map(EdtfDate::toString).orElse("-"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("last year", "2023?"),
            org.assertj.core.groups.Tuple.tuple("In 1989", "1989"),
            org.assertj.core.groups.Tuple.tuple("over the past 35 years", "1989?/2024?"),
            org.assertj.core.groups.Tuple.tuple("2025", "2025"),
            org.assertj.core.groups.Tuple.tuple("in recent years", "-"),
            org.assertj.core.groups.Tuple.tuple("in the coming time", "-"));
    for (DateExpression expression : found) {
      assertThat(source.text().orElseThrow().substring(expression.start(), expression.end()))
          .isEqualTo(expression.phrase());
    }
  }

  // --- the table names no one -----------------------------------------------------------------

  @Test
  void theRuleTableNamesNoSeedPersonPlaceOrEvent() throws IOException {
    Path dir = Path.of("src/main/java/dev/readout/core/draft");
    String table = Files.readString(dir.resolve("DateRules.java"))
        + Files.readString(dir.resolve("Reckoners.java"));

    assertThat(table.toLowerCase(java.util.Locale.ROOT)).doesNotContain(
        "giang", "austin", "prabowo", "leahy", "lee jong-sup", "jong-sup", "rajnath", "bien hoa",
        "biên hòa", "viettel", "hanwha", "koica", "expo", "rieser", "asean", "indonesia");
  }

  private static List<DateExpression> find(String text, String published) {
    return DateExpressions.find(text, PartialDate.parse(published));
  }

  private static DateExpression only(String text, String published) {
    List<DateExpression> found = find(text, published);
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private static EdtfDate dateOf(List<DateExpression> found, String phrase) {
    return found.stream().filter(e -> e.phrase().equals(phrase)).findFirst().orElseThrow()
        .date().orElseThrow();
  }

  private static String noteOf(List<DateExpression> found, String phrase) {
    return found.stream().filter(e -> e.phrase().equals(phrase)).findFirst().orElseThrow().note();
  }
}
