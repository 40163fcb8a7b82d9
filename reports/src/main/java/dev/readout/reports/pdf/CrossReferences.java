package dev.readout.reports.pdf;

import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.PdfWriter.PdfBody.PdfCrossReference;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.TreeSet;

/**
 * OpenPDF's cross-reference table kept in a temporary file instead of the heap.
 *
 * <p>{@code PdfWriter.PdfBody} (OpenPDF 2.0.5) records the offset of every object it writes, and
 * a free entry for every number it hands out, in a private {@code TreeSet<PdfCrossReference>} that
 * it keeps until it writes the table at the end: about 72 bytes an object, 75 MB for the million
 * objects of a 10,000-engagement book. This set takes its place ({@link #install}, the one use of
 * reflection on OpenPDF here): each entry is appended to a log of 12 bytes (the number and the
 * offset, or -1 for a free entry), and the table is read back in order of number, one range of
 * numbers at a time, when {@code PdfBody} iterates over it; a later entry for a number replaces
 * an earlier one, as {@code PdfBody}'s remove-then-add does. The heap it uses does not depend on
 * the number of objects.
 *
 * <p>It supports what {@code PdfBody} does with the set without object streams (full
 * compression, which the renderer never turns on): {@code add}, {@code first}, {@code last} and
 * iteration, with entries that are free (generation 65535) or in use (type 1, generation 0).
 * Anything else fails with an exception rather than writing a wrong table.
 */
final class CrossReferences extends TreeSet<PdfCrossReference> implements Closeable {
  /** The OpenPDF version the field and the entries' layout were checked against. */
  static final String OPENPDF_VERSION = "2.0.5";

  /** Numbers of one range read back at a time: a {@code long[]} of 1 MiB. */
  static final int RANGE = 1 << 17;

  private static final long FREE = -1;
  private static final long ABSENT = Long.MIN_VALUE;

  private final int range;
  private final ScratchFile log = new ScratchFile(".xref");
  private final byte[] record = new byte[12];
  private final EntryBytes entryBytes = new EntryBytes();
  private int last = -1;
  private long lastValue;

  /** A table read back {@code range} numbers at a time ({@link #RANGE}; tests: a few, for many ranges). */
  CrossReferences(int range) {
    this.range = range;
  }

  /**
   * Puts a new table in place of the one {@code body} made when the writer opened, with the entries
   * it already has.
   *
   * @throws IllegalStateException if OpenPDF's {@code PdfBody} is not as this class expects
   */
  static CrossReferences install(PdfWriter.PdfBody body) {
    checkEntries();
    Field field = xrefsField();
    try {
      @SuppressWarnings("unchecked")
      TreeSet<PdfCrossReference> existing = (TreeSet<PdfCrossReference>) field.get(body);
      CrossReferences table = new CrossReferences(RANGE);
      existing.forEach(table::add);
      field.set(body, table);
      return table;
    } catch (IllegalAccessException e) {
      throw unexpected("its field xrefs cannot be replaced (" + e.getMessage() + ")");
    }
  }

  private static Field xrefsField() {
    Field field;
    try {
      field = PdfWriter.PdfBody.class.getDeclaredField("xrefs");
    } catch (NoSuchFieldException e) {
      throw unexpected("it has no field xrefs");
    }
    if (field.getType() != TreeSet.class || Modifier.isStatic(field.getModifiers())) {
      throw unexpected("its field xrefs is a " + field.getType().getName() + ", not a TreeSet");
    }
    try {
      field.setAccessible(true);
    } catch (RuntimeException e) {
      throw unexpected("its field xrefs cannot be made accessible (" + e.getMessage() + ")");
    }
    return field;
  }

  /** The entries' number is their hash code, and {@code toPdf(8, …)} writes type, offset, generation. */
  private static void checkEntries() {
    PdfCrossReference used = new PdfCrossReference(123_456, 9_876_543_210L);
    PdfCrossReference free = new PdfCrossReference(7, 0, PdfWriter.GENERATION_MAX);
    EntryBytes bytes = new EntryBytes();
    if (used.hashCode() != 123_456 || valueOf(used, bytes) != 9_876_543_210L || valueOf(free, bytes) != FREE) {
      throw unexpected("its PdfCrossReference does not encode its number and offset as expected");
    }
  }

