package dev.readout.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.core.internal.Text;
import dev.readout.core.model.Source;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

class SourceTextsTest {
  private static final String ARTICLE = "General Phan Văn Giang met\n  his counterpart.\u00A0They agreed\tto meet again.";

  private static SourceTexts of(String text) {
    return new SourceTexts(List.of(Source.builder().id("s").title("t").text(text).build()));
  }

  @Test
  void findsAQuoteAsItStands() {
    assertThat(of(ARTICLE).quotes("s", "Phan Văn Giang met")).isTrue();
  }

  @Test
  void findsAQuoteAcrossWhiteSpaceTheSourceSpellsDifferently() {
    SourceTexts texts = of(ARTICLE);
    assertThat(texts.quotes("s", "met his counterpart.")).isTrue();
    assertThat(texts.quotes("s", "counterpart. They agreed to meet")).isTrue();
    assertThat(texts.quotes("s", "  They   agreed\nto  ")).isTrue();
  }

  @Test
  void doesNotFindWhatTheSourceDoesNotSay() {
    SourceTexts texts = of(ARTICLE);
    assertThat(texts.quotes("s", "They agreed to meet in Hanoi.")).isFalse();
    assertThat(texts.quotes("s", "Giangmet")).isFalse();
    assertThat(texts.quotes("s", "met his  counterpart.")).as("two spaces are one space").isTrue();
  }

  @Test
  void findsADecomposedQuoteInAComposedText() {
    String decomposed = java.text.Normalizer.normalize("Phan Văn Giang", java.text.Normalizer.Form.NFD);
    assertThat(of(ARTICLE).quotes("s", decomposed)).isTrue();
  }

  @Test
  void aSourceWithoutTextOrAnUnknownSourceChecksNothing() {
    SourceTexts texts = new SourceTexts(List.of(Source.builder().id("bare").title("t").build()));
    assertThat(texts.quotes("bare", "anything at all")).isTrue();
    assertThat(texts.quotes("elsewhere", "anything at all")).isTrue();
  }

  @Test
  void ofTwoSourcesWithOneIdTheFirstCounts() {
    SourceTexts texts = new SourceTexts(List.of(Source.builder().id("s").title("t").text("first text").build(),
        Source.builder().id("s").title("t").text("second text").build()));
    assertThat(texts.quotes("s", "first")).isTrue();
    assertThat(texts.quotes("s", "second")).isFalse();
  }

  /** The direct search answers as {@link String#contains} does, on the small alphabets where prefixes repeat. */
  @Property
  void directSearchAgreesWithContains(@ForAll("textAndPattern") Tuple.Tuple2<String, String> textAndPattern) {
    String text = textAndPattern.get1();
    String pattern = textAndPattern.get2();
    assertThat(of("").contains(text, pattern)).as("'%s' in '%s'", pattern, text).isEqualTo(text.contains(pattern));
  }

  @Provide
  Arbitrary<Tuple.Tuple2<String, String>> textAndPattern() {
    Arbitrary<String> text = Arbitraries.strings().withChars("aab").ofMaxLength(30);
    return text.flatMap(t -> {
      Arbitrary<String> piece = Arbitraries.integers().between(0, t.length()).tuple2()
          .map(ab -> t.substring(Math.min(ab.get1(), ab.get2()), Math.max(ab.get1(), ab.get2())));
      Arbitrary<String> other = Arbitraries.strings().withChars("ab").ofMaxLength(8);
      return Arbitraries.oneOf(piece, other).map(p -> Tuple.of(t, p));
    });
  }

  @Test
  void directSearchOnTextsThatRepeat() {
    SourceTexts texts = of("");
    assertThat(texts.contains("aaaaab", "aab")).isTrue();
    assertThat(texts.contains("abababac", "ababac")).isTrue();
    assertThat(texts.contains("abababab", "ababac")).isFalse();
    assertThat(texts.contains("ab", "abc")).isFalse();
    assertThat(texts.contains("anything", "")).isTrue();
  }

  /**
   * An article quoted a few times is searched directly, however many other sources were searched
   * before it: a budget shared by the dataset once gave every source after the first few hundred
   * quotes an automaton of about 100 bytes a character, all kept to the end of validation.
   */
  @Test
  void sourcesQuotedAFewTimesGetNoAutomaton() {
    List<Source> sources = new java.util.ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      sources.add(Source.builder().id("s" + i).title("t").text(ARTICLE + " " + "filler words. ".repeat(150)).build());
    }
    SourceTexts texts = new SourceTexts(sources);
    for (int i = 0; i < 2_000; i++) {
      for (int q = 0; q < 7; q++) {
        assertThat(texts.quotes("s" + i, "They agreed to meet again.")).isTrue();
        assertThat(texts.quotes("s" + i, "They agreed to meet in Hanoi.")).isFalse();
      }
    }
    assertThat(sources).noneMatch(s -> texts.hasAutomaton(s.id()));
  }

  @Test
  void aSourceQuotedOftenGetsAnAutomatonWithTheSameAnswers() {
    SourceTexts texts = of(ARTICLE);
    for (int i = 0; i < SourceTexts.SEARCHES_BEFORE_AUTOMATON; i++) {
      assertThat(texts.quotes("s", "Phan Văn Giang met")).isTrue();
    }
    assertThat(texts.hasAutomaton("s")).isFalse();
    assertThat(texts.quotes("s", "met his counterpart. They agreed")).isTrue();
    assertThat(texts.hasAutomaton("s")).isTrue();
    assertThat(texts.quotes("s", "They agreed to meet in Hanoi.")).isFalse();
    assertThat(texts.quotes("s", "  They   agreed\nto  ")).isTrue();
  }

  /** The answer is the folded quote's presence in the folded text, whichever way it is found. */
  @Property
  void agreesWithFoldingBothSides(@ForAll("textAndQuote") Tuple.Tuple2<String, String> textAndQuote) {
    String text = Text.nfc(textAndQuote.get1());
    String quote = textAndQuote.get2();
    assertThat(of(text).quotes("s", quote)).isEqualTo(Text.fold(text).contains(Text.fold(quote)));
  }

  @Provide
  Arbitrary<Tuple.Tuple2<String, String>> textAndQuote() {
    // Letters that compose (e + U+0301 is é), and every kind of white space fold knows.
    Arbitrary<String> text = Arbitraries.of("a", "b", "e", "\u0301", "é", " ", "  ", "\n", "\t", "\u00A0", "\u202F")
        .list().ofMaxSize(24).map(parts -> String.join("", parts));
    return text.flatMap(t -> {
      Arbitrary<String> piece = Combinators.combine(Arbitraries.integers().between(0, t.length()),
          Arbitraries.integers().between(0, t.length())).as((a, b) -> t.substring(Math.min(a, b), Math.max(a, b)));
      Arbitrary<String> respaced = piece.map(p -> p.replace("\n", " ").replace("  ", " \t "));
      Arbitrary<String> other = text;
      return Arbitraries.oneOf(piece, respaced, other).map(q -> Tuple.of(t, q));
    });
  }
}
