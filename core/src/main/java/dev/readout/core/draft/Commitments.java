package dev.readout.core.draft;

import dev.readout.core.model.CommitmentKind;
import dev.readout.core.model.Party;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the commitments an article states, by the rules of {@link CommitmentRules}: per sentence,
 * each phrase with its maker (the party named before it), its addressee, and what follows cut into
 * deeds ({@link Deeds}); each commitment belongs to its paragraph's engagement, and one stated "during
 * the meetings with his counterparts from A, B and C" to each of those meetings.
 */
final class Commitments {
  /** Words after which a party is the object of a preposition, not a sentence's subject. */
  private static final Pattern PREPOSITION_BEFORE = Pattern.compile(
      "(?:\\b(?:for|to|with|from|of|in|at|on|by|between|among|into|towards?|through|about)\\s+(?:the\\s+)?)$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern EVENT_DATE = Pattern.compile("(?:slated|scheduled|set|due) (?:for|to open)\\s*(?:the\\s+)?$"
      + "|to be held (?:in|on)\\s*$");

  /** Words that link a phrase to what is committed, left out of the commitment's text ("that", "to"). */
  private static final Pattern LEADING_LINK = Pattern.compile("^(?:that|to|for (?:agreeing|accepting|deciding"
      + "|having agreed) to)\\s+");

  /** "… and pledged": a second verb of the sentence's subject, whose subject is the clause's first party. */
  private static final Pattern COORDINATED = Pattern.compile("\\band\\s+$");
  /** Words after which a phrase's word is a noun ("Vietnam's requests", "the pledge"), not a verb. */
  private static final Pattern NOUN_BEFORE = Pattern.compile("(?:['’]s|\\b(?:the|his|her|their|its|these|those|our"
      + "|your|a|an))\\s+$", Pattern.CASE_INSENSITIVE);

  private final Article article;
  private final Cast cast;
  private final Subjects subjects;
  private final Engagements engagements;
  private final List<DateExpression> dates;
  private final dev.readout.core.dates.PartialDate published;
  private final List<ProposedCommitment> found = new ArrayList<>();

  Commitments(Article article, Cast cast, Subjects subjects, Engagements engagements, List<DateExpression> dates,
      dev.readout.core.dates.PartialDate published) {
    this.published = published;
    this.article = article;
    this.cast = cast;
    this.subjects = subjects;
    this.engagements = engagements;
    this.dates = dates;
    for (Article.Paragraph p : article.paragraphs()) {
      if (!p.caption()) {
        for (Sentence s : p.sentences()) {
          findIn(s, p);
        }
      }
    }
  }

  List<ProposedCommitment> all() {
    return found;
  }

  /** The dates of the article used as commitments' due dates. */
  Set<DateExpression> duesUsed() {
    Set<DateExpression> used = new LinkedHashSet<>();
    found.forEach(c -> c.due.ifPresent(used::add));
    return used;
  }

  private record Cue(CommitmentRules.Rule rule, int start, int end, Matcher match) {}

