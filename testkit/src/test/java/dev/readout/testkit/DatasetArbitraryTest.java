package dev.readout.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.CommitmentStatus;
import dev.readout.core.model.Country;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.Evidence;
import dev.readout.core.model.Fact;
import dev.readout.core.model.Source;
import dev.readout.core.model.StatusChange;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Example;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Shrinkable;

class DatasetArbitraryTest {

  @Example
  void generatedDatasetsAreValidAndRebuildToEqualOnes() {
    List<Dataset> datasets = new ArrayList<>(Samples.of(ReadoutArbitraries.datasets(), 150));
    datasets.addAll(Samples.of(ReadoutArbitraries.datasets().withAdversarialText(true), 75));
    datasets.addAll(Samples.of(ReadoutArbitraries.datasets().withHazards(EnumSet.allOf(Hazard.class)), 25));

    for (Dataset d : datasets) {
      assertThat(d.toBuilder().build()).isEqualTo(d);
      assertThat(facts(d)).allSatisfy(f -> assertThat(f.evidence()).isNotEmpty());
    }
  }

  @Example
  void everyQuoteIsCutFromTheTextOfTheSourceItCites() {
    for (Dataset d : Samples.of(ReadoutArbitraries.datasets().withEngagements(1, 8), 200)) {
      for (Fact fact : facts(d)) {
        for (Evidence e : fact.evidence()) {
          Source source = d.source(e.source()).orElseThrow();
          assertThat(source.text()).hasValueSatisfying(text -> assertThat(text).contains(e.quote()));
        }
      }
    }
  }

  @Example
  void withCountriesGivesExactlyThatManyCountriesFromThePool() {
    for (Dataset d : Samples.of(ReadoutArbitraries.datasets().withCountries(3), 100)) {
      assertThat(d.countries()).extracting(Country::code).containsExactly("VN", "US", "ID");
    }
    assertThat(Samples.of(ReadoutArbitraries.datasets().withCountries(40), 5))
        .allSatisfy(d -> assertThat(d.countries()).hasSize(40));
  }

  @Example
  void withEngagementsKeepsToItsBoundsAndUsesTheRange() {
    List<Dataset> datasets = Samples.of(ReadoutArbitraries.datasets().withEngagements(1, 50), 200);

    IntSummaryStatistics sizes = datasets.stream().mapToInt(d -> d.engagements().size()).summaryStatistics();
    assertThat(sizes.getMin()).isGreaterThanOrEqualTo(1);
    assertThat(sizes.getMax()).isLessThanOrEqualTo(50).isGreaterThan(25);
    assertThat(datasets).anyMatch(d -> d.engagements().size() <= 5);
  }

  @Example
  void withCommitmentsPerEngagementKeepsToItsBounds() {
    for (Dataset d : Samples.of(ReadoutArbitraries.datasets().withEngagements(1, 10).withCommitmentsPerEngagement(2, 3), 100)) {
      for (Engagement e : d.engagements()) {
        assertThat(d.commitmentsAt(e.id()).size()).isBetween(2, 3);
      }
    }
  }

  @Example
  void withYearsPlacesEngagementsInThoseYears() {
    for (Dataset d : Samples.of(ReadoutArbitraries.datasets().withYears(1990, 1995).withEngagements(1, 5), 100)) {
      assertThat(d.engagements()).allSatisfy(e -> assertThat(e.date().earliest().getYear()).isBetween(1990, 1995));
    }
  }

  @Example
  void defaultDatasetsHavePlainTextAndAdversarialOnesEveryHazardButLoneSurrogates() {
    Set<Hazard> plain = hazardsIn(Samples.of(ReadoutArbitraries.datasets().withConstructs(Construct.none()), 100));
    List<Dataset> adversarialDatasets = Samples.of(ReadoutArbitraries.datasets().withAdversarialText(true), 100);

    assertThat(plain).isEmpty();
    // the vowel signs of native names in Devanagari are combining marks: plain text of a real script
    assertThat(hazardsIn(Samples.of(ReadoutArbitraries.datasets(), 100))).isSubsetOf(Hazard.COMBINING);
    // NFD input is composed by the model, so it shows as NFC names, never as NFD text
    assertThat(hazardsIn(adversarialDatasets)).isEqualTo(EnumSet.complementOf(EnumSet.of(Hazard.LONE_SURROGATE, Hazard.NFD)));
    assertThat(adversarialDatasets.stream().flatMap(d -> Samples.texts(d).stream()))
        .anyMatch(t -> t.contains("Nguyễn Quốc Dũng"));
    assertThat(hazardsIn(Samples.of(ReadoutArbitraries.datasets().withHazards(Set.of(Hazard.LONE_SURROGATE)), 50)))
        .contains(Hazard.LONE_SURROGATE).doesNotContain(Hazard.BIDI, Hazard.XML_ILLEGAL, Hazard.LONG_WORD);
  }

