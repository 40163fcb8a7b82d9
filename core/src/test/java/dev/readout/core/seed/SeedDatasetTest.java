package dev.readout.core.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.dataset.DatasetException;
import dev.readout.core.dataset.Problem;
import dev.readout.core.dates.EdtfDate;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.CommitmentStatus;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.Evidence;
import dev.readout.core.model.Fact;
import dev.readout.core.model.Identified;
import dev.readout.core.model.Instrument;
import dev.readout.core.model.Milestone;
import dev.readout.core.model.Organization;
import dev.readout.core.model.Participant;
import dev.readout.core.model.Partnership;
import dev.readout.core.model.Person;
import dev.readout.core.model.RecordKind;
import dev.readout.core.model.Source;
import dev.readout.core.model.SourceKind;
import dev.readout.core.model.StatusChange;
import dev.readout.core.model.Translation;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Pins the content of the seed dataset: what it holds, and what its queries answer. */
class SeedDatasetTest {
  private static final Dataset SEED = Datasets.seed();

  private static final List<String> EXPO_COMMITMENTS = List.of(
      "c-id-vide-2022-invitation", "c-in-vide-2022-invitation", "c-kr-vide-2022-invitation",
      "c-us-vide-2022-delegation");

  private static final List<String> COMMITMENTS_2022 = List.of(
      "c-id-may-visit-contents",
      "c-id-asean-chairmanship-support", "c-id-cooperation-frameworks", "c-id-defence-industry",
      "c-id-delegation-exchange", "c-id-information-sharing", "c-id-joint-working-groups",
      "c-id-military-medicine", "c-id-navies-air-forces", "c-id-personnel-training", "c-id-policy-dialogue",
      "c-id-search-and-rescue", "c-id-vide-2022-invitation",
      "c-in-defence-industry", "c-in-delegation-exchange", "c-in-dialogue-mechanisms",
      "c-in-services-and-arms", "c-in-vide-2022-invitation", "c-in-visit-outcomes",
      "c-kr-annual-mechanisms", "c-kr-defence-industry", "c-kr-delegation-exchange",
      "c-kr-vide-2022-invitation", "c-kr-viettel-hanwha", "c-kr-war-consequences",
      "c-us-bien-hoa-remaining-areas", "c-us-bien-hoa-speed-up", "c-us-latest-mou-fields",
      "c-us-military-medicine", "c-us-three-year-plan", "c-us-un-peacekeeping", "c-us-vide-2022-delegation",
      "c-us-war-legacy-resources");

  private static final List<String> COMMITMENTS_2024 = List.of(
      "c-embassy-bridge", "c-embassy-proposals",
      "c-leahy-further-contribution", "c-leahy-war-legacy-activities", "c-leahy-war-legacy-foundation",
      "c-us-2025-anniversary-activities", "c-us-continued-support", "c-vn-mia-search");

  @Test
  void seedIsBuiltOnceAndEqualsAFreshBuild() {
    assertThat(Datasets.seed()).isSameAs(SEED);
    assertThat(Datasets.build()).isEqualTo(SEED).isNotSameAs(SEED);
    assertThat(SEED).hasToString("Dataset[2 sources, 5 countries, 14 organizations, 9 people,"
        + " 3 partnerships, 8 instruments, 11 engagements, 41 commitments, 3 programmes, 7 milestones]");
  }

  @Test
  void sourcesShipTheArticlesByteForByte() {
    Source admm = SEED.source(Datasets.ADMM_2022_SOURCE).orElseThrow();
    Source usVisit = SEED.source(Datasets.US_VISIT_2024_SOURCE).orElseThrow();

    assertThat(SEED.sources()).extracting(Source::id).containsExactly("vn-admm-bilaterals-2022", "vn-us-leahy-talks-2024");
    for (Source s : SEED.sources()) {
      assertThat(s.sourceKind()).isEqualTo(SourceKind.NEWS_ARTICLE);
      assertThat(s.language()).isEqualTo("en");
      assertThat(s.publisher()).isEmpty();
      assertThat(s.url()).isEmpty();
      assertThat(s.translator()).contains("Mai Huong");
      assertThat(s.note().orElseThrow()).contains("untitled").contains("publisher");
    }
    assertThat(usVisit.author()).contains("Thu Trang");
    assertThat(admm.author()).isEmpty();
    assertThat(usVisit.published()).contains(EdtfDate.parse("2024-09?"));
    assertThat(admm.published()).contains(EdtfDate.parse("2022-11?"));

    // The sizes of the two files in the shared seeds folder: the texts are copied unchanged.
    assertThat(usVisit.text().orElseThrow().getBytes(StandardCharsets.UTF_8)).hasSize(6586);
    assertThat(admm.text().orElseThrow().getBytes(StandardCharsets.UTF_8)).hasSize(5794);
    assertThat(usVisit.text().orElseThrow())
        .startsWith("The phone talks took place at the Embassy of Vietnam in Washington D.C.")
        .contains("Vietnam People’s Army")
        .endsWith("Translated by Mai Huong");
    assertThat(admm.text().orElseThrow())
        .startsWith("The meetings took place after the informal meetings")
        .endsWith("Translated by Mai Huong");
  }

