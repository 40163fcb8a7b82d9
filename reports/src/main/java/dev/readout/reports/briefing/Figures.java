package dev.readout.reports.briefing;

import dev.readout.core.dates.EdtfDate;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.Instrument;
import dev.readout.core.model.Milestone;
import dev.readout.core.model.Partnership;
import dev.readout.reports.doc.AgeingChart;
import dev.readout.reports.doc.BarChart;
import dev.readout.reports.doc.Figure;
import dev.readout.reports.doc.TimelineChart;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * The pictures of a briefing, each with its caption and a text alternative that says in words what
 * it shows: a relationship's timeline, its open items at a glance, the ageing of open items, and the
 * book's counterparts over time. Each is true on the briefing's day: nothing after the day but what
 * is known to lie ahead, which is drawn in its own lane.
 */
final class Figures {
  /** The most items the ageing chart shows: the longest open; the tracker's tables list them all. */
  static final int AGEING_ITEMS = 25;
  /** A chart label's length before it is cut at a word with an ellipsis. */
  private static final int LABEL_LENGTH = 48;

  /** The lanes of a relationship's timeline, each its own series (shape). */
  private enum Lane {
    VISITS, MEETINGS, CALLS, INSTRUMENTS, PARTNERSHIP, AHEAD;

    String label(BriefingContext ctx) {
      return ctx.labels.get("chart.lane." + name());
    }

    static Lane of(Engagement e) {
      return switch (e.engagementKind()) {
        case VISIT -> VISITS;
        case CALL -> CALLS;
        default -> MEETINGS;
      };
    }
  }

  /** The open items' series: where each stands on the day. */
  private static final List<Standing.Flag> STANDINGS = List.of(Standing.Flag.NONE, Standing.Flag.DUE_SOON,
      Standing.Flag.OVERDUE, Standing.Flag.EVENT_PASSED, Standing.Flag.NO_NEWS);

  private final BriefingContext ctx;

  Figures(BriefingContext ctx) {
    this.ctx = ctx;
  }

  // ---- a relationship over time ----

  /** Engagements by kind, instruments signed, partnership changes and milestones ahead with one counterpart; empty if none. */
  Optional<Figure> relationship(String counterpart, List<Milestone> coming) {
    Map<Lane, List<LocalDate>> dates = new EnumMap<>(Lane.class);
    for (Engagement e : ctx.dataset.engagementsWith(counterpart)) {
      if (ctx.happened(e)) {
        dates.computeIfAbsent(Lane.of(e), k -> new ArrayList<>()).add(e.date().earliest());
      }
    }
    List<LocalDate> signed = signedWithUs(counterpart);
    if (!signed.isEmpty()) {
      dates.put(Lane.INSTRUMENTS, signed);
    }
    for (Partnership p : ctx.dataset.partnershipsBetween(ctx.home, counterpart)) {
      LocalDate since = p.since().earliest();
      if (!since.isAfter(ctx.asOf)) {
        dates.computeIfAbsent(Lane.PARTNERSHIP, k -> new ArrayList<>()).add(since);
      }
    }
    for (Milestone m : coming) {
      m.date().map(EdtfDate::earliest).filter(d -> d.isAfter(ctx.asOf))
          .ifPresent(d -> dates.computeIfAbsent(Lane.AHEAD, k -> new ArrayList<>()).add(d));
    }
    if (dates.isEmpty()) {
      return Optional.empty();
    }
    List<String> lanes = new ArrayList<>();
    List<TimelineChart.Event> events = new ArrayList<>();
    List<String> counts = new ArrayList<>();
    dates.forEach((lane, days) -> {
      int index = lanes.size();
      lanes.add(lane.label(ctx));
      days.forEach(d -> events.add(new TimelineChart.Event(index, lane.ordinal(), d)));
      counts.add(ctx.labels.get("chart.count", lane.label(ctx), Integer.toString(days.size())));
    });
    List<String> series = List.of(Lane.values()).stream().map(l -> l.label(ctx)).toList();
    String country = ctx.country(counterpart);
    String day = ctx.labels.day(ctx.asOf);
    TimelineChart chart = timeline(lanes, series, events);
    String description = ctx.labels.get("chart.relationship.description", country, ctx.labels.day(chart.from()),
        ctx.labels.day(chart.to()), String.join(ctx.labels.get("common.list.separator"), counts), day);
    return Optional.of(new Figure(chart, ctx.labels.get("chart.relationship.caption", country, day), description));
  }

