package dev.readout.reports.pdf;

import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfIndirectReference;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * {@code PdfDocument}'s record of named destinations, most of it in a temporary file.
 *
 * <p>OpenPDF keeps every named destination until the document is closed, when it writes them as
 * objects and lists them in the catalog's {@code /Dests}: per name, the action of the links to it,
 * the reference its object will have and the destination (the page and the point on it). A book
 * has two per footnote (the mark and the endnote link to each other) and one per heading: 470,000
 * at 10,000 engagements, about 220 bytes each even with the destination kept as its bytes. This
 * record keeps a limited number of names in memory (this map itself) and moves the rest,
 * as name, reference number and destination bytes, to {@link DestinationRuns}; a name looked up
 * again comes back into memory. The action is never kept: it is only the reference, and is made
 * anew when a link asks for it, with the same bytes.
 *
 * <p>The record relies on how {@code PdfDocument} (OpenPDF 2.0.x) uses its protected {@code
 * localDestinations}: {@code get}, then {@code put} of the same array after changing it; the page
 * added to a new destination right after its {@code put}; {@code isEmpty}; and, when the document
 * closes, one iteration over the entries ({@code PdfWriter.addLocalDestinations}, which may fill in
 * a reference). The catalog's list of names is then written by {@link #names()}, one entry at a
 * time, instead of as one array of every name ({@link LeanDocument}'s writer takes the record away
 * from {@code PdfDocument} before it makes the catalog). Other uses of the map fail.
 */
final class NamedDestinations extends TreeMap<String, Object[]> implements Closeable {
  /**
   * Names kept in memory before they move to a run in the temporary file: about 14 MB at most, and
   * room for a book of 1,000 engagements (47,000 names) without the file. Each footnote's endnote
   * looks its name up again, and a look-up in the runs took a twentieth of a 1,000-engagement
   * render when a quarter as many stayed in memory.
   */
  static final int IN_MEMORY = 65_536;

  private final Supplier<PdfWriter> writer;
  private final int inMemory;
  private final DestinationRuns runs = new DestinationRuns();
  /** The array last put whose destination may not have its page yet. */
  private Object[] pending;

  /** A record that keeps {@code inMemory} names in memory ({@link #IN_MEMORY}; tests: a few, for many runs). */
  NamedDestinations(Supplier<PdfWriter> writer, int inMemory) {
    this.writer = writer;
    this.inMemory = inMemory;
  }

  @Override
  public Object[] get(Object key) {
    settle();
    if (super.size() >= inMemory) {
      // Only here: between a get and the put that follows it, the caller changes the array.
      runs.write(entries(), super.size());
      super.clear();
    }
    Object[] value = super.get(key);
    if (value == null && key instanceof String name) {
      DestinationRuns.Entry e = runs.find(name);
      if (e != null) {
        value = array(e);
        super.put(name, value);
      }
    }
    return value;
  }

  @Override
  public Object[] put(String key, Object[] value) {
    settle();
    value[0] = null; // the action: made anew from the reference when needed
    if (value[2] instanceof PdfDestination) {
      pending = value; // PdfDocument adds the page right after this put
    }
    return super.put(key, value);
  }

  @Override
  public boolean isEmpty() {
    return super.isEmpty() && runs.isEmpty();
  }

  @Override
  public int size() {
    throw new UnsupportedOperationException("the named destinations are not counted");
  }

  /** Turns the pending destination into bytes. */
  private void settle() {
    if (pending != null && pending[2] instanceof PdfDestination d && d.hasPage()) {
      pending[2] = bytes(d);
    }
    pending = null;
  }

  private byte[] bytes(PdfDestination destination) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(48);
    try {
      destination.toPdf(writer.get(), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayOutputStream does not throw
    }
    return out.toByteArray();
  }

