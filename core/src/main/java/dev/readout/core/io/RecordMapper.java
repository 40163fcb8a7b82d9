package dev.readout.core.io;

import dev.readout.core.io.ValueReader.Fields;
import dev.readout.core.model.Act;
import dev.readout.core.model.ActKind;
import dev.readout.core.model.Amendment;
import dev.readout.core.model.Amount;
import dev.readout.core.model.AmountBasis;
import dev.readout.core.model.Appointment;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.CommitmentKind;
import dev.readout.core.model.CommitmentStatus;
import dev.readout.core.model.Country;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.EngagementFormat;
import dev.readout.core.model.EngagementKind;
import dev.readout.core.model.Evidence;
import dev.readout.core.model.Firmness;
import dev.readout.core.model.Identified;
import dev.readout.core.model.Instrument;
import dev.readout.core.model.InstrumentKind;
import dev.readout.core.model.InstrumentStatus;
import dev.readout.core.model.InstrumentStatusChange;
import dev.readout.core.model.Milestone;
import dev.readout.core.model.MilestoneKind;
import dev.readout.core.model.MilestoneOutcome;
import dev.readout.core.model.MilestoneOutcomeKind;
import dev.readout.core.model.ModelException;
import dev.readout.core.model.Organization;
import dev.readout.core.model.OrganizationKind;
import dev.readout.core.model.Participant;
import dev.readout.core.model.ParticipantCapacity;
import dev.readout.core.model.ParticipantRole;
import dev.readout.core.model.Partnership;
import dev.readout.core.model.PartnershipLevel;
import dev.readout.core.model.PartnershipTrack;
import dev.readout.core.model.Person;
import dev.readout.core.model.Programme;
import dev.readout.core.model.ProgrammeKind;
import dev.readout.core.model.RecordKind;
import dev.readout.core.model.Source;
import dev.readout.core.model.SourceKind;
import dev.readout.core.model.StatusChange;
import dev.readout.core.model.Translation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Maps a parsed file to model values record by record, its fields read by a {@link ValueReader},
 * collecting a {@link FileProblem} for every unknown field, wrong type, missing field, bad value,
 * id used twice in the file and value that cannot be built, each at the line and column of the
 * value. Entries marked {@code amends: true} are kept as parsed and read by
 * {@link #amendment(FileContent.AmendmentEntry, Function)} once the records they may amend are known.
 * One instance reads one file.
 */
final class RecordMapper {
  private final FileContent file;
  private final FileProblems problems;
  private final ValueReader values;
  /** The ids of the file's records of each kind, with the position of the entry that first used each. */
  private final Map<RecordKind, Map<String, Integer>> fileIds = new EnumMap<>(RecordKind.class);

  /**
   * A mapper of one file.
   *
   * @param file the file, where the records read go
   * @param problems where the problems found go: the file's own as it is read, or those of one
   *     dataset the file is part of as its amendments are read
   */
  RecordMapper(FileContent file, FileProblems problems) {
    this.file = file;
    this.problems = problems;
    this.values = new ValueReader(file.format, problems);
    for (RecordKind kind : RecordKind.values()) {
      fileIds.put(kind, new HashMap<>());
    }
  }

  /**
   * Reads a file's top level — what it builds on, its home side, its records, its amendments — into
   * {@code file}.
   *
   * @param file where to put what the file holds, and its problems
   * @param bytes the file's content
   */
  static void read(FileContent file, byte[] bytes) {
    TreeParser.Result tree;
    try {
      tree = TreeParser.parse(file.name, file.format, bytes);
    } catch (DatasetFileException e) {
      file.problems.addAll(e.problems());
      file.unparsed = true;
      return;
    }
    file.problems.addAll(tree.problems());
    new RecordMapper(file, file.problems).top(tree.root());
  }

  /**
   * A record an amendment amends, as the amendments before it left it, and where it is defined when
   * that is another file or a base.
   */
  record Target(Identified record, Optional<String> elsewhere) {}

  // ---- the file's top level ----

  private void top(Node root) {
    Fields top = values.object(root, "", "a dataset file", Shape.FILE);
    if (top == null) {
      return;
    }
    bases(top);
    top.countryCode("home", false).ifPresent(home -> {
      file.home = Optional.of(home);
      file.homeMark = top.get("home").mark();
    });
    for (RecordKind kind : RecordKind.values()) {
      entries(top, kind);
    }
  }

  /** Reads {@code extends}: {@code seed} or the path of a file, or a list of them. */
  private void bases(Fields top) {
    Node value = top.get("extends");
    if (value == null) {
      return;
    }
    file.extendsMark = value.mark();
    if (value instanceof Node.Sequence sequence) {
      List<Node> items = sequence.items();
      for (int i = 0; i < items.size(); i++) {
        base(items.get(i), "extends[" + i + "]");
      }
    } else if (value instanceof Node.Scalar s && s.type() == Node.Type.STRING) {
      base(value, "extends");
    } else {
      problems.add("extends", value.mark(), FileMessages.notExtends(values.describe(value)));
    }
  }

  private void base(Node node, String path) {
    values.text(node, path).ifPresent(reference -> {
      if (reference.isBlank()) {
        problems.add(path, node.mark(), FileMessages.blank(reference));
      } else {
        file.bases.add(new FileContent.Base(reference, path, node.mark()));
      }
    });
  }

  private void entries(Fields top, RecordKind kind) {
    Node.Sequence sequence = top.sequence(kind.plural());
    if (sequence == null) {
      return;
    }
    List<Node> items = sequence.items();
    for (int i = 0; i < items.size(); i++) {
      Node item = items.get(i);
      String path = kind.plural() + "[" + i + "]";
      if (kind == RecordKind.COUNTRY) {
        country(item, path, i);
        continue;
      }
      Node.Entry amends = item instanceof Node.Mapping m ? m.get("amends") : null;
      Optional<Boolean> isAmendment = amends == null ? Optional.of(false) : values.bool(amends.value(), path + ".amends");
      if (isAmendment.isEmpty()) {
        unread(kind, item, i);
      } else if (isAmendment.get()) {
        file.amendments.add(new FileContent.AmendmentEntry(kind, path, item));
      } else {
        record(type(kind), kind, item, path, i);
      }
    }
  }

  private void country(Node node, String path, int index) {
    Optional<String> code = values.countryCode(node, path)
        .filter(c -> unique(RecordKind.COUNTRY, c, index, path, node.mark()));
    if (code.isPresent()) {
      file.add(Country.of(code.get()), index, node.mark());
    } else {
      unread(RecordKind.COUNTRY, node, index);
    }
  }

  private <R extends Identified, B> void record(Type<R, B> type, RecordKind kind, Node node, String path, int index) {
    Fields o = values.object(node, path, type.owner(), Shape.entry(kind), Shape.of(kind), false);
    if (o == null) {
      return;
    }
    Node.Entry preferred = o.node().get("preferred");
    if (preferred != null) {
      problems.add(o.at("preferred"), preferred.keyMark(), FileMessages.preferredWithoutAmends());
    }
    B b = type.fresh().get();
    o.requiredSlug("id").filter(id -> unique(kind, id, index, o.at("id"), o.get("id").mark()))
        .ifPresent(id -> type.id().accept(b, id));
    type.fields().read(o, b, true);
    R record = o.build(() -> type.build().apply(b));
    if (record != null) {
      file.add(record, index, o.get("id").mark());
    } else {
      unread(kind, node, index);
    }
  }

  /** Notes an entry that could not be read, by its id if it has one. */
  private void unread(RecordKind kind, Node node, int index) {
    Node id = node instanceof Node.Mapping m && m.get("id") != null ? m.get("id").value() : node;
    if (id instanceof Node.Scalar s) {
      file.unread(kind, s.text(), index, id.mark());
    }
  }

  /** Whether an id is not used by an earlier record of its kind in the file; a problem when it is. */
  private boolean unique(RecordKind kind, String id, int index, String path, Mark mark) {
    Integer first = fileIds.get(kind).putIfAbsent(id, index);
    if (first != null) {
      problems.add(path, mark, FileMessages.duplicateId(kind, id, first));
      return false;
    }
    return true;
  }

  // ---- amendments ----

  /**
   * Reads an entry marked {@code amends: true}: the record it names, as that record was added, with
   * the fields the entry gives put over it — a field that holds one value replaced ({@code null}
   * clearing one a record may leave out), a list set to the items the entry gives — and the entry's
   * own evidence, note and preference.
   *
   * @param entry the entry, as parsed
   * @param targets finds the record an id names among those of the entry's kind, as the preferred
   *     amendments read before this one left it
   * @return the amendment, or null when the entry has a problem (added to the file's problems)
   */
  Amendment amendment(FileContent.AmendmentEntry entry, Function<String, Optional<Target>> targets) {
    return amendment(type(entry.kind()), entry, targets);
  }

  private <R extends Identified, B> Amendment amendment(Type<R, B> type, FileContent.AmendmentEntry entry,
                                                        Function<String, Optional<Target>> targets) {
    RecordKind kind = entry.kind();
    Fields o = values.object(entry.entry(), entry.path(), type.owner(), Shape.amendment(kind),
        Shape.amendment(kind), true);
    Mark at = entry.entry().mark();
    Optional<String> id = Optional.empty();
    if (o.has("id")) {
      id = o.requiredSlug("id");
    } else {
      problems.add(o.at("id"), at, FileMessages.missing());
    }
    Optional<Target> target = id.flatMap(x -> {
      Optional<Target> found = targets.apply(x);
      if (found.isEmpty()) {
        problems.add(o.at("id"), o.get("id").mark(), FileMessages.amendsUnknown(kind, x));
      }
      return found;
    });
    @SuppressWarnings("unchecked")
    B b = target.map(t -> type.from().apply((R) t.record())).orElseGet(type.fresh());
    type.fields().read(o, b, false);
    if (b instanceof Commitment.Builder c) {
      // The amendment's record must build, but the dataset takes from it only the fields the entry
      // gives; the rest are the record's as earlier amendments left it. So where a field given
      // constrains one not given, the one not given is made to fit, as the dataset does: a due date
      // and a due milestone exclude each other, a condition needs firmness 'conditional' and any
      // other firmness no condition. Fields given together must agree.
      if (o.has("due") && !o.has("dueAt")) {
        c.dueAt(Optional.empty());
      }
      if (o.has("dueAt") && !o.has("due")) {
        c.due(Optional.empty());
      }
      if (o.has("condition") && !o.has("firmness")) {
        c.firmness(Firmness.CONDITIONAL);
      }
      if (o.has("firmness") && !o.has("condition")) {
        c.condition(Optional.empty());
      }
    }
    if (!o.has("evidence")) {
      problems.add(o.at("evidence"), at, FileMessages.missing());
    }
    List<Evidence> evidence = new ArrayList<>();
    o.objects("evidence", this::evidence, evidence::addAll);
    Optional<String> note = o.text("note");
    boolean preferred = o.bool("preferred").orElse(true);
    List<String> given = Shape.amendment(kind).stream().filter(f -> o.has(f) && !Shape.AMENDMENT_OWN.contains(f)).toList();
    if (o.failed() || target.isEmpty()) {
      return null;
    }
    try {
      R version = type.build().apply(b);
      return Amendment.builder().record(version).fields(given).evidence(evidence).preferred(preferred).note(note)
          .build();
    } catch (ModelException e) {
      String message = target.get().elsewhere()
          .map(where -> FileMessages.amendedRecordIn(e.getMessage(), kind, target.get().record().id(), where))
          .orElse(e.getMessage());
      problems.add(entry.path(), at, message);
      return null;
    }
  }

  // ---- the kinds of record ----

  /** Reads the fields of a record other than its id into its builder: all of them for a record, those but its evidence and note for an amendment. */
  private interface FieldsReader<B> {
    void read(Fields o, B b, boolean record);
  }

  /** How to build one kind of record: a fresh builder, one from a record, its id, its fields. */
  private record Type<R extends Identified, B>(String owner, Supplier<B> fresh, Function<R, B> from,
                                               BiConsumer<B, String> id, Function<B, R> build,
                                               FieldsReader<B> fields) {}

  @SuppressWarnings("unchecked")
  private <R extends Identified, B> Type<R, B> type(RecordKind kind) {
    Type<?, ?> type = switch (kind) {
      case SOURCE -> new Type<Source, Source.Builder>("a source", Source::builder, r -> Source.builder().from(r),
          Source.Builder::id, Source.Builder::build, this::source);
      case ORGANIZATION -> new Type<Organization, Organization.Builder>("an organization", Organization::builder,
          r -> Organization.builder().from(r), Organization.Builder::id, Organization.Builder::build, this::organization);
      case PERSON -> new Type<Person, Person.Builder>("a person", Person::builder, r -> Person.builder().from(r),
          Person.Builder::id, Person.Builder::build, this::person);
      case PARTNERSHIP -> new Type<Partnership, Partnership.Builder>("a partnership", Partnership::builder,
          r -> Partnership.builder().from(r), Partnership.Builder::id, Partnership.Builder::build, this::partnership);
      case INSTRUMENT -> new Type<Instrument, Instrument.Builder>("an instrument", Instrument::builder,
          r -> Instrument.builder().from(r), Instrument.Builder::id, Instrument.Builder::build, this::instrument);
      case ENGAGEMENT -> new Type<Engagement, Engagement.Builder>("an engagement", Engagement::builder,
          r -> Engagement.builder().from(r), Engagement.Builder::id, Engagement.Builder::build, this::engagement);
      case COMMITMENT -> new Type<Commitment, Commitment.Builder>("a commitment", Commitment::builder,
          r -> Commitment.builder().from(r), Commitment.Builder::id, Commitment.Builder::build, this::commitment);
      case PROGRAMME -> new Type<Programme, Programme.Builder>("a programme", Programme::builder,
          r -> Programme.builder().from(r), Programme.Builder::id, Programme.Builder::build, this::programme);
      case MILESTONE -> new Type<Milestone, Milestone.Builder>("a milestone", Milestone::builder,
          r -> Milestone.builder().from(r), Milestone.Builder::id, Milestone.Builder::build, this::milestone);
      case COUNTRY -> throw new IllegalArgumentException("kind must have fields, but countries are codes");
    };
    return (Type<R, B>) type;
  }

  private void source(Fields o, Source.Builder b, boolean record) {
    o.requiredText("title").ifPresent(b::title);
    o.optional("publisher", values::text, b::publisher);
    o.optional("url", values::text, b::url);
    o.choice("kind", SourceKind.class, false).ifPresent(b::sourceKind);
    o.text("language").ifPresent(b::language);
    o.optional("published", values::date, b::published);
    o.optional("author", values::text, b::author);
    o.optional("translator", values::text, b::translator);
    o.optional("text", values::text, b::text);
    if (record) {
      o.text("note").ifPresent(b::note);
    }
  }

  private void organization(Fields o, Organization.Builder b, boolean record) {
    o.requiredText("name").ifPresent(b::name);
    o.optional("nativeName", values::text, b::nativeName);
    o.optional("nativeNameLanguage", values::language, b::nativeNameLanguage);
    o.optional("acronym", values::text, b::acronym);
    o.choice("kind", OrganizationKind.class, true).ifPresent(b::organizationKind);
    o.optional("country", values::countryCode, b::country);
    o.optional("parent", values::text, b::parent);
    rest(o, record, b::language, b::translations, b::evidence, b::note);
  }

  private void person(Fields o, Person.Builder b, boolean record) {
    o.requiredText("name").ifPresent(b::name);
    o.optional("nativeName", values::text, b::nativeName);
    o.optional("nativeNameLanguage", values::language, b::nativeNameLanguage);
    o.optional("honorific", values::text, b::honorific);
    o.countryCode("country", true).ifPresent(b::country);
    o.objects("appointments", this::appointment, b::appointments);
    rest(o, record, b::language, b::translations, b::evidence, b::note);
  }

  private Appointment appointment(Node node, String path) {
    Fields o = values.object(node, path, "an appointment", Shape.APPOINTMENT);
    if (o == null) {
      return null;
    }
    Appointment.Builder b = Appointment.builder();
    o.requiredText("title").ifPresent(b::title);
    o.text("organization").ifPresent(b::organization);
    o.date("start", false).ifPresent(b::start);
    o.date("end", false).ifPresent(b::end);
    translated(o, b::language, b::translations);
    own(o, b::evidence, b::note);
    return o.build(b::build);
  }

  private void partnership(Fields o, Partnership.Builder b, boolean record) {
    o.required("countries");
    o.list("countries", values::countryCode, b::countries);
    o.choice("level", PartnershipLevel.class, true).ifPresent(b::level);
    o.choice("track", PartnershipTrack.class, false).ifPresent(b::track);
    o.optional("name", values::text, b::name);
    o.date("since", true).ifPresent(b::since);
    o.optional("until", values::date, b::until);
    rest(o, record, b::language, b::translations, b::evidence, b::note);
  }

  private void instrument(Fields o, Instrument.Builder b, boolean record) {
    o.requiredText("title").ifPresent(b::title);
    o.choice("kind", InstrumentKind.class, true).ifPresent(b::instrumentKind);
    o.list("parties", values::party, b::parties);
    o.optional("signed", values::date, b::signed);
    o.optional("signedAt", values::text, b::signedAt);
    o.optional("validity", values::date, b::validity);
    o.list("updates", values::text, b::updates);
    o.list("supersedes", values::text, b::supersedes);
    o.list("areas", values::area, b::areas);
    o.optional("summary", values::text, b::summary);
    o.objects("statusHistory", this::instrumentStatusChange, b::statusHistory);
    rest(o, record, b::language, b::translations, b::evidence, b::note);
  }

  private InstrumentStatusChange instrumentStatusChange(Node node, String path) {
    Fields o = values.object(node, path, "an instrument status change", Shape.INSTRUMENT_STATUS_CHANGE);
    if (o == null) {
      return null;
    }
    InstrumentStatusChange.Builder b = InstrumentStatusChange.builder();
    o.date("date", true).ifPresent(b::date);
    o.choice("status", InstrumentStatus.class, true).ifPresent(b::status);
    o.text("engagement").ifPresent(b::engagement);
    own(o, b::evidence, b::note);
    return o.build(b::build);
  }

  private void engagement(Fields o, Engagement.Builder b, boolean record) {
    o.requiredText("title").ifPresent(b::title);
    o.choice("kind", EngagementKind.class, true).ifPresent(b::engagementKind);
    o.choice("format", EngagementFormat.class, true).ifPresent(b::format);
    o.date("date", true).ifPresent(b::date);
    o.optional("place", values::text, b::place);
    o.optional("placeCountry", values::countryCode, b::placeCountry);
    o.optional("occasion", values::text, b::occasion);
    o.optional("parent", values::text, b::parent);
    o.list("sides", values::side, b::sides);
    o.objects("participants", this::participant, b::participants);
    o.list("areas", values::area, b::areas);
    o.list("instruments", values::text, b::instruments);
    o.optional("summary", values::text, b::summary);
    o.objects("acts", this::act, b::acts);
    o.list("sameAs", values::text, b::sameAs);
    rest(o, record, b::language, b::translations, b::evidence, b::note);
  }

  private Participant participant(Node node, String path) {
    Fields o = values.object(node, path, "a participant", Shape.PARTICIPANT);
    if (o == null) {
      return null;
    }
    Participant.Builder b = Participant.builder();
    o.text("person").ifPresent(b::person);
    o.text("organization").ifPresent(b::organization);
    o.text("description").ifPresent(b::description);
    o.side("side", true).ifPresent(b::side);
    o.choice("role", ParticipantRole.class, false).ifPresent(b::role);
    o.choice("capacity", ParticipantCapacity.class, false).ifPresent(b::capacity);
    o.text("actingFor").ifPresent(b::actingFor);
    o.text("roleTitle").ifPresent(b::roleTitle);
    translated(o, b::language, b::translations);
    return o.build(b::build);
  }

  private Act act(Node node, String path) {
    Fields o = values.object(node, path, "an act", Shape.ACT);
    if (o == null) {
      return null;
    }
    Act.Builder b = Act.builder();
    o.choice("kind", ActKind.class, true).ifPresent(b::actKind);
    o.list("by", values::party, b::by);
    o.list("to", values::party, b::to);
    o.requiredText("description").ifPresent(b::description);
    translated(o, b::language, b::translations);
    o.objects("evidence", this::evidence, b::evidence);
    return o.build(b::build);
  }

  private void commitment(Fields o, Commitment.Builder b, boolean record) {
    o.choice("kind", CommitmentKind.class, true).ifPresent(b::commitmentKind);
    o.required("makers");
    o.list("makers", values::party, b::makers);
    o.list("addressees", values::party, b::addressees);
    o.optional("engagement", values::text, b::engagement);
    o.requiredText("text").ifPresent(b::text);
    o.choice("firmness", Firmness.class, false).ifPresent(b::firmness);
    o.optional("condition", values::text, b::condition);
    o.list("areas", values::area, b::areas);
    o.optional("due", values::date, b::due);
    o.optional("dueAt", values::text, b::dueAt);
    o.list("instruments", values::text, b::instruments);
    o.list("programmes", values::text, b::programmes);
    o.list("milestones", values::text, b::milestones);
    o.objects("amounts", this::amount, b::amounts);
    o.objects("statusHistory", this::statusChange, b::statusHistory);
    o.list("sameAs", values::text, b::sameAs);
    rest(o, record, b::language, b::translations, b::evidence, b::note);
  }

  private Amount amount(Node node, String path) {
    Fields o = values.object(node, path, "an amount", Shape.AMOUNT);
    if (o == null) {
      return null;
    }
    Amount.Builder b = Amount.builder();
    o.decimal("value", true).ifPresent(b::value);
    o.currency("currency", true).ifPresent(b::currency);
    o.choice("basis", AmountBasis.class, false).ifPresent(b::basis);
    o.date("date", false).ifPresent(b::date);
    own(o, b::evidence, b::note);
    return o.build(b::build);
  }

  private StatusChange statusChange(Node node, String path) {
    Fields o = values.object(node, path, "a status change", Shape.STATUS_CHANGE);
    if (o == null) {
      return null;
    }
    StatusChange.Builder b = StatusChange.builder();
    o.date("date", true).ifPresent(b::date);
    o.choice("status", CommitmentStatus.class, true).ifPresent(b::status);
    o.text("engagement").ifPresent(b::engagement);
    o.text("note").ifPresent(b::note);
    translated(o, b::language, b::translations);
    o.objects("evidence", this::evidence, b::evidence);
    return o.build(b::build);
  }

  private void programme(Fields o, Programme.Builder b, boolean record) {
    o.requiredText("title").ifPresent(b::title);
    o.choice("kind", ProgrammeKind.class, true).ifPresent(b::programmeKind);
    o.list("parties", values::party, b::parties);
    o.optional("period", values::date, b::period);
    o.list("areas", values::area, b::areas);
    o.optional("summary", values::text, b::summary);
    rest(o, record, b::language, b::translations, b::evidence, b::note);
  }

  private void milestone(Fields o, Milestone.Builder b, boolean record) {
    o.requiredText("title").ifPresent(b::title);
    o.choice("kind", MilestoneKind.class, true).ifPresent(b::milestoneKind);
    o.optional("date", values::date, b::date);
    o.list("parties", values::party, b::parties);
    o.list("areas", values::area, b::areas);
    o.optional("summary", values::text, b::summary);
    o.objects("outcomes", this::outcome, b::outcomes);
    rest(o, record, b::language, b::translations, b::evidence, b::note);
  }

  private MilestoneOutcome outcome(Node node, String path) {
    Fields o = values.object(node, path, "a milestone outcome", Shape.MILESTONE_OUTCOME);
    if (o == null) {
      return null;
    }
    MilestoneOutcome.Builder b = MilestoneOutcome.builder();
    o.choice("outcome", MilestoneOutcomeKind.class, true).ifPresent(b::outcome);
    o.date("date", false).ifPresent(b::date);
    o.date("newDate", false).ifPresent(b::newDate);
    own(o, b::evidence, b::note);
    return o.build(b::build);
  }

  private Translation translation(Node node, String path) {
    Fields o = values.object(node, path, "a translation", Shape.TRANSLATION);
    if (o == null) {
      return null;
    }
    Translation.Builder b = Translation.builder();
    if (o.required("language").isPresent()) {
      o.language("language").ifPresent(b::language);
    }
    o.text("title").ifPresent(b::title);
    o.text("name").ifPresent(b::name);
    o.text("summary").ifPresent(b::summary);
    o.text("text").ifPresent(b::text);
    o.text("occasion").ifPresent(b::occasion);
    o.text("place").ifPresent(b::place);
    o.text("condition").ifPresent(b::condition);
    o.text("honorific").ifPresent(b::honorific);
    o.text("note").ifPresent(b::note);
    return o.build(b::build);
  }

  /**
   * Reads the rest of a record: the language of its text and its translations, and — for a record,
   * not an amendment, whose evidence and note are its own — its evidence and note.
   */
  private void rest(Fields o, boolean record, Consumer<String> language, Consumer<List<Translation>> translations,
                    Consumer<List<Evidence>> evidence, Consumer<String> note) {
    translated(o, language, translations);
    if (record) {
      own(o, evidence, note);
    }
  }

  /** Reads the language of a value's own text and its translations. */
  private void translated(Fields o, Consumer<String> language, Consumer<List<Translation>> translations) {
    o.language("language").ifPresent(language);
    o.objects("translations", this::translation, translations);
  }

  /** Reads a record's evidence and note: in an amendment, these are the amendment's own. */
  private void own(Fields o, Consumer<List<Evidence>> evidence, Consumer<String> note) {
    o.objects("evidence", this::evidence, evidence);
    o.text("note").ifPresent(note);
  }

  private Evidence evidence(Node node, String path) {
    Fields o = values.object(node, path, "evidence", Shape.EVIDENCE);
    if (o == null) {
      return null;
    }
    Evidence.Builder b = Evidence.builder();
    o.requiredText("source").ifPresent(b::source);
    o.requiredText("quote").ifPresent(b::quote);
    o.text("note").ifPresent(b::note);
    translated(o, b::language, b::translations);
    return o.build(b::build);
  }
}
