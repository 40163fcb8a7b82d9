package dev.readout.core.io;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.dataset.DatasetException;
import dev.readout.core.dataset.Problem;
import dev.readout.core.dates.EdtfDate;
import dev.readout.core.dates.EdtfParseException;
import dev.readout.core.model.Act;
import dev.readout.core.model.ActKind;
import dev.readout.core.model.Appointment;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.CommitmentKind;
import dev.readout.core.model.CommitmentStatus;
import dev.readout.core.model.CooperationArea;
import dev.readout.core.model.Country;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.EngagementFormat;
import dev.readout.core.model.EngagementKind;
import dev.readout.core.model.Evidence;
import dev.readout.core.model.Instrument;
import dev.readout.core.model.InstrumentKind;
import dev.readout.core.model.Milestone;
import dev.readout.core.model.MilestoneKind;
import dev.readout.core.model.ModelException;
import dev.readout.core.model.Organization;
import dev.readout.core.model.OrganizationKind;
import dev.readout.core.model.Participant;
import dev.readout.core.model.ParticipantRole;
import dev.readout.core.model.Partnership;
import dev.readout.core.model.PartnershipLevel;
import dev.readout.core.model.Party;
import dev.readout.core.model.PartyKind;
import dev.readout.core.model.Person;
import dev.readout.core.model.Programme;
import dev.readout.core.model.ProgrammeKind;
import dev.readout.core.model.RecordKind;
import dev.readout.core.model.Source;
import dev.readout.core.model.SourceKind;
import dev.readout.core.model.StatusChange;
import dev.readout.core.seed.Datasets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Maps a parsed file to model values field by field, collecting a {@link FileProblem} for every
 * unknown field, wrong type, missing field, bad value and value that cannot be built, each at the
 * line and column of the value. When the whole file maps, the dataset is built on top of the base
 * dataset and every {@link Problem} it reports is placed at the value its path names. One instance
 * reads one file.
 */
final class RecordMapper {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Comparator<FileProblem> FILE_ORDER = Comparator
      .comparingInt((FileProblem p) -> p.hasLocation() ? p.line() : Integer.MAX_VALUE)
      .thenComparingInt(FileProblem::column);

  private final String file;
  private final Format format;
  private final Dataset base;
  private final Dataset.Builder builder;
  private final List<FileProblem> problems = new ArrayList<>();
  private final Map<String, Mark> marks = new HashMap<>();
  private final Map<RecordKind, Set<String>> baseIds = new EnumMap<>(RecordKind.class);
  private final Map<RecordKind, Map<String, Integer>> fileIds = new EnumMap<>(RecordKind.class);
  /** For each kind, the file index of each record built, in order: built record i came from file index mapped.get(i). */
  private final Map<RecordKind, List<Integer>> mapped = new EnumMap<>(RecordKind.class);
  /** For each kind, the ids of the file's records that could not be read. */
  private final Map<RecordKind, Set<String>> unread = new EnumMap<>(RecordKind.class);

  private RecordMapper(String file, Format format, Dataset base) {
    this.file = file;
    this.format = format;
    this.base = base;
    this.builder = base.toBuilder();
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
    mapper.problems.addAll(tree.problems());
    if (extension != null) {
      mapper.visit("extends", extension.value());
      if (!extendsSeed) {
        mapper.problem("extends", extension.value().mark(),
            FileMessages.notABuiltInDataset(extension.value() instanceof Node.Scalar s ? "'" + s.text() + "'"
                : mapper.describe(extension.value())));
      }
    }
    mapper.top(tree.root());
    boolean structural = !mapper.problems.isEmpty();
    try {
      Dataset dataset = mapper.builder.build();
      if (structural) {
        throw mapper.failure();
      }
      return dataset;
    } catch (DatasetException e) {
      // With structural problems, the records that did map are still checked across records, so a
      // staff member sees every problem in one run; complaints that a reference is unknown are left
      // out when it names a record of the file that could not be read (its own problems are listed).
      e.problems().stream().filter(p -> !structural || !mapper.aboutAnUnreadRecord(p)).forEach(mapper::datasetProblem);
      throw mapper.failure();
    }
  }

