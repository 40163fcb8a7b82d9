package dev.readout.core.draft;

import dev.readout.core.model.Evidence;
import dev.readout.core.model.Fact;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * Where the quotes one side of a {@link DraftScore} takes from its source stand in the article.
 * A quote is looked for with {@link String#indexOf(String)} in its own source's text, then in the
 * other side's source text (both hold the same article); a quote found in neither has no span.
 * Offsets are into the text the quote was found in, which for the same article are the same.
 */
final class QuoteSpans {
  private final String sourceId;
  private final String own;
  private final String other;

  /**
   * Creates the spans of one side.
   *
   * @param sourceId the id of the source whose quotes count
   * @param own that source's text, or empty when it has none
   * @param other the other side's source text, or empty when it has none
   */
  QuoteSpans(String sourceId, String own, String other) {
    this.sourceId = sourceId;
    this.own = own;
    this.other = other;
  }

  /** {@return the id of the source whose quotes count} */
  String sourceId() {
    return sourceId;
  }

  /** {@return whether the record has at least one evidence item citing the source} */
  boolean cites(Fact fact) {
    return fact.evidence().stream().anyMatch(e -> e.source().equals(sourceId));
  }

  /** {@return the quotes of the record that cite the source, in its order} */
  List<String> quotes(Fact fact) {
    return fact.evidence().stream()
        .filter(e -> e.source().equals(sourceId))
        .map(Evidence::quote)
        .toList();
  }

  /** {@return the spans of the record's quotes from the source, those found, in its order} */
  List<Span> spans(Fact fact) {
    List<Span> spans = new ArrayList<>();
    for (String quote : quotes(fact)) {
      locate(quote).ifPresent(spans::add);
    }
    return spans;
  }

  /** {@return the characters the record's quotes from the source cover, each counted once} */
  BitSet characters(Fact fact) {
    BitSet covered = new BitSet();
    for (Span span : spans(fact)) {
      covered.set(span.start(), span.end());
    }
    return covered;
  }

  /** {@return where the quote stands: in the own text, else in the other, else nowhere} */
  Optional<Span> locate(String quote) {
    int at = own.indexOf(quote);
    if (at < 0) {
      at = other.indexOf(quote);
    }
    return at < 0 ? Optional.empty() : Optional.of(new Span(at, at + quote.length()));
  }

  /**
   * A stretch of the article's text.
   *
   * @param start the offset of its first character
   * @param end the offset just past its last character
   */
  record Span(int start, int end) {
    /** {@return whether the stretch from {@code from} up to {@code to} lies within this one} */
    boolean contains(int from, int to) {
      return start <= from && to <= end;
    }
  }
}
