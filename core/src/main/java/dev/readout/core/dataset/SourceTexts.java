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
 * <p>Each quote is searched for directly with {@link #contains}, in time linear in the text and the
 * quote whatever they hold ({@link String#contains} can take their product: a text and quotes of
 * one repeated letter). A source whose text has been searched {@value #SEARCHES_BEFORE_AUTOMATON}
 * times gets a {@link SuffixAutomaton} of its folded text, which finds each further quote in time
 * linear in the quote alone; so checking every quote takes time linear in the texts and the quotes,
 * however many quotes cite one long text. An automaton takes about 100 bytes a character of text and
 * lives as long as this object, so only the sources quoted that often pay for one: an article quoted
 * a handful of times never does. (A budget shared by the whole dataset, charged with each search's
 * worst case, was used up after a few hundred quotes of ordinary articles; from then on every source
 * got an automaton, and with every automaton kept until the last commitment was checked, 20,000
 * engagements held 5.6 GB of them.)
 */
final class SourceTexts {
  /** How many direct searches of one source's text come before it gets an automaton. */
  static final int SEARCHES_BEFORE_AUTOMATON = 32;

  private final Map<String, Entry> sources;
  /** The failure function of the quote being searched for, reused from one quote to the next. */
  private int[] failure = new int[256];

  /** The texts of the sources that have one; of two sources with the same id, the first. */
  SourceTexts(List<Source> sources) {
    this.sources = new HashMap<>(sources.size() * 4 / 3 + 1);
    for (Source source : sources) {
      source.text().ifPresent(text -> this.sources.putIfAbsent(source.id(), new Entry(text)));
    }
  }

  /**
   * {@return whether the quote stands in the text of the source with this id, or true when that
   * source has no text to check it against}
   */
  boolean quotes(String sourceId, String quote) {
    Entry source = sources.get(sourceId);
    if (source == null) {
      return true;
    }
    String q = Text.fold(quote);
    if (source.automaton == null && source.searches >= SEARCHES_BEFORE_AUTOMATON) {
      source.automaton = new SuffixAutomaton(source.folded());
      source.folded = null;
    }
    if (source.automaton != null) {
      return source.automaton.contains(q);
    }
    source.searches++;
    if (contains(source.text, q)) {
      return true;
    }
    source.searches++;
    return contains(source.folded(), q);
  }

  /** {@return whether the source with this id has an automaton of its text yet} */
  boolean hasAutomaton(String sourceId) {
    Entry source = sources.get(sourceId);
    return source != null && source.automaton != null;
  }

  /**
   * Whether {@code pattern} is part of {@code text}, as {@link String#contains} answers, in time
   * linear in their lengths: Knuth–Morris–Pratt, which never reads a character of the text twice,
   * skipping with {@link String#indexOf(int, int)} to the next place the pattern's first character
   * stands whenever nothing of the pattern is matched.
   */
  boolean contains(String text, String pattern) {
    int m = pattern.length();
    if (m == 0) {
      return true;
    }
    int n = text.length();
    if (m > n) {
      return false;
    }
    int[] fail = failure(pattern);
    char first = pattern.charAt(0);
    int matched = 0;
    for (int i = 0; i < n; i++) {
      if (matched == 0) {
        i = text.indexOf(first, i);
        if (i < 0 || n - i < m) {
          return false;
        }
        matched = 1;
      } else {
        char c = text.charAt(i);
        while (matched > 0 && c != pattern.charAt(matched)) {
          matched = fail[matched - 1];
        }
        if (c == pattern.charAt(matched)) {
          matched++;
        }
      }
      if (matched == m) {
        return true;
      }
    }
    return false;
  }

  /** The failure function: for each prefix, the length of its longest proper prefix that is also its suffix. */
  private int[] failure(String pattern) {
    int m = pattern.length();
    if (failure.length < m) {
      failure = new int[Math.max(m, failure.length * 2)];
    }
    int[] fail = failure;
    fail[0] = 0;
    int k = 0;
    for (int i = 1; i < m; i++) {
      char c = pattern.charAt(i);
      while (k > 0 && c != pattern.charAt(k)) {
        k = fail[k - 1];
      }
      if (c == pattern.charAt(k)) {
        k++;
      }
      fail[i] = k;
    }
    return fail;
  }

  /** A source's text, its folded form once needed, and its automaton once it has been searched often. */
  private static final class Entry {
    final String text;
    String folded;
    int searches;
    SuffixAutomaton automaton;

    Entry(String text) {
      this.text = text;
    }

    String folded() {
      if (folded == null) {
        folded = Text.fold(text);
      }
      return folded;
    }
  }
}
