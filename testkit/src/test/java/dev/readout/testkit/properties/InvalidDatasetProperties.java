package dev.readout.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.dataset.DatasetException;
import dev.readout.core.dataset.Problem;
import dev.readout.core.model.RecordKind;
import dev.readout.testkit.InvalidDataset;
import dev.readout.testkit.InvalidDatasets;
import dev.readout.testkit.ReadoutArbitraries;
import dev.readout.testkit.Rule;
import java.util.EnumSet;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Validation: every dataset that breaks exactly one rule is rejected with exactly one problem, which
 * names that rule, the record and the field; and every valid dataset is accepted as it is.
 */
@AddLifecycleHook(Tally.class)
class InvalidDatasetProperties {

  @Provide
  Arbitrary<InvalidDataset> invalidDatasets() {
    return InvalidDatasets.from(ReadoutArbitraries.datasets().withAdversarialText(true), EnumSet.allOf(Rule.class));
  }

  @Provide
  Arbitrary<Dataset> datasets() {
    return ReadoutArbitraries.datasets().withAdversarialText(true);
  }

  @Property
  void everySingleRuleBrokenDatasetIsRejectedWithThatRuleNamed(@ForAll("invalidDatasets") InvalidDataset invalid) {
    DatasetException e = catchThrowableOfType(DatasetException.class, () -> invalid.builder().build());

    assertThat(e).as("%s must be rejected", invalid).isNotNull();
    assertThat(e.problems()).as("%s", invalid).singleElement().satisfies(problem -> {
      assertThat(Rule.of(problem)).hasValue(invalid.rule());
      assertThat(problem.path()).isEqualTo(invalid.path());
      assertThat(problem.id()).isEqualTo(invalid.id());
      assertThat(e.getMessage()).contains(problem.toString());
    });
  }

  @Property
  void aValidDatasetIsAcceptedAndMergingItWithItselfReportsEveryRecordAsADuplicate(@ForAll("datasets") Dataset d) {
    assertThat(d.toBuilder().build()).isEqualTo(d);

    if (d.sources().isEmpty()) {
      return;
    }
    DatasetException e = catchThrowableOfType(DatasetException.class, () -> d.merge(d));
    // every record as added, records declared the same as others included
    int records = Stream.of(RecordKind.values()).mapToInt(kind -> d.recordsAsAdded(kind).size()).sum();
    assertThat(e.problems()).hasSize(records).allSatisfy(p -> assertThat(Rule.of(p)).hasValue(Rule.DUPLICATE_ID))
        .extracting(Problem::field).containsOnly("id");
  }
}
