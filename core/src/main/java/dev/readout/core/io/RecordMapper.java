package dev.readout.core.io;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.dataset.DatasetException;
import dev.readout.core.dataset.Problem;
import dev.readout.core.io.ValueReader.Fields;
import dev.readout.core.model.Act;
import dev.readout.core.model.ActKind;
import dev.readout.core.model.Appointment;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.CommitmentKind;
import dev.readout.core.model.CommitmentStatus;
import dev.readout.core.model.Country;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.EngagementFormat;
import dev.readout.core.model.EngagementKind;
import dev.readout.core.model.Evidence;
import dev.readout.core.model.Instrument;
import dev.readout.core.model.InstrumentKind;
import dev.readout.core.model.Milestone;
import dev.readout.core.model.MilestoneKind;
import dev.readout.core.model.Organization;
import dev.readout.core.model.OrganizationKind;
import dev.readout.core.model.Participant;
import dev.readout.core.model.ParticipantRole;
import dev.readout.core.model.Partnership;
import dev.readout.core.model.PartnershipLevel;
import dev.readout.core.model.Person;
import dev.readout.core.model.Programme;
import dev.readout.core.model.ProgrammeKind;
import dev.readout.core.model.RecordKind;
import dev.readout.core.model.Source;
import dev.readout.core.model.SourceKind;
import dev.readout.core.model.StatusChange;
import dev.readout.core.seed.Datasets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Maps a parsed file to model values record by record, its fields read by a {@link ValueReader},
 * collecting a {@link FileProblem} for every unknown field, wrong type, missing field, bad value,
 * id used twice and value that cannot be built, each at the line and column of the value. The
 * dataset is then built on top of the base dataset and every {@link Problem} it reports is placed
 * at the value its path names. One instance reads one file.
 */
final class RecordMapper {
  private final Dataset base;
  private final Dataset.Builder builder;
  private final FileProblems problems;
  private final ValueReader values;
  private final Map<RecordKind, Set<String>> baseIds = new EnumMap<>(RecordKind.class);
  private final Map<RecordKind, Map<String, Integer>> fileIds = new EnumMap<>(RecordKind.class);
  /** For each kind, the file index of each record built, in order: built record i came from file index mapped.get(i). */
  private final Map<RecordKind, List<Integer>> mapped = new EnumMap<>(RecordKind.class);
  /** For each kind, the ids of the file's records that could not be read. */
  private final Map<RecordKind, Set<String>> unread = new EnumMap<>(RecordKind.class);

  private RecordMapper(String file, Format format, Dataset base) {
    this.base = base;
    this.builder = base.toBuilder();
    this.problems = new FileProblems(file);
    this.values = new ValueReader(format, problems);
    for (RecordKind kind : RecordKind.values()) {
      Set<String> ids = new HashSet<>();
      base.records(kind).forEach(r -> ids.add(r.id()));
      baseIds.put(kind, ids);
      fileIds.put(kind, new HashMap<>());
      mapped.put(kind, new ArrayList<>());
      unread.put(kind, new HashSet<>());
    }
  }

  /**
   * Reads a file's dataset on top of a base dataset.
   *
   * @param file the file's name, for messages
   * @param format its format
   * @param bytes its content
   * @param base the records the file may refer to; the file's records come after them
   * @return the base's records and the file's, validated together
   * @throws DatasetFileException with every problem found, in file order
   */
  static Dataset read(String file, Format format, byte[] bytes, Dataset base) {
    TreeParser.Result tree = TreeParser.parse(file, format, bytes);
    Node.Entry extension = tree.root() instanceof Node.Mapping m ? m.get("extends") : null;
    boolean extendsSeed = extension != null && extension.value() instanceof Node.Scalar s
        && s.type() == Node.Type.STRING && s.text().equals("seed");
    Dataset effectiveBase = extendsSeed && base.equals(Dataset.empty()) ? Datasets.seed() : base;
    RecordMapper mapper = new RecordMapper(file, format, effectiveBase);
    FileProblems problems = mapper.problems;
    problems.addAll(tree.problems());
    if (extension != null) {
      problems.visit("extends", extension.value());
      if (!extendsSeed) {
        problems.add("extends", extension.value().mark(),
            FileMessages.notABuiltInDataset(extension.value() instanceof Node.Scalar s ? "'" + s.text() + "'"
                : mapper.values.describe(extension.value())));
      }
    }
    mapper.top(tree.root());
    boolean structural = problems.count() > 0;
    try {
      Dataset dataset = mapper.builder.build();
      if (structural) {
        throw problems.failure();
      }
      return dataset;
    } catch (DatasetException e) {
      // With structural problems, the records that did map are still checked across records, so a
      // staff member sees every problem in one run; complaints that a reference is unknown are left
      // out when it names a record of the file that could not be read (its own problems are listed).
      e.problems().stream().filter(p -> !structural || !mapper.aboutAnUnreadRecord(p)).forEach(mapper::datasetProblem);
      throw problems.failure();
    }
  }

