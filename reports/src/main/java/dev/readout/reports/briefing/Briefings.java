package dev.readout.reports.briefing;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.model.Engagement;
import dev.readout.reports.doc.Block;
import dev.readout.reports.doc.Document;
import java.util.ArrayList;
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
   * The counterparts a dataset's briefings cover: every country other than the home side's that took
   * part in an engagement with it or shares a commitment with it, as known on the options' day, in
   * the language's alphabetical order.
   *
   * @param dataset the dataset
   * @param options the home side, the day and the language
   * @return ISO codes
   */
  public static List<String> counterparts(Dataset dataset, BriefingOptions options) {
    return new BriefingContext(dataset, options).counterparts();
  }

  /**
   * The country brief on one counterpart, written for the home side, true on the options' day: a
   * cover, its bottom line, our objectives, their likely asks, talking points, commitments both ways,
   * background, key personalities, sources and the reasoning behind inferred dates.
   *
   * @param dataset the dataset
   * @param countryCode the counterpart's ISO code
   * @param options the day, language, home side and cover
   * @return the document
   * @throws IllegalArgumentException if the dataset has no such country, or it is the home side
   */
  public static Document countryBrief(Dataset dataset, String countryCode, BriefingOptions options) {
    if (dataset.country(countryCode).isEmpty()) {
      throw new IllegalArgumentException(BriefingMessages.unknownCountry(countryCode, dataset));
    }
    BriefingContext ctx = new BriefingContext(dataset, options);
    if (countryCode.equals(ctx.home)) {
      throw new IllegalArgumentException(BriefingMessages.homeBrief(countryCode));
    }
    CountryBrief brief = new CountryBrief(ctx, countryCode);
    List<Block> blocks = new ArrayList<>();
    blocks.add(Covers.of(ctx, ctx.labels.get("cover.brief", ctx.country(countryCode), ctx.country(ctx.home))));
    blocks.addAll(brief.blocks(1, true));
    blocks.addAll(ctx.citations.sources(2, "brief-sources", "brief.sources", List.of()));
    blocks.addAll(ctx.citations.reasoning(2, "brief-reasoning"));
    return Document.builder()
        .metadata(ctx.metadata(brief.title()).keyword(ctx.country(countryCode)).build())
        .addAll(blocks)
        .build();
  }

  /**
   * The readout of one engagement known on the options' day.
   *
   * @param dataset the dataset
   * @param engagementId the engagement's id
   * @param options the day, language, home side and cover
   * @return the document
   * @throws IllegalArgumentException if the dataset has no such engagement, or no source published by
   *     the day reports it
   */
  public static Document engagementReadout(Dataset dataset, String engagementId, BriefingOptions options) {
    if (dataset.engagement(engagementId).isEmpty()) {
      throw new IllegalArgumentException(BriefingMessages.unknownEngagement(engagementId, dataset));
    }
    BriefingContext ctx = new BriefingContext(dataset, options);
    Engagement engagement = ctx.dataset.engagement(engagementId)
        .orElseThrow(() -> new IllegalArgumentException(BriefingMessages.notYetKnown(engagementId, options.asOf())));
    EngagementReadout readout = new EngagementReadout(ctx, engagement);
    List<Block> blocks = new ArrayList<>();
    blocks.add(Covers.of(ctx, ctx.labels.get("cover.readout", ctx.title(engagement), ctx.country(ctx.home))));
    blocks.addAll(readout.blocks(1));
    blocks.addAll(ctx.citations.sources(2, "readout-sources", "readout.sources", List.of()));
    blocks.addAll(ctx.citations.reasoning(2, "readout-reasoning"));
    return Document.builder().metadata(ctx.metadata(readout.title()).build()).addAll(blocks).build();
  }

  /**
   * The commitment tracker as of the options' day.
   *
   * @param dataset the dataset
   * @param options the day, language, home side, cover, and the areas and statuses to keep
   * @return the document
   */
  public static Document commitmentTracker(Dataset dataset, BriefingOptions options) {
    BriefingContext ctx = new BriefingContext(dataset, options);
    CommitmentTracker tracker = new CommitmentTracker(ctx);
    List<Block> blocks = new ArrayList<>();
    blocks.add(Covers.of(ctx, ctx.labels.get("cover.tracker", ctx.country(ctx.home), ctx.labels.day(ctx.asOf))));
    blocks.addAll(tracker.blocks(1));
    blocks.addAll(ctx.citations.sources(2, "tracker-sources", "brief.sources", List.of()));
    blocks.addAll(ctx.citations.reasoning(2, "tracker-reasoning"));
    return Document.builder().metadata(ctx.metadata(tracker.title()).build()).addAll(blocks).build();
  }

  /**
   * The briefing book: cover, contents, the bottom line of every counterpart, an overview, a country
   * brief per counterpart, the readouts, the tracker, all sources and the reasoning appendix.
   *
   * @param dataset the dataset
   * @param options the day, language, home side and cover
   * @return the document
   */
  public static Document briefingBook(Dataset dataset, BriefingOptions options) {
    BriefingContext ctx = new BriefingContext(dataset, options);
    BriefingBook book = new BriefingBook(ctx);
    return Document.builder().metadata(ctx.metadata(book.title()).build()).addAll(book.blocks()).build();
  }
}
