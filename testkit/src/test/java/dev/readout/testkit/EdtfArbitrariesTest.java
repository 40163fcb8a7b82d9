package dev.readout.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.core.dates.Bound;
import dev.readout.core.dates.DateInterval;
import dev.readout.core.dates.EdtfDate;
import dev.readout.core.dates.PartialDate;
import dev.readout.core.dates.Precision;
import dev.readout.core.dates.Qualifier;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Example;

class EdtfArbitrariesTest {

  @Example
  void everyFormOfTheSubsetIsGenerated() {
    List<EdtfDate> dates = Samples.of(EdtfArbitraries.edtfDates(), 3_000);
    Set<String> forms = new HashSet<>();
    for (EdtfDate date : dates) {
      if (date instanceof PartialDate p) {
        forms.add(p.precision() + " " + p.qualifier());
      } else {
        DateInterval i = (DateInterval) date;
        forms.add(i.startBound() + "/" + i.endBound());
      }
    }

    for (Precision precision : Precision.values()) {
      for (Qualifier qualifier : Qualifier.values()) {
        assertThat(forms).contains(precision + " " + qualifier);
      }
    }
    assertThat(forms).contains("DATE/DATE", "DATE/OPEN", "OPEN/DATE", "DATE/UNKNOWN", "UNKNOWN/DATE");
    assertThat(dates).anyMatch(d -> d.toString().contains("-02-29"));
  }

  @Example
  void everyGeneratedDateIsWhatParsingItsTextGivesBack() {
    for (String text : Samples.of(EdtfArbitraries.edtfTexts(), 2_000)) {
      assertThat(EdtfDate.parse(text)).hasToString(text);
    }
    assertThat(Samples.of(EdtfArbitraries.dateIntervals(), 500))
        .allSatisfy(i -> assertThat(i.earliest()).isBeforeOrEqualTo(i.latest()))
        .anyMatch(i -> i.startBound() == Bound.DATE && i.endBound() == Bound.DATE);
  }
}
