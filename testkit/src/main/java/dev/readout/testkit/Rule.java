package dev.readout.testkit;

import dev.readout.core.dataset.Problem;
import java.util.Optional;

/**
 * A rule across records or of amendments that {@link dev.readout.core.dataset.Dataset.Builder#build()}
 * checks, as broken by {@link InvalidDatasets}. {@link #describes(Problem)} recognises a reported
 * {@link Problem} of the rule by the wording of Readout's message catalogue.
 */
public enum Rule {
  /** Two records of one kind share an id; reported on the later one's {@code id}. */
  DUPLICATE_ID("must be unique among "),
  /**
   * A reference to a record that is not in the dataset, other than an evidence's source: also a
   * {@code sameAs}, a {@code dueAt} milestone, an {@code actingFor} organisation, an instrument's
   * {@code signedAt} or a status change's engagement.
   */
  UNKNOWN_REFERENCE("refers to unknown "),
  /** An evidence cites a source that is not in the dataset; reported on {@code …evidence[i].source}. */
  UNKNOWN_SOURCE("refers to unknown source '"),
  /** A quote does not occur in its source's text (after NFC and whitespace folding). */
  QUOTE_NOT_IN_SOURCE("must occur verbatim in the text of source '"),
  /**
   * A fact (engagement, commitment, instrument, partnership, programme, milestone) or an amendment
   * has no evidence.
   */
  MISSING_EVIDENCE("must hold at least one quote"),
  /** A commitment's status history has an entry certainly before the one it follows. */
  STATUS_OUT_OF_ORDER("must not be before statusHistory["),
  /** A participant's side is not one of the engagement's sides. */
  PARTICIPANT_ON_NO_SIDE("must be one of the engagement's sides "),
  /** A commitment is due certainly before the engagement it was made at. */
  DUE_BEFORE_ENGAGEMENT("must not be before the date of engagement '"),
  /** An engagement's or organisation's chain of parents leads back to itself. */
  PARENT_CYCLE("must not lead back to the same "),
  /** An amendment names a record that is not in the dataset; reported on {@code amendments[j]}. */
  AMENDS_UNKNOWN("amends unknown "),
  /** An amendment amends a country, which has no fields to amend; reported on {@code amendments[j]}. */
  NOT_AMENDABLE("must amend a kind of record that has fields to amend"),
  /** An amendment names a field that the kind of record it amends has not, or that no amendment can give. */
  UNKNOWN_FIELD("must be a field of "),
  /** An amendment that is not preferred names a field that gathers items: another account may only give values. */
  OTHER_ACCOUNT_ADDS("must be a field that holds one value in an account that is not preferred"),
  /** A preferred amendment would make its record invalid, e.g. an appointment that ends before it starts. */
  AMENDMENT_MAKES_INVALID("would make "),
  /** A record names itself in {@code sameAs}, or an instrument itself in {@code updates} or {@code supersedes}. */
  SAME_AS_ITSELF("must name other records, but named the record itself"),
  /** An engagement's side is neither a country's code nor the id of an organisation of the dataset. */
  NOT_A_SIDE("must be a country of the dataset or an international organization, but was '"),
  /** A translation gives a text the kind of record has not, e.g. an engagement's {@code name}. */
  TRANSLATION_FIELD("must give only texts "),
  /** The home side is not a country of the dataset; reported on {@code home}. */
  UNKNOWN_HOME("must be a country of the dataset, but was '");

  private final String messageStart;

  Rule(String messageStart) {
    this.messageStart = messageStart;
  }

  /**
   * Tells whether a problem reports a breach of this rule.
   *
   * @param problem a problem from {@link dev.readout.core.dataset.DatasetException#problems()}
   * @return true when the problem's message is this rule's
   */
  public boolean describes(Problem problem) {
    String message = problem.message();
    if (this == UNKNOWN_REFERENCE) {
      return message.startsWith(messageStart) && !UNKNOWN_SOURCE.describes(problem);
    }
    return message.startsWith(messageStart);
  }

  /**
   * Finds the rule a problem reports.
   *
   * @param problem a problem from {@link dev.readout.core.dataset.DatasetException#problems()}
   * @return the rule, or empty for a problem of no rule listed here
   */
  public static Optional<Rule> of(Problem problem) {
    for (Rule rule : values()) {
      if (rule.describes(problem)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }
}
