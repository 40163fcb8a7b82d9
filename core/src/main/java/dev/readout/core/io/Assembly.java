package dev.readout.core.io;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.dataset.DatasetException;
import dev.readout.core.dataset.Problem;
import dev.readout.core.model.Amendment;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.Country;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.Identified;
import dev.readout.core.model.Instrument;
import dev.readout.core.model.Milestone;
import dev.readout.core.model.Organization;
import dev.readout.core.model.Partnership;
import dev.readout.core.model.Person;
import dev.readout.core.model.Programme;
import dev.readout.core.model.RecordKind;
import dev.readout.core.model.Source;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Builds one dataset from its parts in order — the records of each, a record defined again
 * reported on the later one (a country listed again is the same country, taken once), then every amendment, read now that the records it may amend are
 * known, kind by kind in file order — and places every problem and warning the dataset reports at
 * the value it is about, in the file that holds it. A file's parsed tree is not kept: the files with
 * problems to place are parsed again, one at a time.
 */
final class Assembly {
  /**
   * What building gave.
   *
   * @param dataset the dataset, or null when it is not valid
   * @param problems the problems found in putting the parts together and in the dataset, placed
   * @param warnings what the dataset could not check, placed
   */
  record Outcome(Dataset dataset, List<FileProblem> problems, List<FileProblem> warnings) {}

  /**
   * The home side of a dataset and where it is set: a file's {@code home}, or a dataset part's.
   *
   * @param code the ISO code
   * @param part the part that sets it
   * @param mark where the file sets it; {@link Mark#NONE} for a dataset part
   */
  record Home(String code, Part part, Mark mark) {}

  /** Where an amendment was given: its part, and for a file the path of its entry and the entry as parsed. */
  private record AmendmentOrigin(Part part, String path, Node entry) {}

  /** A problem to place in a file once the file is parsed again. */
  private record Pending(String path, String message, List<FileProblem> into) {}

  private final List<Part> parts;
  private final String reportAs;
  private final List<FileProblem> problems = new ArrayList<>();
  private final List<FileProblem> warnings = new ArrayList<>();
  private final Map<RecordKind, List<Identified>> records = new EnumMap<>(RecordKind.class);
  /** For each kind, the part and the position within it of each record of the dataset. */
  private final Map<RecordKind, FileContent.IntList> partOf = new EnumMap<>(RecordKind.class);
  private final Map<RecordKind, FileContent.IntList> localOf = new EnumMap<>(RecordKind.class);
  private final Map<RecordKind, Map<String, Integer>> positions = new EnumMap<>(RecordKind.class);
  private final List<AmendmentOrigin> amendmentOrigins = new ArrayList<>();
  /**
   * For each kind, the records that preferred amendments read so far have amended, as the last of
   * them left it: the record a later amendment of it is read against, as the dataset applies it.
   */
  private final Map<RecordKind, Map<String, Identified>> amended = new EnumMap<>(RecordKind.class);
  private final Map<FileContent, List<Pending>> pending = new LinkedHashMap<>();
  private Optional<Home> home = Optional.empty();

  private Assembly(List<Part> parts, String reportAs) {
    this.parts = parts;
    this.reportAs = reportAs;
    for (RecordKind kind : RecordKind.values()) {
      records.put(kind, new ArrayList<>());
      amended.put(kind, new HashMap<>());
      partOf.put(kind, new FileContent.IntList());
      localOf.put(kind, new FileContent.IntList());
      positions.put(kind, new HashMap<>());
    }
  }

  /**
   * Builds the dataset of some parts.
   *
   * @param parts the parts, bases before the files that build on them
   * @param home the dataset's home side, if it has one
   * @param strict whether quotes that cannot be checked are problems rather than warnings
   * @param reportAs the file named by problems found in a dataset part, which has no file
   * @return the dataset, or the problems that keep it from being built
   */
  static Outcome build(List<Part> parts, Optional<Home> home, boolean strict, String reportAs) {
    Assembly a = new Assembly(parts, reportAs);
    a.home = home;
    return a.run(strict);
  }

  private Outcome run(boolean strict) {
    for (int p = 0; p < parts.size(); p++) {
      for (RecordKind kind : RecordKind.values()) {
        addRecords(p, kind);
      }
    }
    for (Part part : parts) {
      if (part instanceof FileContent f) {
        definedElsewhere(f);
      }
    }
    List<Amendment> amendments = amendments();
    Dataset.Builder builder = Dataset.builder().strict(strict);
    addTo(builder);
    builder.addAmendments(amendments);
    home.ifPresent(h -> builder.home(h.code()));
    boolean structural = !problems.isEmpty()
        || parts.stream().anyMatch(p -> p instanceof FileContent f && f.hasProblems());
    Dataset dataset = null;
    try {
      dataset = builder.build();
      dataset.warnings().forEach(w -> place(w, warnings));
    } catch (DatasetException e) {
      // With problems in the files, the records that did map are still checked across records, so a
      // staff member sees every problem in one run; complaints that a reference is unknown are left
      // out when it names a record that could not be read (its own problems are listed).
      e.problems().stream().filter(p -> !structural || !aboutAnUnreadRecord(p)).forEach(p -> place(p, problems));
    }
    placePending();
    return new Outcome(problems.isEmpty() ? dataset : null, List.copyOf(problems), List.copyOf(warnings));
  }

