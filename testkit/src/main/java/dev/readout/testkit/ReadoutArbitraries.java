package dev.readout.testkit;

import dev.readout.core.dates.EdtfDate;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.Engagement;
import java.time.LocalDate;
import net.jqwik.api.Arbitrary;

/**
 * The entry point of Readout's testkit: jqwik arbitraries for whole datasets and the values in
 * them. With {@code readout-testkit} on the test class path, {@code @ForAll Dataset},
 * {@code @ForAll AmendedDataset}, {@code @ForAll Engagement}, {@code @ForAll Commitment},
 * {@code @ForAll InvalidDataset} and {@code @ForAll EdtfDate} work with no {@code @Provide} at all (see {@link ReadoutDomain}), and
 * {@link Adversarial @Adversarial} switches to adversarial text:
 *
 * <pre>
 * class BriefingProperties {
 *   &#64;Property
 *   void everyCommitmentIsInTheTracker(&#64;ForAll Dataset dataset) {
 *     String tracker = render(dataset);
 *     dataset.commitments().forEach(c -&gt; assertThat(tracker).contains(c.id()));
 *   }
 *
 *   &#64;Property
 *   void bigAdversarialDatasetsRender(&#64;ForAll("big") Dataset dataset) {
 *     render(dataset);
 *   }
 *
 *   &#64;Provide
 *   Arbitrary&lt;Dataset&gt; big() {
 *     return ReadoutArbitraries.datasets().withCountries(3).withEngagements(1, 50).withAdversarialText(true);
 *   }
 * }
 * </pre>
 *
 * <p>Every arbitrary here is immutable, shrinks, and may be shared between properties.
 */
public final class ReadoutArbitraries {
  private ReadoutArbitraries() {}

  /**
   * {@return valid datasets in the default configuration — 2–6 countries, 0–8 engagements, 0–3
   * commitments each, plain text, years 2015–2026, every {@link Construct} — to configure further
   * with the {@code with…} methods of {@link DatasetArbitrary}}
   */
  public static DatasetArbitrary datasets() {
    return new DatasetArbitrary(DatasetSpec.defaults());
  }

  /**
   * {@return default generated datasets split into a base and a later file that amends it; see
   * {@link DatasetArbitrary#amended()}}
   */
  public static Arbitrary<AmendedDataset> amendedDatasets() {
    return datasets().amended();
  }

  /** {@return engagements from default generated datasets; see {@link DatasetArbitrary#engagements()}} */
  public static Arbitrary<Engagement> engagements() {
    return datasets().engagements();
  }

  /** {@return commitments from default generated datasets; see {@link DatasetArbitrary#commitments()}} */
  public static Arbitrary<Commitment> commitments() {
    return datasets().commitments();
  }

  /** {@return datasets that each break one validation rule; see {@link InvalidDatasets}} */
  public static Arbitrary<InvalidDataset> invalidDatasets() {
    return InvalidDatasets.breakingAnyRule();
  }

  /** {@return EDTF dates of every form of the subset; see {@link EdtfArbitraries}} */
  public static Arbitrary<EdtfDate> edtfDates() {
    return EdtfArbitraries.edtfDates();
  }

  /** {@return days to ask default generated datasets about; see {@link DatasetArbitrary#days()}} */
  public static Arbitrary<LocalDate> days() {
    return datasets().days();
  }

  /** {@return plain text; see {@link TextArbitraries#plain()}} */
  public static Arbitrary<String> text() {
    return TextArbitraries.plain();
  }

  /** {@return non-blank adversarial text with every hazard; see {@link TextArbitraries#adversarial()}} */
  public static Arbitrary<String> adversarialText() {
    return TextArbitraries.adversarial();
  }
}
