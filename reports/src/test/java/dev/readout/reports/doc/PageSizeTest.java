package dev.readout.reports.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PageSizeTest {

  @Test
  void theCommandLineNamesMeanTheSameSheetInEveryUnit() {
    assertThat(PageSize.of("a4")).isEqualTo(PageSize.A4);
    assertThat(PageSize.of("A4")).isEqualTo(PageSize.A4);
    assertThat(PageSize.of("letter")).isEqualTo(PageSize.US_LETTER);
    assertThat(PageSize.of("US_LETTER")).isEqualTo(PageSize.US_LETTER);
    assertThat(PageSize.A4.widthPoints()).isEqualTo(595f);
    assertThat(PageSize.A4.heightPoints()).isEqualTo(842f);
    assertThat(PageSize.US_LETTER.widthPoints()).isEqualTo(612f);
    assertThat(PageSize.US_LETTER.heightPoints()).isEqualTo(792f);
    assertThat(PageSize.US_LETTER.widthTwips()).isEqualTo(12240);
  }

  @Test
  void anUnknownNameIsRefused() {
    assertThatThrownBy(() -> PageSize.of("a3"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("page size must be a4 or letter, but was 'a3'");
  }
}
