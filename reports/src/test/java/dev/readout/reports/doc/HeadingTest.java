package dev.readout.reports.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeadingTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Phan Văn Giang — Đà Nẵng | phan-van-giang-da-nang",
      "Nguyễn Quốc Dũng | nguyen-quoc-dung",
      "  Commitments (2024)  | commitments-2024",
      "C++ & C# | c-c",
      "ÆØÅ straße | aeoa-strasse",
      "İstanbul | istanbul",
      "😀🫡 | section",
      "国防 | section",
      "--- | section"
  })
  void slugFoldsToAscii(String text, String slug) {
    assertThat(Heading.slug(text)).isEqualTo(slug);
  }

  @Test
  void slugOfNfdTextEqualsSlugOfNfc() {
    assertThat(Heading.slug(SampleDocuments.NFD_VIETNAMESE)).isEqualTo("nguyen-quoc-dung");
  }

  @Test
  void longSlugsAreCutAtAHyphen() {
    String slug = Heading.slug("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda");
    assertThat(slug).isEqualTo("alpha-beta-gamma-delta-epsilon-zeta-eta-theta");
    assertThat(Heading.slug("x".repeat(10_000))).hasSize(48);
  }

  @Test
  void generatedAnchorIsTheSlugOfTheTextWithoutFootnotes() {
    Heading h = new Heading(2, List.of(Text.of("Quan hệ "), Emphasis.of("quốc phòng"), Footnote.of("note")));
    assertThat(h.anchor()).isEqualTo("quan-he-quoc-phong");
    assertThat(Heading.of(1, "Intro").anchor()).isEqualTo("intro");
    assertThat(Heading.of(1, "custom_id", "Intro").anchor()).isEqualTo("custom_id");
  }
}
