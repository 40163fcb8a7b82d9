package dev.readout.core.draft;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who "he", "his" and "the defense minister" are, the way a reader of a readout takes them: our
 * side's principal for "the defense minister"; the person a sentence starts with for "his" later in
 * it; and the previous sentence's first person for a "He" that opens a sentence.
 */
final class Subjects {
  private final Cast cast;
  private final Article article;
  private final Actor ourPrincipal;
  private final Map<Integer, Optional<Actor>> firstPersonOf = new HashMap<>();

  Subjects(Cast cast, Article article, Actor ourPrincipal) {
    this.cast = cast;
    this.article = article;
    this.ourPrincipal = ourPrincipal;
  }

  Actor ourPrincipal() {
    return ourPrincipal;
  }

  /**
   * The person or party a mention stands for, where the words and the sentences before tell it;
   * empty for both sides at once and for a counterpart, which only the engagement tells.
   */
  Optional<Actor> resolve(Mention m, Sentence given) {
    Sentence sentence = given.contains(m.start()) ? given : article.sentenceAt(m.start()).orElse(given);
    return switch (m.reference()) {
      case NAME -> m.actor();
      case OUR_PRINCIPAL -> Optional.of(ourPrincipal);
      case PRONOUN -> {
        Optional<Actor> first = firstPersonBefore(sentence, m.start());
        yield first.isPresent() ? first : previousSubject(sentence);
      }
      case BOTH_SIDES, COUNTERPART -> Optional.empty();
    };
  }

  /** Whose "his" at an offset is: the first person of its sentence before it, else the last sentence's. */
  Optional<Actor> possessor(Sentence sentence, int offset) {
    Optional<Actor> first = firstPersonBefore(sentence, offset);
    return first.isPresent() ? first : previousSubject(sentence);
  }

  private Optional<Actor> firstPersonBefore(Sentence sentence, int offset) {
    if (offset <= sentence.start()) {
      return Optional.empty();
    }
    for (Mention m : cast.mentions(sentence.start(), offset)) {
      if (m.reference() == Mention.Reference.PRONOUN && m.start() == sentence.start()) {
        return previousSubject(sentence);
      }
      if (m.reference() == Mention.Reference.OUR_PRINCIPAL) {
        return Optional.of(ourPrincipal);
      }
      if (m.reference() == Mention.Reference.NAME && m.actor().filter(Actor::isPerson).isPresent()) {
        return m.actor();
      }
    }
    return Optional.empty();
  }

  /** The first person of the sentence before this one (captions skipped). */
  Optional<Actor> previousSubject(Sentence sentence) {
    Sentence previous = null;
    for (Article.Paragraph p : article.paragraphs()) {
      if (p.caption()) {
        continue;
      }
      for (Sentence s : p.sentences()) {
        if (s.start() >= sentence.start()) {
          return previous == null ? Optional.empty() : firstPersonOf(previous);
        }
        previous = s;
      }
    }
    return previous == null ? Optional.empty() : firstPersonOf(previous);
  }

  private Optional<Actor> firstPersonOf(Sentence s) {
    Optional<Actor> known = firstPersonOf.get(s.start());
    if (known != null) {
      return known;
    }
    firstPersonOf.put(s.start(), Optional.empty()); // guards against a cycle of pronouns
    Optional<Actor> found = firstPersonBefore(s, s.end());
    firstPersonOf.put(s.start(), found);
    return found;
  }

  /** The people a stretch names, each once, resolved, in order. */
  List<Actor> people(Sentence sentence, int from, int to) {
    return cast.mentions(from, to).stream().map(m -> resolve(m, sentence)).flatMap(Optional::stream)
        .filter(Actor::isPerson).distinct().toList();
  }
}
