package dev.readout.core.io;

import dev.readout.core.model.Identified;
import dev.readout.core.model.RecordKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;

/**
 * What one dataset file holds once read, without its parsed tree: the bases it names, its home
 * side, its records (each with the position of its entry in the file's array and the place of its
 * id), the entries that amend records defined elsewhere (kept as parsed, to be read once every
 * record of the dataset is known), and the problems found in it. A problem found later is placed
 * by parsing the file again: see {@link #text()}.
 */
final class FileContent implements Part {
  /** An entry that could not be read into a record: its id, its position in its kind's array and where the id is written. */
  record Unread(String id, int entry, Mark mark) {}

  /** A base the file names in {@code extends}: {@code seed} or a path, relative to the file. */
  record Base(String reference, String path, Mark mark) {}

  /** An entry marked {@code amends: true}: its kind, the path of the entry and the entry as parsed. */
  record AmendmentEntry(RecordKind kind, String path, Node entry) {}

  final String name;
  final Format format;
  /** The file on disk, to read again; null when {@link #kept} holds its content. */
  final Path path;
  /** The content of a file read from a stream, kept to place problems; null for a file on disk. */
  final byte[] kept;
  final List<Base> bases = new ArrayList<>();
  Optional<String> home = Optional.empty();
  Mark homeMark = Mark.NONE;
  /** Where {@code extends} is written; {@link Mark#NONE} when the file has none. */
  Mark extendsMark = Mark.NONE;
  /** For each kind (by ordinal), its records; null for none. Kept sparse: a folder may hold thousands of files. */
  private final Kind[] kinds = new Kind[RecordKind.values().length];
  final List<AmendmentEntry> amendments = new ArrayList<>();
  final FileProblems problems;
  /** Whether the file could not be parsed at all. */
  boolean unparsed;

  /** The records of one kind: each with the position of its entry in the array and where its id is written. */
  private static final class Kind {
    final List<Identified> records = new ArrayList<>();
    final IntList entries = new IntList();
    /** Where each record's id is written: its line, then its column. */
    final IntList idMarks = new IntList();
    final Map<String, Unread> unread = new HashMap<>();
  }

  FileContent(String name, Format format, Path path, byte[] kept) {
    this.name = name;
    this.format = format;
    this.path = path;
    this.kept = kept;
    this.problems = new FileProblems(name);
  }

  @Override
  public String name() {
    return name;
  }

  /** {@return whether the file has problems of its own, found as it was read} */
  boolean hasProblems() {
    return problems.count() > 0;
  }

  private Kind kind(RecordKind kind) {
    Kind k = kinds[kind.ordinal()];
    if (k == null) {
      k = new Kind();
      kinds[kind.ordinal()] = k;
    }
    return k;
  }

  /** Adds a record read from the entry at {@code entry} of its kind's array, its id written at {@code idMark}. */
  void add(Identified record, int entry, Mark idMark) {
    Kind k = kind(record.kind());
    k.records.add(record);
    k.entries.add(entry);
    k.idMarks.add(idMark.line());
    k.idMarks.add(idMark.column());
  }

  /** Notes an entry that could not be read, so that references to it are not blamed too. */
  void unread(RecordKind kind, String id, int entry, Mark mark) {
    kind(kind).unread.putIfAbsent(id, new Unread(id, entry, mark));
  }

  /** {@return the records of a kind, in file order} */
  List<Identified> records(RecordKind kind) {
    Kind k = kinds[kind.ordinal()];
    return k == null ? List.of() : k.records;
  }

  /** {@return the entries of a kind that could not be read, by id} */
  Map<String, Unread> unread(RecordKind kind) {
    Kind k = kinds[kind.ordinal()];
    return k == null ? Map.of() : k.unread;
  }

  /** {@return the position in its kind's array of the entry the i-th record of a kind came from} */
  int entry(RecordKind kind, int i) {
    return kinds[kind.ordinal()].entries.get(i);
  }

  /** {@return where the id of the i-th record of a kind is written} */
  Mark idMark(RecordKind kind, int i) {
    IntList marks = kinds[kind.ordinal()].idMarks;
    return new Mark(marks.get(2 * i), marks.get(2 * i + 1));
  }

  /** {@return the file's content, read again from disk unless it was kept} */
  byte[] text() throws java.io.IOException {
    return kept != null ? kept : java.nio.file.Files.readAllBytes(path);
  }

  /** A growable list of ints, without boxing. */
  static final class IntList {
    private int[] values = new int[4];
    private int size;

    void add(int value) {
      if (size == values.length) {
        values = java.util.Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    int get(int i) {
      return values[i];
    }

    int size() {
      return size;
    }
  }
}
