package dev.readout.core.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.dates.PartialDate;
import dev.readout.core.io.DatasetFiles;
import dev.readout.core.io.Format;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.CommitmentKind;
import dev.readout.core.model.Evidence;
import dev.readout.core.model.MilestoneKind;
import dev.readout.core.model.Party;
import dev.readout.core.seed.Datasets;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the drafter makes of an article besides its scores: validity, files, languages, refusals. */
class DrafterTest {
  private static final Dataset SEED = Datasets.seed();
  private static final String CALL = """
      On March 5, General Phan Van Giang, Minister of National Defence, had phone talks with Japanese \
      Minister of Defense Kihara Minoru.

      The two ministers agreed to promote the implementation of the memorandum of understanding on \
      defence cooperation and to hold the next defence policy dialogue in Tokyo later this year.

      Minister Kihara pledged to send a delegation to the Vietnam International Defence Expo slated for \
      this December.
      """;

  private static Draft draftOnSeed(String text) {
    return Drafter.draft(text, DraftOptions.of(PartialDate.parse("2024-03-06"), "mnd-2024-03-06").withBase(SEED));
  }

  @Test
  void everyQuoteIsTheArticlesOwnWordsAndEveryRecordIsMarkedForReview() {
    Draft draft = draftOnSeed(CALL);
    String text = draft.source().text().orElseThrow();
    assertThat(text).isEqualTo(CALL.strip());
    List<Evidence> evidence = new java.util.ArrayList<>();
    draft.engagements().forEach(e -> evidence.addAll(e.evidence()));
    draft.commitments().forEach(c -> evidence.addAll(c.evidence()));
    draft.milestones().forEach(m -> evidence.addAll(m.evidence()));
    draft.people().forEach(p -> evidence.addAll(p.evidence()));
    assertThat(evidence).isNotEmpty().allSatisfy(e -> {
      assertThat(e.source()).isEqualTo("mnd-2024-03-06");
      assertThat(text).contains(e.quote());
    });
    assertThat(draft.source().note()).hasValueSatisfying(n -> assertThat(n).startsWith("Review: the title is"));
    assertThat(draft.reviewMarks()).isEqualTo(1 + draft.engagements().size() + draft.commitments().size()
        + draft.milestones().size() + draft.people().size());
  }

  @Test
  void theCallItsPeopleAndItsCommitmentsAreProposed() {
    Draft draft = draftOnSeed(CALL);
    assertThat(draft.people()).singleElement().satisfies(p -> {
      assertThat(p.name()).isEqualTo("Kihara Minoru");
      assertThat(p.country()).isEqualTo("JP");
    });
    assertThat(draft.engagements()).singleElement().satisfies(e -> {
      assertThat(e.title()).isEqualTo("Phan Van Giang holds phone talks with Kihara Minoru");
      assertThat(e.date()).hasToString("2024-03-05");
      assertThat(e.sides()).containsExactly("VN", "JP");
    });
    assertThat(draft.commitments()).extracting(Commitment::commitmentKind, Commitment::text).containsExactly(
        org.assertj.core.groups.Tuple.tuple(CommitmentKind.AGREEMENT,
            "Promote the implementation of the memorandum of understanding on defence cooperation."),
        org.assertj.core.groups.Tuple.tuple(CommitmentKind.AGREEMENT,
            "Hold the next defence policy dialogue in Tokyo later this year."),
        org.assertj.core.groups.Tuple.tuple(CommitmentKind.PLEDGE,
            "Send a delegation to the Vietnam International Defence Expo slated for this December."));
    Commitment pledge = draft.commitments().get(2);
    assertThat(pledge.makers()).containsExactly(Party.person("kihara-minoru"));
    assertThat(pledge.addressees()).containsExactly(Party.country("VN"));
    assertThat(pledge.due()).as("an event's date is the event's, not the pledge's").isEmpty();
    assertThat(draft.commitments().get(1).due()).hasValueSatisfying(d -> assertThat(d).hasToString("2024"));
    assertThat(draft.milestones()).singleElement().satisfies(m -> {
      assertThat(m.title()).isEqualTo("Vietnam International Defence Expo");
      assertThat(m.milestoneKind()).isEqualTo(MilestoneKind.EXHIBITION);
      assertThat(m.date()).hasValueSatisfying(d -> assertThat(d).hasToString("2024-12"));
    });
  }

  @Test
  void theFileExtendsTheBaseAndReadsBackAsTheDraft(@TempDir Path dir) throws IOException {
    Draft draft = draftOnSeed(CALL);
    String yaml = draft.toFile(Format.YAML, List.of("seed"));
    assertThat(yaml).startsWith("# Drafted by readout draft").contains("\nextends: seed\n");
    assertThat(yaml).doesNotContain("phan-van-giang\n    name:"); // the base's records are not written again
    Path file = dir.resolve("draft.yaml");
    Files.writeString(file, yaml);
    Dataset read = DatasetFiles.read(file);
    assertThat(read.commitments()).containsAll(draft.commitments());
    assertThat(read.engagements()).containsAll(draft.engagements());
    String json = draft.toFile(Format.JSON, List.of("seed"));
    assertThat(json).startsWith("{");
    Dataset fromJson = readBack(json, Format.JSON);
    assertThat(fromJson.commitments()).containsAll(draft.commitments());
  }

  @Test
  void theSameArticleGivesTheSameFile() {
    assertThat(draftOnSeed(CALL).toFile(Format.YAML, List.of("seed")))
        .isEqualTo(draftOnSeed(CALL).toFile(Format.YAML, List.of("seed")));
  }

