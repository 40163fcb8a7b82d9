package dev.readout.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LabelsTest {

  @Test
  void footerSplitsWhereThePageCountBegins() {
    Labels english = Labels.of(Locale.ENGLISH);
    assertThat(english.pageNumber(3)).isEqualTo("Page 3 of ");
    assertThat(english.pageCount(12)).isEqualTo("12");
    Labels vietnamese = Labels.of(Locale.forLanguageTag("vi"));
    assertThat(vietnamese.pageNumber(3) + vietnamese.pageCount(12)).isEqualTo("Trang 3 / 12");
  }

  @Test
  void textAfterTheCountGoesWithIt() {
    Labels labels = new Labels("p. {0} ({1} pages)", "Notes");
    assertThat(labels.pageNumber(1234)).isEqualTo("p. 1234 (");
    assertThat(labels.pageCount(56789)).isEqualTo("56789 pages)");
  }

  @Test
  void aCountBeforeThePageNumberIsRefused() {
    assertThatThrownBy(() -> new Labels("{1} pages, this is {0}", "Notes"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the page count must follow the page number: {1} pages, this is {0}");
    assertThatThrownBy(() -> new Labels("Page {0}", "Notes")).isInstanceOf(IllegalArgumentException.class);
  }
}
