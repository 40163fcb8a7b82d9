package dev.readout.reports.briefing;

import static dev.readout.reports.briefing.BriefingContext.capitalised;

import dev.readout.core.dataset.Account;
import dev.readout.core.dataset.Disagreement;
import dev.readout.core.dates.EdtfDate;
import dev.readout.core.model.Act;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.Instrument;
import dev.readout.core.model.Participant;
import dev.readout.core.model.ParticipantCapacity;
import dev.readout.core.model.Party;
import dev.readout.core.model.Person;
import dev.readout.core.model.Translation;
import dev.readout.reports.doc.Block;
import dev.readout.reports.doc.Heading;
import dev.readout.reports.doc.Inline;
import dev.readout.reports.doc.KeyValueBlock;
import dev.readout.reports.doc.ListBlock;
import dev.readout.reports.doc.Note;
import dev.readout.reports.doc.Paragraph;
import dev.readout.reports.doc.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The readout of one engagement: when (with the date's precision and uncertainty shown honestly, and
 * the quote that gives it), where, format, occasion, the engagement it was part of and its parts,
 * who took part on each side with their posts as confirmed that day (and who spoke in a private
 * capacity), areas discussed, the commitments made there from the home side's view with their
 * history, other acts, instruments cited or signed, where the accounts of the sources differ, and
 * notes on the record.
 */
final class EngagementReadout {
  private final BriefingContext ctx;
  private final Engagement e;
  private final String prefix;
  private final CommitmentTables tables;

  EngagementReadout(BriefingContext ctx, Engagement engagement) {
    this.ctx = ctx;
    this.e = engagement;
    this.prefix = "readout-" + engagement.id();
    this.tables = new CommitmentTables(ctx);
  }

  String title() {
    return ctx.labels.get("readout.title", ctx.title(e));
  }

  List<Block> blocks(int level) {
    int section = level + 1;
    List<Block> blocks = new ArrayList<>();
    blocks.add(Heading.of(level, prefix, title()));
    blocks.add(facts());
    ctx.text(e, Translation::summary, e.summary()).ifPresent(s -> blocks.add(Paragraph.of(s)));
    blocks.addAll(participants(section));
    if (!e.areas().isEmpty()) {
      blocks.add(Heading.of(section, prefix + "-areas", ctx.labels.get("readout.areas")));
      blocks.add(Paragraph.of(capitalised(e.areas().stream().map(ctx.labels::area)
          .collect(Collectors.joining(ctx.labels.get("common.list.separator")))) + "."));
    }
    blocks.addAll(commitments(section));
    blocks.addAll(acts(section));
    blocks.addAll(instruments(section));
    blocks.addAll(accounts(section));
    ctx.text(e, Translation::note, e.note()).ifPresent(n -> blocks.add(Note.of(Note.Kind.INFO, ctx.labels.get("readout.notes"), n)));
    return blocks;
  }