  // ---- records ----

  private void addRecords(int p, RecordKind kind) {
    Part part = parts.get(p);
    List<? extends Identified> given = part instanceof FileContent f ? f.records(kind)
        : ((DatasetPart) part).dataset().recordsAsAdded(kind);
    for (int i = 0; i < given.size(); i++) {
      Identified record = given.get(i);
      Integer first = positions.get(kind).get(record.id());
      if (first != null && kind == RecordKind.COUNTRY) {
        // A country is nothing but its code: files that each need it may each list it.
        continue;
      }
      if (first != null) {
        FileContent f = (FileContent) part; // a dataset part comes first and has no id twice
        int entry = f.entry(kind, i);
        String path = kind.plural() + "[" + entry + "]" + (kind == RecordKind.COUNTRY ? "" : ".id");
        Mark mark = f.idMark(kind, i);
        problems.add(new FileProblem(f.name(), mark.line(), mark.column(), path,
            FileMessages.definedElsewhere(kind, record.id(), where(kind, first))));
        continue;
      }
      positions.get(kind).put(record.id(), records.get(kind).size());
      records.get(kind).add(record);
      partOf.get(kind).add(p);
      localOf.get(kind).add(i);
    }
  }

  /**
   * Reports each entry of a file that could not be read and has the id of a record defined in
   * another part: most likely an amendment that lacks {@code amends: true}.
   */
  private void definedElsewhere(FileContent f) {
    for (RecordKind kind : RecordKind.values()) {
      if (kind == RecordKind.COUNTRY) {
        continue;
      }
      for (FileContent.Unread entry : f.unread(kind).values()) {
        Integer first = positions.get(kind).get(entry.id());
        if (first != null && parts.get(partOf.get(kind).get(first)) != f) {
          problems.add(new FileProblem(f.name(), entry.mark().line(), entry.mark().column(),
              kind.plural() + "[" + entry.entry() + "].id", FileMessages.definedElsewhere(kind, entry.id(), where(kind, first))));
        }
      }
    }
  }

  /** {@return where the record at a position of the dataset is defined: {@code base.yaml:10:9}, or a dataset part's name} */
  private String where(RecordKind kind, int position) {
    Part part = parts.get(partOf.get(kind).get(position));
    if (part instanceof FileContent f) {
      Mark mark = f.idMark(kind, localOf.get(kind).get(position));
      return f.name() + ":" + mark.line() + ":" + mark.column();
    }
    return part.name();
  }

  @SuppressWarnings("unchecked")
  private <T> List<T> of(RecordKind kind) {
    return (List<T>) records.get(kind);
  }

  private void addTo(Dataset.Builder b) {
    b.addSources(this.<Source>of(RecordKind.SOURCE))
        .addCountries(this.<Country>of(RecordKind.COUNTRY))
        .addOrganizations(this.<Organization>of(RecordKind.ORGANIZATION))
        .addPeople(this.<Person>of(RecordKind.PERSON))
        .addPartnerships(this.<Partnership>of(RecordKind.PARTNERSHIP))
        .addInstruments(this.<Instrument>of(RecordKind.INSTRUMENT))
        .addEngagements(this.<Engagement>of(RecordKind.ENGAGEMENT))
        .addCommitments(this.<Commitment>of(RecordKind.COMMITMENT))
        .addProgrammes(this.<Programme>of(RecordKind.PROGRAMME))
        .addMilestones(this.<Milestone>of(RecordKind.MILESTONE));
  }

  // ---- amendments ----

  /**
   * Reads every amendment of every part, in order, then puts them kind by kind (the order of a
   * file's arrays), each kind's in the order read: the order an export writes them in, so that a
   * dataset read back from its export is equal to it. Amendments of different kinds speak to
   * different records, so the order between kinds changes nothing else.
   *
   * <p>Each amendment is read against its record as the preferred amendments read before it left it,
   * in this part or an earlier one — the record the dataset applies it to — so that fields it does
   * not give, which it must still hold to be built, agree with those it gives as they will when it
   * is applied: a partnership extended to 2030 by one amendment may be dated to 2025 by the next.
   */
  private List<Amendment> amendments() {
    List<Amendment> read = new ArrayList<>();
    List<AmendmentOrigin> origins = new ArrayList<>();
    for (Part part : parts) {
      if (part instanceof DatasetPart d) {
        for (Amendment a : d.dataset().amendments()) {
          read.add(a);
          origins.add(new AmendmentOrigin(part, "", null));
          // In its canonical form an amendment's record holds the values the amended record has
          // after it, but for the items of fields that gather them, which no rule ties to the rest.
          amends(a);
        }
        continue;
      }
      FileContent f = (FileContent) part;
      if (f.amendments.isEmpty()) {
        continue;
      }
      FileProblems found = new FileProblems(f.name());
      RecordMapper mapper = new RecordMapper(f, found);
      for (FileContent.AmendmentEntry entry : f.amendments) {
        Amendment a = mapper.amendment(entry, id -> target(f, entry.kind(), id));
        if (a != null) {
          read.add(a);
          origins.add(new AmendmentOrigin(f, entry.path(), entry.entry()));
          amends(a);
        }
      }
      problems.addAll(found.list());
    }
    int[] order = IntStream.range(0, read.size()).boxed()
        .sorted(Comparator.comparingInt((Integer j) -> read.get(j).kind().ordinal()))
        .mapToInt(Integer::intValue).toArray();
    List<Amendment> sorted = new ArrayList<>(read.size());
    for (int j : order) {
      sorted.add(read.get(j));
      amendmentOrigins.add(origins.get(j));
    }
    return sorted;
  }