  /** The book's view: each counterpart a lane, its engagements by kind and instruments signed; empty if none. */
  Optional<Figure> counterparts(List<String> counterparts) {
    List<String> lanes = new ArrayList<>();
    List<TimelineChart.Event> events = new ArrayList<>();
    List<String> counts = new ArrayList<>();
    for (String code : counterparts) {
      int lane = lanes.size();
      int before = events.size();
      for (Engagement e : ctx.dataset.engagementsWith(code)) {
        if (ctx.happened(e)) {
          events.add(new TimelineChart.Event(lane, Lane.of(e).ordinal(), e.date().earliest()));
        }
      }
      signedWithUs(code).forEach(d -> events.add(new TimelineChart.Event(lane, Lane.INSTRUMENTS.ordinal(), d)));
      lanes.add(ctx.country(code));
      counts.add(ctx.labels.get("chart.count", ctx.country(code), Integer.toString(events.size() - before)));
    }
    if (events.isEmpty()) {
      return Optional.empty();
    }
    List<String> series = List.of(Lane.values()).stream().map(l -> l.label(ctx)).toList();
    TimelineChart chart = timeline(lanes, series, events);
    String day = ctx.labels.day(ctx.asOf);
    String description = ctx.labels.get("chart.counterparts.description", ctx.labels.day(chart.from()),
        ctx.labels.day(chart.to()), String.join(ctx.labels.get("common.list.separator"), counts), day);
    return Optional.of(new Figure(chart, ctx.labels.get("chart.counterparts.caption", day), description));
  }

  /** The days the instruments between us and the counterpart were signed, by the briefing's day. */
  private List<LocalDate> signedWithUs(String counterpart) {
    List<LocalDate> days = new ArrayList<>();
    for (Instrument i : ctx.dataset.instrumentsOf(counterpart)) {
      if (ctx.involves(i.parties(), ctx.home)) {
        i.signed().map(EdtfDate::earliest).filter(d -> !d.isAfter(ctx.asOf)).ifPresent(days::add);
      }
    }
    return days;
  }

  /** A timeline from the first event to the day or the last event ahead, the day marked. */
  private TimelineChart timeline(List<String> lanes, List<String> series, List<TimelineChart.Event> events) {
    LocalDate from = events.stream().map(TimelineChart.Event::date).min(Comparator.naturalOrder()).orElse(ctx.asOf);
    LocalDate to = events.stream().map(TimelineChart.Event::date).max(Comparator.naturalOrder()).orElse(ctx.asOf);
    from = from.isAfter(ctx.asOf) ? ctx.asOf : from;
    to = to.isBefore(ctx.asOf) ? ctx.asOf : to;
    return new TimelineChart(lanes, series, events, from, to,
        Optional.of(new TimelineChart.Marker(ctx.asOf, ctx.labels.get("chart.asOf", ctx.labels.day(ctx.asOf)))));
  }

  // ---- open items ----

  /** Open commitments with one counterpart, by direction and where they stand; empty if none is open. */
  Optional<Figure> openItems(String counterpart, Map<Direction, List<Commitment>> groups) {
    List<String> categories = new ArrayList<>();
    List<List<Integer>> values = new ArrayList<>();
    List<String> said = new ArrayList<>();
    groups.forEach((direction, list) -> {
      if (direction == Direction.CONTEXT) {
        return;
      }
      Map<Standing.Flag, Integer> counts = new EnumMap<>(Standing.Flag.class);
      for (Commitment c : list) {
        Standing s = Standing.of(ctx, c);
        if (s.open()) {
          counts.merge(s.flag(), 1, Integer::sum);
        }
      }
      if (counts.isEmpty()) {
        return;
      }
      String name = ctx.labels.get(direction.shortName());
      categories.add(name);
      values.add(STANDINGS.stream().map(f -> counts.getOrDefault(f, 0)).toList());
      List<String> parts = new ArrayList<>();
      STANDINGS.forEach(f -> {
        if (counts.containsKey(f)) {
          parts.add(ctx.labels.get("chart.count", standing(f), Integer.toString(counts.get(f))));
        }
      });
      said.add(ctx.labels.get("chart.group", name, String.join(ctx.labels.get("common.list.separator"), parts)));
    });
    if (categories.isEmpty()) {
      return Optional.empty();
    }
    List<String> series = STANDINGS.stream().map(this::standing).toList();
    BarChart chart = new BarChart(categories, series, values, ctx.labels.get("chart.openItems.axis"));
    String country = ctx.country(counterpart);
    String day = ctx.labels.day(ctx.asOf);
    return Optional.of(new Figure(chart, ctx.labels.get("chart.openItems.caption", country, day),
        ctx.labels.get("chart.openItems.description", country, day, String.join("; ", said))));
  }

  private String standing(Standing.Flag flag) {
    return flag == Standing.Flag.NONE ? ctx.labels.get("chart.standing.open") : ctx.labels.get("flag." + flag.name());
  }

  // ---- ageing ----