  @Test
  void withoutABaseTheArticlesPeopleAndCountriesAreProposedAndTheFileValidates() {
    Draft draft = Drafter.draft(CALL, DraftOptions.of(PartialDate.parse("2024-03-06"), "mnd-2024-03-06"));
    assertThat(draft.base()).isEmpty();
    assertThat(draft.people()).extracting(p -> p.name()).contains("Phan Van Giang", "Kihara Minoru");
    assertThat(draft.dataset().countries()).extracting(c -> c.code()).contains("VN", "JP");
    assertThat(draft.dataset().home()).contains("VN");
    assertThat(draft.source().note()).hasValueSatisfying(n -> assertThat(n).contains("the article is taken as"
        + " written from the side of Vietnam (home: VN)"));
    Draft given = Drafter.draft(CALL, DraftOptions.of(PartialDate.parse("2024-03-06"), "mnd-2024-03-06")
        .withHome("JP"));
    assertThat(given.dataset().home()).contains("JP");
    assertThat(draft.engagements()).hasSize(1);
    String yaml = draft.toFile(Format.YAML, List.of());
    assertThat(yaml).doesNotContain("extends:");
    Dataset read = readBack(yaml, Format.YAML);
    assertThat(read.commitments()).hasSameSizeAs(draft.commitments());
  }

  @Test
  void anOrganisationTheBaseLacksIsProposedAndCanBeAParty() {
    String text = "On May 2, General Phan Van Giang held talks with Thai Defence Minister Sutin Klungsang in Hanoi.\n\n"
        + "General Giang asked the Royal Thai Armed Forces Command to share experience in search and rescue.";
    Draft draft = Drafter.draft(text, DraftOptions.of(PartialDate.parse("2024-05-03"), "mnd-2024-05-03").withBase(SEED));
    assertThat(draft.organizations()).singleElement().satisfies(o -> {
      assertThat(o.id()).isEqualTo("royal-thai-armed-forces-command");
      assertThat(o.country()).contains("TH");
      assertThat(o.organizationKind()).isEqualTo(dev.readout.core.model.OrganizationKind.ARMED_FORCES);
      assertThat(o.note()).hasValueSatisfying(n -> assertThat(n).startsWith("Review: an organisation"));
    });
    assertThat(draft.commitments()).singleElement().satisfies(c -> {
      assertThat(c.commitmentKind()).isEqualTo(CommitmentKind.REQUEST);
      assertThat(c.addressees()).containsExactly(Party.organization("royal-thai-armed-forces-command"));
      assertThat(c.areas()).containsExactly(dev.readout.core.model.CooperationArea.SEARCH_AND_RESCUE);
    });
    assertThat(draft.people()).extracting(p -> p.name() + "/" + p.country()).containsExactly("Sutin Klungsang/TH");
  }

  @Test
  void aVietnameseArticleGetsItsSourceAndItsDatedEventsButNoCommitments() {
    String text = "Ngày 23/11, Đại tướng Phan Văn Giang đã có cuộc gặp với Bộ trưởng Quốc phòng Ấn Độ. "
        + "Hai bên nhất trí tổ chức đối thoại chính sách quốc phòng vào tháng 12 tới.";
    Draft draft = Drafter.draft(text, DraftOptions.of(PartialDate.parse("2022-11-24"), "qdnd-2022-11-24")
        .withLanguage("vi").withBase(SEED));
    assertThat(draft.source().language()).isEqualTo("vi");
    assertThat(draft.engagements()).isEmpty();
    assertThat(draft.commitments()).isEmpty();
    assertThat(draft.milestones()).extracting(m -> m.date().orElseThrow().toString()).contains("2022-12");
    assertThat(draft.milestones()).allSatisfy(m -> assertThat(text).contains(m.evidence().get(0).quote()));
  }

  @Test
  void aSourceIdIsMadeFromAName() {
    assertThat(Drafter.sourceIdFor("Bài báo Đà Nẵng")).isEqualTo("bai-bao-da-nang");
    assertThat(Drafter.sourceIdFor("2022-11-23 talks")).isEqualTo("article-2022-11-23-talks");
    assertThat(Drafter.sourceIdFor("…")).isEqualTo("article");
    assertThat(Drafter.sourceIdFor("a".repeat(150))).hasSize(100);
    assertThat(Drafter.isSourceId("mnd-2022")).isTrue();
    assertThat(Drafter.isSourceId("MND 2022")).isFalse();
  }

  @Test
  void aSourceIdTheBaseHasABadIdAndAnEmptyArticleAreRefused() {
    DraftOptions clash = DraftOptions.of(PartialDate.parse("2022-11?"), "vn-admm-bilaterals-2022").withBase(SEED);
    assertThatThrownBy(() -> Drafter.draft(CALL, clash)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("source id 'vn-admm-bilaterals-2022' is already a source of the base");
    assertThatThrownBy(() -> Drafter.draft(CALL, DraftOptions.of(PartialDate.parse("2022"), "Not A Slug")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be a slug");
    assertThatThrownBy(() -> Drafter.draft(" \n ", DraftOptions.of(PartialDate.parse("2022"), "empty")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("the article has no text");
  }

  /** The draft's file read back on its own, as a file that extends nothing. */
  private static Dataset readBack(String text, Format format) {
    return DatasetFiles.read("draft." + format.name().toLowerCase(java.util.Locale.ROOT),
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), format, Dataset.empty());
  }
}
