package dev.readout.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.model.Commitment;
import java.time.LocalDate;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Example 4: a jqwik property over your own code ({@link OverdueDigest}) with readout-testkit. With
 * the testkit on the test class path, {@code @ForAll Dataset} gives valid generated datasets — no
 * {@code @Provide} needed — and jqwik shrinks a failing one to the fewest records that still fail.
 */
class OverdueDigestProperties {

  @Property
  void theDigestCountsEveryOverdueCommitmentOnce(@ForAll Dataset dataset, @ForAll LocalDate day) {
    Map<String, Integer> digest = OverdueDigest.byMaker(dataset, day);
    int total = digest.values().stream().mapToInt(Integer::intValue).sum();
    long overdueWithACountry = dataset.commitments().stream()
        .filter(c -> dataset.isOverdue(c, day))
        .filter(c -> dataset.countryOf(c.makers().get(0)).isPresent())
        .count();
    assertThat(total).isEqualTo(overdueWithACountry);
    assertThat(digest.values()).allMatch(n -> n > 0);
  }

  @Property
  void nothingIsOverdueBeforeItIsDue(@ForAll Dataset dataset) {
    LocalDate longAgo = LocalDate.of(1900, 1, 1);
    assertThat(OverdueDigest.byMaker(dataset, longAgo)).isEmpty();
    for (Commitment c : dataset.commitments()) {
      assertThat(dataset.isOverdue(c, longAgo)).isFalse();
    }
  }
}