  @Test
  void engagementsInDateOrder() {
    assertThat(SEED.engagementsByDate()).extracting(Engagement::id).containsExactly(
        "singh-vn-visit-2022",
        "prabowo-vn-visit-2022",
        "asean-india-informal-2022", "asean-us-informal-2022",
        "giang-austin-2022", "giang-lee-2022", "giang-prabowo-2022", "giang-singh-2022",
        "giang-embassy-staff-2024", "giang-leahy-call-2024", "vn-us-official-visit-2024");
  }

  @Test
  void engagementsArePartOfTheirOccasions() {
    Map<String, String> parents = new LinkedHashMap<>();
    SEED.engagements().forEach(e -> parents.put(e.id(), e.parent().orElse("-")));
    assertThat(parents).containsExactly(
        Map.entry("asean-us-informal-2022", "-"),
        Map.entry("asean-india-informal-2022", "-"),
        Map.entry("prabowo-vn-visit-2022", "-"),
        Map.entry("giang-prabowo-2022", "-"),
        Map.entry("giang-austin-2022", "asean-us-informal-2022"),
        Map.entry("giang-lee-2022", "-"),
        Map.entry("singh-vn-visit-2022", "-"),
        Map.entry("giang-singh-2022", "asean-india-informal-2022"),
        Map.entry("vn-us-official-visit-2024", "-"),
        Map.entry("giang-leahy-call-2024", "vn-us-official-visit-2024"),
        Map.entry("giang-embassy-staff-2024", "vn-us-official-visit-2024"));
    assertThat(SEED.partsOf("vn-us-official-visit-2024")).extracting(Engagement::id)
        .containsExactly("giang-embassy-staff-2024", "giang-leahy-call-2024");
    assertThat(Stream.of("giang-prabowo-2022", "giang-austin-2022", "giang-lee-2022", "giang-singh-2022")
        .map(id -> SEED.engagement(id).orElseThrow().occasion().orElseThrow()).distinct())
        .containsExactly("After the informal meetings between the defence ministers of ASEAN and the U.S., and India");
  }

  @Test
  void commitmentsPerEngagement() {
    Map<String, List<String>> actual = new LinkedHashMap<>();
    SEED.engagementsByDate().forEach(e ->
        actual.put(e.id(), SEED.commitmentsAt(e.id()).stream().map(Commitment::id).toList()));

    assertThat(actual).containsExactly(
        Map.entry("singh-vn-visit-2022", List.of()),
        Map.entry("prabowo-vn-visit-2022", List.of("c-id-may-visit-contents")),
        Map.entry("asean-india-informal-2022", List.of()),
        Map.entry("asean-us-informal-2022", List.of()),
        Map.entry("giang-austin-2022", List.of(
            "c-us-bien-hoa-remaining-areas", "c-us-bien-hoa-speed-up", "c-us-latest-mou-fields",
            "c-us-military-medicine", "c-us-three-year-plan", "c-us-un-peacekeeping",
            "c-us-vide-2022-delegation", "c-us-war-legacy-resources")),
        Map.entry("giang-lee-2022", List.of(
            "c-kr-annual-mechanisms", "c-kr-defence-industry", "c-kr-delegation-exchange",
            "c-kr-vide-2022-invitation", "c-kr-viettel-hanwha", "c-kr-war-consequences")),
        Map.entry("giang-prabowo-2022", List.of(
            "c-id-asean-chairmanship-support", "c-id-cooperation-frameworks", "c-id-defence-industry",
            "c-id-delegation-exchange", "c-id-information-sharing", "c-id-joint-working-groups",
            "c-id-military-medicine", "c-id-navies-air-forces", "c-id-personnel-training",
            "c-id-policy-dialogue", "c-id-search-and-rescue", "c-id-vide-2022-invitation")),
        Map.entry("giang-singh-2022", List.of(
            "c-in-defence-industry", "c-in-delegation-exchange", "c-in-dialogue-mechanisms",
            "c-in-services-and-arms", "c-in-vide-2022-invitation", "c-in-visit-outcomes")),
        Map.entry("giang-embassy-staff-2024", List.of("c-embassy-bridge", "c-embassy-proposals")),
        Map.entry("giang-leahy-call-2024", List.of(
            "c-leahy-further-contribution", "c-leahy-war-legacy-activities", "c-leahy-war-legacy-foundation",
            "c-us-2025-anniversary-activities", "c-us-continued-support", "c-vn-mia-search")),
        Map.entry("vn-us-official-visit-2024", List.of()));
  }

