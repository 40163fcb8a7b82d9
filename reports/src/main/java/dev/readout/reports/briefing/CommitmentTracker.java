package dev.readout.reports.briefing;

import static dev.readout.reports.briefing.BriefingContext.capitalised;

import dev.readout.core.model.Commitment;
import dev.readout.core.model.CommitmentStatus;
import dev.readout.reports.doc.Block;
import dev.readout.reports.doc.Heading;
import dev.readout.reports.doc.Paragraph;
import dev.readout.reports.doc.Strong;
import dev.readout.reports.doc.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The commitment tracker as of a day: every commitment made by then, each once, grouped by
 * counterpart, oldest first, with who owes what to whom, its due date or event, where it stands
 * (overdue, event passed with no outcome recorded, no news since …) and its history; counts by
 * status and by counterpart; the money the commitments carry, per currency and counterpart;
 * optionally only some areas and statuses.
 */
final class CommitmentTracker {
  static final String ANCHOR = "tracker";
  private final BriefingContext ctx;
  private final CommitmentTables tables;

  CommitmentTracker(BriefingContext ctx) {
    this.ctx = ctx;
    this.tables = new CommitmentTables(ctx);
  }

  String title() {
    return ctx.labels.get("tracker.title");
  }

  /** The commitments kept: made by the day, and in the options' areas and statuses when given; oldest first. */
  List<Commitment> commitments() {
    return ctx.dataset.commitmentsByDate().stream()
        .filter(c -> ctx.dataset.statusOn(c, ctx.asOf).isPresent())
        .filter(c -> ctx.options.areas().isEmpty() || c.areas().stream().anyMatch(ctx.options.areas()::contains))
        .filter(c -> ctx.options.statuses().isEmpty() || ctx.options.statuses().contains(ctx.dataset.statusOn(c, ctx.asOf).orElseThrow()))
        .toList();
  }

  /** The name of a group: the counterpart's, or for home's own commitments among its own, "Within our side (Vietnam)". */
  private String group(String code) {
    return code.equals(ctx.home) ? ctx.labels.get("tracker.ownSide", ctx.country(code)) : ctx.country(code);
  }

  /** The counterpart a commitment is tracked under: the first side other than home among its parties, else home. */
  String counterpartOf(Commitment c) {
    return Directions.sides(ctx, c).stream().filter(s -> !s.equals(ctx.home)).findFirst().orElse(ctx.home);
  }

  List<Block> blocks(int level) {
    int section = level + 1;
    List<Block> blocks = new ArrayList<>();
    blocks.add(Heading.of(level, ANCHOR, title()));
    blocks.add(Paragraph.of(ctx.labels.get("tracker.asOf", ctx.labels.day(ctx.asOf), ctx.country(ctx.home))));
    List<String> filters = new ArrayList<>();
    if (!ctx.options.areas().isEmpty()) {
      filters.add(ctx.labels.get("tracker.filterAreas", ctx.options.areas().stream().map(ctx.labels::area)
          .collect(Collectors.joining(ctx.labels.get("common.list.separator")))));
    }
    if (!ctx.options.statuses().isEmpty()) {
      filters.add(ctx.labels.get("tracker.filterStatuses", ctx.options.statuses().stream().map(ctx.labels::label)
          .collect(Collectors.joining(ctx.labels.get("common.list.separator")))));
    }
    if (!filters.isEmpty()) {
      blocks.add(Paragraph.of(ctx.labels.get("tracker.filters", String.join("; ", filters))));
    }
    List<Commitment> commitments = commitments();
    if (commitments.isEmpty()) {
      blocks.add(Paragraph.of(ctx.labels.get("tracker.none")));
      return blocks;
    }
    Map<String, List<Commitment>> byCounterpart = new LinkedHashMap<>();
    List<String> order = new ArrayList<>(ctx.counterparts());
    order.add(ctx.home);
    order.forEach(code -> byCounterpart.put(code, new ArrayList<>()));
    commitments.forEach(c -> byCounterpart.computeIfAbsent(counterpartOf(c), k -> new ArrayList<>()).add(c));
    byCounterpart.values().removeIf(List::isEmpty);

    blocks.addAll(byStatus(section, commitments));
    new Figures(ctx).ageing(commitments, c -> group(counterpartOf(c))).ifPresent(blocks::add);
    blocks.addAll(byCounterpart(section, byCounterpart));
    blocks.addAll(money(section, byCounterpart));
    byCounterpart.forEach((code, list) -> {
      blocks.add(Heading.of(section, ANCHOR + "-" + code.toLowerCase(Locale.ROOT), group(code)));
      blocks.add(tables.table(list, EnumSet.of(CommitmentTables.Column.MADE_AT, CommitmentTables.Column.PARTIES)));
    });
    return blocks;
  }

