package dev.readout.reports.pdf;

import java.io.Closeable;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * Named destinations moved out of the heap: sorted runs of entries in a temporary file, as a
 * log-structured merge tree keeps them. {@link NamedDestinations} writes a run each time its
 * entries in memory reach a limit; a later run's entry for a name replaces an earlier one's.
 *
 * <p>Looking a name up must not read every run: each run keeps in memory a Bloom filter (10 bits
 * an entry, about 1% false positives) and every {@value #INDEX_EVERY}th name with its offset, so a
 * name that is not in a run costs no read, and one that is costs one read of at most {@value
 * #INDEX_EVERY} entries. That is about 3 bytes of heap per entry, against about 220 for an entry
 * in memory.
 */
final class DestinationRuns implements Closeable {
  static final int INDEX_EVERY = 32;
  private static final int BLOOM_BITS_PER_ENTRY = 10;
  private static final int BLOOM_PROBES = 7;

  /**
   * A named destination: its name, the number of the object it is written as (or -1 before it
   * has one), and the bytes of the destination (or null when there is none yet).
   */
  record Entry(String name, int reference, byte[] destination) {}

  private final ScratchFile file = new ScratchFile(".dests");
  private final List<Run> runs = new ArrayList<>();

  /** {@return true if no run has been written} */
  boolean isEmpty() {
    return runs.isEmpty();
  }

  /** Writes {@code count} entries sorted by name, with distinct names, as the newest run. */
  void write(Iterator<Entry> sorted, int count) {
    RunWriter writer = new RunWriter(count);
    sorted.forEachRemaining(writer::add);
    runs.add(writer.finish());
  }

  /** {@return how many entries the runs hold, counting a name once per run} */
  int entries() {
    return runs.stream().mapToInt(r -> r.count).sum();
  }

  /** {@return the newest entry for the name, or null} */
  Entry find(String name) {
    long[] hashes = hashes(name);
    for (int i = runs.size() - 1; i >= 0; i--) {
      Entry e = runs.get(i).find(name, hashes);
      if (e != null) {
        return e;
      }
    }
    return null;
  }

  /**
   * The newest entry of each name in the runs and in {@code newest} (sorted, distinct, newer than
   * every run), by name.
   */
  Iterator<Entry> merged(Iterator<Entry> newest) {
    List<Iterator<Entry>> sources = new ArrayList<>();
    for (Run run : runs) {
      sources.add(new RunReader(run.start, run.end));
    }
    sources.add(newest);
    return new Merge(sources);
  }

  /**
   * Starts the run that replaces every run once it is finished (the old runs can be read until
   * then): entries sorted by name, with distinct names, at most {@code count}.
   */
  Compaction compaction(int count) {
    return new Compaction(new RunWriter(count));
  }

  /** A run that takes the place of all others when finished. */
  final class Compaction {
    private final RunWriter writer;

    private Compaction(RunWriter writer) {
      this.writer = writer;
    }

    void add(Entry e) {
      writer.add(e);
    }

    void finish() {
      Run run = writer.finish();
      runs.clear();
      runs.add(run);
    }
  }

  @Override
  public void close() {
    file.close();
  }

  private static long[] hashes(String name) {
    long h = 1125899906842597L;
    for (int i = 0; i < name.length(); i++) {
      h = 31 * h + name.charAt(i);
    }
    long h1 = mix(h);
    long h2 = mix(h1 ^ 0x9E3779B97F4A7C15L) | 1;
    long[] probes = new long[BLOOM_PROBES];
    for (int i = 0; i < BLOOM_PROBES; i++) {
      probes[i] = h1 + i * h2;
    }
    return probes;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static void encode(Entry e, ByteBuffer into) {
    byte[] name = e.name().getBytes(StandardCharsets.UTF_8);
    into.putInt(name.length).put(name).putInt(e.reference());
    if (e.destination() == null) {
      into.putInt(-1);
    } else {
      into.putInt(e.destination().length).put(e.destination());
    }
  }

  private static int encodedSize(Entry e) {
    return 12 + e.name().length() * 3 + (e.destination() == null ? 0 : e.destination().length);
  }

  /** A run: where its entries are, its Bloom filter and its sparse index of names. */
  private final class Run {
    final long start;
    final long end;
    final long[] bloom;
    final String[] names;
    final long[] offsets;
    final int count;

    Run(long start, long end, long[] bloom, String[] names, long[] offsets, int count) {
      this.count = count;
      this.start = start;
      this.end = end;
      this.bloom = bloom;
      this.names = names;
      this.offsets = offsets;
    }

    Entry find(String name, long[] hashes) {
      if (!mayContain(bloom, hashes)) {
        return null;
      }
      int i = Arrays.binarySearch(names, name);
      if (i < 0) {
        i = -i - 2; // the last indexed name before it
        if (i < 0) {
          return null;
        }
      }
      long to = i + 1 < offsets.length ? offsets[i + 1] : end;
      RunReader reader = new RunReader(offsets[i], to);
      while (reader.hasNext()) {
        Entry e = reader.next();
        int c = e.name().compareTo(name);
        if (c == 0) {
          return e;
        }
        if (c > 0) {
          return null;
        }
      }
      return null;
    }
  }

  private static boolean mayContain(long[] bloom, long[] hashes) {
    long bits = bloom.length * 64L;
    for (long h : hashes) {
      long bit = Math.floorMod(h, bits);
      if ((bloom[(int) (bit >>> 6)] & (1L << bit)) == 0) {
        return false;
      }
    }
    return true;
  }

  /** Appends entries to the file, noting every {@value #INDEX_EVERY}th name and each name's hashes. */
  private final class RunWriter {
    private final long start = file.size();
    private final List<String> names = new ArrayList<>();
    private final List<Long> offsets = new ArrayList<>();
    private final long[] bloom;
    private ByteBuffer buffer = ByteBuffer.allocate(4096);
    private String previous;
    private int count;

    /** A writer of at most {@code expected} entries, for the size of the Bloom filter. */
    RunWriter(int expected) {
      bloom = new long[Math.max(1, (int) (((long) expected * BLOOM_BITS_PER_ENTRY + 63) / 64))];
    }

    void add(Entry e) {
      if (previous != null && previous.compareTo(e.name()) >= 0) {
        throw new IllegalArgumentException("entries not sorted or not distinct: " + previous + ", " + e.name());
      }
      previous = e.name();
      if (count % INDEX_EVERY == 0) {
        names.add(e.name());
        offsets.add(file.size());
      }
      count++;
      long bits = bloom.length * 64L;
      for (long probe : hashes(e.name())) {
        long bit = Math.floorMod(probe, bits);
        bloom[(int) (bit >>> 6)] |= 1L << bit;
      }
      if (buffer.capacity() < encodedSize(e)) {
        buffer = ByteBuffer.allocate(encodedSize(e));
      }
      buffer.clear();
      encode(e, buffer);
      file.append(buffer.array(), 0, buffer.position());
    }

    Run finish() {
      return new Run(start, file.size(), bloom, names.toArray(String[]::new),
          offsets.stream().mapToLong(Long::longValue).toArray(), count);
    }
  }

  /** Reads the entries between two offsets, in order. */
  private final class RunReader implements Iterator<Entry> {
    private long position;
    private final long end;
    private ByteBuffer buffer;

    /** A reader of a whole run, or of the few entries a lookup reads: its buffer no larger than that. */
    RunReader(long start, long end) {
      this.position = start;
      this.end = end;
      this.buffer = ByteBuffer.allocate((int) Math.max(64, Math.min(16 * 1024, end - start))).flip();
    }

    @Override
    public boolean hasNext() {
      return buffer.hasRemaining() || position < end;
    }

    @Override
    public Entry next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      byte[] name = new byte[ensure(4).getInt()];
      ensure(name.length + 8).get(name);
      int reference = buffer.getInt();
      int length = buffer.getInt();
      byte[] destination = null;
      if (length >= 0) {
        destination = new byte[length];
        ensure(length).get(destination);
      }
      return new Entry(new String(name, StandardCharsets.UTF_8), reference, destination);
    }

    /** Makes sure the buffer has {@code n} bytes left, reading more from the file. */
    private ByteBuffer ensure(int n) {
      if (buffer.remaining() >= n) {
        return buffer;
      }
      if (buffer.capacity() < n) {
        buffer = ByteBuffer.allocate(n).put(buffer);
      } else {
        buffer.compact();
      }
      int want = (int) Math.min(buffer.remaining(), end - position);
      ByteBuffer slice = buffer.slice().limit(want);
      file.read(position, slice);
      position += want;
      buffer.position(buffer.position() + want).flip();
      if (buffer.remaining() < n) {
        throw new IllegalStateException("a run of named destinations ends inside an entry");
      }
      return buffer;
    }
  }

  /** Merges sorted sources, keeping for each name the entry of the last source that has it. */
  private static final class Merge implements Iterator<Entry> {
    private record Head(Entry entry, int source) {}

    private final List<Iterator<Entry>> sources;
    private final PriorityQueue<Head> heads = new PriorityQueue<>((a, b) -> {
      int c = a.entry().name().compareTo(b.entry().name());
      return c != 0 ? c : Integer.compare(a.source(), b.source());
    });

    Merge(List<Iterator<Entry>> sources) {
      this.sources = sources;
      for (int i = 0; i < sources.size(); i++) {
        advance(i);
      }
    }

    private void advance(int source) {
      if (sources.get(source).hasNext()) {
        heads.add(new Head(sources.get(source).next(), source));
      }
    }

    @Override
    public boolean hasNext() {
      return !heads.isEmpty();
    }

    @Override
    public Entry next() {
      Head head = heads.poll();
      if (head == null) {
        throw new NoSuchElementException();
      }
      advance(head.source());
      while (!heads.isEmpty() && heads.peek().entry().name().equals(head.entry().name())) {
        head = heads.poll(); // a later source: newer
        advance(head.source());
      }
      return head.entry();
    }
  }
}
