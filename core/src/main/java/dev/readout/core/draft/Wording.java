package dev.readout.core.draft;

import dev.readout.core.model.OrganizationKind;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How English news readouts refer to the people and bodies of a meeting, in one place: titles
 * before names, referring phrases ("both officials", "his Thai counterpart", "the defense
 * minister"), and the head words of organisations' names. General wording only: no name of any
 * particular person, place or body.
 */
final class Wording {
  private Wording() {}

  private static final String ADJECTIVE = Countries.get().adjectives();

  /** Titles and honorifics that come before a person's name. */
  static final String TITLE = "(?:(?:Lt\\.|Lieutenant|Maj\\.|Major|Senior|Sr\\.|Vice|Rear|Deputy|former|Former)[ \\t\\u00A0]+)*"
      + "(?:Gen\\.|General|Admiral|Adm\\.|Colonel|Col\\.|Mr\\.|Mrs\\.|Ms\\.|Madam|Dr\\.|Shri|Senator|Sen\\."
      + "|Ambassador|President|Vice President|Prime Minister|Premier|Chairman|Chairwoman|Minister|Secretary"
      + "|Defen[cs]e Minister|Defen[cs]e Secretary|Foreign Minister|Secretary of Defen[cs]e|Secretary of State"
      + "|Minister of (?:National )?Defen[cs]e|Defen[cs]e Secretary|Chief of (?:the )?General Staff)"
      + "(?:[ \\t\\u00A0]+(?:for|of)[ \\t\\u00A0]+(?:the[ \\t\\u00A0]+)?\\p{Lu}\\p{Ll}+(?:[ \\t\\u00A0]+\\p{Lu}\\p{Ll}+)?)?";

  /** A word that belongs to a title, never the first of a name. */
  private static final String TITLE_WORD = "(?:Senior|Lieutenant|General|Major|Colonel|Admiral|Rear|Vice|Deputy|Minister"
      + "|Secretary|Senator|Ambassador|President|Premier|Chairman|Former|Defen[cs]e|Foreign|Chief|Shri|Madam)(?![\\p{L}])";

  /** A title, then a single capitalised word: "Gen. Tran", "Mr. Smith" (group 1 the word). */
  static final Pattern TITLE_AND_WORD = Pattern.compile("(?<![\\p{L}])(?:Gen\\.|General|Mr\\.|Mrs\\.|Ms\\.|Dr\\."
      + "|Shri|Minister|Secretary|Senator|Ambassador|President|Admiral|Adm\\.|Colonel|Col\\.)[ \\t\\u00A0]+"
      + "(\\p{Lu}[\\p{L}’'-]+)(?![\\p{L}])");

  /**
   * A run of titles, then a name of two to four capitalised words: "Defense Minister General Tran
   * Duc Minh" (the name "Tran Duc Minh"), "Secretary of Defense John Smith".
   */
  static final Pattern TITLED_NAME = Pattern.compile("(?<![\\p{L}])(?<title>(?:(?:" + TITLE + "|(?:his|her) (?:"
      + ADJECTIVE + " )?counterpart(?: from (?:the )?\\p{Lu}[\\p{L}.]*(?: of \\p{Lu}\\p{L}+)?)?)[ \\t\\u00A0]+)+)"
      + "(?!" + TITLE_WORD + ")(?<name>\\p{Lu}[\\p{Ll}-]+(?:[ ](?!" + TITLE_WORD + ")(?:\\p{Lu}[\\p{Ll}-]+)){1,3})"
      + "(?![\\p{L}])");

  /** Both sides at once: "both officials", "the two ministers", "They", "Thai and Malaysian defense ministers". */
  static final Pattern BOTH_SIDES = Pattern.compile("(?<![\\p{L}])(?:[Bb]oth (?:officials|sides|ministers|leaders"
      + "|defen[cs]e ministers|defen[cs]e chiefs|countries|parties)|[Tt]he two (?:sides|ministers|officials"
      + "|defen[cs]e ministers|defen[cs]e chiefs|leaders|countries|nations|parties|officers)|[Tt]he (?:ministers|officials"
      + "|leaders|officers)|[Bb]oth officers|They|" + ADJECTIVE + " and "
      + ADJECTIVE + " (?:defen[cs]e )?(?:ministers|officials|leaders|delegations))(?![\\p{L}])");

  /** A personal pronoun as a subject. */
  static final Pattern PRONOUN = Pattern.compile("(?<![\\p{L}])(?:He|She|he|she)(?![\\p{L}])");

  /** "his Thai counterpart", "his counterparts" (group 1 the adjective, if any). */
  static final Pattern COUNTERPART = Pattern.compile("(?<![\\p{L}])(?:his|her|their) (?:(" + ADJECTIVE
      + ") )?counterparts?(?![\\p{L}])");

  /**
   * A minister by title, with no name after it: "the Thai minister", "Malaysian minister", "the
   * Thai defense chief", "the defense minister" (group 1 the adjective, if any).
   */
  static final Pattern MINISTER_BY_TITLE = Pattern.compile("(?<![\\p{L}])(?:[Tt]he |[Tt]his )?(?:(" + ADJECTIVE
      + ") )?(?:[Dd]efen[cs]e )?(?:[Mm]inister|[Cc]hief|[Ss]ecretary|[Oo]fficial)(?![\\p{L}])(?![ \\t\\u00A0]+\\p{Lu})(?! of)");

  /**
   * A phrase that names an organisation by its head word: "the Thai Defense Department", "Malaysian
   * Foreign Ministry", "the embassy staff".
   */
  static final Pattern ORGANIZATION_PHRASE = Pattern.compile("(?<![\\p{L}])(?:(?:\\p{Lu}[\\p{L}.’'-]*|of|the)[ \\t\\u00A0]+)"
      + "{0,7}(?:Ministry|Department|Agency|Embassy|Group|Congress|Senate|Army|Navy|Command|Academy|Corporation"
      + "|embassy)(?:[ \\t\\u00A0]+(?:of|for|in)[ \\t\\u00A0]+(?:the[ \\t\\u00A0]+)?(?:\\p{Lu}[\\p{L}.’'-]*[ \\t\\u00A0]?){1,5})?"
      + "(?:[’']s)?(?:[ \\t\\u00A0]+(?:staff|officials|personnel))?(?![\\p{L}])");

  /** Words an organisation's name is compared without. */
  static final Set<String> FUNCTION_WORDS = Set.of("the", "of", "and", "for", "in", "staff", "national");

  /** The kind of organisation its name's head word says ("… Ministry" a ministry, "… Group" a company). */
  static OrganizationKind organizationKind(String name) {
    String n = name.toLowerCase(java.util.Locale.ROOT);
    if (n.matches(".*\\b(?:ministry|department)\\b.*")) {
      return OrganizationKind.MINISTRY;
    } else if (n.matches(".*\\bembassy\\b.*")) {
      return OrganizationKind.EMBASSY;
    } else if (n.matches(".*\\b(?:congress|senate)\\b.*")) {
      return OrganizationKind.LEGISLATURE;
    } else if (n.matches(".*\\b(?:army|navy|command)\\b.*")) {
      return OrganizationKind.ARMED_FORCES;
    } else if (n.matches(".*\\b(?:group|corporation)\\b.*")) {
      return OrganizationKind.COMPANY;
    }
    return OrganizationKind.AGENCY;
  }

  /** Whether an appointment's or a title's words make its holder a minister or secretary. */
  static boolean isMinisterial(String title) {
    return title.matches("(?i).*\\b(minister|secretary)\\b.*");
  }
}
