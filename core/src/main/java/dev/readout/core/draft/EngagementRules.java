package dev.readout.core.draft;

import dev.readout.core.model.EngagementFormat;
import dev.readout.core.model.EngagementKind;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The wording that reports an engagement, in one table: each rule a phrase, the kind and format of
 * engagement it reports, and where the other party is named. General wording of news readouts only:
 * no name of any particular person, place or body.
 */
final class EngagementRules {
  private EngagementRules() {}

  /** Where a rule finds the engagement's other party. */
  enum Counterpart {
    /** The person named right after the phrase ("talks with Mr. X"). */
    AFTER,
    /** The other people the sentence names ("During their meeting, A and B …"). */
    IN_SENTENCE,
    /** The people of another country named in the paragraph or the one before ("Also at the meeting, …"). */
    NEARBY,
    /** A visit: the visitor is named before the phrase ("X's official visit to …"), the host country after. */
    VISIT
  }

  /**
   * A rule.
   *
   * @param id its name, which notes cite
   * @param cue the phrase, matched case-insensitively
   * @param kind the kind of engagement
   * @param format its format, or null when the wording does not tell (in person is then assumed)
   * @param counterpart where the other party is named
   */
  record Rule(String id, Pattern cue, EngagementKind kind, EngagementFormat format, Counterpart counterpart) {}

  private static Rule rule(String id, String cue, EngagementKind kind, EngagementFormat format, Counterpart where) {
    return new Rule(id, Pattern.compile("(?<![\\p{L}])" + cue + "(?![\\p{L}])", Pattern.CASE_INSENSITIVE), kind,
        format, where);
  }

  /** The rules, tried in this order; a phrase one rule matched is not matched again. */
  static final List<Rule> RULES = List.of(
      rule("phone-talks", "(?:phone|telephone) (?:talks|calls?|conversations?) with", EngagementKind.CALL,
          EngagementFormat.PHONE, Counterpart.AFTER),
      rule("online-talks", "(?:online|virtual|video) (?:talks|meetings?|conferences?|calls?) with",
          EngagementKind.CALL, EngagementFormat.ONLINE, Counterpart.AFTER),
      rule("their-meeting", "(?:during|in|at) their (?:meeting|talks|conversation)", EngagementKind.MEETING, null,
          Counterpart.IN_SENTENCE),
      rule("has-a-meeting", "(?:has|had|held|holds|hold) (?:a |an )?(?:meeting|talks|bilateral meeting) with",
          EngagementKind.MEETING, null, Counterpart.AFTER),
      rule("meeting-with", "(?:meeting|talks|conversation|discussions?|bilateral) with", EngagementKind.MEETING,
          null, Counterpart.AFTER),
      rule("met", "(?:met|meets) (?:with )?", EngagementKind.MEETING, null, Counterpart.AFTER),
      rule("at-the-meeting", "at the (?:meeting|talks)(?! with)", EngagementKind.MEETING, null, Counterpart.NEARBY),
      rule("received", "(?:received|receives|hosted a reception for)", EngagementKind.RECEPTION,
          EngagementFormat.IN_PERSON, Counterpart.AFTER),
      rule("visit-to", "(?:official |state |working |ongoing official )?visit to", EngagementKind.VISIT,
          EngagementFormat.IN_PERSON, Counterpart.VISIT));
}