  private DatasetFileException failure() {
    List<FileProblem> sorted = new ArrayList<>(problems);
    sorted.sort(FILE_ORDER);
    return new DatasetFileException(sorted);
  }

  // ---- the dataset's records ----

  private void top(Node root) {
    Obj top = object(root, "", "a dataset file", Shape.FILE);
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

  private <T> void each(Obj top, RecordKind kind, RecordReader<T> reader, Consumer<T> add) {
    Node.Sequence sequence = sequence(top, kind.plural());
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
    int before = problems.size();
    Obj o = object(node, path, "a source", Shape.SOURCE);
    if (o == null) {
      return null;
    }
    Source.Builder b = Source.builder();
    id(o, RecordKind.SOURCE, index).ifPresent(b::id);
    requiredText(o, "title").ifPresent(b::title);
    text(o, "publisher").ifPresent(b::publisher);
    text(o, "url").ifPresent(b::url);
    choice(o, "kind", SourceKind.class, false).ifPresent(b::sourceKind);
    text(o, "language").ifPresent(b::language);
    date(o, "published", false).ifPresent(b::published);
    text(o, "author").ifPresent(b::author);
    text(o, "translator").ifPresent(b::translator);
    text(o, "text").ifPresent(b::text);
    text(o, "note").ifPresent(b::note);
    return build(o, before, b::build);
  }

  private Country country(Node node, String path, int index) {
    Optional<String> code = countryCode(node, path);
    if (code.isEmpty() || !unique(RecordKind.COUNTRY, code.get(), index, path, node.mark())) {
      return null;
    }
    return Country.of(code.get());
  }

  private Organization organization(Node node, String path, int index) {
    int before = problems.size();
    Obj o = object(node, path, "an organization", Shape.ORGANIZATION);
    if (o == null) {
      return null;
    }
    Organization.Builder b = Organization.builder();
    id(o, RecordKind.ORGANIZATION, index).ifPresent(b::id);
    requiredText(o, "name").ifPresent(b::name);
    text(o, "nativeName").ifPresent(b::nativeName);
    text(o, "acronym").ifPresent(b::acronym);
    choice(o, "kind", OrganizationKind.class, true).ifPresent(b::organizationKind);
    countryCode(o, "country").ifPresent(b::country);
    text(o, "parent").ifPresent(b::parent);
    b.addAllEvidence(evidence(o));
    text(o, "note").ifPresent(b::note);
    return build(o, before, b::build);
  }

  private Person person(Node node, String path, int index) {
    int before = problems.size();
    Obj o = object(node, path, "a person", Shape.PERSON);
    if (o == null) {
      return null;
    }
    Person.Builder b = Person.builder();
    id(o, RecordKind.PERSON, index).ifPresent(b::id);
    requiredText(o, "name").ifPresent(b::name);
    text(o, "nativeName").ifPresent(b::nativeName);
    text(o, "honorific").ifPresent(b::honorific);
    required(o, "country").flatMap(n -> countryCode(n, o.at("country"))).ifPresent(b::country);
    b.addAllAppointments(objects(o, "appointments", this::appointment));
    b.addAllEvidence(evidence(o));
    text(o, "note").ifPresent(b::note);
    return build(o, before, b::build);
  }

  private Appointment appointment(Node node, String path) {
    int before = problems.size();
    Obj o = object(node, path, "an appointment", Shape.APPOINTMENT);
    if (o == null) {
      return null;
    }
    Appointment.Builder b = Appointment.builder();
    requiredText(o, "title").ifPresent(b::title);
    text(o, "organization").ifPresent(b::organization);
    date(o, "start", false).ifPresent(b::start);
    date(o, "end", false).ifPresent(b::end);
    b.addAllEvidence(evidence(o));
    text(o, "note").ifPresent(b::note);
    return build(o, before, b::build);
  }

  private Partnership partnership(Node node, String path, int index) {
    int before = problems.size();
    Obj o = object(node, path, "a partnership", Shape.PARTNERSHIP);
    if (o == null) {
      return null;
    }
    Partnership.Builder b = Partnership.builder();
    id(o, RecordKind.PARTNERSHIP, index).ifPresent(b::id);
    if (required(o, "countries").isPresent()) {
      b.addAllCountries(list(o, "countries", this::countryCode));
    }
    choice(o, "level", PartnershipLevel.class, true).ifPresent(b::level);
    text(o, "name").ifPresent(b::name);
    date(o, "since", true).ifPresent(b::since);
    date(o, "until", false).ifPresent(b::until);
    b.addAllEvidence(evidence(o));
    text(o, "note").ifPresent(b::note);
    return build(o, before, b::build);
  }

  private Instrument instrument(Node node, String path, int index) {
    int before = problems.size();
    Obj o = object(node, path, "an instrument", Shape.INSTRUMENT);
    if (o == null) {
      return null;
    }
    Instrument.Builder b = Instrument.builder();
    id(o, RecordKind.INSTRUMENT, index).ifPresent(b::id);
    requiredText(o, "title").ifPresent(b::title);
    choice(o, "kind", InstrumentKind.class, true).ifPresent(b::instrumentKind);
    b.addAllParties(list(o, "parties", this::party));
    date(o, "signed", false).ifPresent(b::signed);
    date(o, "validity", false).ifPresent(b::validity);
    b.addAllAreas(list(o, "areas", this::area));
    text(o, "summary").ifPresent(b::summary);
    b.addAllEvidence(evidence(o));
    text(o, "note").ifPresent(b::note);
    return build(o, before, b::build);
  }

  private Engagement engagement(Node node, String path, int index) {
    int before = problems.size();
    Obj o = object(node, path, "an engagement", Shape.ENGAGEMENT);
    if (o == null) {
      return null;
    }
    Engagement.Builder b = Engagement.builder();
    id(o, RecordKind.ENGAGEMENT, index).ifPresent(b::id);
    requiredText(o, "title").ifPresent(b::title);
    choice(o, "kind", EngagementKind.class, true).ifPresent(b::engagementKind);
    choice(o, "format", EngagementFormat.class, true).ifPresent(b::format);
    date(o, "date", true).ifPresent(b::date);
    text(o, "place").ifPresent(b::place);
    countryCode(o, "placeCountry").ifPresent(b::placeCountry);
    text(o, "occasion").ifPresent(b::occasion);
    text(o, "parent").ifPresent(b::parent);
    b.addAllSides(list(o, "sides", this::countryCode));
    b.addAllParticipants(objects(o, "participants", this::participant));
    b.addAllAreas(list(o, "areas", this::area));
    b.addAllInstruments(list(o, "instruments", this::text));
    text(o, "summary").ifPresent(b::summary);
    b.addAllActs(objects(o, "acts", this::act));
    b.addAllEvidence(evidence(o));
    text(o, "note").ifPresent(b::note);
    return build(o, before, b::build);
  }

  private Participant participant(Node node, String path) {
    int before = problems.size();
    Obj o = object(node, path, "a participant", Shape.PARTICIPANT);
    if (o == null) {
      return null;
    }
    Participant.Builder b = Participant.builder();
    text(o, "person").ifPresent(b::person);
    text(o, "organization").ifPresent(b::organization);
    text(o, "description").ifPresent(b::description);
    required(o, "side").flatMap(n -> countryCode(n, o.at("side"))).ifPresent(b::side);
    choice(o, "role", ParticipantRole.class, false).ifPresent(b::role);
    return build(o, before, b::build);
  }

  private Act act(Node node, String path) {
    int before = problems.size();
    Obj o = object(node, path, "an act", Shape.ACT);
    if (o == null) {
      return null;
    }
    Act.Builder b = Act.builder();
    choice(o, "kind", ActKind.class, true).ifPresent(b::actKind);
    b.addAllBy(list(o, "by", this::party));
    b.addAllTo(list(o, "to", this::party));
    requiredText(o, "description").ifPresent(b::description);
    b.addAllEvidence(evidence(o));
    return build(o, before, b::build);
  }

  private Commitment commitment(Node node, String path, int index) {
    int before = problems.size();
    Obj o = object(node, path, "a commitment", Shape.COMMITMENT);
    if (o == null) {
      return null;
    }
    Commitment.Builder b = Commitment.builder();
    id(o, RecordKind.COMMITMENT, index).ifPresent(b::id);
    choice(o, "kind", CommitmentKind.class, true).ifPresent(b::commitmentKind);
    if (required(o, "makers").isPresent()) {
      b.addAllMakers(list(o, "makers", this::party));
    }
    b.addAllAddressees(list(o, "addressees", this::party));
    text(o, "engagement").ifPresent(b::engagement);
    requiredText(o, "text").ifPresent(b::text);
    b.addAllAreas(list(o, "areas", this::area));
    date(o, "due", false).ifPresent(b::due);
    b.addAllInstruments(list(o, "instruments", this::text));
    b.addAllProgrammes(list(o, "programmes", this::text));
    b.addAllMilestones(list(o, "milestones", this::text));
    b.addAllStatusHistory(objects(o, "statusHistory", this::statusChange));
    b.addAllEvidence(evidence(o));
    text(o, "note").ifPresent(b::note);
    return build(o, before, b::build);
  }

  private StatusChange statusChange(Node node, String path) {
    int before = problems.size();
    Obj o = object(node, path, "a status change", Shape.STATUS_CHANGE);
    if (o == null) {
      return null;
    }
    StatusChange.Builder b = StatusChange.builder();
    date(o, "date", true).ifPresent(b::date);
    choice(o, "status", CommitmentStatus.class, true).ifPresent(b::status);
    text(o, "note").ifPresent(b::note);
    b.addAllEvidence(evidence(o));
    return build(o, before, b::build);
  }

  private Programme programme(Node node, String path, int index) {
    int before = problems.size();
    Obj o = object(node, path, "a programme", Shape.PROGRAMME);
    if (o == null) {
      return null;
    }
    Programme.Builder b = Programme.builder();
    id(o, RecordKind.PROGRAMME, index).ifPresent(b::id);
    requiredText(o, "title").ifPresent(b::title);
    choice(o, "kind", ProgrammeKind.class, true).ifPresent(b::programmeKind);
    b.addAllParties(list(o, "parties", this::party));
    date(o, "period", false).ifPresent(b::period);
    b.addAllAreas(list(o, "areas", this::area));
    text(o, "summary").ifPresent(b::summary);
    b.addAllEvidence(evidence(o));
    text(o, "note").ifPresent(b::note);
    return build(o, before, b::build);
  }

  private Milestone milestone(Node node, String path, int index) {
    int before = problems.size();
    Obj o = object(node, path, "a milestone", Shape.MILESTONE);
    if (o == null) {
      return null;
    }
    Milestone.Builder b = Milestone.builder();
    id(o, RecordKind.MILESTONE, index).ifPresent(b::id);
    requiredText(o, "title").ifPresent(b::title);
    choice(o, "kind", MilestoneKind.class, true).ifPresent(b::milestoneKind);
    date(o, "date", true).ifPresent(b::date);
    b.addAllParties(list(o, "parties", this::party));
    b.addAllAreas(list(o, "areas", this::area));
    text(o, "summary").ifPresent(b::summary);
    b.addAllEvidence(evidence(o));
    text(o, "note").ifPresent(b::note);
    return build(o, before, b::build);
  }

  private List<Evidence> evidence(Obj o) {
    return objects(o, "evidence", this::evidence);
  }

  private Evidence evidence(Node node, String path) {
    int before = problems.size();
    Obj o = object(node, path, "evidence", Shape.EVIDENCE);
    if (o == null) {
      return null;
    }
    Evidence.Builder b = Evidence.builder();
    requiredText(o, "source").ifPresent(b::source);
    requiredText(o, "quote").ifPresent(b::quote);
    text(o, "note").ifPresent(b::note);
    return build(o, before, b::build);
  }

  // ---- values ----

  /** A mapping of the file, its path and what it describes, with its unknown fields reported. */
  private static final class Obj {
    private final Node.Mapping node;
    private final String path;

    Obj(Node.Mapping node, String path) {
      this.node = node;
      this.path = path;
    }

    Node get(String key) {
      Node.Entry entry = node.get(key);
      return entry == null ? null : entry.value();
    }

    String at(String key) {
      return path.isEmpty() ? key : path + "." + key;
    }
  }

  private Obj object(Node node, String path, String owner, List<String> fields) {
    visit(path, node);
    if (!(node instanceof Node.Mapping mapping)) {
      if (path.isEmpty()) {
        problem(path, node.mark(), FileMessages.notADataset(mappingNoun(), describe(node)));
      } else {
        wrongType(path, node, mappingNoun());
      }
      return null;
    }
    Obj o = new Obj(mapping, path);
    for (Node.Entry entry : mapping.entries()) {
      if (!fields.contains(entry.key())) {
        problem(o.at(entry.key()), entry.keyMark(), FileMessages.unknownField(owner, entry.key(), fields,
            Suggestions.nearest(entry.key(), fields)));
      }
    }
    return o;
  }

  private <T> T build(Obj o, int problemsBefore, Supplier<T> build) {
    if (problems.size() > problemsBefore) {
      return null;
    }
    try {
      return build.get();
    } catch (ModelException e) {
      problem(o.path, o.node.mark(), e.getMessage());
      return null;
    }
  }

  private Optional<Node> required(Obj o, String key) {
    Node node = o.get(key);
    if (node == null) {
      problem(o.at(key), o.node.mark(), FileMessages.missing());
    }
    return Optional.ofNullable(node);
  }

  private Optional<String> text(Obj o, String key) {
    Node node = o.get(key);
    return node == null ? Optional.empty() : text(node, o.at(key));
  }

  private Optional<String> text(Node node, String path) {
    visit(path, node);
    if (node instanceof Node.Scalar s && isText(s)) {
      return Optional.of(s.text());
    }
    wrongType(path, node, "a string");
    return Optional.empty();
  }

  /** A string is text; in YAML, whose scalars are all text, so is a plain scalar that reads as a number or boolean. */
  private boolean isText(Node.Scalar s) {
    return s.type() == Node.Type.STRING
        || format == Format.YAML && (s.type() == Node.Type.NUMBER || s.type() == Node.Type.BOOLEAN);
  }

  private Optional<String> requiredText(Obj o, String key) {
    return required(o, key).flatMap(node -> text(node, o.at(key))).filter(t -> {
      if (t.isBlank()) {
        problem(o.at(key), o.get(key).mark(), FileMessages.blank(t));
        return false;
      }
      return true;
    });
  }

  private Optional<String> id(Obj o, RecordKind kind, int index) {
    String path = o.at("id");
    return requiredText(o, "id").filter(id -> {
      if (!SLUG.matcher(id).matches()) {
        problem(path, o.get("id").mark(), FileMessages.notSlug(id));
        return false;
      }
      return unique(kind, id, index, path, o.get("id").mark());
    });
  }

  private boolean unique(RecordKind kind, String id, int index, String path, Mark mark) {
    if (baseIds.get(kind).contains(id)) {
      problem(path, mark, FileMessages.duplicateOfBase(kind, id));
      return false;
    }
    Integer first = fileIds.get(kind).putIfAbsent(id, index);
    if (first != null) {
      problem(path, mark, FileMessages.duplicateId(kind, id, first));
      return false;
    }
    return true;
  }

  private Optional<String> countryCode(Obj o, String key) {
    Node node = o.get(key);
    return node == null ? Optional.empty() : countryCode(node, o.at(key));
  }

  private Optional<String> countryCode(Node node, String path) {
    return text(node, path).filter(code -> {
      if (!Country.isCode(code)) {
        problem(path, node.mark(), FileMessages.notCountryCode(code));
        return false;
      }
      return true;
    });
  }

  private Optional<Party> party(Node node, String path) {
    return text(node, path).flatMap(t -> {
      try {
        return Optional.of(Party.parse(t));
      } catch (ModelException e) {
        String country = PartyKind.COUNTRY.prefix() + ":";
        problem(path, node.mark(), t.startsWith(country)
            ? FileMessages.notCountryCode(t.substring(country.length()))
            : FileMessages.notParty(t));
        return Optional.empty();
      }
    });
  }

  private Optional<CooperationArea> area(Node node, String path) {
    return text(node, path).flatMap(t -> {
      if (!SLUG.matcher(t).matches()) {
        problem(path, node.mark(), FileMessages.notArea(t));
        return Optional.empty();
      }
      return Optional.of(CooperationArea.of(t));
    });
  }

  private Optional<EdtfDate> date(Obj o, String key, boolean isRequired) {
    Optional<Node> node = isRequired ? required(o, key) : Optional.ofNullable(o.get(key));
    return node.flatMap(n -> text(n, o.at(key)).flatMap(t -> {
      try {
        return Optional.of(EdtfDate.parse(t));
      } catch (EdtfParseException e) {
        problem(o.at(key), n.mark(), e.getMessage());
        return Optional.empty();
      }
    }));
  }

  private <E extends Enum<E>> Optional<E> choice(Obj o, String key, Class<E> type, boolean isRequired) {
    Optional<Node> node = isRequired ? required(o, key) : Optional.ofNullable(o.get(key));
    return node.flatMap(n -> text(n, o.at(key)).flatMap(t -> {
      Map<String, E> byName = Shape.byName(type);
      E constant = byName.get(t);
      if (constant == null) {
        List<String> accepted = List.copyOf(byName.keySet());
        problem(o.at(key), n.mark(), FileMessages.notChoice(accepted, t, Suggestions.nearest(t, accepted)));
      }
      return Optional.ofNullable(constant);
    }));
  }

  private Node.Sequence sequence(Obj o, String key) {
    Node node = o.get(key);
    if (node == null) {
      return null;
    }
    String path = o.at(key);
    visit(path, node);
    if (node instanceof Node.Sequence sequence) {
      return sequence;
    }
    wrongType(path, node, sequenceNoun());
    return null;
  }

  /** The items of a list field, each read by {@code item}; items that cannot be read are left out. */
  private <T> List<T> list(Obj o, String key, ItemReader<Optional<T>> item) {
    Node.Sequence sequence = sequence(o, key);
    List<T> values = new ArrayList<>();
    if (sequence != null) {
      List<Node> items = sequence.items();
      for (int i = 0; i < items.size(); i++) {
        item.read(items.get(i), o.at(key) + "[" + i + "]").ifPresent(values::add);
      }
    }
    return values;
  }

  private <T> List<T> objects(Obj o, String key, ItemReader<T> item) {
    return list(o, key, (node, path) -> Optional.ofNullable(item.read(node, path)));
  }

  /** Reads one item of a list. */
  private interface ItemReader<T> {
    T read(Node node, String path);
  }

  // ---- problems ----

  private void visit(String path, Node node) {
    marks.putIfAbsent(path, node.mark());
  }

  private void wrongType(String path, Node node, String expected) {
    problem(path, node.mark(), FileMessages.wrongType(expected, describe(node)));
  }

  private String mappingNoun() {
    return format == Format.JSON ? "an object" : "a mapping";
  }

  private String sequenceNoun() {
    return format == Format.JSON ? "an array" : "a list";
  }

  private String describe(Node node) {
    if (node instanceof Node.Mapping) {
      return mappingNoun();
    }
    if (node instanceof Node.Sequence) {
      return sequenceNoun();
    }
    Node.Scalar s = (Node.Scalar) node;
    return switch (s.type()) {
      case STRING -> s.text().isEmpty() && format == Format.YAML ? "an empty value" : "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      case OTHER -> "a value of an unsupported type";
    };
  }

  private void problem(String path, Mark mark, String message) {
    problems.add(new FileProblem(file, mark.line(), mark.column(), path, message));
  }

  /** Places a problem of the dataset at the value its path names, or the nearest enclosing one. */
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

  private void datasetProblem(Problem p) {
    int built = p.index() - base.records(p.kind()).size();
    int index = built < 0 || built >= mapped.get(p.kind()).size() ? built : mapped.get(p.kind()).get(built);
    if (index < 0) {
      problems.add(new FileProblem(file, 0, 0, p.path(), FileMessages.inBase(p.message())));
      return;
    }
    String path = p.kind().plural() + "[" + index + "]." + p.field();
    problem(path, markOf(path), p.message());
  }

  private Mark markOf(String path) {
    for (String at = path; !at.isEmpty(); at = parent(at)) {
      Mark mark = marks.get(at);
      if (mark != null) {
        return mark;
      }
    }
    return Mark.NONE;
  }

  private static String parent(String path) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut < 0 ? "" : path.substring(0, cut);
  }
}
