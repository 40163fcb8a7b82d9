package dev.readout.core.draft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.core.seed.Datasets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SentencesTest {
  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  @Test
  void keepsAbbreviationsInsideTheSentenceOfThe2022Article() {
    List<String> sentences = texts(seedText(Datasets.ADMM_2022_SOURCE), Locale.ENGLISH);

    assertThat(sentences).startsWith("The meetings took place after the informal meetings between"
        + " defense ministers of ASEAN and the U.S., and India.");
    assertThat(sentences).contains(
        "Defense Minister General Phan Van Giang meets U.S. Secretary of Defense Lloyd Austin.",
        "He asked the U.S. Defense Department to continue giving priority to increasing resources"
            + " to support Vietnam in settlement of war legacy, including speeding up the progress"
            + " of the project on dioxin detoxification at Bien Hoa Airport and then treating all"
            + " dioxin-contaminated areas there.",
        "Translated by Mai Huong");
    assertThat(sentences).hasSize(24);
  }

  @Test
  void keepsTitlesAndInitialismsInsideTheSentenceOfThe2024Article() {
    List<String> sentences = texts(seedText(Datasets.US_VISIT_2024_SOURCE), Locale.ENGLISH);

    assertThat(sentences).contains(
        "Joining the Vietnamese delegation was Lt. Gen. Nguyen Trong Binh, Deputy Chief of the"
            + " General Staff of the Vietnam People’s Army.",
        "General Phan Van Giang at the online talks with former U.S. Senator Patrick Leahy",
        "Gen. Giang speaks at the meeting with the Vietnamese Embassy in the U.S.'s staff.",
        "Highly appreciating the strong commitment of the U.S. Government, Congress and people in"
            + " cooperating with Vietnam to overcome the war aftermath, Gen. Giang hoped to continue"
            + " receiving support from the U.S.",
        "For its part, Vietnam pledges to continue to closely coordinate with the U.S. in the"
            + " search for U.S. servicemen missing in action in the war in Vietnam.",
        "Reported by Thu Trang from Washington D.C., the U.S.");
    assertThat(sentences).noneMatch(s -> s.startsWith("Giang") || s.startsWith("Gen. Nguyen"));
  }

  @Test
  void keepsOffsetsIntoTheTextVerbatim() {
    for (String id : List.of(Datasets.ADMM_2022_SOURCE, Datasets.US_VISIT_2024_SOURCE)) {
      String text = seedText(id);
      int previousEnd = 0;
      for (Sentence sentence : Sentences.split(text, Locale.ENGLISH)) {
        assertThat(text.substring(sentence.start(), sentence.end())).isEqualTo(sentence.text());
        assertThat(sentence.start()).isGreaterThanOrEqualTo(previousEnd);
        assertThat(text.substring(previousEnd, sentence.start())).matches("[\\s\\u00a0]*");
        assertThat(sentence.text()).isEqualTo(sentence.text().strip()).isNotEmpty();
        assertThat(sentence.text().charAt(sentence.text().length() - 1)).isNotEqualTo('\u00a0');
        previousEnd = sentence.end();
      }
      assertThat(text.substring(previousEnd)).matches("[\\s\\u00a0]*");
    }
  }

  @Test
  void splitsVietnameseKeepingItsAbbreviations() {
    String text = "Ngày 23/11/2022, Đại tướng Phan Văn Giang tiếp TS. Nguyễn Văn A tại TP. Hồ Chí"
        + " Minh. Hai bên nhất trí tăng cường hợp tác năm tới.\n\nẢnh: hai Bộ trưởng\n\nHai bên"
        + " ký biên bản ghi nhớ.";

    assertThat(texts(text, VIETNAMESE)).containsExactly(
        "Ngày 23/11/2022, Đại tướng Phan Văn Giang tiếp TS. Nguyễn Văn A tại TP. Hồ Chí Minh.",
        "Hai bên nhất trí tăng cường hợp tác năm tới.",
        "Ảnh: hai Bộ trưởng",
        "Hai bên ký biên bản ghi nhớ.");
  }

  @Test
  void endsASentenceAfterAnInitialismWhenTheNextWordStartsOne() {
    assertThat(texts("He flew to the U.S. The talks began. Mr. Smith and John F. Kennedy met"
        + " No. 5 on Monday.", Locale.ENGLISH)).containsExactly(
            "He flew to the U.S.",
            "The talks began.",
            "Mr. Smith and John F. Kennedy met No. 5 on Monday.");
  }

  @Test
  void endsASentenceAtABlankLineEvenWithoutAFullStop() {
    assertThat(texts("A view of the talks\n\nThe talks are held.", Locale.ENGLISH))
        .containsExactly("A view of the talks", "The talks are held.");
    assertThat(Sentences.split("  \n\n ", Locale.ENGLISH)).isEmpty();
  }

  private static List<String> texts(String text, Locale locale) {
    return Sentences.split(text, locale).stream().map(Sentence::text).toList();
  }

  private static String seedText(String sourceId) {
    return Datasets.seed().source(sourceId).orElseThrow().text().orElseThrow();
  }
}