  // ---- the dataset's records ----

  private void top(Node root) {
    Fields top = values.object(root, "", "a dataset file", Shape.FILE);
    if (top == null) {
      return;
    }
    each(top, RecordKind.SOURCE, this::source, builder::addSources);
    each(top, RecordKind.COUNTRY, this::country, builder::addCountries);
    each(top, RecordKind.ORGANIZATION, this::organization, builder::addOrganizations);
    each(top, RecordKind.PERSON, this::person, builder::addPeople);
    each(top, RecordKind.PARTNERSHIP, this::partnership, builder::addPartnerships);
    each(top, RecordKind.INSTRUMENT, this::instrument, builder::addInstruments);
    each(top, RecordKind.ENGAGEMENT, this::engagement, builder::addEngagements);
    each(top, RecordKind.COMMITMENT, this::commitment, builder::addCommitments);
    each(top, RecordKind.PROGRAMME, this::programme, builder::addProgrammes);
    each(top, RecordKind.MILESTONE, this::milestone, builder::addMilestones);
  }

  /** Reads one kind of record. */
  private interface RecordReader<T> {
    T read(Node node, String path, int index);
  }

  private <T> void each(Fields top, RecordKind kind, RecordReader<T> reader, Consumer<T> add) {
    Node.Sequence sequence = top.sequence(kind.plural());
    if (sequence == null) {
      return;
    }
    List<Node> items = sequence.items();
    for (int i = 0; i < items.size(); i++) {
      T record = reader.read(items.get(i), kind.plural() + "[" + i + "]", i);
      if (record != null) {
        add.accept(record);
        mapped.get(kind).add(i);
      } else {
        idOf(items.get(i)).ifPresent(id -> unread.get(kind).add(id));
      }
    }
  }

  private Source source(Node node, String path, int index) {
    Fields o = values.object(node, path, "a source", Shape.SOURCE);
    if (o == null) {
      return null;
    }
    Source.Builder b = Source.builder();
    id(o, RecordKind.SOURCE, index).ifPresent(b::id);
    o.requiredText("title").ifPresent(b::title);
    o.text("publisher").ifPresent(b::publisher);
    o.text("url").ifPresent(b::url);
    o.choice("kind", SourceKind.class, false).ifPresent(b::sourceKind);
    o.text("language").ifPresent(b::language);
    o.date("published", false).ifPresent(b::published);
    o.text("author").ifPresent(b::author);
    o.text("translator").ifPresent(b::translator);
    o.text("text").ifPresent(b::text);
    o.text("note").ifPresent(b::note);
    return o.build(b::build);
  }

  private Country country(Node node, String path, int index) {
    Optional<String> code = values.countryCode(node, path);
    if (code.isEmpty() || !unique(RecordKind.COUNTRY, code.get(), index, path, node.mark())) {
      return null;
    }
    return Country.of(code.get());
  }

  private Organization organization(Node node, String path, int index) {
    Fields o = values.object(node, path, "an organization", Shape.ORGANIZATION);
    if (o == null) {
      return null;
    }
    Organization.Builder b = Organization.builder();
    id(o, RecordKind.ORGANIZATION, index).ifPresent(b::id);
    o.requiredText("name").ifPresent(b::name);
    o.text("nativeName").ifPresent(b::nativeName);
    o.text("acronym").ifPresent(b::acronym);
    o.choice("kind", OrganizationKind.class, true).ifPresent(b::organizationKind);
    o.countryCode("country").ifPresent(b::country);
    o.text("parent").ifPresent(b::parent);
    b.addAllEvidence(evidence(o));
    o.text("note").ifPresent(b::note);
    return o.build(b::build);
  }