  @Test
  void commitmentKindsMakersAndAddressees() {
    List<String> rows = SEED.commitments().stream()
        .filter(c -> List.of("c-us-vide-2022-delegation", "c-id-asean-chairmanship-support", "c-vn-mia-search",
            "c-kr-war-consequences", "c-id-delegation-exchange", "c-embassy-proposals").contains(c.id()))
        .map(c -> c.id() + " " + c.commitmentKind() + " " + c.makers() + " -> " + c.addressees()
            + " due " + c.due().map(Object::toString).orElse(c.dueAt().map(m -> "at " + m).orElse("-")))
        .toList();
    assertThat(rows).containsExactly(
        "c-id-delegation-exchange AGREEMENT [country:VN, country:ID] -> [] due -",
        "c-id-asean-chairmanship-support SUPPORT [country:VN] -> [country:ID] due at id-asean-chairmanship-2023",
        "c-us-vide-2022-delegation ACCEPTANCE [organization:us-dod] -> [country:VN] due at vide-2022",
        "c-kr-war-consequences REQUEST [person:phan-van-giang] -> [person:lee-jong-sup] due -",
        "c-vn-mia-search PLEDGE [country:VN] -> [country:US] due -",
        "c-embassy-proposals REQUEST [person:phan-van-giang] -> [organization:vn-embassy-us] due -");
  }

  @Test
  void openCommitmentsOn1December2022() {
    assertThat(SEED.openCommitments(LocalDate.of(2022, 12, 1))).extracting(Commitment::id)
        .containsExactlyElementsOf(COMMITMENTS_2022);
    assertThat(SEED.openCommitments(LocalDate.of(2022, 4, 30))).isEmpty();
  }

  @Test
  void openCommitmentsOn1October2024() {
    List<String> expected = new ArrayList<>(COMMITMENTS_2022);
    expected.addAll(COMMITMENTS_2024);
    assertThat(SEED.openCommitments(LocalDate.of(2024, 10, 1))).extracting(Commitment::id)
        .containsExactlyElementsOf(expected);
  }

  @Test
  void theMayVisitAgreementWasInProgressByTheNovemberMeeting() {
    Commitment c = SEED.commitment("c-id-may-visit-contents").orElseThrow();
    assertThat(SEED.statusOn(c, LocalDate.of(2022, 4, 30))).isEmpty();
    assertThat(SEED.statusOn(c, LocalDate.of(2022, 6, 1))).contains(CommitmentStatus.OPEN);
    assertThat(SEED.statusOn(c, LocalDate.of(2022, 12, 1))).contains(CommitmentStatus.IN_PROGRESS);
  }

  @Test
  void expoCommitmentsAreOverdueOnceDecember2022HasPassed() {
    assertThat(SEED.overdueCommitments(LocalDate.of(2022, 12, 31))).isEmpty();
    assertThat(SEED.overdueCommitments(LocalDate.of(2023, 1, 15))).extracting(Commitment::id)
        .containsExactlyElementsOf(EXPO_COMMITMENTS);
    assertThat(SEED.overdueCommitments(LocalDate.of(2024, 10, 1))).extracting(Commitment::id)
        .containsExactly("c-id-asean-chairmanship-support", "c-id-vide-2022-invitation", "c-in-vide-2022-invitation",
            "c-kr-vide-2022-invitation", "c-us-vide-2022-delegation");
    assertThat(SEED.overdueCommitments(LocalDate.of(2025, 1, 1))).extracting(Commitment::id)
        .contains("c-us-three-year-plan").doesNotContain("c-us-2025-anniversary-activities");
    assertThat(EXPO_COMMITMENTS).allSatisfy(id -> {
      Commitment c = SEED.commitment(id).orElseThrow();
      assertThat(c.milestones()).containsExactly("vide-2022");
      assertThat(c.dueAt()).contains("vide-2022");
      assertThat(c.due()).isEmpty();
      assertThat(SEED.dueOf(c)).contains(EdtfDate.parse("2022-12"));
    });
  }

