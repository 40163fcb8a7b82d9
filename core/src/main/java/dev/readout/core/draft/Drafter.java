package dev.readout.core.draft;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.internal.Text;
import dev.readout.core.model.Source;
import dev.readout.core.model.SourceKind;
import java.util.List;
import java.util.Objects;

/**
 * Proposes a dataset from a news article (issue 22). Work in progress: only the source.
 */
public final class Drafter {
  private Drafter() {}

  /**
   * Drafts a dataset from an article.
   *
   * @param text the article's full text
   * @param options its publication date, source details and base
   * @return the draft, validated with its base
   * @throws IllegalArgumentException if the source id is not a slug or is already the base's
   */
  public static Draft draft(String text, DraftOptions options) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(options, "options");
    String article = Text.nfc(text);
    Source source = Source.builder().id(options.sourceId()).title(options.title().orElse("Article"))
        .sourceKind(SourceKind.NEWS_ARTICLE).language(options.language()).published(options.published())
        .text(article).build();
    Dataset.Builder builder = Dataset.builder();
    options.base().ifPresent(builder::addAll);
    Dataset dataset = builder.addSources(source).build();
    return new Draft(dataset, options.base(), source, List.of(), List.of(), List.of(), List.of(), List.of());
  }
}
