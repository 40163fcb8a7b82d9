package dev.readout.testkit;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Text for Readout's text fields, plain or adversarial. Plain text is a few words of English and
 * Vietnamese (in NFC), easy to read in a counterexample. Adversarial text mixes such words with the
 * fragments of every {@link Hazard}: right-to-left text and bidi controls, emoji and astral
 * characters, combining sequences, NFD Vietnamese, XML-illegal controls, lone surrogates, very long
 * words and strings that look empty. Every arbitrary here shrinks towards fewer and plainer pieces.
 *
 * <p>Which text a model field accepts: required text (titles, names, a commitment's text, a
 * quote, an act's description) must not be {@linkplain String#isBlank() blank}, so
 * {@link #adversarial()} never is — though it may look empty; optional text (notes, summaries,
 * places, native names) also takes blank strings, which {@link #adversarialAllowingBlank()} adds.
 */
public final class TextArbitraries {
  private static final List<String> WORDS = List.of(
      "defence", "cooperation", "ministry", "delegation", "visit", "talks", "training", "exchange",
      "memorandum", "war", "legacy", "search", "rescue", "naval", "dialogue", "partnership", "Hanoi",
      "Washington", "Jakarta", "Seoul", "New Delhi", "Phan Văn Giang", "Bộ Quốc phòng", "Việt Nam",
      "quốc phòng", "hợp tác", "2022", "MIA", "UXO", "U.S.", "ASEAN", "ADMM-Plus", "peacekeeping");

  private TextArbitraries() {}

  /** {@return a few plain words, never blank: readable text for any text field} */
  public static Arbitrary<String> plain() {
    return Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(6).map(words -> String.join(" ", words));
  }

  /**
   * Adversarial text that every text field of the model accepts, required ones included: never
   * blank, with the fragments of every hazard but {@link Hazard#WHITESPACE_ONLY}. About a fifth of
   * the values are a single fragment alone (so a title may be just U+200B, or just 👩‍🚀); the rest
   * mix one to eight pieces — plain words and fragments — joined by spaces or run together.
   *
   * @return non-blank adversarial text
   */
  public static Arbitrary<String> adversarial() {
    return adversarial(EnumSet.complementOf(EnumSet.of(Hazard.WHITESPACE_ONLY)));
  }

  /**
   * Adversarial text with the fragments of the given hazards only, never blank: use it to leave
   * out what a consumer is known not to support, e.g. lone surrogates where text must be
   * well-formed UTF-16.
   *
   * @param hazards the hazards to draw fragments from; {@link Hazard#WHITESPACE_ONLY} is ignored,
   *     since it cannot occur in non-blank text
   * @return non-blank text mixing plain words with those fragments, or plain text when none remain
   */
  public static Arbitrary<String> adversarial(Set<Hazard> hazards) {
    EnumSet<Hazard> used = hazards.isEmpty() ? EnumSet.noneOf(Hazard.class) : EnumSet.copyOf(hazards);
    used.remove(Hazard.WHITESPACE_ONLY);
    if (used.isEmpty()) {
      return plain();
    }
    List<Tuple.Tuple2<Integer, Arbitrary<String>>> pieces = new ArrayList<>();
    pieces.add(Tuple.of(3 * used.size(), Arbitraries.of(WORDS)));
    for (Hazard h : used) {
      pieces.add(Tuple.of(h == Hazard.LONG_WORD ? 1 : 4, h.fragments()));
    }
    Arbitrary<String> piece = Arbitraries.frequencyOf(pieces);
    Arbitrary<String> mixed = Combinators.combine(piece.list().ofMinSize(1).ofMaxSize(8), Arbitraries.of(" ", ""))
        .as((list, separator) -> String.join(separator, list));
    Arbitrary<String> alone = Arbitraries.oneOf(used.stream().map(Hazard::fragments).toList());
    return Arbitraries.frequencyOf(Tuple.of(4, mixed), Tuple.of(1, alone)).filter(s -> !s.isBlank());
  }

  /**
   * Adversarial text for optional fields: {@link #adversarial()} most of the time, and otherwise a
   * blank string from {@link Hazard#WHITESPACE_ONLY} (the empty string, spaces, tabs, line ends,
   * U+2028, U+3000…).
   *
   * @return adversarial text that may be blank
   */
  public static Arbitrary<String> adversarialAllowingBlank() {
    return Arbitraries.frequencyOf(Tuple.of(5, adversarial()), Tuple.of(1, Hazard.WHITESPACE_ONLY.fragments()));
  }
}