  @Test
  void titleEachParticipantHeldAtEachEngagement() {
    List<String> rows = new ArrayList<>();
    for (Engagement e : SEED.engagementsByDate()) {
      for (Participant p : e.participants()) {
        p.person().ifPresent(person -> {
          String first = SEED.titleAt(person, e.date().earliest()).orElse("(none)");
          String last = SEED.titleAt(person, e.date().latest()).orElse("(none)");
          rows.add(e.id() + " " + person + ": " + (first.equals(last) ? first : first + " / " + last));
        });
      }
    }
    assertThat(rows).containsExactly(
        "singh-vn-visit-2022 rajnath-singh: Minister of Defence",
        "singh-vn-visit-2022 phan-van-giang: Minister of National Defence",
        "prabowo-vn-visit-2022 prabowo-subianto: Minister of Defence",
        "prabowo-vn-visit-2022 phan-van-giang: Minister of National Defence",
        "asean-india-informal-2022 phan-van-giang: Minister of National Defence",
        "asean-india-informal-2022 rajnath-singh: Minister of Defence",
        "asean-us-informal-2022 phan-van-giang: Minister of National Defence",
        "asean-us-informal-2022 lloyd-austin: Secretary of Defense",
        "giang-austin-2022 phan-van-giang: Minister of National Defence",
        "giang-austin-2022 lloyd-austin: Secretary of Defense",
        "giang-lee-2022 phan-van-giang: Minister of National Defence",
        "giang-lee-2022 lee-jong-sup: Minister of National Defense",
        "giang-prabowo-2022 phan-van-giang: Minister of National Defence",
        "giang-prabowo-2022 prabowo-subianto: Minister of Defence",
        "giang-singh-2022 phan-van-giang: Minister of National Defence",
        "giang-singh-2022 rajnath-singh: Minister of Defence",
        "giang-embassy-staff-2024 phan-van-giang: Minister of National Defence",
        "giang-embassy-staff-2024 nguyen-quoc-dung: Ambassador of Vietnam to the United States",
        "giang-leahy-call-2024 phan-van-giang: Minister of National Defence",
        "giang-leahy-call-2024 patrick-leahy: (none)",
        "giang-leahy-call-2024 tim-rieser: (none)",
        "vn-us-official-visit-2024 phan-van-giang: Minister of National Defence",
        "vn-us-official-visit-2024 nguyen-trong-binh: Deputy Chief of the General Staff of the Vietnam People's Army",
        "vn-us-official-visit-2024 lloyd-austin: Secretary of Defense");
  }

  @Test
  void termsOfOfficeEndWhereThePublicRecordSays() {
    assertThat(SEED.titleAt("patrick-leahy", LocalDate.of(2022, 11, 15))).contains("U.S. Senator");
    assertThat(SEED.titleAt("patrick-leahy", LocalDate.of(2023, 2, 1))).isEmpty();
    assertThat(SEED.titleAt("lee-jong-sup", LocalDate.of(2022, 4, 30))).isEmpty();
    assertThat(SEED.titleAt("lee-jong-sup", LocalDate.of(2024, 9, 1))).isEmpty();
    assertThat(SEED.titleAt("prabowo-subianto", LocalDate.of(2024, 11, 1))).isEmpty();
    assertThat(SEED.titleAt("lloyd-austin", LocalDate.of(2025, 2, 1))).isEmpty();
    assertThat(SEED.titleAt("phan-van-giang", LocalDate.of(2021, 3, 31))).isEmpty();
    assertThat(SEED.person("tim-rieser").orElseThrow().appointments()).isEmpty();
    assertThat(SEED.people()).flatExtracting(Person::appointments)
        .filteredOn(a -> a.start().isPresent())
        .allSatisfy(a -> assertThat(a.note().orElseThrow()).contains("public record"));
  }

