package dev.readout.reports.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BriefingOptionsTest {

  @Test
  void anUnknownLanguageIsRefusedWhenTheOptionsAreMade() {
    BriefingOptions.Builder french = BriefingOptions.builder().language("fr");
    assertThatThrownBy(french::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("language must be one of [en, vi], but was 'fr'");
    assertThatThrownBy(() -> BriefingOptions.builder().language("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("language must be one of [en, vi], but was ''");
  }

  @Test
  void aRegionalTagIsTakenAsItsLanguage() {
    BriefingOptions options = BriefingOptions.builder().asOf(LocalDate.of(2024, 1, 1)).language("vi-VN").build();
    assertThat(options.language()).isEqualTo("vi");
    assertThat(BriefingOptions.defaults().language()).isEqualTo("en");
  }
}
