package dev.readout.reports.briefing;

import static dev.readout.reports.briefing.BriefingContext.capitalised;
import static dev.readout.reports.briefing.BriefingContext.cell;

import dev.readout.core.model.Commitment;
import dev.readout.core.model.CommitmentStatus;
import dev.readout.core.model.CooperationArea;
import dev.readout.core.model.Engagement;
import dev.readout.reports.doc.Block;
import dev.readout.reports.doc.Heading;
import dev.readout.reports.doc.Paragraph;
import dev.readout.reports.doc.Strong;
import dev.readout.reports.doc.Table;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The commitment tracker as of a day: every commitment made by then, grouped by counterpart, with
 * status, due date and overdue flag; counts by status and by counterpart; optionally only some
 * areas and statuses.
 */
final class CommitmentTracker {
  static final String ANCHOR = "tracker";
  private final BriefingContext ctx;

  CommitmentTracker(BriefingContext ctx) {
    this.ctx = ctx;
  }

  String title() {
    return ctx.labels.get("tracker.title");
  }

  /** The commitments kept: made by the day, and in the options' areas and statuses when given. */
  List<Commitment> commitments() {
    return ctx.dataset.commitmentsByDate().stream()
        .filter(c -> ctx.status(c).isPresent())
        .filter(c -> ctx.options.areas().isEmpty() || c.areas().stream().anyMatch(ctx.options.areas()::contains))
        .filter(c -> ctx.options.statuses().isEmpty() || ctx.options.statuses().contains(ctx.status(c).orElseThrow()))
        .toList();
  }

  /** The counterpart a commitment is tracked under: the first country other than home among its parties, else home. */
  String counterpartOf(Commitment c) {
    for (var p : c.makers()) {
      var code = ctx.dataset.countryOf(p);
      if (code.isPresent() && !code.get().equals(ctx.home)) {
        return code.get();
      }
    }
    for (var p : c.addressees()) {
      var code = ctx.dataset.countryOf(p);
      if (code.isPresent() && !code.get().equals(ctx.home)) {
        return code.get();
      }
    }
    return ctx.home;
  }

  List<Block> blocks(int level) {
    int section = level + 1;
    List<Block> blocks = new ArrayList<>();
    blocks.add(Heading.of(level, ANCHOR, title()));
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

    blocks.add(Heading.of(section, ANCHOR + "-by-status", ctx.labels.get("tracker.byStatus")));
    Map<CommitmentStatus, Integer> byStatus = new EnumMap<>(CommitmentStatus.class);
    commitments.forEach(c -> byStatus.merge(ctx.status(c).orElseThrow(), 1, Integer::sum));
    Table.Builder statusTable = Table.builder().column(Table.Column.left(2)).column(Table.Column.right(1))
        .header(ctx.labels.get("column.status"), ctx.labels.get("column.count"));
    byStatus.forEach((status, n) -> statusTable.row(capitalised(ctx.labels.label(status)), Integer.toString(n)));
    statusTable.row(Table.Row.of(new Table.Cell(List.of(Strong.of(ctx.labels.get("column.total")))),
        new Table.Cell(List.of(Strong.of(Integer.toString(commitments.size()))))));
    blocks.add(statusTable.build());

    blocks.add(Heading.of(section, ANCHOR + "-by-counterpart", ctx.labels.get("tracker.byCounterpart")));
    Table.Builder counts = Table.builder().column(Table.Column.left(2)).column(Table.Column.right(1))
        .column(Table.Column.right(1)).column(Table.Column.right(1)).column(Table.Column.right(1))
        .header(ctx.labels.get("column.counterpart"), ctx.labels.get("column.open"), ctx.labels.get("column.closed"),
            ctx.labels.get("column.overdue"), ctx.labels.get("column.total"));
    byCounterpart.forEach((code, list) -> {
      long open = list.stream().filter(c -> ctx.status(c).map(CommitmentStatus::isOpen).orElse(false)).count();
      long overdue = list.stream().filter(ctx::overdue).count();
      counts.row(ctx.country(code), Long.toString(open), Long.toString(list.size() - open), Long.toString(overdue),
          Integer.toString(list.size()));
    });
    blocks.add(counts.build());

    byCounterpart.forEach((code, list) -> {
      blocks.add(Heading.of(section, ANCHOR + "-" + code.toLowerCase(java.util.Locale.ROOT), ctx.country(code)));
      blocks.add(table(list));
    });
    return blocks;
  }

  private Table table(List<Commitment> commitments) {
    Table.Builder t = Table.builder()
        .column(Table.Column.left(1.5)).column(Table.Column.left(1.6)).column(Table.Column.left(3))
        .column(Table.Column.left(1)).column(Table.Column.left(1)).column(Table.Column.center(1.25))
        .header(ctx.labels.get("column.madeAt"), ctx.labels.get("column.byTo"), ctx.labels.get("column.what"),
            ctx.labels.get("column.due"), ctx.labels.get("column.status"), ctx.labels.get("column.overdue"));
    for (Commitment c : commitments) {
      String made = ctx.dataset.dateOf(c).map(ctx::date).orElse(ctx.labels.get("common.undated"));
      String at = c.engagement().flatMap(ctx.dataset::engagement).map(Engagement::title).map(x -> x + ", " + made).orElse(made);
      String areas = c.areas().stream().map(CooperationArea::id).map(id -> ctx.labels.area(CooperationArea.of(id)))
          .collect(Collectors.joining(ctx.labels.get("common.list.separator")));
      String what = capitalised(ctx.kind(c)) + ": " + c.text() + (areas.isEmpty() ? "" : " [" + areas + "]");
      t.row(Table.Row.of(cell(at), cell(ctx.byTo(c)), cell(ctx.cited(what, c.evidence())), cell(ctx.date(c.due())),
          cell(ctx.status(c).map(ctx.labels::label).orElse("")),
          ctx.overdue(c) ? new Table.Cell(List.of(Strong.of(ctx.labels.get("common.overdue")))) : cell("")));
    }
    return t.build();
  }
}