  @Test
  void timelineOfEachCounterpart() {
    assertThat(timeline("US")).containsExactly(
        "1989/ war-victims-fund",
        "2011 vn-us-defence-mou-2011",
        "2013-07 vn-us-comprehensive-partnership",
        "2015 vn-us-joint-vision-2015",
        "2022-11? asean-us-informal-2022",
        "2022-11? giang-austin-2022",
        "2023? leahy-documentary-2023",
        "2023-09? vn-us-csp",
        "2023-09? vn-us-csp-joint-statement-2023",
        "2024-09? giang-leahy-call-2024",
        "2024-09? vn-us-official-visit-2024",
        "2024-09? vn-us-csp-first-anniversary",
        "2025 vn-us-ties-30th-anniversary");
    assertThat(timeline("ID")).containsExactly(
        "2022-05? prabowo-vn-visit-2022",
        "2022-11? giang-prabowo-2022",
        "2023? id-asean-chairmanship-2023");
    assertThat(timeline("KR")).containsExactly(
        "2022/2026 kr-vn-peace-village",
        "2022-11? giang-lee-2022");
    assertThat(timeline("IN")).containsExactly(
        "2022? vn-in-defence-partnership",
        "2022? vn-in-joint-vision-2022",
        "2022? vn-in-logistics-mou-2022",
        "2022? singh-vn-visit-2022",
        "2022? vn-in-ties-50th-anniversary",
        "2022-11? asean-india-informal-2022",
        "2022-11? giang-singh-2022");
    assertThat(timeline("VN")).hasSize(26).startsWith("2011 vn-us-defence-mou-2011")
        .endsWith("2025 vn-us-ties-30th-anniversary")
        .contains("2024-09? giang-embassy-staff-2024", "2024-09? mid-autumn-festival-2024")
        .doesNotContain("1989/ war-victims-fund");
  }

  @Test
  void relationshipLevelsOverTime() {
    assertThat(SEED.partnershipOn("VN", "US", LocalDate.of(2022, 11, 15))).map(Partnership::id)
        .contains("vn-us-comprehensive-partnership");
    assertThat(SEED.partnershipOn("US", "VN", LocalDate.of(2024, 9, 15))).map(Partnership::id)
        .contains("vn-us-csp");
    assertThat(SEED.partnershipOn("VN", "IN", LocalDate.of(2022, 12, 1))).map(Partnership::id)
        .contains("vn-in-defence-partnership");
    assertThat(SEED.partnershipOn("VN", "KR", LocalDate.of(2022, 12, 1))).isEmpty();
  }

  @Test
  void everyFactAndStatusChangeRestsOnEvidence() {
    List<Fact> facts = new ArrayList<>();
    facts.addAll(SEED.partnerships());
    facts.addAll(SEED.instruments());
    facts.addAll(SEED.engagements());
    facts.addAll(SEED.commitments());
    facts.addAll(SEED.programmes());
    facts.addAll(SEED.milestones());
    assertThat(facts).hasSize(73).allSatisfy(f -> assertThat(f.evidence()).isNotEmpty());
    assertThat(SEED.commitments()).allSatisfy(c -> {
      assertThat(c.statusHistory()).isNotEmpty();
      assertThat(c.statusHistory()).allSatisfy(s -> assertThat(s.evidence()).isNotEmpty());
      assertThat(c.statusHistory().get(0).status()).isEqualTo(CommitmentStatus.OPEN);
    });
    assertThat(SEED.engagements()).flatExtracting(Engagement::acts).hasSize(10)
        .allSatisfy(a -> assertThat(a.evidence()).isNotEmpty());
  }

  @Test
  void inferredDatesSayHowTheyWereInferred() {
    List<String> unexplained = new ArrayList<>();
    check(unexplained, SEED.engagements(), e -> Optional.of(e.date()));
    check(unexplained, SEED.milestones(), Milestone::date);
    check(unexplained, SEED.partnerships(), p -> Optional.of(p.since()));
    check(unexplained, SEED.instruments(), Instrument::signed);
    assertThat(unexplained).isEmpty();
  }

