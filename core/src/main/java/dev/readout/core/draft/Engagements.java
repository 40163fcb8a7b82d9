package dev.readout.core.draft;

import dev.readout.core.model.EngagementKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Finds the engagements an article reports ({@link EngagementRules}) and which engagement each
 * paragraph is about: the one a paragraph reports (a meeting before a visit it mentions), else the
 * one whose other party it names, else the paragraph before's.
 */
final class Engagements {
  private final Article article;
  private final Cast cast;
  private final Subjects subjects;
  private final List<DateExpression> dates;
  private final List<ProposedEngagement> found = new ArrayList<>();
  private final Map<Integer, ProposedEngagement> byParagraph = new HashMap<>();

  Engagements(Article article, Cast cast, Subjects subjects, List<DateExpression> dates) {
    this.article = article;
    this.cast = cast;
    this.subjects = subjects;
    this.dates = dates;
    for (Article.Paragraph p : article.paragraphs()) {
      if (!p.caption()) {
        p.sentences().forEach(s -> findIn(s, p));
      }
    }
    assignParagraphs();
  }

  List<ProposedEngagement> all() {
    return found;
  }

  /** The engagement a paragraph is about, if the article has reported one by then. */
  Optional<ProposedEngagement> of(Article.Paragraph paragraph) {
    return Optional.ofNullable(byParagraph.get(paragraph.index()));
  }

  /** The engagements with another party of the given country (not visits). */
  List<ProposedEngagement> withCountry(String country) {
    return found.stream().filter(e -> e.kind != EngagementKind.VISIT && e.otherSide().filter(country::equals)
        .isPresent()).toList();
  }

  private void findIn(Sentence sentence, Article.Paragraph paragraph) {
    String text = article.text();
    List<int[]> claimed = new ArrayList<>();
    for (EngagementRules.Rule rule : EngagementRules.RULES) {
      Matcher m = rule.cue().matcher(text).region(sentence.start(), sentence.end());
      while (m.find()) {
        int start = m.start();
        int end = m.end();
        if (claimed.stream().anyMatch(c -> start < c[1] && end > c[0])) {
          continue;
        }
        claimed.add(new int[] {start, end});
        propose(rule, sentence, paragraph, start, end);
      }
    }
  }

  private void propose(EngagementRules.Rule rule, Sentence sentence, Article.Paragraph paragraph, int start, int end) {
    Actor ours = subjects.ourPrincipal();
    Optional<Actor> other = Optional.empty();
    Optional<String> destination = Optional.empty();
    switch (rule.counterpart()) {
      case AFTER -> other = firstOther(sentence, end, objectEnd(sentence, end));
      case IN_SENTENCE -> other = firstOther(sentence, sentence.start(), sentence.end());
      case NEARBY -> {
        other = firstOther(sentence, paragraph.start(), paragraph.end());
        if (other.isEmpty() && paragraph.index() > 0) {
          Article.Paragraph before = article.paragraphs().get(paragraph.index() - 1);
          other = firstOther(sentence, before.start(), before.end());
        }
      }
      case VISIT -> {
        List<Countries.Found> to = Countries.get().find(article.text(), end, Math.min(sentence.end(), end + 30));
        if (to.isEmpty() || to.get(0).start() > end + 5) {
          return;
        }
        destination = Optional.of(to.get(0).code());
        other = visitor(sentence, start, to.get(0).end());
      }
    }
    if (other.isEmpty() || (other.get().equals(ours) || other.get().name().equals(ours.name()))
        && rule.kind() != EngagementKind.VISIT) {
      return;
    }
    ProposedEngagement e = new ProposedEngagement(rule, ours, other.get(), destination, sentence, start);
    if (rule.kind() == EngagementKind.VISIT) {
      int invitation = article.text().indexOf("at the invitation of ", sentence.start());
      if (invitation >= 0 && invitation < sentence.end()) {
        int from = invitation + "at the invitation of ".length();
        e.host = firstOther(sentence, from, Math.min(sentence.end(), from + 80));
      }
    }
    for (ProposedEngagement known : found) {
      if (known.sameAs(e.kind, ours, e.other, destination)) {
        return;
      }
    }
    e.date = dates.stream().filter(d -> d.isResolved() && sentence.contains(d.start()) && d.start() <= end + 160
        && !(d.date().get() instanceof dev.readout.core.dates.DateInterval)).findFirst();
    found.add(e);
  }

  /** Where the object of "talks with …" ends: at the first comma, or the sentence's end. */
  private int objectEnd(Sentence sentence, int from) {
    int comma = article.text().indexOf(',', from);
    return comma < 0 || comma > sentence.end() ? sentence.end() : comma;
  }

  private Optional<Actor> firstOther(Sentence sentence, int from, int to) {
    return subjects.people(sentence, from, to).stream().filter(a -> !a.equals(subjects.ourPrincipal())).findFirst();
  }

  /**
   * Who makes a visit: "X's visit", "his visit" (the possessor), or "visit to the U.S. of the
   * Vietnamese defense chief" (the party after "of").
   */
  private Optional<Actor> visitor(Sentence sentence, int cue, int afterCountry) {
    String text = article.text();
    String after = text.substring(afterCountry, Math.min(sentence.end(), afterCountry + 6));
    if (after.startsWith(" of ")) {
      List<Actor> people = subjects.people(sentence, afterCountry, Math.min(sentence.end(), afterCountry + 60));
      if (!people.isEmpty()) {
        return Optional.of(people.get(0));
      }
    }
    String before = text.substring(Math.max(sentence.start(), cue - 6), cue);
    if (before.matches("(?s).*\\b(?:his|her) $")) {
      return subjects.possessor(sentence, cue);
    }
    List<Mention> mentions = cast.mentions(Math.max(sentence.start(), cue - 60), cue);
    if (!mentions.isEmpty() && text.substring(mentions.get(mentions.size() - 1).end(), cue).matches("[’']s ")) {
      return subjects.resolve(mentions.get(mentions.size() - 1), sentence);
    }
    return Optional.empty();
  }

  private void assignParagraphs() {
    ProposedEngagement current = null;
    for (Article.Paragraph p : article.paragraphs()) {
      if (p.caption()) {
        continue;
      }
      ProposedEngagement reported = null;
      for (ProposedEngagement e : found) {
        if (e.cue >= p.start() && e.cue < p.end()
            && (reported == null || reported.kind == EngagementKind.VISIT && e.kind != EngagementKind.VISIT)) {
          reported = e;
        }
      }
      if (reported == null) {
        reported = namedIn(p);
      }
      if (reported != null) {
        current = reported;
      }
      if (current != null) {
        byParagraph.put(p.index(), current);
      }
    }
  }

  /** The engagement (not a visit) whose other party the paragraph names, if just one. */
  private ProposedEngagement namedIn(Article.Paragraph p) {
    List<ProposedEngagement> named = new ArrayList<>();
    for (Mention m : cast.mentions(p.start(), p.end())) {
      for (ProposedEngagement e : found) {
        if (e.kind != EngagementKind.VISIT && m.actor().filter(e.other::equals).isPresent() && !named.contains(e)) {
          named.add(e);
        }
      }
    }
    return named.size() == 1 ? named.get(0) : null;
  }
}
