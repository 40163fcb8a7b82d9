package dev.readout.reports.briefing;

import static dev.readout.reports.briefing.BriefingContext.capitalised;
import static dev.readout.reports.briefing.BriefingContext.cell;

import dev.readout.core.model.Act;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.Instrument;
import dev.readout.core.model.Participant;
import dev.readout.core.model.Person;
import dev.readout.reports.doc.Block;
import dev.readout.reports.doc.Heading;
import dev.readout.reports.doc.Inline;
import dev.readout.reports.doc.KeyValueBlock;
import dev.readout.reports.doc.ListBlock;
import dev.readout.reports.doc.Note;
import dev.readout.reports.doc.Paragraph;
import dev.readout.reports.doc.Table;
import dev.readout.reports.doc.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The readout of one engagement: when (with the date's precision and uncertainty shown honestly),
 * where, format, occasion and parent, participants by side, areas discussed, commitments made by
 * each side, other acts, instruments cited, notes on the record and sources.
 */
final class EngagementReadout {
  private final BriefingContext ctx;
  private final Engagement e;
  private final String prefix;

  EngagementReadout(BriefingContext ctx, Engagement engagement) {
    this.ctx = ctx;
    this.e = engagement;
    this.prefix = "readout-" + engagement.id();
  }

  String title() {
    return ctx.labels.get("readout.title", e.title());
  }

  List<Block> blocks(int level, boolean withSources) {
    int section = level + 1;
    List<Block> blocks = new ArrayList<>();
    blocks.add(Heading.of(level, prefix, title()));
    blocks.add(facts());
    e.summary().ifPresent(s -> blocks.add(Paragraph.of(s)));
    e.note().ifPresent(n -> blocks.add(Note.of(Note.Kind.INFO, ctx.labels.get("readout.notes"), n)));
    blocks.addAll(participants(section));
    if (!e.areas().isEmpty()) {
      blocks.add(Heading.of(section, prefix + "-areas", ctx.labels.get("readout.areas")));
      blocks.add(ListBlock.bulleted(e.areas().stream().map(a -> capitalised(ctx.labels.area(a))).toArray(String[]::new)));
    }
    blocks.addAll(commitments(section));
    if (!e.acts().isEmpty()) {
      blocks.add(Heading.of(section, prefix + "-acts", ctx.labels.get("readout.acts")));
      List<ListBlock.Item> items = new ArrayList<>();
      for (Act a : e.acts()) {
        String text = capitalised(ctx.labels.label(a.actKind())) + " — " + a.description();
        items.add(ListBlock.Item.of(ctx.cited(text, a.evidence()).toArray(Inline[]::new)));
      }
      blocks.add(ListBlock.bulleted(items.toArray(ListBlock.Item[]::new)));
    }
    if (!e.instruments().isEmpty()) {
      blocks.add(Heading.of(section, prefix + "-instruments", ctx.labels.get("readout.instruments")));
      List<ListBlock.Item> items = new ArrayList<>();
      for (String id : e.instruments()) {
        ctx.dataset.instrument(id).ifPresent(i -> items.add(ListBlock.Item.of(instrumentLine(i).toArray(Inline[]::new))));
      }
      blocks.add(ListBlock.bulleted(items.toArray(ListBlock.Item[]::new)));
    }
    if (withSources) {
      blocks.addAll(SourcesSection.blocks(ctx, section, prefix + "-sources", "readout.sources", ctx.citedSources()));
    }
    return blocks;
  }

  private KeyValueBlock facts() {
    List<KeyValueBlock.Entry> entries = new ArrayList<>();
    entries.add(new KeyValueBlock.Entry(ctx.labels.get("readout.when"), ctx.cited(ctx.date(e.date()), e.evidence())));
    String where = e.place().orElse("");
    if (e.placeCountry().isPresent()) {
      String country = ctx.country(e.placeCountry().get());
      where = where.isEmpty() ? country : where.contains(country) ? where : where + " (" + country + ")";
    }
    entries.add(KeyValueBlock.Entry.of(ctx.labels.get("readout.where"), where.isEmpty() ? ctx.labels.get("common.notStated") : where));
    entries.add(KeyValueBlock.Entry.of(ctx.labels.get("readout.kind"), capitalised(ctx.labels.label(e.engagementKind()))));
    entries.add(KeyValueBlock.Entry.of(ctx.labels.get("readout.format"), capitalised(ctx.labels.label(e.format()))));
    e.occasion().ifPresent(o -> entries.add(KeyValueBlock.Entry.of(ctx.labels.get("readout.occasion"), o)));
    e.parent().flatMap(ctx.dataset::engagement).ifPresent(p ->
        entries.add(KeyValueBlock.Entry.of(ctx.labels.get("readout.partOf"), p.title() + ", " + ctx.date(p.date()))));
    List<Engagement> parts = ctx.dataset.partsOf(e.id());
    if (!parts.isEmpty()) {
      entries.add(KeyValueBlock.Entry.of(ctx.labels.get("readout.parts"),
          String.join("; ", parts.stream().map(x -> x.title() + ", " + ctx.date(x.date())).toList())));
    }
    return new KeyValueBlock(entries);
  }

  private List<Block> participants(int level) {
    List<Block> blocks = new ArrayList<>();
    if (e.participants().isEmpty()) {
      return blocks;
    }
    blocks.add(Heading.of(level, prefix + "-participants", ctx.labels.get("readout.participants")));
    List<ListBlock.Item> sides = new ArrayList<>();
    for (String side : e.sides()) {
      List<ListBlock.Item> people = new ArrayList<>();
      for (Participant p : e.participants()) {
        if (p.side().equals(side)) {
          people.add(ListBlock.Item.of(participant(p)));
        }
      }
      if (!people.isEmpty()) {
        sides.add(ListBlock.Item.of(ctx.labels.get("readout.side", ctx.country(side)),
            ListBlock.bulleted(people.toArray(ListBlock.Item[]::new))));
      }
    }
    blocks.add(ListBlock.bulleted(sides.toArray(ListBlock.Item[]::new)));
    return blocks;
  }

  private String participant(Participant p) {
    String role = ctx.labels.label(p.role());
    Optional<Person> person = p.person().flatMap(ctx.dataset::person);
    String name = person.map(ctx::person)
        .or(() -> p.organization().flatMap(ctx.dataset::organization).map(o -> o.name()))
        .or(p::description).orElse("");
    String who = person.isPresent() && p.description().isPresent() ? name + " (" + p.description().get() + ")" : name;
    Optional<String> title = person.flatMap(x -> x.titleAt(e.date().earliest()).or(() -> x.titleAt(e.date().latest())));
    return title.map(t -> ctx.labels.get("readout.participantTitle", who, t, role))
        .orElseGet(() -> ctx.labels.get("readout.participant", who, role));
  }

  private List<Block> commitments(int level) {
    List<Block> blocks = new ArrayList<>();
    List<Commitment> commitments = ctx.dataset.commitmentsAt(e.id());
    if (commitments.isEmpty()) {
      return blocks;
    }
    blocks.add(Heading.of(level, prefix + "-commitments", ctx.labels.get("readout.commitments")));
    Map<String, List<Commitment>> bySide = new LinkedHashMap<>();
    List<Commitment> joint = new ArrayList<>();
    for (Commitment c : commitments) {
      Optional<String> side = e.sides().stream().filter(s -> ctx.madeOnlyBy(c, s)).findFirst();
      if (side.isPresent()) {
        bySide.computeIfAbsent(side.get(), k -> new ArrayList<>()).add(c);
      } else {
        joint.add(c);
      }
    }
    for (String side : e.sides()) {
      List<Commitment> list = bySide.getOrDefault(side, List.of());
      if (!list.isEmpty()) {
        blocks.add(Paragraph.of(ctx.labels.get("readout.commitmentsBy", ctx.country(side))));
        blocks.add(table(list));
      }
    }
    if (!joint.isEmpty()) {
      blocks.add(Paragraph.of(ctx.labels.get("readout.jointCommitments")));
      blocks.add(table(joint));
    }
    return blocks;
  }

  private Table table(List<Commitment> commitments) {
    Table.Builder t = Table.builder()
        .column(Table.Column.left(1.1)).column(Table.Column.left(1.8)).column(Table.Column.left(3.4))
        .column(Table.Column.left(1.1)).column(Table.Column.left(1))
        .header(ctx.labels.get("column.kind"), ctx.labels.get("column.byTo"), ctx.labels.get("column.what"),
            ctx.labels.get("column.due"), ctx.labels.get("column.status"));
    for (Commitment c : commitments) {
      t.row(Table.Row.of(cell(capitalised(ctx.kind(c))), cell(ctx.byTo(c)), cell(ctx.cited(c.text(), c.evidence())),
          cell(ctx.date(c.due())), cell(ctx.status(c).map(ctx.labels::label).orElse(""))));
    }
    return t.build();
  }

  private List<Inline> instrumentLine(Instrument i) {
    List<String> parts = new ArrayList<>();
    parts.add(capitalised(ctx.labels.label(i.instrumentKind())));
    i.signed().ifPresent(s -> parts.add(ctx.date(s)));
    i.validity().ifPresent(v -> parts.add(ctx.date(v)));
    List<Inline> inlines = new ArrayList<>();
    inlines.add(Text.of(i.title() + " (" + String.join(", ", parts) + ")"));
    inlines.addAll(ctx.cite(i.evidence()));
    return inlines;
  }
}
