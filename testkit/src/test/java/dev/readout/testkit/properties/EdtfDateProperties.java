package dev.readout.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.readout.core.dates.DateInterval;
import dev.readout.core.dates.EdtfDate;
import dev.readout.core.dates.EdtfParseException;
import dev.readout.core.dates.PartialDate;
import dev.readout.core.dates.Qualifier;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Partial dates over every form of the EDTF subset, from the testkit's domain ({@code @ForAll
 * EdtfDate} and {@code @ForAll PartialDate} need no {@code @Provide}): print/parse round trips,
 * bounds ordering, and an order consistent with before, after and equals.
 */
@AddLifecycleHook(Tally.class)
class EdtfDateProperties {

  @Provide
  Arbitrary<Character> garbage() {
    return Arbitraries.of('a', 'T', 'X', 'Y', '-', ':', '.', ',', ' ', '+', 'Z');
  }

  @Property
  void printingThenParsingGivesTheSameDate(@ForAll EdtfDate date) {
    EdtfDate parsed = EdtfDate.parse(date.toString());

    assertThat(parsed).isEqualTo(date).hasSameHashCodeAs(date).hasToString(date.toString());
  }

  @Property
  void aSingleDateParsesAsOne(@ForAll PartialDate date) {
    assertThat(PartialDate.parse(date.toString())).isEqualTo(date);
  }

  @Property
  void earliestIsNeverAfterLatest(@ForAll EdtfDate date) {
    assertThat(date.earliest()).isBeforeOrEqualTo(date.latest());
  }

  @Property
  void containsItsEarliestAndLatestDayButNothingOutside(@ForAll EdtfDate date) {
    assertThat(date.contains(date.earliest())).isTrue();
    assertThat(date.contains(date.latest())).isTrue();
    if (!date.earliest().equals(LocalDate.MIN)) {
      assertThat(date.contains(date.earliest().minusDays(1))).isFalse();
    }
    if (!date.latest().equals(LocalDate.MAX)) {
      assertThat(date.contains(date.latest().plusDays(1))).isFalse();
    }
  }

  @Property
  void aDateThatIsBeforeAnotherSortsBeforeIt(
      @ForAll EdtfDate a, @ForAll EdtfDate b) {
    if (a.isBefore(b)) {
      assertThat(a.compareTo(b)).isNegative();
    }
    if (a.isAfter(b)) {
      assertThat(a.compareTo(b)).isPositive();
    }
  }

  @Property
  void beforeAndAfterAreMirrorsAndOverlapsIsSymmetric(
      @ForAll EdtfDate a, @ForAll EdtfDate b) {
    assertThat(a.isBefore(b)).isEqualTo(b.isAfter(a));
    assertThat(a.overlaps(b)).isEqualTo(b.overlaps(a));
    assertThat(a.overlaps(b)).isEqualTo(!a.isBefore(b) && !a.isAfter(b));
  }

  @Property
  void aDateOverlapsItself(@ForAll EdtfDate date) {
    assertThat(date.overlaps(date)).isTrue();
  }

  @Property
  void compareToIsConsistentWithEqualsAndAntisymmetric(
      @ForAll EdtfDate a, @ForAll EdtfDate b) {
    assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
    assertThat(a.compareTo(EdtfDate.parse(a.toString()))).isZero();
  }

  @Property
  void datesWithTheSameDaysAreOrderedByText(
      @ForAll PartialDate date,
      @ForAll Qualifier first,
      @ForAll Qualifier second) {
    PartialDate a = date.withQualifier(first);
    PartialDate b = date.withQualifier(second);

    assertThat(Integer.signum(a.compareTo(b)))
        .isEqualTo(Integer.signum(a.toString().compareTo(b.toString())));
    assertThat(a.compareTo(b) == 0).isEqualTo(first == second);
  }

  @Property
  void aPartialDateSpansExactlyItsYearMonthOrDay(@ForAll PartialDate date) {
    LocalDate earliest = date.earliest();
    LocalDate latest = date.latest();

    assertThat(earliest.getYear()).isEqualTo(date.year());
    assertThat(latest.getYear()).isEqualTo(date.year());
    LocalDate expectedLatest = switch (date.precision()) {
      case YEAR -> {
        assertThat(date.month()).isEmpty();
        assertThat(date.day()).isEmpty();
        assertThat(earliest).isEqualTo(LocalDate.of(date.year(), 1, 1));
        yield LocalDate.of(date.year(), 12, 31);
      }
      case MONTH -> {
        assertThat(date.month()).hasValue(earliest.getMonthValue());
        assertThat(date.day()).isEmpty();
        assertThat(earliest.getDayOfMonth()).isEqualTo(1);
        yield earliest.withDayOfMonth(earliest.lengthOfMonth());
      }
      case DAY -> {
        assertThat(date.month()).hasValue(earliest.getMonthValue());
        assertThat(date.day()).hasValue(earliest.getDayOfMonth());
        yield earliest;
      }
    };
    assertThat(latest).isEqualTo(expectedLatest);
  }

  @Property
  void anIntervalSpansFromItsStartToItsEnd(
      @ForAll PartialDate a, @ForAll PartialDate b) {
    PartialDate start = b.isBefore(a) ? b : a;
    PartialDate end = b.isBefore(a) ? a : b;
    DateInterval interval = DateInterval.of(start, end);

    assertThat(interval.earliest()).isEqualTo(start.earliest());
    assertThat(interval.latest()).isEqualTo(end.latest());
    assertThat(interval.isUncertain()).isEqualTo(a.isUncertain() || b.isUncertain());
    assertThat(interval.isApproximate()).isEqualTo(a.isApproximate() || b.isApproximate());
  }

  @Property
  void textWithAnythingAfterItIsRejected(
      @ForAll EdtfDate date, @ForAll("garbage") char extra) {
    String text = date + String.valueOf(extra);

    assertThatExceptionOfType(EdtfParseException.class)
        .isThrownBy(() -> EdtfDate.parse(text))
        .satisfies(
            e -> {
              assertThat(e.input()).isEqualTo(text);
              assertThat(e.getMessage()).startsWith("\"" + text + "\" is not an EDTF date: ");
            });
  }
}
