package dev.readout.core.draft;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.dataset.DatasetException;
import dev.readout.core.internal.Slugs;
import dev.readout.core.internal.Text;
import dev.readout.core.model.Country;
import dev.readout.core.model.Person;
import dev.readout.core.model.RecordKind;
import dev.readout.core.model.Source;
import dev.readout.core.model.SourceKind;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Proposes a dataset from a news article, for a person to review and complete (issue 22): the
 * source with the article's full text, so that every quote is the article's own words; the
 * engagements it reports, with their participants matched to the base's people by name and by
 * title; the commitments it states, each with its verbatim quote, a kind from its wording, makers
 * and addressees, the engagement of its paragraph, areas, and a due date where the text gives one;
 * and the dated events it mentions, as milestones. Relative dates are resolved against the
 * publication date ({@link DateExpressions}).
 *
 * <p>The wording the drafter recognises is in three tables — {@code EngagementRules}, {@code
 * CommitmentRules} (with the verbs that start a deed) and {@code Wording} (titles and referring
 * phrases) — and the areas' words in {@code AreaWords}. None names a particular person, place or
 * body. What a rule infers rather than reads (a maker from a pronoun, an engagement from the
 * paragraph, a date from the publication date) is said in the record's note, which starts {@value
 * Draft#REVIEW}; nothing is proposed that the text does not state.
 *
 * <p>Engagements and commitments are found in English only. An article in another language (such
 * as Vietnamese) gets its source, its sentences and its dates: the dated events it mentions are
 * proposed as milestones, titled with its own words.
 */
public final class Drafter {
  private Drafter() {}

