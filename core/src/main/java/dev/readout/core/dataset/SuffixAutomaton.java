package dev.readout.core.dataset;

import java.util.Arrays;

/**
 * The suffix automaton of one text: after a build linear in the text's length, whether a string is
 * part of the text is answered in time linear in the string's length, whatever the two hold. It is
 * what keeps quote checking linear: {@link String#contains} compares the quote again at every place
 * its first characters match, so a text and quotes made of one repeated letter take the product of
 * their lengths. Aho–Corasick libraries would do the same work but report every occurrence of every
 * quote, which an adversary can make quadratic again.
 *
 * <p>The automaton has at most {@code 2n} states and {@code 3n} transitions for a text of {@code n}
 * UTF-16 units; transitions live in one open-addressing table keyed by state and unit, with a list
 * of each state's units beside it: at most about 100 bytes per unit of text, built only for a text
 * whose quotes would take long to find otherwise.
 */
final class SuffixAutomaton {
  private static final long EMPTY = -1L;

  private int[] length;
  private int[] link;
  private int states;

  private long[] keys;
  private int[] targets;
  private int transitions;

  private int[] firstEdge;
  private char[] edgeChar;
  private int[] edgeNext;
  private int edges;

  /** Builds the automaton of the text. */
  SuffixAutomaton(CharSequence text) {
    int capacity = 2 * Math.max(1, text.length()) + 1;
    length = new int[capacity];
    link = new int[capacity];
    firstEdge = new int[capacity];
    Arrays.fill(firstEdge, -1);
    edgeChar = new char[3 * Math.max(1, text.length()) + 1];
    edgeNext = new int[edgeChar.length];
    keys = new long[tableSize(3 * Math.max(1, text.length()))];
    Arrays.fill(keys, EMPTY);
    targets = new int[keys.length];
    link[0] = -1;
    states = 1;
    int last = 0;
    for (int i = 0; i < text.length(); i++) {
      last = extend(last, text.charAt(i));
    }
  }

  /** {@return whether the string is part of the text} */
  boolean contains(CharSequence s) {
    int state = 0;
    for (int i = 0; i < s.length(); i++) {
      state = next(state, s.charAt(i));
      if (state < 0) {
        return false;
      }
    }
    return true;
  }

  private int extend(int last, char c) {
    int current = states++;
    length[current] = length[last] + 1;
    int p = last;
    while (p >= 0 && next(p, c) < 0) {
      put(p, c, current);
      p = link[p];
    }
    if (p < 0) {
      link[current] = 0;
      return current;
    }
    int q = next(p, c);
    if (length[p] + 1 == length[q]) {
      link[current] = q;
      return current;
    }
    int clone = states++;
    length[clone] = length[p] + 1;
    link[clone] = link[q];
    copyTransitions(q, clone);
    while (p >= 0 && next(p, c) == q) {
      put(p, c, clone);
      p = link[p];
    }
    link[q] = clone;
    link[current] = clone;
    return current;
  }

  /** Gives the clone every transition of {@code from}. */
  private void copyTransitions(int from, int to) {
    for (int e = firstEdge[from]; e >= 0; e = edgeNext[e]) {
      char c = edgeChar[e];
      put(to, c, next(from, c));
    }
  }

  // ---- the transition table: targets by (state, unit) in an open-addressing table, and each
  // state's units in a list, for copying a state's transitions to a clone ----

  private int next(int state, char c) {
    long key = key(state, c);
    int mask = keys.length - 1;
    for (int slot = hash(key) & mask; ; slot = (slot + 1) & mask) {
      long k = keys[slot];
      if (k == EMPTY) {
        return -1;
      }
      if (k == key) {
        return targets[slot];
      }
    }
  }

  private void put(int state, char c, int target) {
    long key = key(state, c);
    int mask = keys.length - 1;
    for (int slot = hash(key) & mask; ; slot = (slot + 1) & mask) {
      long k = keys[slot];
      if (k == key) {
        targets[slot] = target;
        return;
      }
      if (k == EMPTY) {
        keys[slot] = key;
        targets[slot] = target;
        record(state, c);
        if (++transitions * 2 > keys.length) {
          grow();
        }
        return;
      }
    }
  }

  private void record(int state, char c) {
    if (edges == edgeChar.length) {
      edgeChar = Arrays.copyOf(edgeChar, edges * 2);
      edgeNext = Arrays.copyOf(edgeNext, edges * 2);
    }
    edgeChar[edges] = c;
    edgeNext[edges] = firstEdge[state];
    firstEdge[state] = edges++;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldTargets = targets;
    keys = new long[oldKeys.length * 2];
    Arrays.fill(keys, EMPTY);
    targets = new int[keys.length];
    int mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      long key = oldKeys[i];
      if (key != EMPTY) {
        int slot = hash(key) & mask;
        while (keys[slot] != EMPTY) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        targets[slot] = oldTargets[i];
      }
    }
  }

  private static long key(int state, char c) {
    return ((long) state << 16) | c;
  }

  private static int hash(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }

  private static int tableSize(int entries) {
    int size = 16;
    while (size < entries * 2) {
      size <<= 1;
    }
    return size;
  }
}