  @Example
  void adversarialTextReachesSourceTextsAndTheQuotesCutFromThem() {
    List<Dataset> datasets = Samples.of(ReadoutArbitraries.datasets().withAdversarialText(true).withEngagements(1, 8), 100);
    List<String> sourceTexts = datasets.stream().flatMap(d -> d.sources().stream()).map(s -> s.text().orElseThrow()).toList();
    List<String> quotes = datasets.stream().flatMap(d -> d.engagements().stream())
        .flatMap(e -> e.evidence().stream()).map(Evidence::quote).toList();

    for (Hazard h : List.of(Hazard.BIDI, Hazard.EMOJI, Hazard.XML_ILLEGAL, Hazard.LONG_WORD, Hazard.EMPTY_LOOKING)) {
      assertThat(sourceTexts).as(h.name()).anyMatch(h::occursIn);
      assertThat(quotes).as(h.name()).anyMatch(h::occursIn);
    }
  }

  @Example
  void engagementsAndCommitmentsComeFromGeneratedDatasets() {
    // a second record of an engagement (e3-b) or commitment (e3-c0-b) may be the one counted
    assertThat(Samples.of(ReadoutArbitraries.engagements(), 100))
        .allSatisfy(e -> assertThat(e.id()).matches("e[0-9]+(-b)?"));
    assertThat(Samples.of(ReadoutArbitraries.commitments(), 100)).allSatisfy(c -> assertThat(c.engagement())
        .hasValueSatisfying(e -> assertThat(c.id()).startsWith(e.replace("-b", "") + "-c")));
  }

  @Example
  void aFailingDatasetShrinksToTheFewestRecordsThatStillFail() {
    Predicate<Dataset> fails = d -> d.commitments().stream()
        .anyMatch(c -> c.statusHistory().stream().anyMatch(s -> s.status() == CommitmentStatus.FULFILLED));
    RandomGenerator<Dataset> generator = ReadoutArbitraries.datasets().withEngagements(5, 30).generator(1000);
    Random random = new Random(42);
    Shrinkable<Dataset> sample = Stream.generate(() -> generator.next(random)).filter(s -> fails.test(s.value()))
        .findFirst().orElseThrow();
    assertThat(sample.value().commitments()).hasSizeGreaterThan(1);

    for (int step = 0; step < 1_000; step++) {
      Optional<Shrinkable<Dataset>> smaller = sample.shrink().filter(s -> fails.test(s.value())).findFirst();
      if (smaller.isEmpty()) {
        break;
      }
      sample = smaller.get();
    }

    Dataset shrunk = sample.value();
    assertThat(shrunk.engagements()).hasSize(5);
    assertThat(shrunk.commitments()).hasSize(1);
    assertThat(shrunk.commitments().get(0).statusHistory()).extracting(StatusChange::status)
        .containsExactly(CommitmentStatus.FULFILLED);
    assertThat(shrunk.countries()).hasSize(2);
    assertThat(shrunk.sources()).hasSize(1);
    assertThat(shrunk.instruments()).isEmpty();
    assertThat(shrunk.milestones()).isEmpty();
  }

  @Example
  void rangesOutsideTheirBoundsAreRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> ReadoutArbitraries.datasets().withCountries(1))
        .withMessage("countries must be a range within 2–" + DatasetArbitrary.countryPool().size() + ", but was 1–1");
    assertThatIllegalArgumentException().isThrownBy(() -> ReadoutArbitraries.datasets().withEngagements(5, 4))
        .withMessage("engagements must be a range within 0–2147483647, but was 5–4");
    assertThatIllegalArgumentException().isThrownBy(() -> ReadoutArbitraries.datasets().withYears(2020, 9999))
        .withMessage("years must be a range within 10–9990, but was 2020–9999");
  }

  @Example
  void theCountryPoolStartsWithTheSeedCountriesAndHoldsEveryIsoCode() {
    assertThat(DatasetArbitrary.countryPool()).startsWith("VN", "US", "ID", "KR", "IN", "JP", "AU", "FR")
        .doesNotHaveDuplicates().allMatch(Country::isCode).hasSizeGreaterThan(240);
  }

  private static Set<Hazard> hazardsIn(List<Dataset> datasets) {
    List<String> texts = datasets.stream().flatMap(d -> Samples.texts(d).stream()).toList();
    return Stream.of(Hazard.values()).filter(h -> texts.stream().anyMatch(h::occursIn))
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Hazard.class)));
  }

  static List<Fact> facts(Dataset d) {
    List<Fact> facts = new ArrayList<>();
    facts.addAll(d.engagements());
    facts.addAll(d.commitments());
    facts.addAll(d.instruments());
    facts.addAll(d.partnerships());
    facts.addAll(d.programmes());
    facts.addAll(d.milestones());
    return facts;
  }
}