  @Test
  void noDateIsADay() {
    List<EdtfDate> dates = new ArrayList<>();
    SEED.engagements().forEach(e -> dates.add(e.date()));
    SEED.milestones().forEach(m -> m.date().ifPresent(dates::add));
    SEED.partnerships().forEach(p -> {
      dates.add(p.since());
      p.until().ifPresent(dates::add);
    });
    SEED.instruments().forEach(i -> i.signed().ifPresent(dates::add));
    SEED.commitments().forEach(c -> {
      c.due().ifPresent(dates::add);
      c.statusHistory().stream().map(StatusChange::date).forEach(dates::add);
    });
    SEED.people().forEach(p -> p.appointments().forEach(a -> {
      a.start().ifPresent(dates::add);
      a.end().ifPresent(dates::add);
    }));
    assertThat(dates).hasSize(80).allSatisfy(d -> assertThat(d.earliest()).isBefore(d.latest()));
  }

  @Test
  void theSeedIsWrittenForVietnam() {
    assertThat(SEED.home()).contains("VN");
  }

  @Test
  void everyTextTheAnalystsWroteHasItsVietnamese() {
    List<String> missing = new ArrayList<>();
    java.util.function.BiConsumer<String, java.util.Optional<String>> need = (what, vi) -> {
      if (vi.isEmpty()) {
        missing.add(what);
      }
    };
    for (Engagement e : SEED.engagements()) {
      Optional<Translation> vi = e.translation("vi");
      need.accept(e.id() + ".title", vi.flatMap(Translation::title));
      e.summary().ifPresent(x -> need.accept(e.id() + ".summary", vi.flatMap(Translation::summary)));
      e.occasion().ifPresent(x -> need.accept(e.id() + ".occasion", vi.flatMap(Translation::occasion)));
      e.place().ifPresent(x -> need.accept(e.id() + ".place", vi.flatMap(Translation::place)));
      e.note().ifPresent(x -> need.accept(e.id() + ".note", vi.flatMap(Translation::note)));
      for (int i = 0; i < e.acts().size(); i++) {
        need.accept(e.id() + ".acts[" + i + "]", e.acts().get(i).translation("vi").flatMap(Translation::text));
      }
    }
    SEED.commitments().forEach(c -> need.accept(c.id() + ".text", c.translation("vi").flatMap(Translation::text)));
    // Every note beside a quote (how a date was worked out) and every status change's note.
    SEED.commitments().forEach(c -> c.statusHistory().forEach(s -> {
      s.note().ifPresent(x -> need.accept(c.id() + " status note", s.translation("vi").flatMap(Translation::note)));
      s.evidence().forEach(e -> e.note().ifPresent(x -> need.accept(c.id() + " status quote note", e.translation("vi").flatMap(Translation::note))));
    }));
    List<dev.readout.core.model.Evidence> quotes = new ArrayList<>();
    SEED.engagements().forEach(e -> quotes.addAll(e.evidence()));
    SEED.commitments().forEach(c -> quotes.addAll(c.evidence()));
    SEED.partnerships().forEach(p -> quotes.addAll(p.evidence()));
    SEED.instruments().forEach(i -> quotes.addAll(i.evidence()));
    SEED.milestones().forEach(m -> quotes.addAll(m.evidence()));
    SEED.programmes().forEach(p -> quotes.addAll(p.evidence()));
    SEED.people().forEach(p -> p.appointments().forEach(a -> quotes.addAll(a.evidence())));
    quotes.forEach(e -> e.note().ifPresent(x -> need.accept("note of \"" + e.quote() + "\"", e.translation("vi").flatMap(Translation::note))));
    SEED.instruments().forEach(i -> {
      need.accept(i.id() + ".title", i.translation("vi").flatMap(Translation::title));
      i.summary().ifPresent(x -> need.accept(i.id() + ".summary", i.translation("vi").flatMap(Translation::summary)));
    });
    SEED.programmes().forEach(p -> {
      need.accept(p.id() + ".title", p.translation("vi").flatMap(Translation::title));
      p.summary().ifPresent(x -> need.accept(p.id() + ".summary", p.translation("vi").flatMap(Translation::summary)));
    });
    SEED.milestones().forEach(m -> {
      need.accept(m.id() + ".title", m.translation("vi").flatMap(Translation::title));
      m.summary().ifPresent(x -> need.accept(m.id() + ".summary", m.translation("vi").flatMap(Translation::summary)));
    });
    SEED.partnerships().forEach(p -> p.name().ifPresent(x -> need.accept(p.id() + ".name", p.translation("vi").flatMap(Translation::name))));
    SEED.organizations().forEach(o -> need.accept(o.id() + ".name", o.translation("vi").flatMap(Translation::name)));
    SEED.people().forEach(p -> {
      p.honorific().ifPresent(x -> need.accept(p.id() + ".honorific", p.translation("vi").flatMap(Translation::honorific)));
      p.appointments().forEach(a -> need.accept(p.id() + " " + a.title(), a.translation("vi").flatMap(Translation::title)));
    });
    assertThat(missing).isEmpty();
    assertThat(SEED.commitment("c-vn-mia-search").flatMap(c -> c.translation("vi")).flatMap(Translation::text))
        .contains("Tiếp tục phối hợp chặt chẽ với Hoa Kỳ trong tìm kiếm quân nhân Hoa Kỳ mất tích trong chiến tranh ở Việt Nam.");
    assertThat(SEED.person("phan-van-giang").flatMap(p -> p.translation("vi")).flatMap(Translation::honorific))
        .contains("Đại tướng");
  }

