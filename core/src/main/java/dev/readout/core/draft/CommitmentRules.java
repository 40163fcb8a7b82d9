package dev.readout.core.draft;

import dev.readout.core.model.CommitmentKind;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The wording that states a commitment, in one readable table: each rule a phrase of English news
 * readouts, the kind of commitment it states, who makes it and towards whom, and whether what
 * follows is a list of things to do ("agreed to enhance …, bring into full play …, and uphold …"),
 * each proposed as a commitment of its own. General wording only: a test checks that no rule names
 * a person, place or body of the seed's articles.
 */
final class CommitmentRules {
  private CommitmentRules() {}

  /** Who makes the commitment. */
  enum Maker {
    /** The party named just before the phrase ("Japan pledges", "both officials agreed"). */
    SUBJECT,
    /** The party thanked ("thanked the ministry for agreeing to …"). */
    THANKED,
    /** The parties after "agreed by" ("the contents agreed by the two defense chiefs"). */
    AGREED_BY,
    /** The maker of the request just before, which the sentence goes on with ("Priority should also be …"). */
    CARRIED
  }

  /** Towards whom it is made. */
  enum Addressee {
    /** The party named right after the phrase ("asked the embassy staff to …"). */
    OBJECT,
    /** The party after "with" or "from" in what follows ("coordinate with Japan"), else the other side. */
    WITH_OR_OTHER_SIDE,
    /** The engagement's other side. */
    OTHER_SIDE,
    /** The side of whoever thanked. */
    THANKER,
    /** The party the hope is about ("hope that the two countries will …", "believed that Mr. X will …"), if any. */
    HOPED,
    /** No one: a joint agreement. */
    NONE
  }

  /**
   * A rule.
   *
   * @param id its name, which the drafted notes cite
   * @param cue the phrase, matched case-insensitively as whole words
   * @param kind the kind of commitment it states
   * @param maker who makes it
   * @param addressee towards whom
   * @param listOfDeeds whether what follows may list several things to do, each a commitment
   */
  record Rule(String id, Pattern cue, CommitmentKind kind, Maker maker, Addressee addressee, boolean listOfDeeds) {}

  private static Rule rule(String id, String cue, CommitmentKind kind, Maker maker, Addressee addressee,
      boolean list) {
    return new Rule(id, Pattern.compile("(?<![\\p{L}])(?:" + cue + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE), kind,
        maker, addressee, list);
  }

  /** The rules, tried in this order; a phrase one rule matched is not matched again. */
  static final List<Rule> RULES = List.of(
      rule("thanked-for-agreeing", "thanked (?<thanked>.{3,80}?) for (?:agreeing|accepting|deciding|having agreed)",
          CommitmentKind.ACCEPTANCE, Maker.THANKED, Addressee.THANKER, false),
      rule("agreed-by", "(?:contents?|matters?|issues?|outcomes?|points?) agreed (?:upon )?by",
          CommitmentKind.AGREEMENT, Maker.AGREED_BY, Addressee.NONE, false),
      rule("agreed-to", "(?:agreed|agree|agrees|consented|consent|concurred) to", CommitmentKind.AGREEMENT,
          Maker.SUBJECT, Addressee.OTHER_SIDE, true),
      rule("agreed-on", "(?:agreed|agree|agrees) (?:on|upon)", CommitmentKind.AGREEMENT, Maker.SUBJECT,
          Addressee.OTHER_SIDE, false),
      rule("agreed-that", "(?:agreed|agree|agrees) that(?=[^.;]{0,80}\\b(?:need to|needs to|should|will|would|must)\\b)",
          CommitmentKind.AGREEMENT, Maker.SUBJECT, Addressee.OTHER_SIDE, false),
      rule("asked", "asked|asks|requested|requests|urged|urges|called on|calls on|called upon", CommitmentKind.REQUEST,
          Maker.SUBJECT, Addressee.OBJECT, true),
      rule("suggested", "suggested|suggests|proposed|proposes", CommitmentKind.PROPOSAL, Maker.SUBJECT,
          Addressee.OBJECT, true),
      rule("pledged", "pledges?|pledged|promised|promises|vowed|vows|committed to|commits to|undertook to",
          CommitmentKind.PLEDGE, Maker.SUBJECT, Addressee.WITH_OR_OTHER_SIDE, true),
      rule("do-their-best", "(?:do|does|did) (?:their|his|her|its) best to", CommitmentKind.PLEDGE, Maker.SUBJECT,
          Addressee.OTHER_SIDE, true),
      rule("will-continue-to", "will continue to", CommitmentKind.PLEDGE, Maker.SUBJECT, Addressee.WITH_OR_OTHER_SIDE,
          true),
      rule("supports", "supports|supported|will support|backs|backed", CommitmentKind.SUPPORT, Maker.SUBJECT,
          Addressee.WITH_OR_OTHER_SIDE, false),
      rule("invited", "invited|invites|extended an invitation to", CommitmentKind.INVITATION, Maker.SUBJECT,
          Addressee.OTHER_SIDE, false),
      rule("hoped", "hoped (?:to|that)|hopes (?:to|that)|(?:hoped|hopes)(?= the )|expressed (?:his|her|their|its) hope"
          + "|expressed (?:his|her|their|its) wish(?! to welcome)|believed that|believes that|wished (?:to|that)",
          CommitmentKind.HOPE, Maker.SUBJECT, Addressee.HOPED, false),
      rule("should-also-be", "should (?:also )?be given|should (?:also )?be", CommitmentKind.REQUEST, Maker.CARRIED,
          Addressee.OBJECT, true));

  /**
   * Verbs that start a thing to do in a list ("…, bring into full play …, and uphold …"), in their
   * plain form; their "-ing" forms start one too ("…, especially maintaining …").
   */
  static final List<String> DEEDS = List.of("accelerate", "address", "boost", "bring", "build", "complete",
      "conduct", "consider", "continue", "cooperate", "coordinate", "create", "deepen", "develop", "enhance",
      "establish", "expand", "facilitate", "foster", "give", "help", "hold", "implement", "improve", "increase",
      "intensify", "maintain", "make", "organize", "organise", "promote", "provide", "realize", "realise",
      "research", "review", "send", "share", "sign", "speed", "step", "strengthen", "treat", "uphold", "upgrade");
}
