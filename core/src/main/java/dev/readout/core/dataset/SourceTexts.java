package dev.readout.core.dataset;

import dev.readout.core.internal.Text;
import dev.readout.core.model.Source;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The full texts of the sources, for finding the quotes that cite them: a quote stands in its
 * source when, both {@linkplain Text#fold folded} (white space runs as one space, ends trimmed),
 * the quote is part of the source's text.
 *
 * <p>A source's text is folded only when a quote is not found in it as it stands. A folded quote
 * found in the unfolded text is found in the folded text too: the text is in NFC already (the
 * model normalises it), and the folded quote begins and ends with something other than white
 * space and has only single spaces inside, so folding the text leaves that stretch of it as it
 * is. Most quotes are copied from their source with its spacing, so most sources are never folded:
 * folding every text was a fifth of the time a 100,000-commitment dataset took to build.
 *
 * <p>Finding a quote with {@link String#contains} can cost the text's length times the quote's
 * (a text and quotes of one repeated letter). The direct searches of a dataset share a budget of
 * {@value #DIRECT_BUDGET} character comparisons in the worst case (a fraction of a second); once it
 * is used up, each source whose quotes are still to be checked gets a {@link SuffixAutomaton} of its
 * folded text, which finds each quote in time linear in the quote. So checking every quote takes
 * time linear in the texts and the quotes, whatever they hold, and ordinary datasets, whose quotes
 * stay within the budget, never pay for an automaton.
 */
final class SourceTexts {
  /** The worst-case work direct searches may spend before sources get automata. */
  static final long DIRECT_BUDGET = 1L << 28;

  private final Map<String, String> texts;
  private final Map<String, String> folded = new HashMap<>();
  private long spent;
  private final Map<String, SuffixAutomaton> automata = new HashMap<>();

  /** The texts of the sources that have one; of two sources with the same id, the first. */
  SourceTexts(List<Source> sources) {
    texts = new HashMap<>(sources.size() * 4 / 3 + 1);
    for (Source source : sources) {
      source.text().ifPresent(text -> texts.putIfAbsent(source.id(), text));
    }
  }

  /**
   * {@return whether the quote stands in the text of the source with this id, or true when that
   * source has no text to check it against}
   */
  boolean quotes(String sourceId, String quote) {
    String text = texts.get(sourceId);
    if (text == null) {
      return true;
    }
    String q = Text.fold(quote);
    SuffixAutomaton automaton = automata.get(sourceId);
    if (automaton != null) {
      return automaton.contains(q);
    }
    // Two direct searches at most, each no worse than the text's length times the quote's.
    long cost = 2L * text.length() * Math.max(1, q.length());
    spent += cost;
    if (spent > DIRECT_BUDGET) {
      SuffixAutomaton built = new SuffixAutomaton(folded(sourceId, text));
      automata.put(sourceId, built);
      folded.remove(sourceId);
      return built.contains(q);
    }
    return text.contains(q) || folded(sourceId, text).contains(q);
  }

  private String folded(String sourceId, String text) {
    return folded.computeIfAbsent(sourceId, id -> Text.fold(text));
  }
}