  @Test
  void patrickLeahySpeaksForHimself() {
    Engagement call = SEED.engagement("giang-leahy-call-2024").orElseThrow();
    assertThat(call.participants()).filteredOn(p -> p.person().isPresent())
        .extracting(p -> p.person().orElseThrow() + " " + p.capacity())
        .containsExactly("phan-van-giang OFFICIAL", "patrick-leahy PRIVATE", "tim-rieser PRIVATE");
    assertThat(SEED.commitments()).filteredOn(c -> c.makers().contains(dev.readout.core.model.Party.person("patrick-leahy")))
        .extracting(Commitment::id).containsExactly("c-leahy-war-legacy-activities", "c-leahy-war-legacy-foundation");
  }

  @Test
  void namesInTheirNativeSpellingAndScript() {
    Map<String, String> natives = new LinkedHashMap<>();
    SEED.people().forEach(p -> natives.put(p.id(), p.displayName()));
    assertThat(natives).containsExactly(
        Map.entry("phan-van-giang", "Phan Văn Giang"),
        Map.entry("nguyen-trong-binh", "Nguyễn Trọng Bình"),
        Map.entry("nguyen-quoc-dung", "Nguyễn Quốc Dũng"),
        Map.entry("lloyd-austin", "Lloyd Austin"),
        Map.entry("patrick-leahy", "Patrick Leahy"),
        Map.entry("tim-rieser", "Tim Rieser"),
        Map.entry("prabowo-subianto", "Prabowo Subianto"),
        Map.entry("lee-jong-sup", "Lee Jong-sup"),
        Map.entry("rajnath-singh", "Rajnath Singh"));
    assertThat(SEED.person("lee-jong-sup").flatMap(Person::nativeName)).contains("이종섭");
    assertThat(SEED.person("rajnath-singh").flatMap(Person::nativeName)).contains("राजनाथ सिंह");
    Map<String, String> languages = new LinkedHashMap<>();
    SEED.people().forEach(p -> p.nativeNameLanguage().ifPresent(l -> languages.put(p.id(), l)));
    assertThat(languages).containsExactly(Map.entry("phan-van-giang", "vi"), Map.entry("nguyen-trong-binh", "vi"),
        Map.entry("nguyen-quoc-dung", "vi"), Map.entry("lee-jong-sup", "ko"), Map.entry("rajnath-singh", "hi"));
    assertThat(SEED.people()).filteredOn(p -> p.nativeName().isPresent())
        .allSatisfy(p -> assertThat(p.note().orElseThrow()).contains("public record"));
    assertThat(SEED.organization("vn-mnd").flatMap(Organization::nativeName)).contains("Bộ Quốc phòng");
    assertThat(SEED.organizations()).filteredOn(o -> o.nativeName().isPresent())
        .allSatisfy(o -> assertThat(o.note().orElseThrow()).contains("public record"));
    Map<String, String> honorifics = new LinkedHashMap<>();
    SEED.people().forEach(p -> honorifics.put(p.id(), p.honorific().orElse("-")));
    assertThat(honorifics).containsExactly(
        Map.entry("phan-van-giang", "General"),
        Map.entry("nguyen-trong-binh", "Lt. Gen."),
        Map.entry("nguyen-quoc-dung", "Ambassador"),
        Map.entry("lloyd-austin", "-"),
        Map.entry("patrick-leahy", "Mr."),
        Map.entry("tim-rieser", "Mr."),
        Map.entry("prabowo-subianto", "-"),
        Map.entry("lee-jong-sup", "-"),
        Map.entry("rajnath-singh", "Shri"));
  }

