package dev.readout.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.dates.EdtfDate;
import dev.readout.core.model.AmountBasis;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.Firmness;
import dev.readout.core.model.Instrument;
import dev.readout.core.model.InstrumentStatus;
import dev.readout.core.model.Milestone;
import dev.readout.core.model.MilestoneOutcomeKind;
import dev.readout.core.model.Participant;
import dev.readout.core.model.ParticipantCapacity;
import dev.readout.core.model.PartnershipTrack;
import dev.readout.core.model.Translation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Every field of issue 17 read from a file ({@code every-field.yaml}, written in canonical form) and
 * written back: translations and languages, native-name languages, organisation sides, participant
 * capacity and translations, same-as, firmness and conditions, due-at milestones, amounts, status changes at
 * engagements, instrument life, milestone outcomes and undated milestones, partnership tracks, home.
 */
class EveryFieldTest {
  private static Dataset dataset() {
    return DatasetFiles.read(DatasetFilesTest.resource("every-field.yaml"));
  }

  @Test
  void readsEveryNewField() {
    Dataset d = dataset();

    assertThat(d.home()).contains("VN");
    assertThat(d.organization("vn-mnd").orElseThrow().nativeNameLanguage()).contains("vi");
    assertThat(d.person("virtanen").orElseThrow().translation("vi").flatMap(Translation::honorific)).contains("Bộ trưởng");
    assertThat(d.person("virtanen").orElseThrow().appointments().get(0).translation("vi").flatMap(Translation::title))
        .contains("Chủ tịch Nhóm Quốc phòng Bắc Âu");
    assertThat(d.partnership("vn-fi-defence").orElseThrow().track()).isEqualTo(PartnershipTrack.DEFENCE);

    Instrument plan = d.instrument("plan-2023").orElseThrow();
    assertThat(plan.signedAt()).contains("helsinki-talks");
    assertThat(plan.supersedes()).containsExactly("mou-2020");
    assertThat(plan.statusHistory()).extracting(s -> s.status()).containsExactly(InstrumentStatus.IN_FORCE);
    assertThat(d.instrument("mou-2020").orElseThrow().statusHistory().get(0).engagement()).contains("helsinki-talks");
    assertThat(d.instrument("plan-2023-annex").orElseThrow().updates()).containsExactly("plan-2023");

    Engagement talks = d.engagement("helsinki-talks").orElseThrow();
    assertThat(talks.language()).isEqualTo("vi");
    assertThat(talks.translation("en").flatMap(Translation::title)).contains("Talks in Helsinki");
    assertThat(talks.sides()).containsExactly("VN", "nordic-group");
    Participant chair = talks.participants().get(1);
    assertThat(chair.actingFor()).contains("nordic-group");
    assertThat(chair.roleTitle()).contains("Chair of the Nordic Defence Group");
    assertThat(chair.translation("vi").flatMap(Translation::title)).contains("Chủ tịch Nhóm Quốc phòng Bắc Âu");
    assertThat(talks.participants().get(2).capacity()).isEqualTo(ParticipantCapacity.PRIVATE);
    assertThat(talks.participants().get(2).translation("vi").flatMap(Translation::text)).contains("một vị tướng nghỉ hưu");
    assertThat(talks.acts().get(0).translation("en").flatMap(Translation::text)).contains("Thanked the group");
    assertThat(d.engagements()).as("the summary's account is the same engagement, counted once")
        .extracting(Engagement::id).containsExactly("helsinki-talks");
    assertThat(d.sameAs(talks)).hasSize(2);

    Commitment training = d.commitment("demining-training").orElseThrow();
    assertThat(training.firmness()).isEqualTo(Firmness.CONDITIONAL);
    assertThat(training.condition()).contains("if its budget allows");
    assertThat(training.dueAt()).contains("next-meeting");
    assertThat(training.amounts()).extracting(a -> a.value(), a -> a.currency(), a -> a.basis()).containsExactly(
        org.assertj.core.groups.Tuple.tuple(new BigDecimal("2000000"), "EUR", AmountBasis.TOTAL),
        org.assertj.core.groups.Tuple.tuple(new BigDecimal("500000.50"), "EUR", AmountBasis.ADDITIONAL));
    assertThat(training.statusHistory().get(0).engagement()).contains("helsinki-talks");
    assertThat(training.translation("vi").flatMap(Translation::condition)).contains("nếu ngân sách cho phép");
    assertThat(d.commitment("consider-visit").orElseThrow().firmness()).isEqualTo(Firmness.TO_BE_CONSIDERED);

    Milestone next = d.milestone("next-meeting").orElseThrow();
    assertThat(next.date()).isEmpty();
    assertThat(next.outcomes()).extracting(o -> o.outcome(), o -> o.newDate().orElseThrow())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(MilestoneOutcomeKind.POSTPONED, EdtfDate.parse("2024-06")));
  }

  @Test
  void quotesOfASourceWithoutTextAreWarnings() {
    DatasetFiles.Validated v = DatasetFiles.validate(DatasetFilesTest.resource("every-field.yaml"), false);

    String file = DatasetFilesTest.resource("every-field.yaml").toString();
    assertThat(v.warnings()).extracting(FileProblem::toString).containsExactly(
        file + ":176:16: engagements[1].evidence[0].quote: cannot be checked: source 'summary' has no text in the dataset",
        file + ":229:16: commitments[1].evidence[0].quote: cannot be checked: source 'summary' has no text in the dataset");
  }

  @Test
  void strictlyTheyAreProblems() {
    DatasetFileException e = org.assertj.core.api.Assertions.catchThrowableOfType(DatasetFileException.class,
        () -> DatasetFiles.validate(DatasetFilesTest.resource("every-field.yaml"), true));

    assertThat(e.problems()).extracting(FileProblem::message).containsExactly(
        "cannot be checked: source 'summary' has no text in the dataset",
        "cannot be checked: source 'summary' has no text in the dataset");
  }

  @Test
  void theFileIsCanonicalAndEveryFieldRoundTripsInBothFormats() throws IOException {
    Dataset d = dataset();

    assertThat(DatasetFiles.toString(d, Format.YAML)).isEqualTo(Files.readString(DatasetFilesTest.resource("every-field.yaml")));
    for (Format format : Format.values()) {
      String text = DatasetFiles.toString(d, format);
      Dataset back = DatasetFiles.read("back." + format.name().toLowerCase(Locale.ROOT),
          new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), format, Dataset.empty());
      assertThat(back).isEqualTo(d);
      assertThat(DatasetFiles.toString(back, format)).isEqualTo(text);
    }
    assertThat(DatasetFiles.toString(d, Format.JSON)).contains("\"value\": 500000.50,", "\"home\": \"VN\",");
  }

  @Test
  void theExportObeysTheSchema() throws IOException {
    assertThat(DatasetFilesSchemaTest.errors(DatasetFiles.toString(dataset(), Format.JSON))).isEmpty();
    assertThat(DatasetFilesSchemaTest.errors(new com.fasterxml.jackson.dataformat.yaml.YAMLMapper()
        .readTree(DatasetFilesTest.resource("every-field.yaml").toFile()))).isEmpty();
  }

  @Test
  void anExportLeavesOutDefaults() {
    String text = DatasetFiles.toString(dataset(), Format.YAML);

    assertThat(text).doesNotContain("language: en\n    translations", "firmness: firm", "track: overall",
        "capacity: official", "basis: total");
    assertThat(List.of(text.split("\n"))).filteredOn(l -> l.strip().equals("language: en")).hasSize(2);
  }
}
