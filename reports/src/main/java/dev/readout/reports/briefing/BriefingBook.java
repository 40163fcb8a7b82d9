package dev.readout.reports.briefing;

import static dev.readout.reports.briefing.BriefingContext.capitalised;

import dev.readout.core.model.Commitment;
import dev.readout.core.model.CooperationArea;
import dev.readout.core.model.Engagement;
import dev.readout.reports.doc.Block;
import dev.readout.reports.doc.Heading;
import dev.readout.reports.doc.PageBreak;
import dev.readout.reports.doc.Paragraph;
import dev.readout.reports.doc.Table;
import dev.readout.reports.doc.TableOfContents;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The briefing book: a cover that says what it is, contents, the bottom line of every counterpart,
 * an overview of counterparts × cooperation areas, a country brief per counterpart, the readouts of
 * our engagements held by the day, the tracker, every source under its key, and the reasoning behind
 * inferred dates.
 */
final class BriefingBook {
  private final BriefingContext ctx;

  BriefingBook(BriefingContext ctx) {
    this.ctx = ctx;
  }

  String title() {
    return ctx.labels.get("book.title");
  }

  List<Block> blocks() {
    List<Block> blocks = new ArrayList<>();
    blocks.add(Covers.of(ctx, ctx.labels.get("cover.book", ctx.country(ctx.home))));
    // Two levels: the book's parts and their briefs and readouts; their sections would fill pages.
    blocks.add(new TableOfContents(ctx.labels.get("book.contents"), 2));
    blocks.add(PageBreak.of());
    List<String> counterparts = ctx.counterparts();
    blocks.add(Heading.of(1, "summary", ctx.labels.get("book.summary")));
    if (counterparts.isEmpty()) {
      blocks.add(Paragraph.of(ctx.labels.get("common.none")));
    }
    for (String code : counterparts) {
      blocks.add(Heading.of(2, "summary-" + code.toLowerCase(Locale.ROOT), ctx.country(code)));
      blocks.addAll(new CountryBrief(ctx, code).bottomLine(3));
    }
    blocks.add(PageBreak.of());
    blocks.addAll(overview(counterparts));
    for (String code : counterparts) {
      blocks.add(PageBreak.of());
      blocks.addAll(new CountryBrief(ctx, code).blocks(1, false));
    }
    List<Engagement> held = ctx.dataset.engagementsByDate().stream().filter(ctx::happened)
        .filter(e -> e.sides().contains(ctx.home)).toList();
    if (!held.isEmpty()) {
      blocks.add(PageBreak.of());
      blocks.add(Heading.of(1, "readouts", ctx.labels.get("book.readouts")));
      for (Engagement e : held) {
        blocks.addAll(new EngagementReadout(ctx, e).blocks(2));
      }
    }
    blocks.add(PageBreak.of());
    blocks.addAll(new CommitmentTracker(ctx).blocks(1));
    blocks.add(PageBreak.of());
    blocks.addAll(ctx.citations.sources(1, "sources", "book.sources", ctx.dataset.sources().stream().map(s -> s.id()).toList()));
    blocks.addAll(ctx.citations.reasoning(1, "reasoning"));
    return blocks;
  }

  /** Counterparts × cooperation areas: how many commitments made by the day concern each pair. */
  private List<Block> overview(List<String> counterparts) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(Heading.of(1, "overview", ctx.labels.get("book.overview")));
    new Figures(ctx).counterparts(counterparts).ifPresent(blocks::add);
    blocks.add(Paragraph.of(ctx.labels.get("book.overviewText", ctx.labels.day(ctx.asOf))));
    List<Commitment> made = ctx.dataset.commitmentsByDate().stream().filter(c -> ctx.dataset.statusOn(c, ctx.asOf).isPresent())
        .filter(c -> Directions.of(ctx, c) != Direction.CONTEXT).toList();
    TreeSet<CooperationArea> areas = new TreeSet<>();
    made.forEach(c -> areas.addAll(c.areas()));
    if (counterparts.isEmpty() || areas.isEmpty()) {
      blocks.add(Paragraph.of(ctx.labels.get("common.none")));
      return blocks;
    }
    Table.Builder t = Table.builder().column(Table.Column.left(2.4));
    List<String> header = new ArrayList<>();
    header.add(ctx.labels.get("column.area"));
    for (String code : counterparts) {
      t.column(Table.Column.right(1));
      header.add(ctx.country(code));
    }
    t.column(Table.Column.right(0.8));
    header.add(ctx.labels.get("column.total"));
    t.header(header.toArray(String[]::new));
    List<CooperationArea> sorted = areas.stream()
        .sorted(java.util.Comparator.comparing(ctx.labels::area, ctx.labels.alphabetical())).toList();
    // One pass over the commitments: each counts once for each of its areas and each counterpart it involves.
    Map<CooperationArea, Map<String, Integer>> counts = new HashMap<>();
    for (Commitment c : made) {
      Set<String> involved = Directions.sides(ctx, c);
      for (CooperationArea area : new java.util.HashSet<>(c.areas())) {
        Map<String, Integer> byCountry = counts.computeIfAbsent(area, k -> new HashMap<>());
        involved.forEach(code -> byCountry.merge(code, 1, Integer::sum));
      }
    }
    for (CooperationArea area : sorted) {
      List<String> row = new ArrayList<>();
      row.add(capitalised(ctx.labels.area(area)));
      int total = 0;
      Map<String, Integer> byCountry = counts.getOrDefault(area, Map.of());
      for (String code : counterparts) {
        int n = byCountry.getOrDefault(code, 0);
        total += n;
        row.add(n == 0 ? "–" : Integer.toString(n));
      }
      row.add(Integer.toString(total));
      t.row(row.toArray(String[]::new));
    }
    blocks.add(t.build());
    return blocks;
  }
}
