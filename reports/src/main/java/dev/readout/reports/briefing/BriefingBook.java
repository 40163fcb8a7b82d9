package dev.readout.reports.briefing;

import static dev.readout.reports.briefing.BriefingContext.capitalised;

import dev.readout.core.model.Commitment;
import dev.readout.core.model.CooperationArea;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.Party;
import dev.readout.reports.doc.Block;
import dev.readout.reports.doc.Cover;
import dev.readout.reports.doc.Heading;
import dev.readout.reports.doc.PageBreak;
import dev.readout.reports.doc.Paragraph;
import dev.readout.reports.doc.Table;
import dev.readout.reports.doc.TableOfContents;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The briefing book: cover, contents, an overview of counterparts × cooperation areas, a country
 * brief per counterpart, the readouts of the engagements held by the day, the tracker and every
 * source cited.
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
    blocks.add(new Cover(List.of()));
    // Two levels: the book's parts and their briefs and readouts; their sections would fill pages.
    blocks.add(new TableOfContents(ctx.labels.get("book.contents"), 2));
    blocks.add(PageBreak.of());
    blocks.addAll(overview());
    for (String code : ctx.counterparts()) {
      blocks.add(PageBreak.of());
      blocks.addAll(new CountryBrief(ctx, code).blocks(1, false));
    }
    List<Engagement> held = ctx.dataset.engagementsByDate().stream().filter(ctx::happened).toList();
    if (!held.isEmpty()) {
      blocks.add(PageBreak.of());
      blocks.add(Heading.of(1, "readouts", ctx.labels.get("book.readouts")));
      for (Engagement e : held) {
        blocks.addAll(new EngagementReadout(ctx, e).blocks(2, false));
      }
    }
    blocks.add(PageBreak.of());
    blocks.addAll(new CommitmentTracker(ctx).blocks(1));
    blocks.add(PageBreak.of());
    blocks.addAll(SourcesSection.blocks(ctx, 1, "sources", "book.sources",
        ctx.dataset.sources().stream().map(s -> s.id()).toList()));
    return blocks;
  }

  /** Counterparts × cooperation areas: how many commitments made by the day concern each pair. */
  private List<Block> overview() {
    List<Block> blocks = new ArrayList<>();
    blocks.add(Heading.of(1, "overview", ctx.labels.get("book.overview")));
    blocks.add(Paragraph.of(ctx.labels.get("book.overviewText", ctx.labels.day(ctx.asOf))));
    List<String> counterparts = ctx.counterparts();
    List<Commitment> made = ctx.dataset.commitmentsByDate().stream().filter(c -> ctx.status(c).isPresent()).toList();
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
      Set<String> involved = new HashSet<>();
      for (Party p : c.makers()) {
        ctx.dataset.countryOf(p).ifPresent(involved::add);
      }
      for (Party p : c.addressees()) {
        ctx.dataset.countryOf(p).ifPresent(involved::add);
      }
      for (CooperationArea area : new HashSet<>(c.areas())) {
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
