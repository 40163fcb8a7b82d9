package dev.readout.reports.briefing;

import static dev.readout.reports.briefing.BriefingContext.capitalised;
import static dev.readout.reports.briefing.BriefingContext.cell;

import dev.readout.core.dates.EdtfDate;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.CommitmentKind;
import dev.readout.core.model.CommitmentStatus;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.Instrument;
import dev.readout.core.model.Milestone;
import dev.readout.core.model.Participant;
import dev.readout.core.model.ParticipantRole;
import dev.readout.core.model.Partnership;
import dev.readout.core.model.Person;
import dev.readout.reports.doc.Block;
import dev.readout.reports.doc.Heading;
import dev.readout.reports.doc.Inline;
import dev.readout.reports.doc.ListBlock;
import dev.readout.reports.doc.Paragraph;
import dev.readout.reports.doc.Strong;
import dev.readout.reports.doc.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The country brief: a ministerial read-ahead on one counterpart as of a day — purpose, relationship,
 * framework instruments, recent engagements, commitments both ways (open first), upcoming
 * milestones, key people with their titles that day, talking points derived from the data, sources.
 */
final class CountryBrief {
  private final BriefingContext ctx;
  private final String counterpart;
  private final String prefix;

  CountryBrief(BriefingContext ctx, String counterpart) {
    this.ctx = ctx;
    this.counterpart = counterpart;
    this.prefix = "brief-" + counterpart.toLowerCase(Locale.ROOT);
  }

  String title() {
    return ctx.labels.get("brief.title", ctx.country(counterpart));
  }

  /** The brief's blocks: its title at {@code level}, its sections one level below. */
  List<Block> blocks(int level, boolean withSources) {
    int section = level + 1;
    List<Block> blocks = new ArrayList<>();
    blocks.add(Heading.of(level, prefix, title()));
    blocks.add(Paragraph.of(ctx.labels.get("brief.purpose", ctx.country(counterpart), ctx.labels.day(ctx.asOf))));
    blocks.addAll(relationship(section));
    blocks.addAll(instruments(section));
    blocks.addAll(engagements(section));
    List<Commitment> commitments = commitments();
    blocks.add(Heading.of(section, prefix + "-open", ctx.labels.get("brief.openCommitments")));
    blocks.add(commitmentTable(commitments.stream().filter(c -> ctx.status(c).map(CommitmentStatus::isOpen).orElse(false)).toList()));
    blocks.add(Heading.of(section, prefix + "-closed", ctx.labels.get("brief.closedCommitments")));
    blocks.add(commitmentTable(commitments.stream().filter(c -> !ctx.status(c).map(CommitmentStatus::isOpen).orElse(false)).toList()));
    List<Milestone> milestones = upcomingMilestones(commitments);
    blocks.addAll(milestoneSection(section, milestones));
    blocks.addAll(people(section));
    blocks.addAll(talkingPoints(section, commitments, milestones));
    if (withSources) {
      blocks.addAll(SourcesSection.blocks(ctx, section, prefix + "-sources", "brief.sources", ctx.citedSources()));
    }
    return blocks;
  }

