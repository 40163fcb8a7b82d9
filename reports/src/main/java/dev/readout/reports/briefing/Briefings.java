package dev.readout.reports.briefing;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.model.Engagement;
import dev.readout.reports.doc.Document;
import java.util.List;

/**
 * Composes briefings from a dataset. Every method is a pure function of its arguments: the same
 * dataset and options give an equal {@link Document}, which any renderer turns into a file.
 *
 * <pre>{@code
 * BriefingOptions options = BriefingOptions.builder().asOf(LocalDate.of(2022, 12, 1)).language("vi").build();
 * Document brief = Briefings.countryBrief(Datasets.seed(), "US", options);
 * }</pre>
 */
public final class Briefings {
  private Briefings() {}

  /**
   * The counterparts a dataset's briefings cover: every country other than the perspective's that
   * shares an engagement or a commitment with it, in the language's alphabetical order.
   *
   * @param dataset the dataset
   * @param options the perspective and language
   * @return ISO codes
   */
  public static List<String> counterparts(Dataset dataset, BriefingOptions options) {
    return new BriefingContext(dataset, options).counterparts();
  }

  /**
   * The country brief on one counterpart.
   *
   * @param dataset the dataset
   * @param countryCode the counterpart's ISO code
   * @param options the day, language and marking
   * @return the document
   * @throws IllegalArgumentException if the dataset has no such country or the language no labels
   */
  public static Document countryBrief(Dataset dataset, String countryCode, BriefingOptions options) {
    BriefingContext ctx = new BriefingContext(dataset, options);
    if (dataset.country(countryCode).isEmpty()) {
      throw new IllegalArgumentException(BriefingMessages.unknownCountry(countryCode, dataset));
    }
    CountryBrief brief = new CountryBrief(ctx, countryCode);
    return Document.builder()
        .metadata(ctx.metadata(brief.title()).keyword(ctx.country(countryCode)).build())
        .addAll(brief.blocks(1, true))
        .build();
  }

  /**
   * The readout of one engagement.
   *
   * @param dataset the dataset
   * @param engagementId the engagement's id
   * @param options the day, language and marking
   * @return the document
   * @throws IllegalArgumentException if the dataset has no such engagement or the language no labels
   */
  public static Document engagementReadout(Dataset dataset, String engagementId, BriefingOptions options) {
    BriefingContext ctx = new BriefingContext(dataset, options);
    Engagement engagement = dataset.engagement(engagementId)
        .orElseThrow(() -> new IllegalArgumentException(BriefingMessages.unknownEngagement(engagementId, dataset)));
    EngagementReadout readout = new EngagementReadout(ctx, engagement);
    return Document.builder()
        .metadata(ctx.metadata(readout.title()).build())
        .addAll(readout.blocks(1, true))
        .build();
  }

  /**
   * The commitment tracker.
   *
   * @param dataset the dataset
   * @param options the day, language, marking, and the areas and statuses to keep
   * @return the document
   * @throws IllegalArgumentException if the language has no labels
   */
  public static Document commitmentTracker(Dataset dataset, BriefingOptions options) {
    BriefingContext ctx = new BriefingContext(dataset, options);
    CommitmentTracker tracker = new CommitmentTracker(ctx);
    List<dev.readout.reports.doc.Block> blocks = new java.util.ArrayList<>(tracker.blocks(1));
    blocks.addAll(SourcesSection.blocks(ctx, 2, "tracker-sources", "brief.sources", ctx.citedSources()));
    return Document.builder().metadata(ctx.metadata(tracker.title()).build()).addAll(blocks).build();
  }

  /**
   * The briefing book: cover, contents, overview, a country brief per counterpart, the readouts,
   * the tracker and all sources.
   *
   * @param dataset the dataset
   * @param options the day, language and marking
   * @return the document
   * @throws IllegalArgumentException if the language has no labels
   */
  public static Document briefingBook(Dataset dataset, BriefingOptions options) {
    BriefingContext ctx = new BriefingContext(dataset, options);
    BriefingBook book = new BriefingBook(ctx);
    return Document.builder().metadata(ctx.metadata(book.title()).build()).addAll(book.blocks()).build();
  }
}
