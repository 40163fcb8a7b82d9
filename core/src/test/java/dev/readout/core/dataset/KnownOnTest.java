package dev.readout.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.core.model.Commitment;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.Milestone;
import dev.readout.core.model.Partnership;
import dev.readout.core.model.Person;
import dev.readout.core.model.Source;
import dev.readout.core.seed.Datasets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A dataset as it could be known on a day: the seed's two articles, one of 2022 and one of 2024. */
class KnownOnTest {
  private static final Dataset SEED = Datasets.seed();

  @Test
  void onTheFirstOfDecember2022OnlyThe2022ArticleIsKnown() {
    Dataset known = SEED.knownOn(LocalDate.of(2022, 12, 1));
    assertThat(known.sources()).extracting(Source::id).containsExactly("vn-admm-bilaterals-2022");
    // What only the 2024 article says is not known yet: the phone talks, Leahy, the upgrade, the film.
    assertThat(known.engagements()).extracting(Engagement::id).doesNotContain("giang-leahy-call-2024", "vn-us-official-visit-2024");
    assertThat(known.people()).extracting(Person::id).doesNotContain("patrick-leahy", "tim-rieser", "nguyen-quoc-dung")
        .contains("lloyd-austin", "phan-van-giang");
    assertThat(known.partnerships()).extracting(Partnership::level).extracting(Enum::name)
        .doesNotContain("COMPREHENSIVE_STRATEGIC_PARTNERSHIP");
    assertThat(known.milestones()).extracting(Milestone::id).contains("vide-2022")
        .doesNotContain("leahy-documentary-2023", "vn-us-csp-first-anniversary", "vn-us-ties-30th-anniversary");
    assertThat(known.commitments()).extracting(Commitment::id).contains("c-us-bien-hoa-speed-up")
        .doesNotContain("c-vn-mia-search", "c-leahy-war-legacy-activities");
    assertThat(known.home()).contains("VN");
    // Every quote left rests on a source known that day.
    assertThat(known.commitments()).allSatisfy(c ->
        assertThat(c.evidence()).allSatisfy(e -> assertThat(e.source()).isEqualTo("vn-admm-bilaterals-2022")));
  }

  @Test
  void aPersonKeepsOnlyThePostsTheKnownSourcesSupport() {
    Dataset known = SEED.knownOn(LocalDate.of(2022, 12, 1));
    Person giang = known.person("phan-van-giang").orElseThrow();
    assertThat(giang.appointments()).hasSize(1);
    assertThat(giang.appointments().get(0).evidence()).allSatisfy(e -> assertThat(e.source()).isEqualTo("vn-admm-bilaterals-2022"));
    assertThat(giang.evidence()).extracting(e -> e.source()).containsOnly("vn-admm-bilaterals-2022");
  }

  @Test
  void onceEverySourceIsKnownTheDatasetIsWhole() {
    assertThat(SEED.knownOn(LocalDate.of(2026, 12, 4))).isSameAs(SEED);
    assertThat(SEED.knownOn(LocalDate.of(2024, 9, 30)).commitments()).hasSameSizeAs(SEED.commitments());
    assertThat(SEED.knownOn(LocalDate.of(2022, 10, 1)).engagements()).isEmpty();
  }
}
