package dev.readout.core.draft;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.draft.GreedyPairing.Candidate;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.Organization;
import dev.readout.core.model.Party;
import dev.readout.core.model.Person;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Which drafted commitment is which hand-encoded one, and whether a matched pair agrees on kind,
 * direction and due date. Two commitments are candidates when their quotes cover the same stretch
 * of the article: at least {@value #MIN_OVERLAP} of the shorter side's characters. A candidate's
 * score is that overlap, plus the token Jaccard similarity of their texts, plus
 * {@value #SHARED_AREA} when they share a cooperation area; pairs are then taken one-to-one by
 * {@link GreedyPairing}, so several commitments stated by one quote each need their own match.
 */
final class CommitmentMatching {
  /** The least share of the shorter side's quoted characters the other side must cover too. */
  static final double MIN_OVERLAP = 0.5;
  /** What sharing a cooperation area adds to a candidate's score. */
  static final double SHARED_AREA = 0.25;

  private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");
  private static final Set<String> STOP_WORDS = Set.of(
      "about", "above", "after", "again", "against", "all", "also", "and", "any", "are", "because",
      "been", "before", "being", "below", "between", "both", "but", "can", "could", "did", "does",
      "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have",
      "having", "her", "here", "hers", "herself", "him", "himself", "his", "how", "into", "its",
      "itself", "just", "more", "most", "not", "now", "off", "once", "only", "other", "our",
      "ours", "ourselves", "out", "over", "own", "same", "she", "should", "some", "such", "than",
      "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they",
      "this", "those", "through", "too", "under", "until", "very", "was", "were", "what", "when",
      "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your",
      "yours", "yourself", "yourselves");

  private CommitmentMatching() {}

  /**
   * Pairs the truth commitments with the draft ones.
   *
   * @param truth the truth commitments that cite the truth source
   * @param truthSpans where the truth quotes stand
   * @param draft the draft commitments that cite the draft source
   * @param draftSpans where the draft quotes stand
   * @return the pairs, in the order of their truth commitments
   */
  static List<Candidate<Commitment>> pair(List<Commitment> truth, QuoteSpans truthSpans,
      List<Commitment> draft, QuoteSpans draftSpans) {
    List<Candidate<Commitment>> candidates = new ArrayList<>();
    for (Commitment t : truth) {
      BitSet tCovered = truthSpans.characters(t);
      for (Commitment d : draft) {
        double overlap = overlap(tCovered, draftSpans.characters(d));
        if (overlap >= MIN_OVERLAP) {
          double areas = Collections.disjoint(t.areas(), d.areas()) ? 0 : SHARED_AREA;
          candidates.add(new Candidate<>(t, d, overlap + similarity(t.text(), d.text()) + areas));
        }
      }
    }
    return GreedyPairing.pair(truth, candidates);
  }

  /**
   * {@return the characters both cover over the characters the smaller covers; 0 when either
   * covers none}
   */
  static double overlap(BitSet a, BitSet b) {
    int smaller = Math.min(a.cardinality(), b.cardinality());
    if (smaller == 0) {
      return 0;
    }
    BitSet both = (BitSet) a.clone();
    both.and(b);
    return (double) both.cardinality() / smaller;
  }

  /** {@return the Jaccard similarity of the two texts' {@linkplain #tokens tokens}; 0 when both have none} */
  static double similarity(String a, String b) {
    Set<String> left = tokens(a);
    Set<String> right = tokens(b);
    Set<String> union = new HashSet<>(left);
    union.addAll(right);
    if (union.isEmpty()) {
      return 0;
    }
    Set<String> both = new HashSet<>(left);
    both.retainAll(right);
    return (double) both.size() / union.size();
  }

  /**
   * {@return the text's words, lower-cased, without English stop words and words of fewer than
   * three letters}
   */
  static Set<String> tokens(String text) {
    Set<String> tokens = new TreeSet<>();
    for (String token : NOT_A_WORD.split(text.toLowerCase(Locale.ROOT))) {
      if (token.codePointCount(0, token.length()) >= 3 && !STOP_WORDS.contains(token)) {
        tokens.add(token);
      }
    }
    return tokens;
  }

  /**
   * {@return whether the two commitments go from the same countries to the same countries, each
   * party read in the dataset its commitment belongs to}
   */
  static boolean sameDirection(Commitment truth, Dataset truthData, Commitment draft,
      Dataset draftData) {
    return countries(truth.makers(), truthData).equals(countries(draft.makers(), draftData))
        && countries(truth.addressees(), truthData).equals(countries(draft.addressees(), draftData));
  }

  /**
   * {@return the countries of the parties: a person's country, an organisation's country or
   * {@code org:<id>} when it has none, a country's code; a person the dataset lacks stays
   * {@code person:<id>}}
   */
  static Set<String> countries(List<Party> parties, Dataset dataset) {
    Set<String> countries = new TreeSet<>();
    for (Party party : parties) {
      countries.add(switch (party.partyKind()) {
        case COUNTRY -> party.id();
        case PERSON -> dataset.person(party.id()).map(Person::country)
            .orElse("person:" + party.id());
        case ORGANIZATION -> dataset.organization(party.id()).flatMap(Organization::country)
            .orElse("org:" + party.id());
      });
    }
    return countries;
  }

  /** {@return whether the two commitments are of the same kind} */
  static boolean sameKind(Commitment truth, Commitment draft) {
    return truth.commitmentKind() == draft.commitmentKind();
  }

  /** {@return whether the two commitments are due on the same date, or both have none} */
  static boolean sameDue(Commitment truth, Commitment draft) {
    return truth.due().equals(draft.due());
  }
}
