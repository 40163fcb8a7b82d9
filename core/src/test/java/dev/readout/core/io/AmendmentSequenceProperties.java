package dev.readout.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.dates.EdtfDate;
import dev.readout.core.dates.PartialDate;
import dev.readout.core.model.Amendment;
import dev.readout.core.model.Country;
import dev.readout.core.model.Evidence;
import dev.readout.core.model.ModelException;
import dev.readout.core.model.Partnership;
import dev.readout.core.model.PartnershipLevel;
import dev.readout.core.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any sequence of amendments to a partnership's period that the dataset takes — each valid on the
 * record as the preferred ones before it left it, though perhaps not on the record as added — reads
 * back from its export equal, and the export of what was read is the same bytes.
 */
class AmendmentSequenceProperties {
  private static final String QUOTE = "The period of the partnership was reported again.";
  private static final Source SOURCE = Source.builder().id("s").title("A report").published(EdtfDate.parse("2024"))
      .text("The partnership was agreed. " + QUOTE).build();

  /** What one amendment gives: a new start, a new end, both, or no end; and whether it is preferred. */
  enum Gives { SINCE, UNTIL, BOTH, NO_END }

  record Step(Gives gives, int first, int second, boolean preferred) {}

  @Property(tries = 200)
  void amendmentsValidOnlyInTheirOrderReadBackFromTheirExport(@ForAll("steps") List<Step> steps,
                                                              @ForAll("years") int since) {
    Partnership added = Partnership.builder().id("p").addCountries("VN", "FI").level(PartnershipLevel.PARTNERSHIP)
        .since(PartialDate.ofYear(since)).until(PartialDate.ofYear(since + 1))
        .addEvidence(Evidence.of("s", "The partnership was agreed.")).build();
    List<Amendment> amendments = new ArrayList<>();
    Partnership current = added;
    for (Step step : steps) {
      Optional<Amendment> a = amendment(current, step);
      if (a.isPresent()) {
        amendments.add(a.get());
        current = step.preferred() ? (Partnership) a.get().record() : current;
      }
    }
    Dataset d = Dataset.builder().addSources(SOURCE).addCountries(Country.of("VN"), Country.of("FI"))
        .addPartnerships(added).addAmendments(amendments).build();

    assertThat(d.partnership("p")).contains(Partnership.builder().from(current)
        .evidence(d.partnership("p").orElseThrow().evidence()).build());
    RoundTrips.assertRoundTrips(d);
  }

  /** The amendment a step makes of the record as it stands, unless it would make the record invalid. */
  private static Optional<Amendment> amendment(Partnership current, Step step) {
    Partnership.Builder b = Partnership.builder().from(current);
    List<String> fields = switch (step.gives()) {
      case SINCE -> {
        b.since(PartialDate.ofYear(step.first()));
        yield List.of("since");
      }
      case UNTIL -> {
        b.until(PartialDate.ofYear(step.first()));
        yield List.of("until");
      }
      case BOTH -> {
        b.since(PartialDate.ofYear(Math.min(step.first(), step.second())));
        b.until(PartialDate.ofYear(Math.max(step.first(), step.second())));
        yield List.of("since", "until");
      }
      case NO_END -> {
        b.until(Optional.empty());
        yield List.of("until");
      }
    };
    try {
      return Optional.of(Amendment.builder().record(b.build()).fields(fields).addEvidence(Evidence.of("s", QUOTE))
          .preferred(step.preferred()).build());
    } catch (ModelException e) {
      return Optional.empty(); // the dataset would refuse it, as the reader does
    }
  }

  @Provide
  Arbitrary<Integer> years() {
    return Arbitraries.integers().between(2000, 2030);
  }

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Step> step = Combinators.combine(Arbitraries.of(Gives.class), years(), years(),
        Arbitraries.of(true, true, true, false)).as(Step::new);
    return step.list().ofMinSize(1).ofMaxSize(6);
  }
}