  private void findIn(Sentence sentence, Article.Paragraph paragraph) {
    String text = article.text();
    List<Cue> cues = new ArrayList<>();
    for (CommitmentRules.Rule rule : CommitmentRules.RULES) {
      Matcher m = rule.cue().matcher(text).region(sentence.start(), sentence.end());
      while (m.find()) {
        int s = m.start();
        int e = m.end();
        if (cues.stream().noneMatch(c -> s < c.end() && e > c.start())) {
          Matcher kept = rule.cue().matcher(text);
          kept.find(s);
          cues.add(new Cue(rule, s, e, kept));
        }
      }
    }
    cues.sort((a, b) -> Integer.compare(a.start(), b.start()));
    List<Mention> subjectsOfCues = new ArrayList<>();
    List<Cue> accepted = new ArrayList<>();
    List<Integer> ends = new ArrayList<>(); // where what each accepted phrase commits to ends, if before the next subject
    int boundary = sentence.start();
    for (Cue cue : cues) {
      String before = text.substring(boundary, cue.start());
      if (cue.rule().maker() == CommitmentRules.Maker.SUBJECT
          && NOUN_BEFORE.matcher(text.substring(Math.max(sentence.start(), cue.start() - 8), cue.start())).find()) {
        continue; // a noun, not a verb: "Vietnam's requests", "the pledge"
      }
      boolean first = accepted.isEmpty();
      boolean coordinated = COORDINATED.matcher(before).find();
      Optional<Mention> subject;
      if (coordinated && !first) {
        // "… promised to consider … and expressed his hope …": the same subject; the first deed ends at "and"
        subject = Optional.ofNullable(subjectsOfCues.get(subjectsOfCues.size() - 1));
        ends.set(ends.size() - 1, boundary + before.lastIndexOf(" and"));
      } else if (coordinated) {
        subject = cast.mentions(boundary, cue.start()).stream().findFirst();
      } else {
        subject = subjectBefore(boundary, cue.start());
      }
      if (cue.rule().maker() == CommitmentRules.Maker.SUBJECT && subject.isEmpty() && !first) {
        continue; // a phrase inside what an earlier one commits to ("… asked them to support …")
      }
      if (!first && accepted.get(accepted.size() - 1).rule().kind() == CommitmentKind.HOPE) {
        continue; // what is hoped for is not itself committed ("hope that the two sides will continue to …")
      }
      accepted.add(cue);
      subjectsOfCues.add(subject.orElse(null));
      ends.add(-1);
      boundary = cue.end();
    }
    for (int i = 0; i < accepted.size(); i++) {
      Cue cue = accepted.get(i);
      int end = sentence.end();
      if (ends.get(i) >= 0) {
        end = ends.get(i);
      } else if (i + 1 < accepted.size()) {
        Mention next = subjectsOfCues.get(i + 1);
        end = next != null && next.start() > cue.end() ? next.start() : accepted.get(i + 1).start();
      }
      propose(cue, Optional.ofNullable(subjectsOfCues.get(i)), sentence, paragraph, end);
    }
  }