  private static IllegalStateException unexpected(String what) {
    return new IllegalStateException("OpenPDF's PdfWriter.PdfBody is not what the renderer's cross-reference table "
        + "was written for (OpenPDF " + OPENPDF_VERSION + "): " + what);
  }

  /** Records the entry, replacing any earlier one with the same number; always {@code true}. */
  @Override
  public boolean add(PdfCrossReference entry) {
    int number = entry.hashCode();
    long value = valueOf(entry, entryBytes);
    ByteBuffer.wrap(record).putInt(number).putLong(value);
    log.append(record, 0, record.length);
    if (number >= last) {
      last = number;
      lastValue = value;
    }
    return true;
  }

  /** The entry's offset, or {@link #FREE}, from the bytes it writes in a cross-reference stream. */
  private static long valueOf(PdfCrossReference entry, EntryBytes bytes) {
    bytes.reset();
    try {
      entry.toPdf(8, bytes);
    } catch (IOException e) {
      throw new IllegalStateException(e); // EntryBytes does not throw
    }
    ByteBuffer b = ByteBuffer.wrap(bytes.bytes);
    int type = b.get();
    long offset = b.getLong();
    int generation = b.getShort() & 0xffff;
    if (type == 0 && offset == 0 && generation == PdfWriter.GENERATION_MAX) {
      return FREE;
    }
    if (type == 1 && generation == 0 && offset >= 0) {
      return offset;
    }
    throw new UnsupportedOperationException("a cross-reference entry of type " + type + ", generation " + generation
        + " (object streams are not supported)");
  }

  private static PdfCrossReference entry(int number, long value) {
    return value == FREE ? new PdfCrossReference(number, 0, PdfWriter.GENERATION_MAX)
        : new PdfCrossReference(number, value);
  }

  @Override
  public PdfCrossReference first() {
    return iterator().next();
  }

  @Override
  public PdfCrossReference last() {
    if (last < 0) {
      throw new NoSuchElementException();
    }
    return entry(last, lastValue);
  }

  /** The entries in order of number, read back from the log one range of numbers at a time. */
  @Override
  public Iterator<PdfCrossReference> iterator() {
    return new Iterator<>() {
      private final long[] values = new long[range];
      private final ByteBuffer chunk = ByteBuffer.allocate(64 * 1024 * 12);
      private int start = -range;
      private int next = 0;

      @Override
      public boolean hasNext() {
        while (next <= last) {
          if (next >= start + range) {
            load(next - next % range);
          }
          if (values[next - start] != ABSENT) {
            return true;
          }
          next++;
        }
        return false;
      }

      @Override
      public PdfCrossReference next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        PdfCrossReference e = entry(next, values[next - start]);
        next++;
        return e;
      }

      private void load(int from) {
        start = from;
        Arrays.fill(values, ABSENT);
        long end = log.size();
        for (long at = 0; at < end; at += chunk.limit()) {
          chunk.clear();
          log.read(at, chunk);
          chunk.flip();
          while (chunk.remaining() >= 12) {
            int number = chunk.getInt();
            long value = chunk.getLong();
            if (number >= from && number < from + range) {
              values[number - from] = value;
            }
          }
        }
      }
    };
  }

  @Override
  public int size() {
    throw new UnsupportedOperationException("PdfBody does not count its cross-reference entries");
  }

  @Override
  public boolean remove(Object o) {
    throw new UnsupportedOperationException("entries replace each other: PdfBody's add never fails");
  }

  @Override
  public boolean isEmpty() {
    return last < 0;
  }

  /** Deletes the log. */
  @Override
  public void close() {
    log.close();
  }

  /** Collects the 11 bytes {@code PdfCrossReference.toPdf(8, …)} writes. */
  private static final class EntryBytes extends OutputStream {
    private final byte[] bytes = new byte[11];
    private int size;

    void reset() {
      size = 0;
    }

    @Override
    public void write(int b) {
      bytes[size++] = (byte) b;
    }
  }
}
