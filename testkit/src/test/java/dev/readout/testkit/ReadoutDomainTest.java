package dev.readout.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.dataset.DatasetException;
import dev.readout.core.dates.DateInterval;
import dev.readout.core.dates.EdtfDate;
import dev.readout.core.dates.PartialDate;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.Engagement;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** {@code @ForAll} works for Readout's types with no {@code @Provide}: the testkit registers its provider. */
class ReadoutDomainTest {

  @Property(tries = 25)
  void datasetsNeedNoProvide(@ForAll Dataset dataset) {
    assertThat(dataset.countries()).hasSizeBetween(2, 6);
    assertThat(dataset.engagements()).hasSizeLessThanOrEqualTo(8);
    assertThat(dataset.toBuilder().build()).isEqualTo(dataset);
  }

  @Property(tries = 25)
  void adversarialDatasetsAreAskedForWithAnAnnotation(@ForAll @Adversarial Dataset dataset) {
    assertThat(dataset.toBuilder().build()).isEqualTo(dataset);
  }

  @Property(tries = 25)
  void engagementsAndCommitmentsNeedNoProvide(@ForAll Engagement engagement, @ForAll Commitment commitment) {
    // two or three countries, and maybe the international body
    assertThat(engagement.sides()).hasSizeBetween(2, 4);
    assertThat(engagement.evidence()).isNotEmpty();
    assertThat(commitment.makers()).isNotEmpty();
    assertThat(commitment.engagement()).isPresent();
  }

  @Property(tries = 50)
  void datesNeedNoProvide(@ForAll EdtfDate date, @ForAll PartialDate single, @ForAll DateInterval interval) {
    assertThat(EdtfDate.parse(date.toString())).isEqualTo(date);
    assertThat(single.isInterval()).isFalse();
    assertThat(interval.isInterval()).isTrue();
  }

  @Property(tries = 50)
  void adversarialStringsAreAskedForWithAnAnnotation(@ForAll @Adversarial String text) {
    assertThat(text).isNotBlank();
  }

  @Property(tries = 25)
  void invalidDatasetsNeedNoProvide(@ForAll InvalidDataset invalid) {
    DatasetException e = catchThrowableOfType(DatasetException.class, () -> invalid.builder().build());
    assertThat(e.problems()).singleElement().matches(invalid::isReportedBy);
  }
}