  private List<Block> byStatus(int level, List<Commitment> commitments) {
    Map<CommitmentStatus, Integer> byStatus = new EnumMap<>(CommitmentStatus.class);
    Map<Standing.Flag, Integer> byFlag = new EnumMap<>(Standing.Flag.class);
    for (Commitment c : commitments) {
      Standing s = Standing.of(ctx, c);
      byStatus.merge(s.status().orElseThrow(), 1, Integer::sum);
      if (s.flag() != Standing.Flag.NONE) {
        byFlag.merge(s.flag(), 1, Integer::sum);
      }
    }
    Table.Builder t = Table.builder().column(Table.Column.left(2.4)).column(Table.Column.right(1))
        .header(ctx.labels.get("column.status"), ctx.labels.get("column.count"));
    byStatus.forEach((status, n) -> t.row(capitalised(ctx.labels.label(status)), Integer.toString(n)));
    byFlag.forEach((flag, n) -> t.row(ctx.labels.get("tracker.ofWhich", ctx.labels.get("flag." + flag.name())), Integer.toString(n)));
    t.row(Table.Row.of(new Table.Cell(List.of(Strong.of(ctx.labels.get("column.total")))),
        new Table.Cell(List.of(Strong.of(Integer.toString(commitments.size()))))));
    return List.of(Heading.of(level, ANCHOR + "-by-status", ctx.labels.get("tracker.byStatus")), t.build());
  }

  private List<Block> byCounterpart(int level, Map<String, List<Commitment>> byCounterpart) {
    Table.Builder t = Table.builder().column(Table.Column.left(2)).column(Table.Column.right(1))
        .column(Table.Column.right(1)).column(Table.Column.right(1)).column(Table.Column.right(1.2))
        .column(Table.Column.right(1)).column(Table.Column.right(1))
        .header(ctx.labels.get("column.counterpart"), ctx.labels.get("column.open"), ctx.labels.get("column.closed"),
            ctx.labels.get("flag.OVERDUE"), ctx.labels.get("flag.EVENT_PASSED"), ctx.labels.get("flag.NO_NEWS"),
            ctx.labels.get("column.total"));
    byCounterpart.forEach((code, list) -> {
      long open = 0;
      Map<Standing.Flag, Integer> flags = new EnumMap<>(Standing.Flag.class);
      for (Commitment c : list) {
        Standing s = Standing.of(ctx, c);
        open += s.open() ? 1 : 0;
        flags.merge(s.flag(), 1, Integer::sum);
      }
      t.row(group(code), Long.toString(open), Long.toString(list.size() - open),
          Integer.toString(flags.getOrDefault(Standing.Flag.OVERDUE, 0)),
          Integer.toString(flags.getOrDefault(Standing.Flag.EVENT_PASSED, 0)),
          Integer.toString(flags.getOrDefault(Standing.Flag.NO_NEWS, 0)), Integer.toString(list.size()));
    });
    return List.of(Heading.of(level, ANCHOR + "-by-counterpart", ctx.labels.get("tracker.byCounterpart")), t.build());
  }

  /** The money the commitments carry, per currency and counterpart; nothing when none carries any. */
  private List<Block> money(int level, Map<String, List<Commitment>> byCounterpart) {
    Map<String, Map<String, BigDecimal>> totals = new LinkedHashMap<>();
    byCounterpart.forEach((code, list) -> {
      Map<String, BigDecimal> t = CommitmentTables.totals(list);
      if (!t.isEmpty()) {
        totals.put(code, t);
      }
    });
    if (totals.isEmpty()) {
      return List.of();
    }
    Table.Builder t = Table.builder().column(Table.Column.left(2)).column(Table.Column.right(2))
        .header(ctx.labels.get("column.counterpart"), ctx.labels.get("column.amount"));
    totals.forEach((code, byCurrency) -> byCurrency.forEach((currency, value) ->
        t.row(ctx.country(code), tables.money(currency, value))));
    return List.of(Heading.of(level, ANCHOR + "-money", ctx.labels.get("tracker.money")), t.build());
  }
}
