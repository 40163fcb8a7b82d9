package dev.readout.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.core.model.Source;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

class SuffixAutomatonTest {

  /** Whatever the text and string, the automaton answers as {@link String#contains} does. */
  @Property
  void answersAsContainsDoes(@ForAll("textAndStrings") Tuple.Tuple2<String, List<String>> textAndStrings) {
    SuffixAutomaton automaton = new SuffixAutomaton(textAndStrings.get1());
    for (String s : textAndStrings.get2()) {
      assertThat(automaton.contains(s)).as("'%s' in '%s'", s, textAndStrings.get1()).isEqualTo(textAndStrings.get1().contains(s));
    }
  }

  @Provide
  Arbitrary<Tuple.Tuple2<String, List<String>>> textAndStrings() {
    // A small alphabet repeats, which is what makes suffix links and clones matter.
    Arbitrary<String> text = Arbitraries.strings().withChars("abé한\uD83D\uDE00").ofMaxLength(40);
    return text.flatMap(t -> {
      Arbitrary<String> piece = Arbitraries.integers().between(0, t.length()).tuple2()
          .map(ab -> t.substring(Math.min(ab.get1(), ab.get2()), Math.max(ab.get1(), ab.get2())));
      Arbitrary<String> other = Arbitraries.strings().withChars("abé한").ofMaxLength(6);
      return Arbitraries.oneOf(piece, other).list().ofMaxSize(12).map(strings -> Tuple.of(t, strings));
    });
  }

  @Test
  void everySubstringOfARealTextAndNothingElse() {
    String text = "General Phan Văn Giang met his counterpart. They agreed to meet again.";
    SuffixAutomaton automaton = new SuffixAutomaton(text);
    for (int i = 0; i <= text.length(); i++) {
      for (int j = i; j <= text.length(); j++) {
        assertThat(automaton.contains(text.substring(i, j))).isTrue();
      }
    }
    assertThat(automaton.contains("agreed to meet in Hanoi")).isFalse();
    assertThat(automaton.contains("")).isTrue();
    assertThat(new SuffixAutomaton("").contains("a")).isFalse();
  }

  /**
   * Quotes that make {@link String#contains} compare again at every place (a text of one letter,
   * quotes of that letter ending in another) are checked with the same answers: directly, in time
   * linear in the text, until the source has been searched often; then by its automaton. With
   * {@code String.contains}, these 400 quotes would take 400 × 200,000 × 2,000 comparisons.
   */
  @Test
  void hostileQuotesOfOneLongTextAreCheckedWithTheSameAnswers() {
    String text = "a".repeat(200_000) + "b";
    SourceTexts texts = new SourceTexts(List.of(Source.builder().id("s").title("t").text(text).build()));
    List<Boolean> found = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      found.add(texts.quotes("s", "a".repeat(1_999) + (i % 2 == 0 ? "b" : "c")));
    }
    assertThat(texts.hasAutomaton("s")).isTrue();
    for (int i = 0; i < 400; i++) {
      assertThat(found.get(i)).as("quote %d", i).isEqualTo(i % 2 == 0);
    }
  }
}