  /** The open commitments' ages against their due dates, the longest open first; empty if none is open. */
  Optional<Figure> ageing(List<Commitment> commitments, Function<Commitment, String> group) {
    record Aged(Commitment c, Standing s, LocalDate made) {}
    List<Aged> open = new ArrayList<>();
    for (Commitment c : commitments) {
      Standing s = Standing.of(ctx, c);
      Optional<EdtfDate> made = ctx.dataset.dateOf(c);
      if (s.open() && made.isPresent() && !made.get().earliest().isAfter(ctx.asOf)) {
        open.add(new Aged(c, s, made.get().earliest()));
      }
    }
    if (open.isEmpty()) {
      return Optional.empty();
    }
    open.sort(Comparator.comparing(Aged::made).thenComparing(a -> a.c().id()));
    List<Aged> shown = open.subList(0, Math.min(AGEING_ITEMS, open.size()));
    List<AgeingChart.Item> items = new ArrayList<>();
    List<String> labels = labels(shown.stream().map(a -> group.apply(a.c())).toList(),
        shown.stream().map(a -> ctx.text(a.c())).toList(), (g, t) -> ctx.labels.get("chart.ageing.label", g, t));
    int late = 0;
    for (Aged a : shown) {
      int days = (int) ChronoUnit.DAYS.between(a.made(), ctx.asOf);
      OptionalInt due = dueDay(a.c()).map(d -> OptionalInt.of((int) Math.max(0, ChronoUnit.DAYS.between(a.made(), d))))
          .orElse(OptionalInt.empty());
      boolean isLate = a.s().flag() == Standing.Flag.OVERDUE || a.s().flag() == Standing.Flag.EVENT_PASSED
          || (a.s().flag() == Standing.Flag.NO_NEWS && due.isPresent() && due.getAsInt() < days);
      late += isLate ? 1 : 0;
      String note = a.s().flag() == Standing.Flag.NONE
          ? ctx.labels.get("chart.ageing.days", days)
          : ctx.labels.get("chart.ageing.daysFlag", days, ctx.labels.get("chart.flag." + a.s().flag().name()));
      items.add(new AgeingChart.Item(labels.get(items.size()), days, due, isLate, note));
    }
    AgeingChart chart = new AgeingChart(items, ctx.labels.get("chart.ageing.axis"), ctx.labels.get("chart.ageing.open"),
        ctx.labels.get("chart.ageing.due"));
    String day = ctx.labels.day(ctx.asOf);
    int oldest = (int) ChronoUnit.DAYS.between(shown.get(0).made(), ctx.asOf);
    String caption = open.size() > shown.size()
        ? ctx.labels.get("chart.ageing.captionSome", shown.size(), open.size(), day)
        : ctx.labels.get("chart.ageing.caption", day);
    String description = ctx.labels.get("chart.ageing.description", open.size(), day, oldest, late);
    return Optional.of(new Figure(chart, caption, description));
  }

  /** The last day a commitment may be due: its due date, or the date of the event it is due at. */
  private Optional<LocalDate> dueDay(Commitment c) {
    Optional<LocalDate> event = c.dueAt().flatMap(ctx.dataset::milestone).flatMap(Milestone::date).map(EdtfDate::latest);
    return event.or(() -> ctx.dataset.dueOf(c).map(EdtfDate::latest));
  }

  /**
   * The items' labels, each its group and its text, cut to {@value #LABEL_LENGTH} characters and
   * told apart where two would read the same once cut ("Joint agreements: Promote cooperation in…"
   * three times): each of those keeps its group and its text from the word before the one where it
   * parts from the others ("Joint agreements: …in medicine."), so that a reader can tell the bars
   * apart. Items whose texts are the same keep the same label.
   *
   * @param groups each item's group
   * @param texts each item's text
   * @param label a label of a group and a text
   */
  static List<String> labels(List<String> groups, List<String> texts, BinaryOperator<String> label) {
    List<String> labels = new ArrayList<>();
    Map<String, List<Integer>> alike = new HashMap<>();
    for (int i = 0; i < texts.size(); i++) {
      labels.add(cut(label.apply(groups.get(i), texts.get(i))));
      alike.computeIfAbsent(labels.get(i), k -> new ArrayList<>()).add(i);
    }
    List<String> lines = texts.stream().map(Figures::oneLine).toList();
    for (List<Integer> same : alike.values()) {
      if (same.size() < 2) {
        continue;
      }
      for (int i : same) {
        String text = lines.get(i);
        int shared = 0;
        for (int j : same) {
          shared = j == i ? shared : Math.max(shared, sharedPrefix(text, lines.get(j)));
        }
        int wordStart = text.lastIndexOf(' ', shared - 1) + 1;
        int from = wordStart < 2 ? 0 : text.lastIndexOf(' ', wordStart - 2) + 1;
        if (shared < text.length() && from > 0) {
          labels.set(i, cut(label.apply(groups.get(i), "\u2026" + text.substring(from))));
        }
      }
    }
    return labels;
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  private static int sharedPrefix(String a, String b) {
    int n = 0;
    while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
      n++;
    }
    return n;
  }

  /** The label cut at a word before {@value #LABEL_LENGTH} characters, with an ellipsis. */
  static String cut(String label) {
    String oneLine = oneLine(label);
    if (oneLine.codePointCount(0, oneLine.length()) <= LABEL_LENGTH) {
      return oneLine;
    }
    int end = oneLine.offsetByCodePoints(0, LABEL_LENGTH - 1);
    int space = oneLine.lastIndexOf(' ', end);
    return oneLine.substring(0, space > LABEL_LENGTH / 2 ? space : end).strip() + "\u2026";
  }
}