  /** Notes the record as a preferred amendment leaves it, for the amendments of it read later. */
  private void amends(Amendment a) {
    if (a.preferred()) {
      amended.get(a.kind()).put(a.id(), a.record());
    }
  }

  /** The record an amendment names: as the amendments read before it left it, and where it is defined. */
  private Optional<RecordMapper.Target> target(FileContent from, RecordKind kind, String id) {
    Integer at = positions.get(kind).get(id);
    if (at == null) {
      return Optional.empty();
    }
    Part part = parts.get(partOf.get(kind).get(at));
    Optional<String> elsewhere = part == from ? Optional.empty() : Optional.of(where(kind, at));
    Identified record = amended.get(kind).getOrDefault(id, records.get(kind).get(at));
    return Optional.of(new RecordMapper.Target(record, elsewhere));
  }

  // ---- placing the dataset's problems ----

  /** Whether a dataset problem is a reference to a record of a file that could not be read. */
  private boolean aboutAnUnreadRecord(Problem p) {
    for (Part part : parts) {
      if (part instanceof FileContent f) {
        for (RecordKind kind : RecordKind.values()) {
          for (String id : f.unread(kind).keySet()) {
            if (p.isUnknownReference(kind, id)) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  /** Places a problem of the dataset at the value its path names, or the nearest enclosing one. */
  private void place(Problem p, List<FileProblem> into) {
    String field = p.field();
    if (p.isAboutAmendment()) {
      AmendmentOrigin origin = amendmentOrigins.get(p.amendment());
      if (origin.part() instanceof FileContent f) {
        Mark mark = Node.markOf(origin.entry(), field);
        String message = p.message();
        Integer target = positions.get(p.kind()).get(p.id());
        if (field.isEmpty() && target != null && parts.get(partOf.get(p.kind()).get(target)) != f) {
          // The amendment as a whole: name the file of the record it amends too.
          message = FileMessages.amendedRecordIn(message, p.kind(), p.id(), where(p.kind(), target));
        }
        into.add(new FileProblem(f.name(), mark.line(), mark.column(), join(origin.path(), field), message));
      } else {
        into.add(outside(origin.part(), p.path(), p.message()));
      }
      return;
    }
    if (p.index() < 0) {
      // The dataset as a whole: its home side, at the file that sets it.
      Optional<Home> h = home.filter(x -> field.equals("home"));
      if (h.isPresent() && h.get().part() instanceof FileContent f) {
        into.add(new FileProblem(f.name(), h.get().mark().line(), h.get().mark().column(), field, p.message()));
      } else if (h.isPresent()) {
        into.add(outside(h.get().part(), field, p.message()));
      } else {
        into.add(new FileProblem(reportAs, 0, 0, p.path(), p.message()));
      }
      return;
    }
    RecordKind kind = p.kind();
    Part part = parts.get(partOf.get(kind).get(p.index()));
    int local = localOf.get(kind).get(p.index());
    if (part instanceof FileContent f) {
      String path = join(kind.plural() + "[" + f.entry(kind, local) + "]", field);
      pending.computeIfAbsent(f, x -> new ArrayList<>()).add(new Pending(path, p.message(), into));
    } else {
      into.add(outside(part, join(kind.plural() + "[" + local + "]", field), p.message()));
    }
  }

  private FileProblem outside(Part part, String path, String message) {
    return new FileProblem(reportAs, 0, 0, path,
        part.name().equals(DatasetFiles.SEED_NAME) ? FileMessages.inSeed(message) : FileMessages.inBase(message));
  }

  private static String join(String path, String field) {
    return field.isEmpty() ? path : path + "." + field;
  }

  /** Parses each file with problems to place again, one at a time, and places them. */
  private void placePending() {
    pending.forEach((f, list) -> {
      Node root = null;
      try {
        root = TreeParser.parse(f.name(), f.format, f.text()).root();
      } catch (IOException | DatasetFileException e) {
        // The file changed or went away since it was read: the problems keep their paths.
      }
      for (Pending p : list) {
        Mark mark = root == null ? Mark.NONE : Node.markOf(root, p.path());
        p.into().add(new FileProblem(f.name(), mark.line(), mark.column(), p.path(), p.message()));
      }
    });
  }
}
