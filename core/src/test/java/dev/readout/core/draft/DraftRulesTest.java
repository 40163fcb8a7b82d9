package dev.readout.core.draft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.model.Country;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.Organization;
import dev.readout.core.model.Person;
import dev.readout.core.seed.Datasets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The drafter's wording tables name no person, place, body or phrase of the seed's articles: what
 * it finds in them it must find by wording any readout uses. The tables' source files are read as
 * text and searched for every word of the seed's people's names, every organisation's acronym and
 * one-word name, every place, and the phrases that only those articles use.
 */
class DraftRulesTest {
  private static final Path TABLES = Path.of("src/main/java/dev/readout/core/draft");
  private static final List<String> TABLE_FILES = List.of("EngagementRules.java", "CommitmentRules.java",
      "Wording.java", "AreaWords.java", "Milestones.java", "Deeds.java");
  /**
   * Phrases of the seed's two articles that a rule must not lean on. The vocabulary of the field is
   * not among them: "missing in action" is a field of cooperation, a "chairmanship" or a
   * "documentary" a kind of milestone, in any readout.
   */
  private static final List<String> SEED_PHRASES = List.of("Bien Hoa", "Washington", "Siem Reap", "International Defense"
      + " Expo", "peace village", "Joint Vision", "Mid-Autumn", "War Victims Fund", "Memorandum of Understanding",
      "comprehensive strategic partnership", "bridge of friendship", "timely proposals", "Hanwha", "Viettel", "KOICA", "ASEAN", "Leahy", "Rieser", "congressmen",
      "Thu Trang", "Mai Huong");

  @Test
  void noTableNamesTheSeedsPeoplePlacesBodiesOrPhrases() throws IOException {
    Set<String> forbidden = new LinkedHashSet<>(SEED_PHRASES);
    Dataset seed = Datasets.seed();
    for (Person p : seed.people()) {
      for (String word : p.name().split("[\\s-]+")) {
        if (word.length() >= 3) {
          forbidden.add(word);
        }
      }
    }
    for (Organization o : seed.organizations()) {
      o.acronym().ifPresent(forbidden::add);
      if (!o.name().contains(" ")) {
        forbidden.add(o.name());
      }
    }
    for (Engagement e : seed.engagements()) {
      e.place().ifPresent(forbidden::add);
    }
    assertThat(forbidden).contains("Giang", "Austin", "Prabowo", "Jong", "Rajnath", "Leahy", "Bien Hoa");
    for (String file : TABLE_FILES) {
      String text = Files.readString(TABLES.resolve(file), StandardCharsets.UTF_8);
      for (String name : forbidden) {
        assertThat(Pattern.compile("(?<![\\p{L}])" + Pattern.quote(name) + "(?![\\p{L}])", Pattern.CASE_INSENSITIVE)
            .matcher(text).find()).as("%s names '%s'", file, name).isFalse();
      }
    }
  }

  @Test
  void theCountryTableHoldsCountriesOnly() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("src/main/resources/dev/readout/core/draft/countries.tsv"),
        StandardCharsets.UTF_8);
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t");
      assertThat(Country.isCode(cells[0])).as(line).isTrue();
      assertThat(cells.length).as(line).isBetween(2, 3);
      String english = new Locale("", cells[0]).getDisplayCountry(Locale.ENGLISH);
      assertThat(line).as("a row names its own country").containsAnyOf(english.split(" ")[0], cells[0]);
    }
  }
}
