package dev.readout.core.draft;

import dev.readout.core.dates.DateInterval;
import dev.readout.core.model.MilestoneKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proposes a milestone for each dated event the article mentions that is neither an engagement's
 * date nor a commitment's due date: one dated relative to the publication ("next year", "this
 * December", "last year") or stated outright, beside a word that names an event ({@link #EVENT_WORDS}:
 * "2025 marks the 30th anniversary", "the expo slated for this December"). Its title is the event's name where the wording gives it ("the … Expo 2022 slated
 * for …", "take on the … Chairmanship"), else the article's own clause; its kind from the words in
 * {@link #KINDS}. Periods ("over the past 35 years") are not events.
 */
final class Milestones {
  /** A milestone as found: its title, kind, date, and the stretch of the article it quotes. */
  record Found(String title, MilestoneKind kind, DateExpression date, int quoteStart, int quoteEnd, boolean named) {}

  private static final Map<MilestoneKind, Pattern> KINDS = Map.of(
      MilestoneKind.EXHIBITION, Pattern.compile("(?iu)\\b(?:expo|exhibition|exposition|fair|show|triển lãm)\\b"),
      MilestoneKind.CHAIRMANSHIP, Pattern.compile("(?iu)\\b(?:chairmanship|chair|chủ tịch)\\b"),
      MilestoneKind.ANNIVERSARY, Pattern.compile("(?iu)\\b(?:anniversary|kỷ niệm)\\b"),
      MilestoneKind.PUBLICATION, Pattern.compile("(?i)\\b(?:film|documentary|book|report|white paper)\\b"));
  private static final Pattern NAMED_EVENT = Pattern.compile("(?:the\\s+)((?:[\\p{Lu}\\d][\\p{L}\\d’'-]*\\s+)*"
      + "[\\p{Lu}\\d][\\p{L}\\d’'-]*)\\s+(?:slated|scheduled|set|due)\\s+for|(?:take on|assume|hold|holds|takes on)"
      + "\\s+the\\s+((?:\\p{Lu}[\\p{L}’'-]*\\s+)*\\p{Lu}[\\p{L}’'-]*)"
      + "|(\\d+(?:st|nd|rd|th) anniversary of (?:the )?(?:[^,.]|\\.(?=\\p{Lu}|\\s\\p{Ll}))+)");
  /** A capitalised word just before a year: the year is part of a name ("Expo 2022"), not a date. */
  private static final Pattern IN_A_NAME = Pattern.compile("\\p{Lu}[\\p{L}]*\\s+$");
  private static final Set<String> EVENT_WORDS = Set.of("anniversary", "expo", "exhibition", "chairmanship",
      "festival", "summit", "conference", "exercise", "dialogue", "forum", "ceremony", "election", "film",
      "documentary", "book", "report", "games", "congress",
      // Vietnamese: dialogue, conference, seminar, exhibition, anniversary, exercise, ceremony, chairmanship
      "đối thoại", "hội nghị", "hội thảo", "triển lãm", "kỷ niệm", "diễn tập", "lễ", "chủ tịch");

  private Milestones() {}

  static List<Found> find(Article article, List<DateExpression> dates, Set<DateExpression> used) {
    String text = article.text();
    List<Found> found = new ArrayList<>();
    List<DateExpression> relativeFirst = new ArrayList<>(dates);
    relativeFirst.sort(java.util.Comparator.comparing(Milestones::isStated));
    for (DateExpression d : relativeFirst) {
      if (!d.isResolved() || used.contains(d) || d.date().get() instanceof DateInterval
          || isStated(d) && IN_A_NAME.matcher(text.substring(Math.max(0, d.start() - 30), d.start())).find()) {
        continue;
      }
      Sentence sentence = article.sentenceAt(d.start()).orElse(null);
      if (sentence == null || article.paragraphAt(d.start()).caption()) {
        continue;
      }
      int[] clause = clause(text, sentence, d);
      String words = text.substring(clause[0], clause[1]);
      if (EVENT_WORDS.stream().noneMatch(w -> words.toLowerCase(Locale.ROOT).contains(w))) {
        continue; // a date with no event named beside it dates something else: a meeting, a deed
      }
      Matcher named = NAMED_EVENT.matcher(words);
      int quoteStart = clause[0];
      int quoteEnd = clause[1];
      Optional<String> name = Optional.empty();
      if (named.find()) {
        int g = named.group(1) != null ? 1 : named.group(2) != null ? 2 : 3;
        String n = named.group(g).strip();
        name = Optional.of(Character.toUpperCase(n.charAt(0)) + n.substring(1));
        quoteStart = Math.min(clause[0] + named.start(), d.start());
        quoteEnd = Math.max(clause[0] + named.end(), d.end());
      }
      String kindWords = name.orElse(words);
      MilestoneKind kind = KINDS.entrySet().stream().filter(e -> e.getValue().matcher(kindWords).find())
          .map(Map.Entry::getKey).sorted().findFirst().orElse(MilestoneKind.EVENT);
      Found f = new Found(name.orElse(words.strip()), kind, d, quoteStart, Deeds.trimEnd(text, quoteStart, quoteEnd),
          name.isPresent());
      if (found.stream().noneMatch(o -> o.title().equals(f.title()) || o.quoteStart() == f.quoteStart())) {
        found.add(f);
      }
    }
    return found;
  }

  /** Whether the expression states its date outright rather than counting from the publication. */
  private static boolean isStated(DateExpression d) {
    return DateRules.RULES.stream().filter(r -> r.name().equals(d.rule())).noneMatch(r -> r.basis().isRelative());
  }

  /** The comma-bounded stretch of the sentence that holds the date, without its "and" or stop. */
  private static int[] clause(String text, Sentence sentence, DateExpression d) {
    int start = text.lastIndexOf(", ", d.start());
    start = start < sentence.start() ? sentence.start() : start + 2;
    int end = text.indexOf(", ", d.end());
    end = end < 0 || end > sentence.end() ? sentence.end() : end;
    if (end - start < 40 && end < sentence.end()) {
      int further = text.indexOf(", ", end + 2);
      end = further < 0 || further > sentence.end() ? sentence.end() : further;
    }
    return new int[] {start, Deeds.trimEnd(text, start, end)};
  }
}
