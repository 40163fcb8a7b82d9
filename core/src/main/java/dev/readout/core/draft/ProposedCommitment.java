package dev.readout.core.draft;

import dev.readout.core.model.CommitmentKind;
import dev.readout.core.model.CooperationArea;
import dev.readout.core.model.Party;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A commitment as the drafter finds it, before it becomes a record: the rule, its parties, the
 * stretch of the article it quotes, what it commits to, and what the drafter is unsure of.
 */
final class ProposedCommitment {
  final CommitmentRules.Rule rule;
  final List<Party> makers;
  final List<Party> addressees;
  final Optional<ProposedEngagement> engagement;
  final int quoteStart;
  final int quoteEnd;
  final String text;
  final List<CooperationArea> areas;
  final Optional<DateExpression> due;
  final List<String> doubts = new ArrayList<>();

  ProposedCommitment(CommitmentRules.Rule rule, List<Party> makers, List<Party> addressees,
      Optional<ProposedEngagement> engagement, int quoteStart, int quoteEnd, String text, List<CooperationArea> areas,
      Optional<DateExpression> due) {
    this.rule = rule;
    this.makers = List.copyOf(makers);
    this.addressees = List.copyOf(addressees);
    this.engagement = engagement;
    this.quoteStart = quoteStart;
    this.quoteEnd = quoteEnd;
    this.text = text;
    this.areas = List.copyOf(areas);
    this.due = due;
  }

  CommitmentKind kind() {
    return rule.kind();
  }

  /** The same commitment made at another engagement, towards its other side. */
  ProposedCommitment at(ProposedEngagement other, List<Party> addressees) {
    ProposedCommitment copy = new ProposedCommitment(rule, makers, addressees, Optional.of(other), quoteStart, quoteEnd,
        text, areas, due);
    copy.doubts.addAll(doubts);
    return copy;
  }
}
