package dev.readout.core.draft;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.internal.Slugs;
import dev.readout.core.model.Appointment;
import dev.readout.core.model.Organization;
import dev.readout.core.model.OrganizationKind;
import dev.readout.core.model.Party;
import dev.readout.core.model.Person;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who an article can name: the base's people and organisations, the people the article introduces
 * with a title ("Indonesian Defense Minister Prabowo Subianto"), and every country; and where the
 * article names them ({@link #mentions}), by name, by title or by a referring phrase.
 *
 * <p>Names are compared with their diacritics folded ("Phan Văn Giang" is "Phan Van Giang"), and
 * "defence" as "defense". The referring phrases are in {@link Wording}.
 */
final class Cast {
  /** An acronym in brackets right after a name: "… Agency (KOICA)". */
  private static final Pattern ACRONYM_AFTER = Pattern.compile("\\G\\s*\\((\\p{Lu}[\\p{Lu}\\d&-]{1,9})\\)");

  private final String text;
  private final String folded;
  private final String home;
  private final String sourceId;
  private final List<Actor> people = new ArrayList<>();
  private final List<Actor> organizations = new ArrayList<>();
  private final Map<String, Actor> countries = new HashMap<>();
  private final Map<Actor, Person> proposed = new LinkedHashMap<>();
  private final Map<Actor, Organization> proposedOrganizations = new LinkedHashMap<>();
  private final Set<Actor> named = new LinkedHashSet<>();
  private final Map<String, Pattern> patterns = new HashMap<>();

  private Cast(String text, String home, String sourceId) {
    this.sourceId = sourceId;
    this.text = text;
    this.folded = fold(text);
    this.home = home;
  }

  /**
   * The cast of an article: the base's people and organisations, and the people the article names
   * with a title that the base does not have.
   */
  static Cast of(String text, Optional<Dataset> base, String home, String sourceId) {
    Cast cast = new Cast(text, home, sourceId);
    base.ifPresent(cast::addBase);
    cast.proposeNewPeople();
    cast.proposeNewOrganizations();
    for (Mention m : cast.mentions(0, text.length())) {
      if (m.reference() == Mention.Reference.NAME && m.actor().isPresent() && !m.actor().get().isCountry()) {
        cast.named.add(m.actor().get());
      }
    }
    return cast;
  }

  /** The article's home country: the side its briefings are written for. */
  String home() {
    return home;
  }

  /** The people the article introduces, as records to propose, with the actors that stand for them. */
  Map<Actor, Person> proposedPeople() {
    return proposed;
  }

  /** The country a party belongs to, where the cast knows it. */
  Optional<String> countryOfParty(Party party) {
    if (party.partyKind() == dev.readout.core.model.PartyKind.COUNTRY) {
      return Optional.of(party.id());
    }
    return java.util.stream.Stream.concat(people.stream(), organizations.stream())
        .filter(a -> a.party().equals(party)).findFirst().flatMap(Actor::country);
  }

  /** The organisations the article names that the base does not have, as records to propose. */
  Map<Actor, Organization> proposedOrganizations() {
    return proposedOrganizations;
  }

  /** The country as a party. */
  Actor country(String code) {
    return countries.computeIfAbsent(code, c -> new Actor(Party.country(c), Optional.of(c), Countries.name(c),
        List.of(), Optional.empty(), false, true));
  }

  /** How many times the article names each person by name (not by pronoun or title). */
  Map<Actor, Integer> personNameCounts() {
    Map<Actor, Integer> counts = new LinkedHashMap<>();
    for (Mention m : mentions(0, text.length())) {
      m.actor().filter(a -> a.isPerson() && m.reference() == Mention.Reference.NAME)
          .ifPresent(a -> counts.merge(a, 1, Integer::sum));
    }
    return counts;
  }

  /**
   * The person of a country who holds a minister's post, preferring one the article names: the
   * "Indian minister" or "his Korean counterpart".
   */
  Optional<Actor> minister(String country) {
    List<Actor> candidates = people.stream()
        .filter(p -> p.ministerial() && p.country().filter(country::equals).isPresent()).toList();
    List<Actor> inArticle = candidates.stream().filter(named::contains).toList();
    if (inArticle.size() == 1) {
      return Optional.of(inArticle.get(0));
    }
    return candidates.size() == 1 && inArticle.isEmpty() ? Optional.of(candidates.get(0)) : Optional.empty();
  }

  /**
   * The mentions of parties in a stretch of the article, in text order, none overlapping another
   * (a longer mention wins over one inside it).
   */
  List<Mention> mentions(int from, int to) {
    List<Mention> all = new ArrayList<>();
    for (Actor person : people) {
      findName(person, person.name(), from, to, all);
    }
    for (Actor person : people) {
      for (String word : person.shortNames()) {
        if (word.length() >= 4 && people.stream().filter(p -> p.shortNames().contains(word)).count() == 1) {
          find(person, wholeWord(word, "-", 0), folded, from, to, all);
        }
      }
    }
    Matcher titled = Wording.TITLE_AND_WORD.matcher(folded).region(from, to);
    while (titled.find()) {
      String word = titled.group(1);
      List<Actor> owners = people.stream().filter(p -> p.shortNames().contains(word)).toList();
      if (owners.size() == 1) {
        all.add(Mention.named(titled.start(), titled.end(), owners.get(0)));
      }
    }
    for (Actor org : organizations) {
      findName(org, org.name(), from, to, all);
      for (String acronym : org.shortNames()) {
        find(org, wholeWord(acronym, "", 0), text, from, to, all);
      }
    }
    findOrganizationPhrases(from, to, all);
    for (Countries.Found c : Countries.get().find(text, from, to)) {
      all.add(Mention.named(c.start(), c.end(), country(c.code())));
    }
    findReferences(from, to, all);
    all.sort(Comparator.comparingInt(Mention::start).thenComparing(Comparator.comparingInt(Mention::length).reversed()));
    List<Mention> kept = new ArrayList<>();
    int end = -1;
    for (Mention m : all) {
      if (m.start() >= end) {
        kept.add(m);
        end = m.end();
      }
    }
    return kept;
  }

  private void findName(Actor actor, String name, int from, int to, List<Mention> into) {
    String wanted = fold(name);
    if (!wanted.isBlank()) {
      find(actor, wholeWord(wanted, "", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), folded, from, to, into);
    }
  }

  /** Adds a mention of the actor for every match of the pattern in a stretch of the text (or its folded copy). */
  private static void find(Actor actor, Pattern pattern, String in, int from, int to, List<Mention> into) {
    Matcher m = pattern.matcher(in).region(from, to);
    while (m.find()) {
      into.add(Mention.named(m.start(), m.end(), actor));
    }
  }

  /**
   * The pattern of a name as whole words (no letter, digit or one of {@code alsoInWords} on either
   * side), compiled once per cast: {@link #mentions} is asked for every sentence and phrase.
   */
  private Pattern wholeWord(String words, String alsoInWords, int flags) {
    return patterns.computeIfAbsent(flags + "\u0000" + alsoInWords + "\u0000" + words, k -> Pattern.compile(
        "(?<![\\p{L}\\p{N}" + alsoInWords + "])" + Pattern.quote(words) + "(?![\\p{L}\\p{N}" + alsoInWords + "])",
        flags));
  }

  /**
   * Organisations named other than by their record's name: "the U.S. Defense Department" for the
   * U.S. Department of Defense, "Korean Foreign Ministry", "the embassy staff". The phrase's words
   * (countries aside) must all be in one organisation's name, and its countries must be that
   * organisation's.
   */
  private void findOrganizationPhrases(int from, int to, List<Mention> into) {
    Matcher m = Wording.ORGANIZATION_PHRASE.matcher(folded).region(from, to);
    while (m.find()) {
      String phrase = text.substring(m.start(), m.end());
      Set<String> countriesNamed = new LinkedHashSet<>();
      Countries.get().find(phrase, 0, phrase.length()).forEach(c -> countriesNamed.add(c.code()));
      Set<String> words = contentWords(phrase);
      List<Actor> matches = new ArrayList<>();
      for (Actor org : organizations) {
        Set<String> orgWords = contentWords(org.name());
        Set<String> orgCountries = new LinkedHashSet<>();
        org.country().ifPresent(orgCountries::add);
        Countries.get().find(org.name(), 0, org.name().length()).forEach(c -> orgCountries.add(c.code()));
        if (!words.isEmpty() && orgWords.containsAll(words) && orgCountries.containsAll(countriesNamed)) {
          matches.add(org);
        }
      }
      if (matches.size() == 1) {
        into.add(Mention.named(m.start(), m.end(), matches.get(0)));
      } else if (matches.size() > 1) {
        List<Actor> namedBefore = matches.stream().filter(named::contains).toList();
        if (namedBefore.size() == 1) {
          into.add(Mention.named(m.start(), m.end(), namedBefore.get(0)));
        }
      }
    }
  }

  private void findReferences(int from, int to, List<Mention> into) {
    Matcher both = Wording.BOTH_SIDES.matcher(text).region(from, to);
    while (both.find()) {
      into.add(Mention.of(both.start(), both.end(), Mention.Reference.BOTH_SIDES));
    }
    Matcher pronoun = Wording.PRONOUN.matcher(text).region(from, to);
    while (pronoun.find()) {
      into.add(Mention.of(pronoun.start(), pronoun.end(), Mention.Reference.PRONOUN));
    }
    Matcher counterpart = Wording.COUNTERPART.matcher(text).region(from, to);
    while (counterpart.find()) {
      Optional<String> country = countryOfAdjective(counterpart.group(1));
      Optional<Actor> minister = country.flatMap(this::minister);
      into.add(minister.map(a -> Mention.named(counterpart.start(), counterpart.end(), a))
          .orElseGet(() -> Mention.of(counterpart.start(), counterpart.end(), Mention.Reference.COUNTERPART)));
    }
    Matcher title = Wording.MINISTER_BY_TITLE.matcher(text).region(from, to);
    while (title.find()) {
      Optional<String> country = countryOfAdjective(title.group(1));
      if (country.isEmpty() || country.get().equals(home)) {
        into.add(Mention.of(title.start(), title.end(), Mention.Reference.OUR_PRINCIPAL));
      } else {
        country.flatMap(this::minister).ifPresent(a -> into.add(Mention.named(title.start(), title.end(), a)));
      }
    }
  }

  private static Optional<String> countryOfAdjective(String adjective) {
    if (adjective == null) {
      return Optional.empty();
    }
    return Countries.get().find(adjective, 0, adjective.length()).stream().findFirst().map(Countries.Found::code);
  }

  private void addBase(Dataset base) {
    for (Person p : base.people()) {
      boolean ministerial = p.appointments().stream().map(Appointment::title).anyMatch(Wording::isMinisterial);
      people.add(new Actor(Party.person(p.id()), Optional.of(p.country()), p.name(), nameWords(p.name()),
          Optional.empty(), ministerial, true));
    }
    for (Organization o : base.organizations()) {
      organizations.add(new Actor(Party.organization(o.id()), o.country(), o.name(),
          o.acronym().map(List::of).orElse(List.of()), Optional.of(o.organizationKind()), false, true));
    }
  }

  /**
   * Proposes a person for every name the article gives after a title ("Secretary of Defense Lloyd
   * Austin", "Lt. Gen. Nguyen Trong Binh") that is not a person of the base, with the country named
   * just before the title ("Indonesian Defense Minister …", "his counterpart from the Republic of
   * Korea …"), else the home country, marked for review.
   */
  private void proposeNewPeople() {
    Map<String, Countries.Found> countryOf = new LinkedHashMap<>();
    Map<String, int[]> quoteOf = new LinkedHashMap<>();
    Map<String, String> titleOf = new LinkedHashMap<>();
    Matcher m = Wording.TITLED_NAME.matcher(text);
    while (m.find()) {
      String name = m.group("name");
      String foldedName = fold(name);
      boolean known = people.stream().anyMatch(p -> fold(p.name()).equalsIgnoreCase(foldedName)
          || p.shortNames().contains(foldedName));
      if (known || !Countries.get().find(name, 0, name.length()).isEmpty()) {
        continue;
      }
      int sentenceStart = Math.max(Math.max(text.lastIndexOf('\n', m.start()) + 1, text.lastIndexOf(". ", m.start()) + 2),
          Math.max(0, m.start() - 40));
      List<Countries.Found> before = Countries.get().find(text, Math.min(sentenceStart, m.start()), m.start("name"));
      titleOf.putIfAbsent(name, m.group("title").trim());
      if (!before.isEmpty() && !countryOf.containsKey(name)) {
        Countries.Found c = before.get(before.size() - 1);
        countryOf.put(name, c);
        quoteOf.put(name, new int[] {c.start(), m.end()});
      } else if (!countryOf.containsKey(name) && text.startsWith(", ", m.end())) {
        // "Vice Admiral …, Vice Chief of Australia's Defence Force,": the country in the appositive
        int to = text.indexOf(',', m.end() + 2);
        int stop = Math.min(to < 0 ? text.length() : to, Math.min(text.length(), m.end() + 80));
        List<Countries.Found> after = Countries.get().find(text, m.end(), stop);
        if (!after.isEmpty()) {
          countryOf.put(name, after.get(0));
          quoteOf.put(name, new int[] {m.start(), stop});
        }
      }
      quoteOf.putIfAbsent(name, new int[] {m.start(), m.end()});
    }
    for (Map.Entry<String, int[]> e : quoteOf.entrySet()) {
      String name = e.getKey();
      Countries.Found found = countryOf.get(name);
      String country = found == null ? home : found.code();
      Actor actor = new Actor(Party.person(Slugs.of(name)), Optional.of(country), name, nameWords(name),
          Optional.empty(), Wording.isMinisterial(titleOf.get(name)), false);
      people.add(actor);
      String quote = text.substring(e.getValue()[0], e.getValue()[1]);
      proposed.put(actor, Person.builder().id(actor.party().id()).name(name).country(country)
          .addEvidence(dev.readout.core.model.Evidence.of(sourceId, quote))
          .note(Draft.REVIEW + " a person the base does not have, named in the article as '" + quote + "'; "
              + (found != null ? "the country is the one named beside the name." : "no country is named beside"
              + " the name, so the article's home country is assumed."))
          .build());
    }
  }

  /**
   * Proposes an organisation for every name the article gives one by its head word ("the Australian
   * Department of Defence", "Korean Hanwha Group", "… Agency (KOICA)") that no organisation of the
   * base answers to: its kind from the head word, its country from the country the name holds (else
   * none), its acronym from the brackets after it.
   */
  private void proposeNewOrganizations() {
    Matcher m = Wording.ORGANIZATION_PHRASE.matcher(folded);
    while (m.find()) {
      String phrase = text.substring(m.start(), m.end());
      String name = phrase.replaceFirst("^(?:(?:[Tt]he|of)\\s+)+", "").replaceFirst("(?:[’']s)?\\s+(?:staff|officials|personnel)$", "");
      long capitalised = java.util.Arrays.stream(name.split("\\s+")).filter(w -> Character.isUpperCase(w.charAt(0)))
          .count();
      List<Mention> known = new ArrayList<>();
      findOrganizationPhrases(m.start(), m.end(), known);
      boolean sameName = organizations.stream().anyMatch(o -> fold(o.name()).equalsIgnoreCase(fold(name)));
      if (capitalised < 2 || !known.isEmpty() || sameName) {
        continue;
      }
      List<Countries.Found> countries = Countries.get().find(name, 0, name.length());
      Optional<String> country = countries.isEmpty() ? Optional.empty() : Optional.of(countries.get(0).code());
      Matcher acronym = ACRONYM_AFTER.matcher(text).region(m.end(), text.length());
      Optional<String> shortName = acronym.find() ? Optional.of(acronym.group(1)) : Optional.empty();
      OrganizationKind kind = Wording.organizationKind(name);
      Actor actor = new Actor(Party.organization(Slugs.of(name)), country, name, shortName.map(List::of).orElse(List.of()),
          Optional.of(kind), false, false);
      organizations.add(actor);
      Organization.Builder b = Organization.builder().id(actor.party().id()).name(name).organizationKind(kind)
          .addEvidence(dev.readout.core.model.Evidence.of(sourceId, phrase))
          .note(Draft.REVIEW + " an organisation the base does not have, named in the article as '" + phrase + "'; its"
              + " kind is taken from '" + kind.name().toLowerCase(Locale.ROOT) + "' words" + (country.isPresent()
              ? ", its country from the name" : ", and the name gives no country") + ".");
      country.ifPresent(b::country);
      shortName.ifPresent(b::acronym);
      proposedOrganizations.put(actor, b.build());
    }
  }

  private static List<String> nameWords(String name) {
    List<String> words = new ArrayList<>();
    for (String w : fold(name).split("[\\s]+")) {
      if (w.length() >= 3 && Character.isUpperCase(w.charAt(0))) {
        words.add(w);
      }
    }
    return words;
  }

  private static Set<String> contentWords(String phrase) {
    StringBuilder withoutCountries = new StringBuilder(phrase);
    List<Countries.Found> found = Countries.get().find(phrase, 0, phrase.length());
    for (int i = found.size() - 1; i >= 0; i--) {
      withoutCountries.replace(found.get(i).start(), found.get(i).end(), " ");
    }
    Set<String> words = new LinkedHashSet<>();
    for (String w : fold(withoutCountries.toString()).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (w.length() > 2 && !Wording.FUNCTION_WORDS.contains(w)) {
        words.add(w.equals("defence") ? "defense" : w);
      }
    }
    return words;
  }

  /**
   * The text with each character's diacritics removed and "defence" written "defense", one
   * character for one, so that offsets into it are offsets into the text.
   */
  static String fold(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 128) {
        b.append(c);
        continue;
      }
      String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
      char base = d.charAt(0);
      b.append(base == 'đ' ? 'd' : base == 'Đ' ? 'D' : c == 'đ' ? 'd' : c == 'Đ' ? 'D' : base);
    }
    return b.toString().replace("defence", "defense").replace("Defence", "Defense");
  }
}
