package dev.readout.reports.briefing;

import static dev.readout.reports.briefing.BriefingContext.capitalised;
import static dev.readout.reports.briefing.BriefingContext.cell;

import dev.readout.core.model.Amount;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.CooperationArea;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.Firmness;
import dev.readout.core.model.StatusChange;
import dev.readout.core.model.Translation;
import dev.readout.reports.doc.Inline;
import dev.readout.reports.doc.Strong;
import dev.readout.reports.doc.Table;
import dev.readout.reports.doc.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Commitments as briefings show them: grouped by {@link Direction}, each row with when and where it
 * was made, who made it to whom, what it is (in the briefing's language, with the quote behind it),
 * how firm, what money it carries, when it is due, where it stands on the day and, when it has moved
 * since it was made, its history — each status change with its date, the engagement where it
 * happened and the quote that reports it.
 */
final class CommitmentTables {
  private final BriefingContext ctx;

  CommitmentTables(BriefingContext ctx) {
    this.ctx = ctx;
  }

  /** The commitments by direction, in the order of {@link Direction}, each group in the given order. */
  Map<Direction, List<Commitment>> byDirection(List<Commitment> commitments) {
    Map<Direction, List<Commitment>> groups = new EnumMap<>(Direction.class);
    for (Commitment c : commitments) {
      groups.computeIfAbsent(Directions.of(ctx, c), d -> new ArrayList<>()).add(c);
    }
    return groups;
  }

  /** The columns a table may leave out, where its place in the briefing already says them. */
  enum Column {
    /** When and at which engagement it was made: left out of a readout, where all were made there. */
    MADE_AT,
    /** Who made it to whom: left out where a group by direction already says it. */
    PARTIES
  }

  /**
   * A table of commitments: what, due and where it stands, with the optional columns asked for.
   *
   * @param commitments the rows, in order
   * @param columns the optional columns to show
   */
  Table table(List<Commitment> commitments, Set<Column> columns) {
    Table.Builder t = Table.builder();
    List<String> header = new ArrayList<>();
    if (columns.contains(Column.MADE_AT)) {
      t.column(Table.Column.left(1.5));
      header.add(ctx.labels.get("column.madeAt"));
    }
    if (columns.contains(Column.PARTIES)) {
      t.column(Table.Column.left(1.6));
      header.add(ctx.labels.get("column.byTo"));
    }
    t.column(Table.Column.left(3.2)).column(Table.Column.left(1)).column(Table.Column.left(1.6));
    header.addAll(List.of(ctx.labels.get("column.what"), ctx.labels.get("column.due"), ctx.labels.get("column.standing")));
    t.header(header.toArray(String[]::new));
    for (Commitment c : commitments) {
      List<Table.Cell> row = new ArrayList<>();
      if (columns.contains(Column.MADE_AT)) {
        row.add(cell(madeAt(c)));
      }
      if (columns.contains(Column.PARTIES)) {
        row.add(cell(byTo(c)));
      }
      row.add(cell(what(c)));
      row.add(cell(due(c)));
      row.add(cell(standing(c)));
      t.row(new Table.Row(row));
    }
    return t.build();
  }

  /** "Phan Văn Giang meets Lloyd Austin, November 2022 (inferred)", or the date alone. */
  String madeAt(Commitment c) {
    String date = ctx.dataset.dateOf(c).map(ctx::date).orElse(ctx.labels.get("common.undated"));
    return c.engagement().flatMap(ctx.dataset::engagement).map(e -> ctx.title(e) + ", " + date).orElse(date);
  }

  /** "Maker → addressee", or "A, B (jointly)" for a joint commitment with no addressee. */
  String byTo(Commitment c) {
    if (c.addressees().isEmpty()) {
      return c.makers().size() > 1 ? ctx.labels.get("common.joint", ctx.parties(c.makers())) : ctx.parties(c.makers());
    }
    return ctx.labels.get("common.arrow", ctx.parties(c.makers()), ctx.parties(c.addressees()));
  }

  /** The kind and the text, how firm and on what condition, its money and areas, with the quotes behind it. */
  List<Inline> what(Commitment c) {
    StringBuilder text = new StringBuilder(capitalised(ctx.kind(c))).append(": ").append(ctx.text(c));
    if (c.firmness() != Firmness.FIRM) {
      String condition = ctx.text(c, Translation::condition, c.condition()).orElse("");
      text.append(' ').append(condition.isEmpty() ? ctx.labels.get("firmness." + c.firmness().name())
          : ctx.labels.get("firmness.conditionalOn", condition));
    }
    if (!c.amounts().isEmpty()) {
      text.append(' ').append(ctx.labels.get("commitment.amounts", amounts(c.amounts())));
    }
    List<Inline> inlines = new ArrayList<>(ctx.cited(text.toString(), c.evidence()));
    for (Amount a : c.amounts()) {
      inlines.addAll(ctx.citations.cite(a.evidence()));
    }
    return inlines;
  }

  /** The due date, or the event it is due at and its date. */
  String due(Commitment c) {
    return c.dueAt().flatMap(ctx.dataset::milestone)
        .map(m -> ctx.labels.get("commitment.dueAt", ctx.title(m), m.date().map(ctx::dateInParentheses).orElse(ctx.labels.get("common.dateNotSet"))))
        .orElseGet(() -> ctx.date(c.due()));
  }

  /** Where it stands, then its history when it moved after it was made. */
  List<Inline> standing(Commitment c) {
    Standing s = Standing.of(ctx, c);
    List<Inline> inlines = new ArrayList<>();
    String words = s.describe(ctx);
    inlines.add(s.flag().pressing() || s.flag() == Standing.Flag.EVENT_PASSED ? Strong.of(words) : Text.of(words));
    List<StatusChange> history = c.statusHistory().stream().filter(x -> !x.date().earliest().isAfter(ctx.asOf)).toList();
    if (history.size() > 1) {
      for (StatusChange change : history) {
        String at = change.engagement().flatMap(ctx.dataset::engagement).map(e -> " — " + ctx.title(e)).orElse("");
        inlines.add(Text.of("\n" + ctx.labels.get("commitment.change", ctx.date(change.date()), ctx.labels.label(change.status())) + at));
        inlines.addAll(ctx.citations.cite(change.evidence()));
      }
    }
    return inlines;
  }

  /** The amounts of commitments in words: "USD 65,000,000 more; USD 150,000,000 in all". */
  String amounts(List<Amount> amounts) {
    return amounts.stream().map(a -> ctx.labels.get("amount." + a.basis().name(), money(a.currency(), a.value())))
        .collect(Collectors.joining("; "));
  }

  String money(String currency, BigDecimal value) {
    return currency + " " + java.text.NumberFormat.getNumberInstance(ctx.labels.locale()).format(value);
  }

  /**
   * The money the commitments carry, per currency: for each commitment, its last total and the
   * additional amounts after it.
   */
  static Map<String, BigDecimal> totals(List<Commitment> commitments) {
    Map<String, BigDecimal> totals = new TreeMap<>();
    for (Commitment c : commitments) {
      Map<String, BigDecimal> own = new TreeMap<>();
      for (Amount a : c.amounts()) {
        own.put(a.currency(), switch (a.basis()) {
          case TOTAL -> a.value();
          case ADDITIONAL -> own.getOrDefault(a.currency(), BigDecimal.ZERO).add(a.value());
        });
      }
      own.forEach((currency, value) -> totals.merge(currency, value, BigDecimal::add));
    }
    return totals;
  }

  /** The areas of a commitment, in the language, e.g. "war legacy, training". */
  String areas(Commitment c) {
    return c.areas().stream().map(CooperationArea::id).map(id -> ctx.labels.area(CooperationArea.of(id)))
        .collect(Collectors.joining(ctx.labels.get("common.list.separator")));
  }

  /** The engagement a commitment was made at, if known. */
  Optional<Engagement> engagement(Commitment c) {
    return c.engagement().flatMap(ctx.dataset::engagement);
  }
}