  /**
   * Drafts a dataset from an article.
   *
   * @param text the article's full text; the source holds it in Unicode NFC, its line ends {@code \n}, without
   *     white space at its start and end
   * @param options its publication date, source details and base
   * @return the draft, validated with its base
   * @throws IllegalArgumentException if the source id is not a slug or is already a source of the
   *     base, or the text is blank
   */
  public static Draft draft(String text, DraftOptions options) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(options, "options");
    String article = Text.nfc(text.replace("\r\n", "\n").replace('\r', '\n')).strip();
    if (article.isEmpty()) {
      throw new IllegalArgumentException("the article has no text");
    }
    if (!Slugs.isSlug(options.sourceId())) {
      throw new IllegalArgumentException("source id must be a slug (a–z, 0–9 and single hyphens), but was '"
          + options.sourceId() + "'");
    }
    if (options.base().flatMap(b -> b.source(options.sourceId())).isPresent()) {
      throw new IllegalArgumentException("source id '" + options.sourceId() + "' is already a source of the base");
    }
    return new Drafting(article, options).draft();
  }

  /**
   * Returns the id a draft gives the source of an article by default, made from a name such as its
   * file's (without the extension): diacritics dropped, lower case, every other character a hyphen,
   * and {@code article-} in front unless it starts with a letter ({@code 2022-11-23 talks} gives
   * {@code article-2022-11-23-talks}, {@code Bài báo Đà Nẵng} gives {@code bai-bao-da-nang}).
   *
   * @param name a name
   * @return a slug of at most 100 characters
   */
  public static String sourceIdFor(String name) {
    String slug = Slugs.of(name);
    boolean letterFirst = slug.charAt(0) >= 'a' && slug.charAt(0) <= 'z';
    if (slug.equals("x") && !name.strip().equalsIgnoreCase("x")) {
      return "article";
    }
    return letterFirst ? slug : Slugs.of("article-" + slug);
  }

  /**
   * Tells whether a text can be a source's id: words of {@code a–z} and {@code 0–9} joined by single
   * hyphens, at most 100 characters.
   *
   * @param id the text
   * @return whether it is such a slug
   */
  public static boolean isSourceId(String id) {
    return Slugs.isSlug(id);
  }

  /** The words by which an article's opening reports its meetings. */
  private static final java.util.regex.Pattern MEETING =
      java.util.regex.Pattern.compile("(?i)\\b(?:meetings?|talks|met|meets)\\b");

  /** One draft in the making. */
  private static final class Drafting {
    private final String text;
    private final DraftOptions options;
    private final Optional<Dataset> base;
    private final Map<RecordKind, Set<String>> ids = new HashMap<>();

    Drafting(String text, DraftOptions options) {
      this.text = text;
      this.options = options;
      this.base = options.base();
      for (RecordKind kind : RecordKind.values()) {
        Set<String> taken = new LinkedHashSet<>();
        base.ifPresent(b -> b.recordsAsAdded(kind).forEach(r -> taken.add(r.id())));
        ids.put(kind, taken);
      }
    }

    Draft draft() {
      Locale locale = Locale.forLanguageTag(options.language());
      Article article = new Article(text, locale);
      List<DateExpression> dates = DateExpressions.find(text, options.published());
      boolean english = options.language().equals("en");
      String home = options.home().or(() -> base.flatMap(Dataset::home)).orElseGet(() -> likelyHome(article));
      Cast cast = Cast.of(text, english ? base : Optional.empty(), home, options.sourceId());
      Records records = new Records(options, cast, ids, text);
      List<ProposedEngagement> engagements = List.of();
      List<ProposedCommitment> commitments = List.of();
      Set<DateExpression> used = new LinkedHashSet<>();
      if (english) {
        Actor ours = ourPrincipal(cast, home);
        Subjects subjects = new Subjects(cast, article, ours);
        Engagements found = new Engagements(article, cast, subjects, dates);
        Commitments stated = new Commitments(article, cast, subjects, found, dates, options.published());
        engagements = found.all();
        commitments = stated.all();
        Optional<DateExpression> lede = ledeDate(article, dates);
        engagements.forEach(e -> {
          if (e.date.isEmpty() && e.kind != dev.readout.core.model.EngagementKind.VISIT && lede.isPresent()) {
            e.date = lede;
            e.datedByLede = true;
          }
          e.date.ifPresent(used::add);
        });
        used.addAll(stated.duesUsed());
      }
      List<Milestones.Found> milestones = Milestones.find(article, dates, used);
      boolean guessedHome = options.home().isEmpty() && base.flatMap(Dataset::home).isEmpty();
      Source source = source(article, guessedHome ? Optional.of(home) : Optional.empty());
      List<Person> people = english ? records.people() : List.of();
      List<dev.readout.core.model.Organization> organizations = english
          ? List.copyOf(cast.proposedOrganizations().values()) : List.of();
      var engagementRecords = records.engagements(engagements, text);
      var commitmentRecords = records.commitments(commitments, text);
      var milestoneRecords = records.milestones(milestones, text);
      Dataset.Builder builder = Dataset.builder();
      base.ifPresent(builder::addAll);
      if (base.isEmpty()) {
        builder.home(home);
      }
      Set<String> countries = records.countriesUsed(people, engagementRecords, commitmentRecords);
      organizations.forEach(o -> o.country().ifPresent(countries::add));
      countries.add(home);
      Set<String> known = new LinkedHashSet<>();
      base.ifPresent(b -> b.countries().forEach(c -> known.add(c.code())));
      countries.removeAll(known);
      builder.addSources(source).addCountries(countries.stream().sorted().map(Country::of).toList())
          .addOrganizations(organizations).addPeople(people).addEngagements(engagementRecords).addCommitments(commitmentRecords)
          .addMilestones(milestoneRecords);
      Dataset dataset;
      try {
        dataset = builder.build();
      } catch (DatasetException e) {
        throw new IllegalStateException("the drafter proposed a dataset that does not validate (a fault of the"
            + " drafter, please report it): " + e.getMessage(), e);
      }
      return new Draft(dataset, base, source, people, organizations, engagementRecords, commitmentRecords,
          milestoneRecords);
    }

    private Source source(Article article, Optional<String> guessedHome) {
      Source.Builder b = Source.builder().id(options.sourceId()).sourceKind(SourceKind.NEWS_ARTICLE)
          .language(options.language()).published(options.published()).text(text);
      options.publisher().ifPresent(b::publisher);
      options.url().ifPresent(b::url);
      List<String> doubts = new java.util.ArrayList<>();
      if (options.title().isPresent()) {
        b.title(options.title().get());
      } else {
        b.title(firstSentence(article));
        doubts.add("the title is the article's first sentence; give the article's own title");
      }
      guessedHome.ifPresent(h -> doubts.add("the article is taken as written from the side of " + Countries.name(h)
          + " (home: " + h + "), whose people it names without a country before their titles; correct 'home' if not"));
      if (!doubts.isEmpty()) {
        b.note(Draft.REVIEW + " " + String.join("; ", doubts) + ".");
      }
      return b.build();
    }

    private static String firstSentence(Article article) {
      String first = article.paragraphs().stream().filter(p -> !p.sentences().isEmpty())
          .map(p -> p.sentences().get(0).text()).findFirst().orElse(article.text()).strip().replaceAll("\\s+", " ");
      if (first.length() <= 120) {
        return first;
      }
      int cut = first.lastIndexOf(' ', 118);
      return first.substring(0, cut > 40 ? cut : 118) + "…";
    }

    /**
     * Without a base or a given home: the country the article names most among those that never
     * introduce a person's title ("Japanese Minister of Defense …" is a foreign guest; our own
     * minister is "Minister of National Defence"), else the country it names most.
     */
    private static String likelyHome(Article article) {
      String text = article.text();
      Set<String> foreign = new LinkedHashSet<>();
      java.util.regex.Matcher titled = Wording.TITLED_NAME.matcher(text);
      while (titled.find()) {
        List<Countries.Found> before = Countries.get().find(text, Math.max(0, titled.start() - 30), titled.start());
        if (!before.isEmpty() && titled.start() - before.get(before.size() - 1).end() <= 1) {
          foreign.add(before.get(before.size() - 1).code());
        }
      }
      Map<String, Integer> counts = new HashMap<>();
      for (Countries.Found c : Countries.get().find(text, 0, text.length())) {
        counts.merge(c.code(), 1, Integer::sum);
      }
      if (!foreign.containsAll(counts.keySet())) {
        counts.keySet().removeAll(foreign);
      }
      return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
          .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse("US");
    }

    /**
     * The date the article's opening paragraph gives its meetings ("… on June 10 had bilateral
     * meetings with …"): the first day or month its first sentence that reports a meeting names.
     */
    private static Optional<DateExpression> ledeDate(Article article, List<DateExpression> dates) {
      for (Article.Paragraph p : article.paragraphs()) {
        if (p.caption()) {
          continue;
        }
        for (Sentence s : p.sentences()) {
          if (MEETING.matcher(s.text()).find()) {
            return dates.stream().filter(d -> d.isResolved() && s.contains(d.start())
                && d.date().get() instanceof dev.readout.core.dates.PartialDate pd
                && pd.precision() != dev.readout.core.dates.Precision.YEAR).findFirst();
          }
        }
        return Optional.empty();
      }
      return Optional.empty();
    }

    /** Our side's principal: the person of the home country the article names most, else the country itself. */
    private static Actor ourPrincipal(Cast cast, String home) {
      return cast.personNameCounts().entrySet().stream()
          .filter(e -> e.getKey().country().filter(home::equals).isPresent())
          .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElseGet(() -> cast.country(home));
    }
  }

  /** Takes an id of a kind not yet taken: the one wanted, else it with {@code -2}, {@code -3}, … */
  static String unique(Map<RecordKind, Set<String>> ids, RecordKind kind, String wanted) {
    Set<String> taken = ids.get(kind);
    String id = wanted;
    for (int n = 2; taken.contains(id); n++) {
      id = wanted + "-" + n;
    }
    taken.add(id);
    return id;
  }
}
