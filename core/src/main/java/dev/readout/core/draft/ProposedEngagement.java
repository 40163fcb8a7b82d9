package dev.readout.core.draft;

import dev.readout.core.model.EngagementFormat;
import dev.readout.core.model.EngagementKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An engagement as the drafter finds it, before it becomes a record: the rule that found it, who
 * met whom, the sentence that says so, and the date expression that dates it, if any.
 */
final class ProposedEngagement {
  final EngagementRules.Rule rule;
  final EngagementKind kind;
  final Actor ours;
  final Actor other;
  final Optional<String> destination;
  final Sentence sentence;
  final int cue;
  final List<Actor> alsoPresent = new ArrayList<>();
  Optional<DateExpression> date = Optional.empty();
  /** Whether the date is the one the article's opening gives its meetings, not this one's own. */
  boolean datedByLede;
  /** A visit's host, where the article names one ("at the invitation of …"). */
  Optional<Actor> host = Optional.empty();
  String id;
  /** The date its record was given. */
  dev.readout.core.dates.EdtfDate dated;

  ProposedEngagement(EngagementRules.Rule rule, Actor ours, Actor other, Optional<String> destination,
      Sentence sentence, int cue) {
    this.rule = rule;
    this.kind = rule.kind();
    this.ours = ours;
    this.other = other;
    this.destination = destination;
    this.sentence = sentence;
    this.cue = cue;
  }

  EngagementFormat format() {
    return rule.format() == null ? EngagementFormat.IN_PERSON : rule.format();
  }

  /** Whether it is the same engagement as another found elsewhere in the article. */
  boolean sameAs(EngagementKind kind, Actor ours, Actor other, Optional<String> destination) {
    boolean sameKind = this.kind == kind || this.kind != EngagementKind.VISIT && kind != EngagementKind.VISIT
        && this.kind != EngagementKind.CALL && kind != EngagementKind.CALL;
    return sameKind && this.other.equals(other) && this.ours.equals(ours) && this.destination.equals(destination);
  }

  /** Whether the article reports it as going on as it is written ("the ongoing official visit"). */
  boolean ongoing() {
    String words = sentence.text();
    int at = cue - sentence.start();
    return at >= 0 && words.substring(at, Math.min(words.length(), at + 8)).equalsIgnoreCase("ongoing ");
  }

  /** The country of the other party, the engagement's other side. */
  Optional<String> otherSide() {
    return other.country();
  }
}
