package dev.readout.core.draft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.dates.PartialDate;
import dev.readout.core.model.Evidence;
import dev.readout.core.seed.Datasets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever an article says, the drafter proposes a dataset that validates with its base, every
 * quote the article's own words, and the same file for the same article: articles made of the
 * pieces readouts are made of (subjects, the rules' phrases, lists of deeds, dates, names) mixed
 * with stray punctuation, other scripts and odd spacing.
 */
class DrafterProperties {
  private static final Dataset SEED = Datasets.seed();
  private static final List<String> PIECES = List.of(
      "General Phan Van Giang", "Gen. Giang", "He", "he", "They", "Both officials", "both sides", "the two ministers",
      "Vietnamese and Indian defense ministers", "his Korean counterpart", "the Indian minister", "the defense minister",
      "Japanese Minister of Defense Kihara Minoru", "Mr. Hugh Jeffrey", "Lt. Gen. Nguyen Trong Binh", "Vietnam",
      "the U.S.", "Indonesia", "the Republic of Korea", "the Royal Thai Armed Forces Command", "the embassy staff",
      "the U.S. Defense Department", "agreed to", "consented to", "asked", "requested", "suggested", "proposed that",
      "pledges to", "promised to", "will continue to", "supports", "invited", "hoped to", "expressed his hope that",
      "believed that", "thanked the U.S. Department of Defense for agreeing to", "Priority should also be given to",
      "the contents agreed by the two defense chiefs during", "do their best to", "enhance exchange of delegations",
      "bring into full play dialogues, joint working groups, and information sharing", "promote cooperation in",
      "defense industry, search and rescue, medicine", "and uphold cooperation in personnel training",
      "including speeding up the progress", "and then treating", "with a focus on promoting",
      "held talks with", "had phone talks with", "At the meeting with", "During their meeting,",
      "Also at the meeting,", "official visit to Vietnam", "ongoing official visit to the U.S. of",
      "at the invitation of", "in May this year", "next year", "this December", "last year", "on March 5",
      "the 2022-2024 period", "over the past 35 years", "in the coming time", "Expo 2022", "slated for",
      "30th anniversary of the Vietnam - U.S. diplomatic ties", "(KOICA)", ",", ", and", ".", ";", " - ", "’s",
      "\n\n", "\n", "  ", "Ngày 23/11", "tháng 12 tới", "国防部", "이종섭", "😀", "e\u0301", "«", "»", "(", ")");

  @Provide
  Arbitrary<String> articles() {
    return Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(60).map(pieces -> String.join(" ", pieces));
  }

  @Property
  void everyDraftValidatesQuotesTheArticleAndIsTheSameTwice(@ForAll("articles") String article) {
    if (article.isBlank()) {
      return;
    }
    DraftOptions options = DraftOptions.of(PartialDate.parse("2022-11?"), "article").withBase(SEED);
    Draft draft = Drafter.draft(article, options);
    String text = draft.source().text().orElseThrow();
    List<Evidence> evidence = new ArrayList<>();
    draft.people().forEach(p -> evidence.addAll(p.evidence()));
    draft.organizations().forEach(o -> evidence.addAll(o.evidence()));
    draft.engagements().forEach(e -> evidence.addAll(e.evidence()));
    draft.commitments().forEach(c -> evidence.addAll(c.evidence()));
    draft.milestones().forEach(m -> evidence.addAll(m.evidence()));
    assertThat(evidence).allSatisfy(e -> assertThat(text).contains(e.quote()));
    assertThat(Drafter.draft(article, options).toFile(dev.readout.core.io.Format.YAML, List.of("seed")))
        .isEqualTo(draft.toFile(dev.readout.core.io.Format.YAML, List.of("seed")));
  }

  @net.jqwik.api.Example
  void aPhraseWithNothingAfterItBeforeTheNextIsNoCommitment() {
    // Found by the property in CI: "asked Gen. Giang" runs straight into "He agreed to …".
    for (String article : List.of("asked Gen. Giang He agreed to Gen. Giang the U.S.", "They agreed to",
        "Gen. Giang thanked the U.S. Department of Defense for agreeing to")) {
      Drafter.draft(article, DraftOptions.of(PartialDate.parse("2024-03-06"), "article"));
      Drafter.draft(article, DraftOptions.of(PartialDate.parse("2024-03-06"), "article").withBase(SEED));
    }
  }

  @Property
  void withoutABaseEveryDraftValidatesToo(@ForAll("articles") String article) {
    if (article.isBlank()) {
      return;
    }
    Draft draft = Drafter.draft(article, DraftOptions.of(PartialDate.parse("2024-03-06"), "article"));
    assertThat(draft.dataset().sources()).hasSize(1);
  }
}