  @Test
  void aWrongQuoteMakesTheBuildFailNamingTheRecordAndField() {
    Commitment original = SEED.commitment("c-us-bien-hoa-speed-up").orElseThrow();
    Commitment altered = Commitment.builder().from(original)
        .evidence(List.of(Evidence.of(Datasets.ADMM_2022_SOURCE,
            "including speeding up the progress of the project on dioxin detoxification at Bien Hoa Airbase")))
        .build();

    DatasetException e = catchThrowableOfType(DatasetException.class,
        () -> seedWith(List.of(), List.of(), List.of(altered)).build());

    String message = "must occur verbatim in the text of source 'vn-admm-bilaterals-2022', but was"
        + " \"including speeding up the progress of the project on dioxin detoxification at Bi…\"";
    assertThat(e.problems()).containsExactly(
        new Problem(RecordKind.COMMITMENT, "c-us-bien-hoa-speed-up", 16, "evidence[0].quote", message));
    assertThat(e).hasMessage("dataset is invalid: 1 problem\n"
        + "  commitment 'c-us-bien-hoa-speed-up': evidence[0].quote " + message);
  }

  @Test
  void aStraightApostropheForTheArticlesTypographicOneIsAWrongQuote() {
    Organization original = SEED.organization("vn-vpa-general-staff").orElseThrow();
    Organization altered = Organization.builder().from(original)
        .evidence(List.of(Evidence.of(Datasets.US_VISIT_2024_SOURCE,
            "Deputy Chief of the General Staff of the Vietnam People's Army")))
        .build();

    DatasetException e = catchThrowableOfType(DatasetException.class,
        () -> seedWith(List.of(altered), List.of(), List.of()).build());

    assertThat(e.problems()).containsExactly(new Problem(RecordKind.ORGANIZATION, "vn-vpa-general-staff", 1,
        "evidence[0].quote", "must occur verbatim in the text of source 'vn-us-leahy-talks-2024', but was"
            + " \"Deputy Chief of the General Staff of the Vietnam People's Army\""));
  }

  @Test
  void aQuoteWithDifferentLineBreaksStillMatches() {
    Person original = SEED.person("nguyen-trong-binh").orElseThrow();
    Person refolded = Person.builder().from(original)
        .evidence(List.of(Evidence.of(Datasets.US_VISIT_2024_SOURCE, "Lt. Gen.\n  Nguyen Trong Binh")))
        .build();

    assertThat(seedWith(List.of(), List.of(refolded), List.of()).build().person("nguyen-trong-binh"))
        .contains(refolded);
  }

  /** The seed's records, in order, with the given records replacing those of the same id. */
  private static Dataset.Builder seedWith(
      List<Organization> organizations, List<Person> people, List<Commitment> commitments) {
    return Dataset.builder()
        .addSources(SEED.sources())
        .addCountries(SEED.countries())
        .addOrganizations(replace(SEED.organizations(), organizations))
        .addPeople(replace(SEED.people(), people))
        .addPartnerships(SEED.partnerships())
        .addInstruments(SEED.instruments())
        .addEngagements(SEED.engagements())
        .addCommitments(replace(SEED.commitments(), commitments))
        .addProgrammes(SEED.programmes())
        .addMilestones(SEED.milestones());
  }

  private static <T extends Identified> List<T> replace(List<T> records, List<T> replacements) {
    return records.stream()
        .map(r -> replacements.stream().filter(x -> x.id().equals(r.id())).findFirst().orElse(r))
        .toList();
  }

  private static List<String> timeline(String country) {
    return SEED.timeline(country).stream().map(t -> t.date() + " " + t.id()).toList();
  }

  private static <T extends Fact> void check(
      List<String> unexplained, List<T> facts, Function<T, Optional<EdtfDate>> date) {
    for (T f : facts) {
      boolean inferred = date.apply(f).map(EdtfDate::isUncertain).orElse(false);
      boolean explained = f.evidence().stream().map(Evidence::note).anyMatch(Optional::isPresent);
      if (inferred && !explained) {
        unexplained.add(f.kind().label() + " " + f.id());
      }
    }
  }
}
