package dev.readout.reports.briefing;

import static dev.readout.reports.briefing.BriefingContext.capitalised;
import static dev.readout.reports.briefing.BriefingContext.cell;

import dev.readout.core.dates.EdtfDate;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.Evidence;
import dev.readout.core.model.Instrument;
import dev.readout.core.model.InstrumentStatusChange;
import dev.readout.core.model.Milestone;
import dev.readout.core.model.Participant;
import dev.readout.core.model.ParticipantRole;
import dev.readout.core.model.Partnership;
import dev.readout.core.model.Person;
import dev.readout.core.model.Programme;
import dev.readout.core.model.Translation;
import dev.readout.reports.doc.Block;
import dev.readout.reports.doc.Figure;
import dev.readout.reports.doc.Heading;
import dev.readout.reports.doc.Inline;
import dev.readout.reports.doc.ListBlock;
import dev.readout.reports.doc.Paragraph;
import dev.readout.reports.doc.Table;
import dev.readout.reports.doc.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The country brief: a ministerial read-ahead on one counterpart as of a day, written for the home
 * side. It opens with its bottom line ({@link BottomLine}), then our objectives (our open requests),
 * their likely asks, the talking points (points to make, and lines to take if raised), the
 * commitments both ways by direction, the background (the relationship over time, framework
 * instruments, recent engagements, programmes), the key personalities with their titles as the
 * sources confirm them, and what others said as context.
 */
final class CountryBrief {
  private final BriefingContext ctx;
  private final String counterpart;
  private final String prefix;
  private final CommitmentTables tables;

  CountryBrief(BriefingContext ctx, String counterpart) {
    this.ctx = ctx;
    this.counterpart = counterpart;
    this.prefix = "brief-" + counterpart.toLowerCase(Locale.ROOT);
    this.tables = new CommitmentTables(ctx);
  }

  String title() {
    return ctx.labels.get("brief.title", ctx.country(counterpart));
  }

  /**
   * The brief's blocks: its title at {@code level}, its sections one level below.
   *
   * @param withBottomLine whether it opens with its bottom line (the book has them all at its front)
   */
  List<Block> blocks(int level, boolean withBottomLine) {
    int section = level + 1;
    List<Commitment> commitments = commitments();
    Map<Direction, List<Commitment>> groups = tables.byDirection(commitments);
    List<Milestone> coming = comingMilestones(commitments);
    List<TalkingPoints.Point> points = new TalkingPoints(ctx).of(commitments, coming);

    List<Block> blocks = new ArrayList<>();
    blocks.add(Heading.of(level, prefix, title()));
    if (withBottomLine) {
      blocks.addAll(new BottomLine(ctx, counterpart, prefix).blocks(section, principals(), relationshipLine(), groups, points, true));
    }
    blocks.addAll(asks(section, "objectives", "brief.objectives", groups.getOrDefault(Direction.OUR_REQUESTS, List.of())));
    blocks.addAll(asks(section, "their-asks", "brief.theirAsks", groups.getOrDefault(Direction.THEIR_REQUESTS, List.of())));
    blocks.addAll(talkingPoints(section, points));
    blocks.addAll(commitmentSections(section, groups));
    blocks.addAll(background(section, coming));
    blocks.addAll(people(section));
    return blocks;
  }

  /** The bottom line without its heading, for the summary at the front of the book. */
  List<Block> bottomLine(int level) {
    List<Commitment> commitments = commitments();
    List<TalkingPoints.Point> points = new TalkingPoints(ctx).of(commitments, comingMilestones(commitments));
    return new BottomLine(ctx, counterpart, prefix).blocks(level, principals(), relationshipLine(),
        tables.byDirection(commitments), points, false);
  }

  // ---- the commitments ----

  /** The commitments made by or to the counterpart by the day, each once, by date then id. */
  List<Commitment> commitments() {
    List<Commitment> out = new ArrayList<>();
    for (Commitment c : ctx.dataset.commitmentsByDate()) {
      if (ctx.dataset.statusOn(c, ctx.asOf).isPresent() && Directions.sides(ctx, c).contains(counterpart)) {
        out.add(c);
      }
    }
    return out;
  }

