package dev.readout.reports.briefing;

import dev.readout.core.dates.EdtfDate;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.Person;
import dev.readout.core.model.Source;
import dev.readout.core.model.StatusChange;
import dev.readout.reports.doc.Block;
import dev.readout.reports.doc.Heading;
import dev.readout.reports.doc.Inline;
import dev.readout.reports.doc.KeyValueBlock;
import dev.readout.reports.doc.ListBlock;
import dev.readout.reports.doc.Note;
import dev.readout.reports.doc.Paragraph;
import dev.readout.reports.doc.Text;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bottom line up front of a country brief: the page a principal reads in the car. Who he meets
 * (the counterpart's principals with their titles as confirmed), the state of the relationship in one
 * line, the last engagement and what has happened since, the open items both ways (how many, and the
 * most pressing), the top five points to make, and what the brief rests on — with a warning when
 * nothing is recorded for a long time before its day.
 */
final class BottomLine {
  /** Points shown on the first page. */
  static final int TOP_POINTS = 5;
  /** A briefing whose newest source is older than this warns that nothing more recent is recorded. */
  static final int STALE_DAYS = 180;

  private final BriefingContext ctx;
  private final String counterpart;
  private final String prefix;

  BottomLine(BriefingContext ctx, String counterpart, String prefix) {
    this.ctx = ctx;
    this.counterpart = counterpart;
    this.prefix = prefix;
  }

  /**
   * The bottom line's blocks.
   *
   * @param whole with its heading and what it rests on (a brief's first page); without them, under a
   *     heading of the caller's (the book's summary, whose cover says what it rests on)
   */
  List<Block> blocks(int level, List<Person> principals, Optional<List<Inline>> relationship,
                     Map<Direction, List<Commitment>> groups, List<TalkingPoints.Point> points, boolean whole) {
    List<Block> blocks = new ArrayList<>();
    if (whole) {
      blocks.add(Heading.of(level, prefix + "-bottom-line", ctx.labels.get("bottomLine.title")));
    }
    List<KeyValueBlock.Entry> entries = new ArrayList<>();
    List<String> who = principals.stream()
        .map(p -> Titles.on(ctx, p, ctx.asOf).map(t -> ctx.person(p) + ", " + t).orElse(ctx.person(p))).toList();
    entries.add(KeyValueBlock.Entry.of(ctx.labels.get("bottomLine.principals"),
        who.isEmpty() ? ctx.labels.get("common.noneKnown") : String.join("; ", who)));
    entries.add(new KeyValueBlock.Entry(ctx.labels.get("bottomLine.relationship"),
        relationship.orElseGet(() -> List.of(Text.of(ctx.labels.get("brief.noLevel", ctx.country(counterpart), ctx.labels.day(ctx.asOf)))))));
    entries.add(new KeyValueBlock.Entry(ctx.labels.get("bottomLine.last"), last(groups)));
    entries.add(KeyValueBlock.Entry.of(ctx.labels.get("bottomLine.open"), counts(groups)));
    blocks.add(new KeyValueBlock(entries));
    List<Block> pressing = pressing(groups);
    blocks.addAll(pressing);
    List<TalkingPoints.Point> top = points.stream().filter(p -> !p.ifRaised()).limit(TOP_POINTS).toList();
    blocks.add(Paragraph.of(ctx.labels.get("bottomLine.points")));
    if (top.isEmpty()) {
      blocks.add(Paragraph.of(ctx.labels.get("talking.none")));
    } else {
      TalkingPoints tp = new TalkingPoints(ctx);
      blocks.add(ListBlock.ordered(top.stream().map(p -> ListBlock.Item.of(tp.inlines(p).toArray(Inline[]::new)))
          .toArray(ListBlock.Item[]::new)));
    }
    if (whole) {
      blocks.addAll(restsOn(ctx));
    }
    return blocks;
  }

  /** The last engagement with the counterpart by the day, and what was recorded after it. */
  private List<Inline> last(Map<Direction, List<Commitment>> groups) {
    Optional<Engagement> last = ctx.dataset.engagementsWith(counterpart).stream()
        .filter(ctx::happened).filter(e -> e.sides().contains(ctx.home)).reduce((a, b) -> b);
    if (last.isEmpty()) {
      return List.of(Text.of(ctx.labels.get("common.noneRecorded")));
    }
    Engagement e = last.get();
    List<Inline> inlines = new ArrayList<>(ctx.cited(ctx.labels.get("bottomLine.lastLine", ctx.title(e), ctx.date(e.date())),
        ctx.dataset.evidenceFor(e, "date")));
    long changes = groups.values().stream().flatMap(List::stream).flatMap(c -> c.statusHistory().stream())
        .map(StatusChange::date).filter(d -> d.earliest().isAfter(e.date().latest()) && !d.earliest().isAfter(ctx.asOf)).count();
    inlines.add(Text.of(" " + (changes == 0 ? ctx.labels.get("bottomLine.nothingSince")
        : ctx.labels.get("bottomLine.changesSince", changes))));
    return inlines;
  }

  /** "Their undertakings: 1 · Our requests: 6 · …", open items only. */
  private String counts(Map<Direction, List<Commitment>> groups) {
    List<String> parts = new ArrayList<>();
    groups.forEach((direction, list) -> {
      if (direction == Direction.CONTEXT || direction == Direction.OUR_OWN) {
        return;
      }
      long open = list.stream().filter(c -> Standing.of(ctx, c).open()).count();
      if (open > 0) {
        parts.add(ctx.labels.get("bottomLine.count", ctx.labels.get(direction.shortName()), Long.toString(open)));
      }
    });
    return parts.isEmpty() ? ctx.labels.get("bottomLine.noOpen") : String.join(" · ", parts);
  }

  /** The open items that call for action now — overdue or due soon — most pressing first; nothing when none does. */
  private List<Block> pressing(Map<Direction, List<Commitment>> groups) {
    List<ListBlock.Item> items = new ArrayList<>();
    CommitmentTables tables = new CommitmentTables(ctx);
    groups.forEach((direction, list) -> {
      if (direction == Direction.CONTEXT || direction == Direction.OUR_OWN) {
        return;
      }
      for (Commitment c : list) {
        Standing s = Standing.of(ctx, c);
        if (s.open() && s.flag().pressing()) {
          List<Inline> line = new ArrayList<>();
          line.add(Text.of(ctx.labels.get(direction.shortName()) + ": "));
          line.addAll(ctx.cited(ctx.text(c), c.evidence()));
          line.add(Text.of(" — " + s.describe(ctx)));
          items.add(ListBlock.Item.of(line.toArray(Inline[]::new)));
        }
      }
    });
    if (items.isEmpty()) {
      return List.of();
    }
    return List.of(Paragraph.of(ctx.labels.get("bottomLine.pressing")), ListBlock.bulleted(items.toArray(ListBlock.Item[]::new)));
  }

  /** What a briefing rests on — "2 sources, the newest published September 2024" — with a warning when that is old. */
  static List<Block> restsOn(BriefingContext ctx) {
    List<Source> sources = ctx.dataset.sources();
    Optional<EdtfDate> newest = sources.stream().map(Source::published).flatMap(Optional::stream)
        .max(Comparator.comparing(EdtfDate::latest));
    String count = ctx.labels.get("restsOn.sources", sources.size());
    List<Block> blocks = new ArrayList<>();
    blocks.add(Paragraph.of(newest.map(n -> ctx.labels.get("restsOn.newest", count, ctx.date(n)))
        .orElseGet(() -> ctx.labels.get("restsOn.undated", count))));
    if (newest.isPresent() && ChronoUnit.DAYS.between(newest.get().latest(), ctx.asOf) > STALE_DAYS) {
      blocks.add(Note.of(Note.Kind.WARNING, ctx.labels.get("restsOn.staleTitle"),
          ctx.labels.get("restsOn.stale", ctx.date(newest.get()), ctx.labels.day(ctx.asOf))));
    }
    if (sources.isEmpty()) {
      blocks.add(Note.of(Note.Kind.WARNING, ctx.labels.get("restsOn.staleTitle"), ctx.labels.get("restsOn.none")));
    }
    return blocks;
  }
}