  private Person person(Node node, String path, int index) {
    Fields o = values.object(node, path, "a person", Shape.PERSON);
    if (o == null) {
      return null;
    }
    Person.Builder b = Person.builder();
    id(o, RecordKind.PERSON, index).ifPresent(b::id);
    o.requiredText("name").ifPresent(b::name);
    o.text("nativeName").ifPresent(b::nativeName);
    o.text("honorific").ifPresent(b::honorific);
    o.required("country").flatMap(n -> values.countryCode(n, o.at("country"))).ifPresent(b::country);
    b.addAllAppointments(o.objects("appointments", this::appointment));
    b.addAllEvidence(evidence(o));
    o.text("note").ifPresent(b::note);
    return o.build(b::build);
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
    b.addAllEvidence(evidence(o));
    o.text("note").ifPresent(b::note);
    return o.build(b::build);
  }

  private Partnership partnership(Node node, String path, int index) {
    Fields o = values.object(node, path, "a partnership", Shape.PARTNERSHIP);
    if (o == null) {
      return null;
    }
    Partnership.Builder b = Partnership.builder();
    id(o, RecordKind.PARTNERSHIP, index).ifPresent(b::id);
    if (o.required("countries").isPresent()) {
      b.addAllCountries(o.list("countries", values::countryCode));
    }
    o.choice("level", PartnershipLevel.class, true).ifPresent(b::level);
    o.text("name").ifPresent(b::name);
    o.date("since", true).ifPresent(b::since);
    o.date("until", false).ifPresent(b::until);
    b.addAllEvidence(evidence(o));
    o.text("note").ifPresent(b::note);
    return o.build(b::build);
  }

  private Instrument instrument(Node node, String path, int index) {
    Fields o = values.object(node, path, "an instrument", Shape.INSTRUMENT);
    if (o == null) {
      return null;
    }
    Instrument.Builder b = Instrument.builder();
    id(o, RecordKind.INSTRUMENT, index).ifPresent(b::id);
    o.requiredText("title").ifPresent(b::title);
    o.choice("kind", InstrumentKind.class, true).ifPresent(b::instrumentKind);
    b.addAllParties(o.list("parties", values::party));
    o.date("signed", false).ifPresent(b::signed);
    o.date("validity", false).ifPresent(b::validity);
    b.addAllAreas(o.list("areas", values::area));
    o.text("summary").ifPresent(b::summary);
    b.addAllEvidence(evidence(o));
    o.text("note").ifPresent(b::note);
    return o.build(b::build);
  }

  private Engagement engagement(Node node, String path, int index) {
    Fields o = values.object(node, path, "an engagement", Shape.ENGAGEMENT);
    if (o == null) {
      return null;
    }
    Engagement.Builder b = Engagement.builder();
    id(o, RecordKind.ENGAGEMENT, index).ifPresent(b::id);
    o.requiredText("title").ifPresent(b::title);
    o.choice("kind", EngagementKind.class, true).ifPresent(b::engagementKind);
    o.choice("format", EngagementFormat.class, true).ifPresent(b::format);
    o.date("date", true).ifPresent(b::date);
    o.text("place").ifPresent(b::place);
    o.countryCode("placeCountry").ifPresent(b::placeCountry);
    o.text("occasion").ifPresent(b::occasion);
    o.text("parent").ifPresent(b::parent);
    b.addAllSides(o.list("sides", values::countryCode));
    b.addAllParticipants(o.objects("participants", this::participant));
    b.addAllAreas(o.list("areas", values::area));
    b.addAllInstruments(o.list("instruments", values::text));
    o.text("summary").ifPresent(b::summary);
    b.addAllActs(o.objects("acts", this::act));
    b.addAllEvidence(evidence(o));
    o.text("note").ifPresent(b::note);
    return o.build(b::build);
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
    o.required("side").flatMap(n -> values.countryCode(n, o.at("side"))).ifPresent(b::side);
    o.choice("role", ParticipantRole.class, false).ifPresent(b::role);
    return o.build(b::build);
  }

  private Act act(Node node, String path) {
    Fields o = values.object(node, path, "an act", Shape.ACT);
    if (o == null) {
      return null;
    }
    Act.Builder b = Act.builder();
    o.choice("kind", ActKind.class, true).ifPresent(b::actKind);
    b.addAllBy(o.list("by", values::party));
    b.addAllTo(o.list("to", values::party));
    o.requiredText("description").ifPresent(b::description);
    b.addAllEvidence(evidence(o));
    return o.build(b::build);
  }