  private static DestinationRuns.Entry entry(Map.Entry<String, Object[]> e) {
    Object[] value = e.getValue();
    int reference = -1;
    if (value[1] instanceof PdfIndirectReference r) {
      if (r.getGeneration() != 0) {
        throw new IllegalStateException("a named destination's object has generation " + r.getGeneration());
      }
      reference = r.getNumber();
    }
    byte[] destination;
    if (value[2] == null) {
      destination = null;
    } else if (value[2] instanceof byte[] b) {
      destination = b;
    } else if (value[2] instanceof Written w) {
      destination = w.bytes;
    } else {
      throw new IllegalStateException("a named destination that is not written yet: " + value[2].getClass());
    }
    return new DestinationRuns.Entry(e.getKey(), reference, destination);
  }

  private static Object[] array(DestinationRuns.Entry e) {
    return new Object[] {null, e.reference() < 0 ? null : new ObjectReference(e.reference()), e.destination()};
  }

  /**
   * The entries in order of name, each with its destination made an object again while it is the
   * current one; every entry as the iteration left it (with a reference filled in) goes to a new
   * run that replaces all others when the iteration ends.
   */
  @Override
  public Set<Map.Entry<String, Object[]>> entrySet() {
    settle();
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<String, Object[]>> iterator() {
        Iterator<DestinationRuns.Entry> merged = runs.merged(entries());
        DestinationRuns.Compaction compaction = runs.compaction(runs.entries() + NamedDestinations.super.size());
        return new Iterator<>() {
          private Map.Entry<String, Object[]> current;
          private boolean finished;

          @Override
          public boolean hasNext() {
            boolean more = merged.hasNext();
            if (!more && !finished) {
              release();
              compaction.finish();
              NamedDestinations.super.clear();
              finished = true;
            }
            return more;
          }

          @Override
          public Map.Entry<String, Object[]> next() {
            release();
            DestinationRuns.Entry e = merged.next();
            Object[] value = array(e);
            if (e.destination() != null) {
              value[2] = new Written(e.destination());
            }
            current = new AbstractMap.SimpleEntry<>(e.name(), value);
            return current;
          }

          private void release() {
            if (current != null) {
              compaction.add(entry(current));
            }
            current = null;
          }
        };
      }

      @Override
      public int size() {
        throw new UnsupportedOperationException("the named destinations are not counted");
      }
    };
  }

  /** {@return true if some name has a destination: the catalog then lists the names} */
  boolean hasDestinations() {
    Iterator<DestinationRuns.Entry> it = runs.merged(entries());
    while (it.hasNext()) {
      if (it.next().destination() != null) {
        return true;
      }
    }
    return false;
  }

  private Iterator<DestinationRuns.Entry> entries() {
    return super.entrySet().stream().map(NamedDestinations::entry).iterator();
  }

  /**
   * The dictionary OpenPDF's catalog lists the names in, {@code <</Names[(name) ref …]>>} with the
   * names that have a destination, written from the runs one entry at a time: the same bytes as
   * {@code PdfDictionary} and {@code PdfArray} write.
   */
  PdfDictionary names() {
    return new PdfDictionary() {
      @Override
      public void toPdf(PdfWriter w, OutputStream os) throws IOException {
        os.write('<');
        os.write('<');
        PdfName.NAMES.toPdf(w, os);
        os.write('[');
        for (Iterator<DestinationRuns.Entry> it = runs.merged(entries()); it.hasNext(); ) {
          DestinationRuns.Entry e = it.next();
          if (e.destination() == null) {
            continue;
          }
          new PdfString(e.name(), null).toPdf(w, os); // no space before a string
          os.write(' ');
          new ObjectReference(e.reference()).toPdf(w, os);
        }
        os.write(']');
        os.write('>');
        os.write('>');
      }
    };
  }

  /** Deletes the temporary file. */
  @Override
  public void close() {
    runs.close();
  }

  /** A destination whose bytes were written down once its page was known. */
  private static final class Written extends PdfDestination {
    private final byte[] bytes;

    Written(byte[] bytes) {
      super(PdfDestination.FIT);
      this.bytes = bytes;
    }

    @Override
    public void toPdf(PdfWriter writer, OutputStream os) throws IOException {
      os.write(bytes);
    }
  }
}