  private KeyValueBlock facts() {
    List<KeyValueBlock.Entry> entries = new ArrayList<>();
    entries.add(new KeyValueBlock.Entry(ctx.labels.get("readout.when"), ctx.cited(ctx.date(e.date()), ctx.dataset.evidenceFor(e, "date"))));
    String where = ctx.text(e, Translation::place, e.place()).orElse("");
    if (e.placeCountry().isPresent()) {
      String country = ctx.country(e.placeCountry().get());
      where = where.isEmpty() ? country : where.contains(country) ? where : where + " (" + country + ")";
    }
    entries.add(KeyValueBlock.Entry.of(ctx.labels.get("readout.where"), where.isEmpty() ? ctx.labels.get("common.notStated") : where));
    entries.add(KeyValueBlock.Entry.of(ctx.labels.get("readout.kind"), capitalised(ctx.labels.label(e.engagementKind()))));
    entries.add(KeyValueBlock.Entry.of(ctx.labels.get("readout.format"), capitalised(ctx.labels.label(e.format()))));
    ctx.text(e, Translation::occasion, e.occasion()).ifPresent(o -> entries.add(KeyValueBlock.Entry.of(ctx.labels.get("readout.occasion"), o)));
    e.parent().flatMap(ctx.dataset::engagement).ifPresent(p ->
        entries.add(KeyValueBlock.Entry.of(ctx.labels.get("readout.partOf"), ctx.title(p) + ", " + ctx.date(p.date()))));
    List<Engagement> parts = ctx.dataset.partsOf(e.id()).stream().filter(ctx::happened).toList();
    if (!parts.isEmpty()) {
      entries.add(KeyValueBlock.Entry.of(ctx.labels.get("readout.parts"),
          String.join("; ", parts.stream().map(x -> ctx.title(x) + ", " + ctx.date(x.date())).toList())));
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

  /**
   * "General Phan Văn Giang, Minister of National Defence, confirmed November 2022 — principal";
   * a group the source describes is named by its organisation with the source's words beside it:
   * "Ministry of National Defence (Gen. Giang's entourage) — delegation member".
   */
  private String participant(Participant p) {
    Optional<Person> person = p.person().flatMap(ctx.dataset::person);
    Optional<String> named = person.map(ctx::person)
        .or(() -> p.organization().flatMap(ctx.dataset::organization).map(ctx::name));
    Optional<String> description = ctx.description(p);
    String who = named.map(n -> description.map(d -> n + " (" + d + ")").orElse(n)).or(() -> description).orElse("");
    LocalDate day = e.date().latest().isAfter(ctx.asOf) ? ctx.asOf : e.date().latest();
    Optional<String> title = ctx.roleTitle(p).or(() -> person.flatMap(x -> Titles.on(ctx, x, day)));
    List<String> parts = new ArrayList<>();
    parts.add(who);
    title.ifPresent(parts::add);
    p.actingFor().flatMap(ctx.dataset::organization).ifPresent(o -> parts.add(ctx.labels.get("readout.actingFor", ctx.name(o))));
    String role = ctx.labels.label(p.role());
    if (p.capacity() == ParticipantCapacity.PRIVATE) {
      role = ctx.labels.get("readout.privateCapacity", role);
    }
    return String.join(", ", parts) + " — " + role;
  }

  private List<Block> commitments(int level) {
    List<Block> blocks = new ArrayList<>();
    List<Commitment> commitments = ctx.dataset.commitmentsAt(e.id());
    if (commitments.isEmpty()) {
      return blocks;
    }
    blocks.add(Heading.of(level, prefix + "-commitments", ctx.labels.get("readout.commitments")));
    String counterpart = e.sides().stream().filter(s -> !s.equals(ctx.home)).findFirst().orElse(ctx.home);
    Map<Direction, List<Commitment>> groups = tables.byDirection(commitments);
    groups.forEach((direction, list) -> {
      blocks.add(Paragraph.of(ctx.labels.get(direction.heading(), ctx.country(counterpart))));
      blocks.add(tables.table(list, EnumSet.of(CommitmentTables.Column.PARTIES)));
    });
    return blocks;
  }

  private List<Block> acts(int level) {
    if (e.acts().isEmpty()) {
      return List.of();
    }
    List<ListBlock.Item> items = new ArrayList<>();
    for (Act a : e.acts()) {
      String by = ctx.parties(a.by());
      String text = capitalised(ctx.labels.label(a.actKind())) + " (" + by + "): " + ctx.text(a, Translation::text, a.description());
      items.add(ListBlock.Item.of(ctx.cited(text, a.evidence()).toArray(Inline[]::new)));
    }
    return List.of(Heading.of(level, prefix + "-acts", ctx.labels.get("readout.acts")), ListBlock.bulleted(items.toArray(ListBlock.Item[]::new)));
  }

  private List<Block> instruments(int level) {
    List<Instrument> cited = e.instruments().stream().map(ctx.dataset::instrument).flatMap(Optional::stream).toList();
    List<Instrument> signed = ctx.dataset.instruments().stream().filter(i -> i.signedAt().filter(e.id()::equals).isPresent()).toList();
    if (cited.isEmpty() && signed.isEmpty()) {
      return List.of();
    }
    List<ListBlock.Item> items = new ArrayList<>();
    for (Instrument i : signed) {
      items.add(ListBlock.Item.of(instrumentLine(i, "readout.signedHere").toArray(Inline[]::new)));
    }
    for (Instrument i : cited) {
      if (!signed.contains(i)) {
        items.add(ListBlock.Item.of(instrumentLine(i, null).toArray(Inline[]::new)));
      }
    }
    return List.of(Heading.of(level, prefix + "-instruments", ctx.labels.get("readout.instruments")),
        ListBlock.bulleted(items.toArray(ListBlock.Item[]::new)));
  }

  private List<Inline> instrumentLine(Instrument i, String extraKey) {
    List<String> parts = new ArrayList<>();
    parts.add(ctx.labels.label(i.instrumentKind()));
    i.signed().ifPresent(s -> parts.add(ctx.dateInParentheses(s)));
    i.validity().ifPresent(v -> parts.add(ctx.dateInParentheses(v)));
    if (extraKey != null) {
      parts.add(ctx.labels.get(extraKey));
    }
    return ctx.cited(ctx.title(i) + " (" + String.join(", ", parts) + ")", i.evidence());
  }

  /** Where the sources' accounts of the engagement, or of a commitment made there, differ. */
  private List<Block> accounts(int level) {
    List<ListBlock.Item> items = new ArrayList<>();
    for (Disagreement d : ctx.dataset.disagreements(e)) {
      items.add(ListBlock.Item.of(disagreement(ctx.labels.get("readout.accountsOfEngagement"), d).toArray(Inline[]::new)));
    }
    for (Commitment c : ctx.dataset.commitmentsAt(e.id())) {
      for (Disagreement d : ctx.dataset.disagreements(c)) {
        items.add(ListBlock.Item.of(disagreement(ctx.text(c), d).toArray(Inline[]::new)));
      }
    }
    if (items.isEmpty()) {
      return List.of();
    }
    return List.of(Heading.of(level, prefix + "-accounts", ctx.labels.get("readout.accounts")),
        ListBlock.bulleted(items.toArray(ListBlock.Item[]::new)));
  }

  private List<Inline> disagreement(String what, Disagreement d) {
    List<Inline> inlines = new ArrayList<>();
    inlines.add(Text.of(what + " — " + ctx.labels.get("field." + d.field()) + ": "));
    for (int i = 0; i < d.accounts().size(); i++) {
      Account a = d.accounts().get(i);
      String value = value(a.value());
      String label = a.preferred() ? ctx.labels.get("readout.preferred", value) : value;
      inlines.addAll(ctx.cited((i == 0 ? "" : "; ") + label, a.evidence()));
      if (!a.notes().isEmpty()) {
        inlines.add(Text.of(" (" + String.join(" ", a.notes()) + ")"));
      }
    }
    return inlines;
  }

  /** A field's value in words: a date, a label, parties, or text. */
  private String value(Object value) {
    if (value instanceof Optional<?> o) {
      return o.map(this::value).orElse(ctx.labels.get("common.notStated"));
    }
    if (value instanceof EdtfDate d) {
      return ctx.date(d);
    }
    if (value instanceof Enum<?> constant) {
      return ctx.labels.has("enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name())
          ? ctx.labels.label(constant) : constant.name().toLowerCase(java.util.Locale.ROOT);
    }
    if (value instanceof List<?> list) {
      return list.stream().map(x -> x instanceof Party p ? ctx.party(p) : value(x))
          .collect(Collectors.joining(ctx.labels.get("common.list.separator")));
    }
    return String.valueOf(value);
  }
}