  private Commitment commitment(Node node, String path, int index) {
    Fields o = values.object(node, path, "a commitment", Shape.COMMITMENT);
    if (o == null) {
      return null;
    }
    Commitment.Builder b = Commitment.builder();
    id(o, RecordKind.COMMITMENT, index).ifPresent(b::id);
    o.choice("kind", CommitmentKind.class, true).ifPresent(b::commitmentKind);
    if (o.required("makers").isPresent()) {
      b.addAllMakers(o.list("makers", values::party));
    }
    b.addAllAddressees(o.list("addressees", values::party));
    o.text("engagement").ifPresent(b::engagement);
    o.requiredText("text").ifPresent(b::text);
    b.addAllAreas(o.list("areas", values::area));
    o.date("due", false).ifPresent(b::due);
    b.addAllInstruments(o.list("instruments", values::text));
    b.addAllProgrammes(o.list("programmes", values::text));
    b.addAllMilestones(o.list("milestones", values::text));
    b.addAllStatusHistory(o.objects("statusHistory", this::statusChange));
    b.addAllEvidence(evidence(o));
    o.text("note").ifPresent(b::note);
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
    o.text("note").ifPresent(b::note);
    b.addAllEvidence(evidence(o));
    return o.build(b::build);
  }

  private Programme programme(Node node, String path, int index) {
    Fields o = values.object(node, path, "a programme", Shape.PROGRAMME);
    if (o == null) {
      return null;
    }
    Programme.Builder b = Programme.builder();
    id(o, RecordKind.PROGRAMME, index).ifPresent(b::id);
    o.requiredText("title").ifPresent(b::title);
    o.choice("kind", ProgrammeKind.class, true).ifPresent(b::programmeKind);
    b.addAllParties(o.list("parties", values::party));
    o.date("period", false).ifPresent(b::period);
    b.addAllAreas(o.list("areas", values::area));
    o.text("summary").ifPresent(b::summary);
    b.addAllEvidence(evidence(o));
    o.text("note").ifPresent(b::note);
    return o.build(b::build);
  }

  private Milestone milestone(Node node, String path, int index) {
    Fields o = values.object(node, path, "a milestone", Shape.MILESTONE);
    if (o == null) {
      return null;
    }
    Milestone.Builder b = Milestone.builder();
    id(o, RecordKind.MILESTONE, index).ifPresent(b::id);
    o.requiredText("title").ifPresent(b::title);
    o.choice("kind", MilestoneKind.class, true).ifPresent(b::milestoneKind);
    o.date("date", true).ifPresent(b::date);
    b.addAllParties(o.list("parties", values::party));
    b.addAllAreas(o.list("areas", values::area));
    o.text("summary").ifPresent(b::summary);
    b.addAllEvidence(evidence(o));
    o.text("note").ifPresent(b::note);
    return o.build(b::build);
  }

  private List<Evidence> evidence(Fields o) {
    return o.objects("evidence", this::evidence);
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
    return o.build(b::build);
  }

  /** The id of a record, which must be a slug not used by another record of its kind, in the file or the base. */
  private Optional<String> id(Fields o, RecordKind kind, int index) {
    return o.requiredSlug("id").filter(id -> unique(kind, id, index, o.at("id"), o.get("id").mark()));
  }

  private boolean unique(RecordKind kind, String id, int index, String path, Mark mark) {
    if (baseIds.get(kind).contains(id)) {
      problems.add(path, mark, FileMessages.duplicateOfBase(kind, id));
      return false;
    }
    Integer first = fileIds.get(kind).putIfAbsent(id, index);
    if (first != null) {
      problems.add(path, mark, FileMessages.duplicateId(kind, id, first));
      return false;
    }
    return true;
  }

  // ---- problems the dataset reports ----

  /** Whether a dataset problem is a reference to a record of the file that could not be read. */
  private boolean aboutAnUnreadRecord(Problem p) {
    for (RecordKind kind : RecordKind.values()) {
      for (String id : unread.get(kind)) {
        if (p.isUnknownReference(kind, id)) {
          return true;
        }
      }
    }
    return false;
  }

  private static Optional<String> idOf(Node node) {
    if (node instanceof Node.Mapping m && m.get("id") != null && m.get("id").value() instanceof Node.Scalar s) {
      return Optional.of(s.text());
    }
    return Optional.empty();
  }

  /** Places a problem of the dataset at the value its path names, or the nearest enclosing one. */
  private void datasetProblem(Problem p) {
    int built = p.index() - base.records(p.kind()).size();
    int index = built < 0 || built >= mapped.get(p.kind()).size() ? built : mapped.get(p.kind()).get(built);
    if (index < 0) {
      problems.addInBase(p.path(), p.message());
      return;
    }
    problems.addAt(p.kind().plural() + "[" + index + "]." + p.field(), p.message());
  }
}
