package dev.readout.core.draft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.core.dates.DateInterval;
import dev.readout.core.dates.EdtfDate;
import dev.readout.core.dates.PartialDate;
import dev.readout.core.dates.Qualifier;
import dev.readout.core.draft.DateRuleExamples.Example;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class DateExpressionsProperties {
  private static final List<String> FILLERS = List.of(
      "", "The two ministers met. ", "Both sides agreed to cooperate.\n\n", "Hai bên nhất trí. ",
      "Gen. Smith of the U.S. spoke. ");

  @Property
  void nextAndLastYearAreOneYearAfterAndBeforeThePublicationYear(
      @ForAll("published") PartialDate published) {
    DateExpression next = only("The chair passes to them next year.", published);
    DateExpression last = only("Năm ngoái, hai bên ký kết.", published);

    assertThat(next.date()).contains(marked(PartialDate.ofYear(published.year() + 1), published));
    assertThat(last.date()).contains(marked(PartialDate.ofYear(published.year() - 1), published));
    assertThat(next.isUncertain()).isEqualTo(published.isUncertain());
  }

  @Property
  void lastNamedMonthIsBeforeAndNextAfterThePublicationDate(
      @ForAll("published") PartialDate published, @ForAll Month month) {
    String name = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    DateExpression last = only("They met last " + name + ".", published);
    DateExpression next = only("They meet next " + name + ".", published);

    if (published.month().isEmpty()) {
      assertThat(last.date()).isEmpty();
      assertThat(next.date()).isEmpty();
      return;
    }
    PartialDate lastMonth = (PartialDate) last.date().orElseThrow();
    PartialDate nextMonth = (PartialDate) next.date().orElseThrow();
    assertThat(lastMonth.month()).hasValue(month.getValue());
    assertThat(nextMonth.month()).hasValue(month.getValue());
    assertThat(lastMonth.isBefore(published)).isTrue();
    assertThat(nextMonth.isAfter(published)).isTrue();
    assertThat(lastMonth.earliest()).isAfter(published.earliest().minusYears(1).minusMonths(1));
    assertThat(nextMonth.latest()).isBefore(published.latest().plusYears(1).plusMonths(1));
  }

  @Property
  void thePastYearsRunFromThatManyYearsBackToThePublicationYear(
      @ForAll("published") PartialDate published, @ForAll @IntRange(min = 1, max = 999) int years) {
    DateExpression english = only("Ties over the past " + years + " years.", published);
    DateExpression vietnamese = only("Quan hệ trong " + years + " năm qua.", published);

    EdtfDate expected = DateInterval.of(
        marked(PartialDate.ofYear(published.year() - years), published),
        marked(PartialDate.ofYear(published.year()), published));
    assertThat(english.date()).contains(expected);
    assertThat(vietnamese.date()).contains(expected);
  }

  @Property
  void aWeekdayIsResolvedOnlyFromADayAndFallsOnThatWeekday(
      @ForAll("published") PartialDate published, @ForAll java.time.DayOfWeek weekday) {
    String name = weekday.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    DateExpression on = only("The ministers met on " + name + ".", published);
    DateExpression next = only("They meet next " + name + ".", published);

    assertThat(on.isResolved()).isEqualTo(published.day().isPresent());
    assertThat(next.isResolved()).isEqualTo(published.day().isPresent());
    if (published.day().isPresent()) {
      LocalDate onDay = on.date().orElseThrow().earliest();
      LocalDate nextDay = next.date().orElseThrow().earliest();
      assertThat(onDay.getDayOfWeek()).isEqualTo(weekday);
      assertThat(nextDay.getDayOfWeek()).isEqualTo(weekday);
      assertThat(onDay).isBetween(published.earliest().minusDays(6), published.earliest());
      assertThat(nextDay).isBetween(published.earliest().plusDays(1), published.earliest().plusDays(7));
      assertThat(on.isUncertain()).isTrue();
    }
  }

  @Property
  void everyRuleFindsItsPhraseWhereverItStandsAndItsSpanSlicesBackToIt(
      @ForAll("examples") Example example, @ForAll("fillers") String before,
      @ForAll("fillers") String after) {
    String text = before + example.text() + " " + after;
    List<DateExpression> found = DateExpressions.find(text, PartialDate.parse(example.published()));

    assertThat(found).hasSize(1);
    DateExpression expression = found.get(0);
    assertThat(expression.rule()).isEqualTo(example.rule());
    assertThat(text.substring(expression.start(), expression.end()))
        .isEqualTo(expression.phrase())
        .isEqualTo(example.phrase());
    assertThat(expression.start())
        .isEqualTo(before.length() + example.text().indexOf(example.phrase()));
  }

  @Provide
  Arbitrary<PartialDate> published() {
    Arbitrary<Integer> years = Arbitraries.integers().between(1000, 8999);
    Arbitrary<Integer> days = Arbitraries.integers().between(0, 365 * 2);
    Arbitrary<Integer> precisions = Arbitraries.integers().between(0, 2);
    Arbitrary<Qualifier> qualifiers = Arbitraries.of(Qualifier.class);
    return Combinators.combine(years, days, precisions, qualifiers).as((year, day, precision, q) -> {
      LocalDate date = LocalDate.of(year, 1, 1).plusDays(day);
      PartialDate partial = switch (precision) {
        case 0 -> PartialDate.ofYear(date.getYear());
        case 1 -> PartialDate.ofMonth(date.getYear(), date.getMonthValue());
        default -> PartialDate.of(date);
      };
      return partial.withQualifier(q);
    });
  }

  @Provide
  Arbitrary<Example> examples() {
    return Arbitraries.of(DateRuleExamples.ALL);
  }

  @Provide
  Arbitrary<String> fillers() {
    return Arbitraries.of(FILLERS);
  }

  private static DateExpression only(String text, PartialDate published) {
    List<DateExpression> found = DateExpressions.find(text, published);
    assertThat(found).hasSize(1);
    assertThat(text.substring(found.get(0).start(), found.get(0).end()))
        .isEqualTo(found.get(0).phrase());
    return found.get(0);
  }

  /** The date with the publication date's marks. */
  private static PartialDate marked(PartialDate date, PartialDate published) {
    PartialDate marked = published.isUncertain() ? date.uncertain() : date;
    return published.isApproximate() ? marked.approximate() : marked;
  }
}