  /** The last party named between two offsets that is not the object of a preposition. */
  private Optional<Mention> subjectBefore(int from, int to) {
    List<Mention> mentions = cast.mentions(from, to);
    for (int i = mentions.size() - 1; i >= 0; i--) {
      Mention m = mentions.get(i);
      String before = article.text().substring(Math.max(from, m.start() - 12), m.start());
      if (!PREPOSITION_BEFORE.matcher(before).find()) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  private void propose(Cue cue, Optional<Mention> subject, Sentence sentence, Article.Paragraph paragraph,
      int sentenceEnd) {
    int end = sentenceEnd;
    String text = article.text();
    CommitmentRules.Rule rule = cue.rule();
    Optional<ProposedEngagement> engagement = engagements.of(paragraph);
    List<String> doubts = new ArrayList<>();
    List<Party> makers = new ArrayList<>();
    List<Party> addressees = new ArrayList<>();
    int complement = cue.end();
    int quoteStart = subject.map(Mention::start).orElse(cue.start());
    Optional<Actor> makerActor = Optional.empty();
    boolean joint = false;
    switch (rule.maker()) {
      case SUBJECT -> {
        if (subject.isPresent() && subject.get().reference() == Mention.Reference.BOTH_SIDES) {
          joint = true;
        } else {
          makerActor = subject.flatMap(m -> subjects.resolve(m, sentence));
          if (makerActor.isEmpty()) {
            makerActor = subjects.previousSubject(sentence).or(() -> Optional.of(subjects.ourPrincipal()));
            doubts.add("the maker is not named before '" + cue.match().group() + "': taken as "
                + makerActor.get().name());
          }
        }
      }
      case THANKED -> {
        List<Mention> thanked = cast.mentions(cue.match().start("thanked"), cue.match().end("thanked"));
        makerActor = thanked.stream().map(m -> subjects.resolve(m, sentence)).flatMap(Optional::stream).findFirst();
        complement = cue.match().end("thanked");
      }
      case AGREED_BY -> {
        joint = true;
        quoteStart = startOfNounPhrase(sentence, cue.start());
      }
      case CARRIED -> {
        ProposedCommitment previous = found.isEmpty() ? null : found.get(found.size() - 1);
        if (previous == null || previous.rule.kind() != CommitmentKind.REQUEST
            || article.paragraphAt(previous.quoteStart).index() != paragraph.index()) {
          return;
        }
        makers.addAll(previous.makers);
        addressees.addAll(previous.addressees);
        quoteStart = sentence.start();
        doubts.add("the sentence does not say who asks; taken as the request before it");
      }
    }
    if (makerActor.isEmpty() && !joint && makers.isEmpty()) {
      return;
    }
    makerActor.ifPresent(a -> makers.add(a.party()));
    if (joint) {
      engagement.ifPresent(e -> {
        makers.add(Party.country(e.ours.country().orElse(cast.home())));
        e.other.country().filter(c -> !makers.contains(Party.country(c))).ifPresent(c -> makers.add(Party.country(c)));
      });
      if (makers.isEmpty()) {
        return;
      }
    }
    Optional<Party> otherSide = otherSide(engagement, makers);
    if (rule.maker() != CommitmentRules.Maker.CARRIED && !joint) {
      switch (rule.addressee()) {
        case OBJECT -> {
          int after = complement;
          Optional<Mention> object = cast.mentions(after, Math.min(end, after + 80)).stream()
              .filter(m -> text.substring(after, m.start()).matches("\\s*(?:the\\s+)?")).findFirst();
          if (object.isPresent() && object.get().reference() != Mention.Reference.BOTH_SIDES) {
            subjects.resolve(object.get(), sentence).ifPresent(a -> addressees.add(a.party()));
            int to = text.indexOf(" to ", object.get().end());
            complement = to >= 0 && to <= object.get().end() + 12 && to + 4 <= end ? to + 4 : object.get().end();
          } else {
            // no object, or one that names both sides ("suggested the two sides …"): the other side
            complement = object.map(Mention::end).orElse(complement);
            otherSide.ifPresent(addressees::add);
          }
        }
        case WITH_OR_OTHER_SIDE -> {
          Optional<Actor> with = withParty(sentence, complement, end);
          if (with.isPresent()) {
            addressees.add(with.get().party());
          } else {
            otherSide.ifPresent(addressees::add);
          }
        }
        case OTHER_SIDE -> otherSide.ifPresent(addressees::add);
        case THANKER -> subject.flatMap(m -> subjects.resolve(m, sentence))
            .ifPresent(a -> addressees.add(a.side()));
        case HOPED -> hoped(sentence, complement, end, otherSide).ifPresent(addressees::add);
        case NONE -> { }
      }
    }
    if (engagement.isEmpty()) {
      doubts.add("the article reports no engagement before it");
    }
    if (rule.maker() == CommitmentRules.Maker.AGREED_BY) {
      int clauseEnd = text.indexOf(" and to ", cue.end());
      end = clauseEnd > 0 && clauseEnd < end ? clauseEnd : end;
      engagement = engagementWithin(quoteStart, end).or(() -> engagements.of(paragraph));
      doubts.add("the engagement is " + (engagementWithin(quoteStart, end).isPresent() ? "the one the clause names"
          : "the one its paragraph is about"));
    } else {
      engagement.ifPresent(e -> doubts.add(0, "the engagement is the one its paragraph is about"));
    }
    if (complement >= end) {
      return; // nothing follows the phrase before the next one: nothing is committed
    }
    List<Deeds.Deed> deeds = rule.listOfDeeds() ? Deeds.of(text, complement, end)
        : List.of(new Deeds.Deed(complement, Deeds.trimEnd(text, complement, end), complement, complement,
            Deeds.trimEnd(text, complement, end)));
    boolean firstDeed = true;
    for (Deeds.Deed deed : deeds) {
      if (deed.end() <= deed.start()) {
        continue;
      }
      int qs = firstDeed ? Math.min(quoteStart, deed.start()) : deed.start();
      firstDeed = false;
      String what = deed.isItem() ? text.substring(deed.start(), deed.prefixEnd()) + text.substring(deed.itemStart(),
          deed.itemEnd()) : text.substring(deed.start(), deed.end());
      String areasText = deed.isItem() ? text.substring(deed.itemStart(), deed.itemEnd()) : what;
      Optional<DateExpression> due = dates.stream().filter(d -> d.isResolved() && d.start() >= deed.itemStart()
          && d.end() <= deed.itemEnd() && !d.date().get().latest().isBefore(published.earliest())
          && !d.rule().equals("year-alone") && !d.rule().equals("in-year")
          && !EVENT_DATE.matcher(text.substring(Math.max(0, d.start() - 24), d.start()))
          .find()).findFirst();
      if (rule.maker() == CommitmentRules.Maker.AGREED_BY) {
        what = text.substring(quoteStart, deed.end());
      } else if (rule.kind() == CommitmentKind.SUPPORT || rule.kind() == CommitmentKind.INVITATION) {
        what = text.substring(cue.start(), deed.end()); // "supports and is willing to …", "invited …"
      }
      ProposedCommitment c = new ProposedCommitment(rule, makers, addressees, engagement, qs, deed.end(),
          sentenceOf(LEADING_LINK.matcher(what.strip()).replaceFirst("")), AreaWords.of(areasText), due);
      c.doubts.addAll(doubts);
      distribute(c, sentence);
    }
  }

  /** Adds the commitment, once for each meeting when the sentence names several counterparts' countries. */
  private void distribute(ProposedCommitment c, Sentence sentence) {
    String words = article.text().substring(sentence.start(), sentence.end()).toLowerCase(Locale.ROOT);
    if (words.contains("counterparts") || words.contains("meetings with")) {
      List<ProposedEngagement> each = new ArrayList<>();
      for (Countries.Found country : Countries.get().find(article.text(), sentence.start(), sentence.end())) {
        for (ProposedEngagement e : engagements.withCountry(country.code())) {
          if (!country.code().equals(cast.home()) && !each.contains(e)) {
            each.add(e);
          }
        }
      }
      if (each.size() >= 2) {
        for (ProposedEngagement e : each) {
          boolean joint = c.addressees.isEmpty();
          found.add(c.at(e, joint ? List.of() : List.of(Party.country(e.other.country().orElse(cast.home())))));
        }
        return;
      }
    }
    found.add(c);
  }

  /** The other side of the engagement as seen from the makers: theirs if the makers are ours, else ours. */
  private Optional<Party> otherSide(Optional<ProposedEngagement> engagement, List<Party> makers) {
    if (engagement.isEmpty()) {
      return Optional.empty();
    }
    ProposedEngagement e = engagement.get();
    Party ours = Party.country(e.ours.country().orElse(cast.home()));
    Party theirs = e.other.side();
    boolean makerIsTheirs = makers.stream().anyMatch(m -> {
      Optional<String> country = cast.countryOfParty(m);
      return m.equals(theirs) || m.equals(e.other.party())
          || country.isPresent() && country.equals(e.other.country()) && !country.equals(e.ours.country());
    });
    return Optional.of(makerIsTheirs ? ours : theirs);
  }

  /** The party after "with" or "from" in what follows the phrase ("coordinate with the U.S."). */
  private Optional<Actor> withParty(Sentence sentence, int from, int to) {
    for (Mention m : cast.mentions(from, to)) {
      String before = article.text().substring(Math.max(from, m.start() - 10), m.start());
      if (before.matches("(?s).*\\b(?:with|from)\\s+(?:the\\s+)?$")) {
        return subjects.resolve(m, sentence);
      }
    }
    return Optional.empty();
  }

  /** The party a hope is about: named right after "that" ("that the two countries will …"), or after "from". */
  private Optional<Party> hoped(Sentence sentence, int from, int to, Optional<Party> otherSide) {
    List<Mention> mentions = cast.mentions(from, to);
    if (!mentions.isEmpty()) {
      Mention first = mentions.get(0);
      String between = article.text().substring(from, first.start());
      if (between.matches("\\s*(?:that\\s+)?(?:the\\s+)?")) {
        if (first.reference() == Mention.Reference.BOTH_SIDES) {
          return otherSide;
        }
        return subjects.resolve(first, sentence).map(Actor::party);
      }
    }
    return withParty(sentence, from, to).map(Actor::party);
  }

  /** The engagement whose reporting phrase lies in a stretch ("agreed … during the minister's visit to …"). */
  private Optional<ProposedEngagement> engagementWithin(int from, int to) {
    return engagements.all().stream().filter(e -> e.cue >= from && e.cue < to).findFirst();
  }

  /** Where the noun phrase before "agreed by" starts: after the last "to", comma or clause start. */
  private int startOfNounPhrase(Sentence sentence, int cue) {
    String before = article.text().substring(sentence.start(), cue);
    Matcher m = Pattern.compile("(?:\\bthe\\s+)(?:[\\p{L}-]+\\s+){0,4}$").matcher(before);
    return m.find() ? sentence.start() + m.start() : cue;
  }

  private static String sentenceOf(String words) {
    String t = words.strip().replaceAll("\\s+", " ");
    if (t.isEmpty()) {
      return t;
    }
    t = Character.toUpperCase(t.charAt(0)) + t.substring(1);
    return t.endsWith(".") ? t : t + ".";
  }
}