  private List<Block> relationship(int level) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(Heading.of(level, prefix + "-relationship", ctx.labels.get("brief.relationship")));
    Optional<Partnership> now = ctx.dataset.partnershipOn(ctx.home, counterpart, ctx.asOf);
    if (now.isEmpty()) {
      blocks.add(Paragraph.of(ctx.labels.get("brief.noLevel", ctx.country(counterpart), ctx.labels.day(ctx.asOf))));
      return blocks;
    }
    Partnership p = now.get();
    String level1 = capitalised(ctx.labels.label(p.level()));
    String text = p.name().map(n -> ctx.labels.get("brief.levelNamed", level1, n, ctx.date(p.since())))
        .orElseGet(() -> ctx.labels.get("brief.level", level1, ctx.date(p.since())));
    blocks.add(new Paragraph(ctx.cited(text, p.evidence())));
    for (Partnership earlier : ctx.dataset.partnershipsBetween(ctx.home, counterpart)) {
      if (!earlier.equals(p) && earlier.since().compareTo(p.since()) < 0) {
        String period = earlier.until().map(u -> ctx.labels.get("date.range", ctx.date(earlier.since()), ctx.date(u)))
            .orElse(ctx.date(earlier.since()));
        blocks.add(Paragraph.of(ctx.labels.get("brief.previousLevel", ctx.labels.label(earlier.level()), period)));
      }
    }
    return blocks;
  }

  private List<Block> instruments(int level) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(Heading.of(level, prefix + "-instruments", ctx.labels.get("brief.instruments")));
    List<Instrument> instruments = ctx.dataset.instrumentsOf(counterpart).stream()
        .filter(i -> i.parties().stream().anyMatch(p -> ctx.dataset.countryOf(p).filter(ctx.home::equals).isPresent()))
        .filter(i -> i.signed().map(s -> !s.earliest().isAfter(ctx.asOf)).orElse(true))
        .toList();
    if (instruments.isEmpty()) {
      blocks.add(Paragraph.of(ctx.labels.get("common.none")));
      return blocks;
    }
    Table.Builder t = Table.builder()
        .column(Table.Column.left(3)).column(Table.Column.left(1.6)).column(Table.Column.left(1.2)).column(Table.Column.left(1.2))
        .header(ctx.labels.get("column.title"), ctx.labels.get("column.kind"), ctx.labels.get("column.signed"),
            ctx.labels.get("column.period"));
    for (Instrument i : instruments) {
      t.row(Table.Row.of(cell(ctx.cited(i.title(), i.evidence())), cell(capitalised(ctx.labels.label(i.instrumentKind()))),
          cell(i.signed().map(ctx::date).orElse(ctx.labels.get("common.notStated"))), cell(ctx.date(i.validity()))));
    }
    blocks.add(t.build());
    return blocks;
  }

  private List<Block> engagements(int level) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(Heading.of(level, prefix + "-engagements", ctx.labels.get("brief.engagements")));
    List<Engagement> engagements = new ArrayList<>(ctx.dataset.engagementsWith(counterpart).stream()
        .filter(ctx::happened).toList());
    java.util.Collections.reverse(engagements);
    if (engagements.isEmpty()) {
      blocks.add(Paragraph.of(ctx.labels.get("common.none")));
      return blocks;
    }
    Table.Builder t = Table.builder()
        .column(Table.Column.left(1.3)).column(Table.Column.left(2.2)).column(Table.Column.left(1))
        .column(Table.Column.left(1.4)).column(Table.Column.left(2)).column(Table.Column.left(1.8))
        .header(ctx.labels.get("column.date"), ctx.labels.get("column.title"), ctx.labels.get("column.format"),
            ctx.labels.get("column.place"), ctx.labels.get("column.principals"), ctx.labels.get("column.occasion"));
    for (Engagement e : engagements) {
      String occasion = e.occasion().orElseGet(() -> e.parent().flatMap(ctx.dataset::engagement).map(Engagement::title).orElse(""));
      t.row(Table.Row.of(cell(ctx.date(e.date())), cell(ctx.cited(e.title(), e.evidence())),
          cell(capitalised(ctx.labels.label(e.format()))), cell(place(e)), cell(principals(e)), cell(occasion)));
    }
    blocks.add(t.build());
    return blocks;
  }

  private String place(Engagement e) {
    String country = e.placeCountry().map(ctx::country).orElse("");
    if (e.place().isEmpty()) {
      return country;
    }
    return country.isEmpty() || e.place().get().contains(country) ? e.place().get() : e.place().get() + " (" + country + ")";
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

  /** The commitments made by or to the counterpart that had been made by the day, by date then id. */
  private List<Commitment> commitments() {
    // By identity: the dataset's indexes hold its own instances, and hashing a commitment is deep.
    Set<Commitment> set = Collections.newSetFromMap(new IdentityHashMap<>());
    set.addAll(ctx.dataset.commitmentsBy(counterpart));
    set.addAll(ctx.dataset.commitmentsTo(counterpart));
    return ctx.dataset.commitmentsByDate().stream().filter(set::contains).filter(c -> ctx.status(c).isPresent()).toList();
  }

  private Block commitmentTable(List<Commitment> commitments) {
    if (commitments.isEmpty()) {
      return Paragraph.of(ctx.labels.get("common.none"));
    }
    Table.Builder t = Table.builder()
        .column(Table.Column.left(1.5)).column(Table.Column.left(1.6)).column(Table.Column.left(3))
        .column(Table.Column.left(1)).column(Table.Column.left(1)).column(Table.Column.center(1.25))
        .header(ctx.labels.get("column.madeAt"), ctx.labels.get("column.byTo"), ctx.labels.get("column.what"),
            ctx.labels.get("column.due"), ctx.labels.get("column.status"), ctx.labels.get("column.overdue"));
    for (Commitment c : commitments) {
      t.row(Table.Row.of(cell(madeAt(c)), cell(ctx.byTo(c)),
          cell(ctx.cited(capitalised(ctx.kind(c)) + ": " + c.text(), c.evidence())),
          cell(ctx.date(c.due())), cell(ctx.status(c).map(ctx.labels::label).orElse("")),
          ctx.overdue(c) ? new Table.Cell(List.of(Strong.of(ctx.labels.get("common.overdue")))) : cell("")));
    }
    return t.build();
  }

  private String madeAt(Commitment c) {
    Optional<Engagement> e = c.engagement().flatMap(ctx.dataset::engagement);
    String date = ctx.dataset.dateOf(c).map(ctx::date).orElse(ctx.labels.get("common.undated"));
    return e.map(x -> x.title() + ", " + date).orElse(date);
  }

  /** Milestones of the counterpart, or that its commitments concern, not certainly past by the day. */
  private List<Milestone> upcomingMilestones(List<Commitment> commitments) {
    Set<String> ids = new LinkedHashSet<>();
    commitments.forEach(c -> ids.addAll(c.milestones()));
    return ctx.dataset.milestones().stream()
        .filter(m -> ids.contains(m.id()) || m.parties().stream().anyMatch(p -> ctx.dataset.countryOf(p).filter(counterpart::equals).isPresent()))
        .filter(m -> m.date().map(d -> !d.latest().isBefore(ctx.asOf)).orElse(true))
        .sorted(Comparator.comparing((Milestone m) -> m.date().orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Milestone::id))
        .toList();
  }

  private List<Block> milestoneSection(int level, List<Milestone> milestones) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(Heading.of(level, prefix + "-milestones", ctx.labels.get("brief.milestones")));
    if (milestones.isEmpty()) {
      blocks.add(Paragraph.of(ctx.labels.get("common.none")));
      return blocks;
    }
    Table.Builder t = Table.builder().column(Table.Column.left(1.3)).column(Table.Column.left(3)).column(Table.Column.left(1.2))
        .header(ctx.labels.get("column.date"), ctx.labels.get("column.milestone"), ctx.labels.get("column.kind"));
    for (Milestone m : milestones) {
      t.row(Table.Row.of(cell(ctx.date(m.date())), cell(ctx.cited(m.title(), m.evidence())),
          cell(capitalised(ctx.labels.label(m.milestoneKind())))));
    }
    blocks.add(t.build());
    return blocks;
  }

  /** The counterpart's people, then everyone else who met it by the day; with titles that day. */
  private List<Block> people(int level) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(Heading.of(level, prefix + "-people", ctx.labels.get("brief.people")));
    Set<Person> people = new LinkedHashSet<>();
    ctx.dataset.people().stream().filter(p -> p.country().equals(counterpart)).forEach(people::add);
    ctx.dataset.engagementsWith(counterpart).stream().filter(ctx::happened)
        .flatMap(e -> e.participants().stream()).map(Participant::person).flatMap(Optional::stream)
        .map(ctx.dataset::person).flatMap(Optional::stream).forEach(people::add);
    if (people.isEmpty()) {
      blocks.add(Paragraph.of(ctx.labels.get("common.none")));
      return blocks;
    }
    List<Person> ordered = people.stream()
        .sorted(Comparator.comparing((Person p) -> !p.country().equals(counterpart)).thenComparing(Person::id)).toList();
    Table.Builder t = Table.builder().column(Table.Column.left(2)).column(Table.Column.left(1.6)).column(Table.Column.left(1))
        .column(Table.Column.left(3))
        .header(ctx.labels.get("column.name"), ctx.labels.get("column.nativeName"), ctx.labels.get("column.country"),
            ctx.labels.get("column.position", ctx.labels.day(ctx.asOf)));
    for (Person p : ordered) {
      String name = p.honorific().map(h -> h + " " + p.name()).orElse(p.name());
      t.row(Table.Row.of(cell(name), cell(p.nativeName().orElse("")), cell(ctx.country(p.country())),
          cell(p.titleAt(ctx.asOf).orElse(ctx.labels.get("common.notStated")))));
    }
    blocks.add(t.build());
    return blocks;
  }

  /**
   * Talking points derived from the data: follow up each open commitment the counterpart made,
   * report on each one we made to it, review each joint agreement, confirm each invitation to a
   * coming milestone, and raise each other coming milestone.
   */
  private List<Block> talkingPoints(int level, List<Commitment> commitments, List<Milestone> milestones) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(Heading.of(level, prefix + "-talking-points", ctx.labels.get("brief.talkingPoints")));
    String them = ctx.country(counterpart);
    List<ListBlock.Item> points = new ArrayList<>();
    Set<String> invitedTo = new LinkedHashSet<>();
    for (Commitment c : commitments) {
      if (!ctx.status(c).map(CommitmentStatus::isOpen).orElse(false)) {
        continue;
      }
      String text;
      if (c.commitmentKind() == CommitmentKind.INVITATION && ctx.madeOnlyBy(c, ctx.home) && !c.milestones().isEmpty()) {
        Optional<Milestone> m = milestones.stream().filter(x -> c.milestones().contains(x.id())).findFirst();
        if (m.isEmpty()) {
          continue;
        }
        invitedTo.add(m.get().id());
        text = ctx.labels.get("talking.invitation", them, m.get().title(), ctx.date(m.get().date()));
      } else if (ctx.madeOnlyBy(c, counterpart)) {
        text = ctx.labels.get("talking.followUp", them, ctx.kind(c), c.text()) + due(c);
      } else if (ctx.madeOnlyBy(c, ctx.home)) {
        text = ctx.labels.get("talking.report", them, ctx.kind(c), c.text()) + due(c);
      } else {
        text = ctx.labels.get("talking.joint", them, c.text()) + due(c);
      }
      points.add(ListBlock.Item.of(ctx.cited(text, c.evidence()).toArray(Inline[]::new)));
    }
    for (Milestone m : milestones) {
      if (!invitedTo.contains(m.id())) {
        points.add(ListBlock.Item.of(ctx.cited(ctx.labels.get("talking.milestone", m.title(), ctx.date(m.date())),
            m.evidence()).toArray(Inline[]::new)));
      }
    }
    if (points.isEmpty()) {
      blocks.add(Paragraph.of(ctx.labels.get("talking.none")));
    } else {
      blocks.add(ListBlock.ordered(points.toArray(ListBlock.Item[]::new)));
    }
    return blocks;
  }

  private String due(Commitment c) {
    if (c.due().isEmpty()) {
      return "";
    }
    EdtfDate due = c.due().get();
    return " " + (ctx.overdue(c) ? ctx.labels.get("talking.overdue", ctx.date(due)) : ctx.labels.get("talking.due", ctx.date(due)));
  }
}