  private List<Block> asks(int level, String anchor, String headingKey, List<Commitment> commitments) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(Heading.of(level, prefix + "-" + anchor, ctx.labels.get(headingKey)));
    List<Commitment> open = commitments.stream().filter(c -> Standing.of(ctx, c).open()).toList();
    if (open.isEmpty()) {
      blocks.add(Paragraph.of(ctx.labels.get("common.none")));
      return blocks;
    }
    List<ListBlock.Item> items = new ArrayList<>();
    for (Commitment c : open) {
      List<Inline> line = new ArrayList<>(ctx.cited(ctx.text(c), c.evidence()));
      line.add(Text.of(" — " + Standing.of(ctx, c).describe(ctx)));
      items.add(ListBlock.Item.of(line.toArray(Inline[]::new)));
    }
    blocks.add(ListBlock.bulleted(items.toArray(ListBlock.Item[]::new)));
    return blocks;
  }

  private List<Block> talkingPoints(int level, List<TalkingPoints.Point> points) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(Heading.of(level, prefix + "-talking-points", ctx.labels.get("brief.talkingPoints")));
    TalkingPoints tp = new TalkingPoints(ctx);
    List<TalkingPoints.Point> toMake = points.stream().filter(p -> !p.ifRaised()).toList();
    List<TalkingPoints.Point> ifRaised = points.stream().filter(TalkingPoints.Point::ifRaised).toList();
    if (toMake.isEmpty()) {
      blocks.add(Paragraph.of(ctx.labels.get("talking.none")));
    } else {
      blocks.add(ListBlock.ordered(toMake.stream().map(p -> ListBlock.Item.of(tp.inlines(p).toArray(Inline[]::new)))
          .toArray(ListBlock.Item[]::new)));
    }
    if (!ifRaised.isEmpty()) {
      blocks.add(Paragraph.of(ctx.labels.get("talking.ifRaised")));
      blocks.add(ListBlock.bulleted(ifRaised.stream().map(p -> ListBlock.Item.of(tp.inlines(p).toArray(Inline[]::new)))
          .toArray(ListBlock.Item[]::new)));
    }
    return blocks;
  }

  private List<Block> commitmentSections(int level, Map<Direction, List<Commitment>> groups) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(Heading.of(level, prefix + "-commitments", ctx.labels.get("brief.commitments")));
    if (groups.isEmpty()) {
      blocks.add(Paragraph.of(ctx.labels.get("common.none")));
      return blocks;
    }
    new Figures(ctx).openItems(counterpart, groups).ifPresent(blocks::add);
    // How long the open items between us have been open: context is not ours to follow up.
    List<Commitment> ours = groups.entrySet().stream().filter(e -> e.getKey() != Direction.CONTEXT)
        .flatMap(e -> e.getValue().stream()).toList();
    new Figures(ctx).ageing(ours, c -> ctx.labels.get(Directions.of(ctx, c).shortName())).ifPresent(blocks::add);
    groups.forEach((direction, list) -> {
      blocks.add(Heading.of(level + 1, prefix + "-" + direction.name().toLowerCase(Locale.ROOT).replace('_', '-'),
          ctx.labels.get(direction.heading(), ctx.country(counterpart))));
      if (direction == Direction.CONTEXT) {
        blocks.add(Paragraph.of(ctx.labels.get("brief.contextNote")));
      }
      blocks.add(tables.table(list, direction == Direction.CONTEXT || direction == Direction.JOINT
          ? EnumSet.of(CommitmentTables.Column.MADE_AT, CommitmentTables.Column.PARTIES)
          : EnumSet.of(CommitmentTables.Column.MADE_AT)));
    });
    return blocks;
  }

  // ---- background ----

  private List<Block> background(int level, List<Milestone> coming) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(Heading.of(level, prefix + "-background", ctx.labels.get("brief.background")));
    blocks.addAll(relationship(level + 1, coming));
    blocks.addAll(instruments(level + 1));
    blocks.addAll(engagements(level + 1));
    blocks.addAll(programmes(level + 1));
    blocks.addAll(milestones(level + 1, coming));
    return blocks;
  }

  /** The relationship in one line: "Comprehensive strategic partnership, since September 2023 (inferred)". */
  private Optional<List<Inline>> relationshipLine() {
    Optional<Partnership> now = ctx.dataset.partnershipOn(ctx.home, counterpart, ctx.asOf);
    return now.map(this::level);
  }

  private List<Inline> level(Partnership p) {
    return level(p, Optional.empty());
  }

  /** "Comprehensive partnership, since July 2013, until September 2023", the name shown where it adds to the level. */
  private List<Inline> level(Partnership p, Optional<String> until) {
    String level = capitalised(ctx.labels.label(p.level()));
    Optional<String> name = ctx.text(p, Translation::name, p.name());
    Locale locale = ctx.labels.locale();
    String since = ctx.date(p.since());
    String text;
    if (name.isEmpty()) {
      text = ctx.labels.get("brief.level", level, since);
    } else if (name.get().toLowerCase(locale).startsWith(level.toLowerCase(locale))) {
      // A name that begins with the level says it in full ("comprehensive strategic partnership for peace, …").
      text = ctx.labels.get("brief.level", capitalised(name.get()), since);
    } else {
      text = ctx.labels.get("brief.levelNamed", level, name.get(), since);
    }
    String track = ctx.labels.get("track." + p.track().name());
    if (!track.isEmpty()) {
      text = ctx.labels.get("brief.levelTrack", text, track);
    }
    if (until.isPresent()) {
      text = text + ", " + until.get();
    }
    return ctx.cited(text, p.evidence());
  }

  private List<Block> relationship(int level, List<Milestone> coming) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(Heading.of(level, prefix + "-relationship", ctx.labels.get("brief.relationship")));
    Optional<Figure> timeline = new Figures(ctx).relationship(counterpart, coming);
    List<Partnership> all = ctx.dataset.partnershipsBetween(ctx.home, counterpart);
    if (all.isEmpty()) {
      blocks.add(Paragraph.of(ctx.labels.get("brief.noLevel", ctx.country(counterpart), ctx.labels.day(ctx.asOf))));
      timeline.ifPresent(blocks::add);
      return blocks;
    }
    List<ListBlock.Item> items = new ArrayList<>();
    for (Partnership p : all) {
      if (p.since().earliest().isAfter(ctx.asOf)) {
        continue;
      }
      Optional<String> until = p.until().filter(u -> !u.earliest().isAfter(ctx.asOf))
          .map(u -> ctx.labels.get("brief.levelUntil", ctx.date(u)));
      items.add(ListBlock.Item.of(level(p, until).toArray(Inline[]::new)));
    }
    blocks.add(ListBlock.bulleted(items.toArray(ListBlock.Item[]::new)));
    timeline.ifPresent(blocks::add);
    return blocks;
  }

  private List<Block> instruments(int level) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(Heading.of(level, prefix + "-instruments", ctx.labels.get("brief.instruments")));
    List<Instrument> instruments = ctx.dataset.instrumentsOf(counterpart).stream()
        .filter(i -> ctx.involves(i.parties(), ctx.home))
        .filter(i -> i.signed().map(s -> !s.earliest().isAfter(ctx.asOf)).orElse(true))
        .toList();
    if (instruments.isEmpty()) {
      blocks.add(Paragraph.of(ctx.labels.get("common.none")));
      return blocks;
    }
    Table.Builder t = Table.builder()
        .column(Table.Column.left(3)).column(Table.Column.left(1.6)).column(Table.Column.left(1.2))
        .column(Table.Column.left(1.2)).column(Table.Column.left(1.2))
        .header(ctx.labels.get("column.title"), ctx.labels.get("column.kind"), ctx.labels.get("column.signed"),
            ctx.labels.get("column.period"), ctx.labels.get("column.standing"));
    for (Instrument i : instruments) {
      t.row(Table.Row.of(cell(ctx.cited(ctx.title(i), i.evidence())), cell(capitalised(ctx.labels.label(i.instrumentKind()))),
          cell(i.signed().map(ctx::date).orElse(ctx.labels.get("common.notStated"))), cell(ctx.date(i.validity())),
          cell(instrumentStatus(i))));
    }
    blocks.add(t.build());
    return blocks;
  }

  private List<Inline> instrumentStatus(Instrument i) {
    Optional<InstrumentStatusChange> last = i.statusHistory().stream()
        .filter(s -> !s.date().earliest().isAfter(ctx.asOf)).reduce((a, b) -> b);
    if (last.isEmpty()) {
      return List.of();
    }
    return ctx.cited(ctx.labels.get("instrument.status", ctx.labels.label(last.get().status()), ctx.date(last.get().date())),
        last.get().evidence());
  }

  private List<Block> engagements(int level) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(Heading.of(level, prefix + "-engagements", ctx.labels.get("brief.engagements")));
    List<Engagement> engagements = new ArrayList<>(ctx.dataset.engagementsWith(counterpart).stream().filter(ctx::happened).toList());
    java.util.Collections.reverse(engagements);
    if (engagements.isEmpty()) {
      blocks.add(Paragraph.of(ctx.labels.get("common.none")));
      return blocks;
    }
    Table.Builder t = Table.builder()
        .column(Table.Column.left(1.3)).column(Table.Column.left(2.4)).column(Table.Column.left(1))
        .column(Table.Column.left(2)).column(Table.Column.left(1.6))
        .header(ctx.labels.get("column.date"), ctx.labels.get("column.title"), ctx.labels.get("column.format"),
            ctx.labels.get("column.principals"), ctx.labels.get("column.outcome"));
    for (Engagement e : engagements) {
      int made = ctx.dataset.commitmentsAt(e.id()).size();
      // The date is cited apart only when a quote of its own states it; else the title's notes stand for both.
      List<Evidence> dated = ctx.dataset.evidenceFor(e, "date");
      List<Evidence> ofDate = dated.equals(e.evidence()) ? List.of() : dated;
      t.row(Table.Row.of(cell(ctx.cited(ctx.date(e.date()), ofDate)), cell(ctx.cited(ctx.title(e), e.evidence())),
          cell(capitalised(ctx.labels.label(e.format()))), cell(principals(e)),
          cell(made == 0 ? ctx.labels.get("brief.noCommitments") : ctx.labels.get("brief.commitmentsMade", made))));
    }
    blocks.add(t.build());
    return blocks;
  }

  private String principals(Engagement e) {
    List<String> names = new ArrayList<>();
    for (Participant p : e.participants()) {
      if (p.role() == ParticipantRole.PRINCIPAL || p.role() == ParticipantRole.HOST) {
        p.person().flatMap(ctx.dataset::person).map(ctx::person).ifPresent(names::add);
      }
    }
    return String.join(ctx.labels.get("common.list.separator"), names);
  }

  private List<Block> programmes(int level) {
    List<Programme> programmes = ctx.dataset.programmes().stream()
        .filter(p -> ctx.involves(p.parties(), counterpart))
        .toList();
    if (programmes.isEmpty()) {
      return List.of();
    }
    List<Block> blocks = new ArrayList<>();
    blocks.add(Heading.of(level, prefix + "-programmes", ctx.labels.get("brief.programmes")));
    List<ListBlock.Item> items = new ArrayList<>();
    for (Programme p : programmes) {
      // A period of its own words ("from 1989 (end unknown)") after a comma, never in parentheses of ours.
      String line = p.period().map(d -> ctx.labels.get("brief.programmePeriod", ctx.title(p), ctx.date(d))).orElse(ctx.title(p));
      items.add(ListBlock.Item.of(ctx.cited(line, p.evidence()).toArray(Inline[]::new)));
    }
    blocks.add(ListBlock.bulleted(items.toArray(ListBlock.Item[]::new)));
    return blocks;
  }

  /** Milestones known by the day and after it, that concern the counterpart or its commitments. */
  private List<Milestone> comingMilestones(List<Commitment> commitments) {
    Set<String> ids = new LinkedHashSet<>();
    commitments.forEach(c -> {
      ids.addAll(c.milestones());
      c.dueAt().ifPresent(ids::add);
    });
    return ctx.dataset.milestones().stream()
        .filter(m -> ids.contains(m.id()) || ctx.involves(m.parties(), counterpart))
        .filter(m -> m.date().map(d -> d.earliest().isAfter(ctx.asOf)).orElse(true))
        .filter(m -> m.outcomes().stream().noneMatch(o -> o.date().map(d -> !d.earliest().isAfter(ctx.asOf)).orElse(false)))
        .sorted(Comparator.comparing((Milestone m) -> m.date().map(EdtfDate::earliest).orElse(LocalDate.MAX)).thenComparing(Milestone::id))
        .toList();
  }

  private List<Block> milestones(int level, List<Milestone> coming) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(Heading.of(level, prefix + "-milestones", ctx.labels.get("brief.milestones")));
    if (coming.isEmpty()) {
      blocks.add(Paragraph.of(ctx.labels.get("common.none")));
      return blocks;
    }
    Table.Builder t = Table.builder().column(Table.Column.left(1.3)).column(Table.Column.left(3)).column(Table.Column.left(1.2))
        .header(ctx.labels.get("column.date"), ctx.labels.get("column.milestone"), ctx.labels.get("column.kind"));
    for (Milestone m : coming) {
      t.row(Table.Row.of(cell(m.date().map(ctx::date).orElse(ctx.labels.get("common.dateNotSet"))),
          cell(ctx.cited(ctx.title(m), m.evidence())), cell(capitalised(ctx.labels.label(m.milestoneKind())))));
    }
    blocks.add(t.build());
    return blocks;
  }

  // ---- people ----

  /** The counterpart's principals in engagements with us by the day, most recent first, with their confirmed titles. */
  List<Person> principals() {
    Set<Person> people = new LinkedHashSet<>();
    List<Engagement> engagements = new ArrayList<>(ctx.dataset.engagementsWith(counterpart).stream()
        .filter(ctx::happened).filter(e -> e.sides().contains(ctx.home)).toList());
    java.util.Collections.reverse(engagements);
    for (Engagement e : engagements) {
      for (Participant p : e.participants()) {
        if (p.side().equals(counterpart) && (p.role() == ParticipantRole.PRINCIPAL || p.role() == ParticipantRole.HOST)
            && p.capacity() == dev.readout.core.model.ParticipantCapacity.OFFICIAL) {
          p.person().flatMap(ctx.dataset::person).ifPresent(people::add);
        }
      }
    }
    return List.copyOf(people);
  }

  /** Key personalities: the counterpart's people who took part by the day, then ours who met them; a bio line each. */
  private List<Block> people(int level) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(Heading.of(level, prefix + "-people", ctx.labels.get("brief.people")));
    Set<Person> people = new LinkedHashSet<>();
    List<Engagement> met = ctx.dataset.engagementsWith(counterpart).stream().filter(ctx::happened).toList();
    for (Engagement e : met) {
      e.participants().stream().filter(p -> p.side().equals(counterpart)).map(Participant::person).flatMap(Optional::stream)
          .map(ctx.dataset::person).flatMap(Optional::stream).forEach(people::add);
    }
    for (Engagement e : met) {
      e.participants().stream().filter(p -> !p.side().equals(counterpart)).map(Participant::person).flatMap(Optional::stream)
          .map(ctx.dataset::person).flatMap(Optional::stream).forEach(people::add);
    }
    if (people.isEmpty()) {
      blocks.add(Paragraph.of(ctx.labels.get("common.none")));
      return blocks;
    }
    List<ListBlock.Item> items = new ArrayList<>();
    for (Person p : people) {
      items.add(ListBlock.Item.of(bio(p, met).toArray(Inline[]::new)));
    }
    blocks.add(ListBlock.bulleted(items.toArray(ListBlock.Item[]::new)));
    return blocks;
  }

  /** "Lloyd Austin (United States) — Secretary of Defense, confirmed November 2022. Met: …." */
  private List<Inline> bio(Person p, List<Engagement> met) {
    StringBuilder line = new StringBuilder(ctx.person(p));
    p.nativeName().filter(n -> !n.equals(p.displayName())).ifPresent(n -> line.append(" (").append(n).append(')'));
    line.append(", ").append(ctx.country(p.country())).append(" — ")
        .append(Titles.on(ctx, p, ctx.asOf).orElse(ctx.labels.get("person.noPost")));
    List<String> meetings = new ArrayList<>();
    for (Engagement e : met) {
      if (e.participants().stream().anyMatch(x -> x.person().filter(p.id()::equals).isPresent())) {
        meetings.add(ctx.title(e) + ", " + ctx.date(e.date()));
      }
    }
    if (!meetings.isEmpty()) {
      String key = p.country().equals(ctx.home) ? "person.tookPart" : "person.met";
      line.append(". ").append(ctx.labels.get(key, String.join("; ", meetings)));
    }
    List<Inline> inlines = new ArrayList<>();
    inlines.add(Text.of(Citations.sentence(line.toString())));
    p.appointments().stream().filter(a -> a.covers(ctx.asOf) || a.end().isPresent()).findFirst()
        .ifPresent(a -> inlines.addAll(ctx.citations.cite(a.evidence())));
    return inlines;
  }
}
