package dev.readout.reports.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfDocument;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * OpenPDF's {@link PdfDocument} with a leaner record of named destinations, which is what made the
 * heap of a render grow with the document.
 *
 * <p>OpenPDF keeps every named destination until the document is closed, when it writes them as
 * objects and lists them in the catalog's {@code /Dests}: per name, the action of the links to it,
 * the reference its object will have and the destination (the page and the point on it). A book
 * has two per footnote (the mark and the endnote link to each other) and one per heading: 470,000
 * at 10,000 engagements, about 700 bytes each, three quarters of what a layout pass held. This
 * record keeps per name the reference and the destination's bytes as it will be written (about 40),
 * and makes the action anew when a link asks for it (an action is only the reference, so the new
 * one writes the same bytes). The file is byte for byte the same.
 *
 * <p>The record relies on how {@code PdfDocument} (OpenPDF 2.0.x) uses its protected {@code
 * localDestinations}: {@code get}, then {@code put} of the same array after changing it, the page
 * added to a new destination right after its {@code put}, and two iterations over the entries when
 * the document closes (the first may fill in a reference the second reads). The renderer's tests
 * of links, destinations and determinism check that.
 */
final class LeanDocument extends PdfDocument {

  private LeanDocument() {
    localDestinations = new Destinations();
  }

  /** A writer for the document, as {@link PdfWriter#getInstance} makes one, with this record. */
  static PdfWriter writer(com.lowagie.text.Document document, OutputStream out) throws DocumentException {
    LeanDocument pdf = new LeanDocument();
    pdf.setTextRenderingOptions(document.getTextRenderingOptions());
    document.addDocListener(pdf);
    PdfWriter writer = new Writer(pdf, out);
    pdf.addWriter(writer);
    return writer;
  }

  /**
   * The writer, with its cross-reference table in a temporary file ({@link CrossReferences}) from
   * when it opens until it closes. ({@link PdfWriter}'s constructor with a document is protected.)
   */
  private static final class Writer extends PdfWriter {
    private CrossReferences crossReferences;

    Writer(PdfDocument document, OutputStream out) {
      super(document, out);
    }

    @Override
    public void open() {
      super.open();
      crossReferences = CrossReferences.install(body);
    }

    @Override
    public void close() {
      try {
        super.close();
      } finally {
        if (crossReferences != null) {
          crossReferences.close();
        }
      }
    }
  }

  /**
   * The named destinations: values are OpenPDF's {@code {action, reference, destination}} arrays,
   * stored without the action and with the destination as its bytes once its page is known.
   */
  private final class Destinations extends TreeMap<String, Object[]> {
    /** The array last put whose destination may not have its page yet. */
    private Object[] pending;

    @Override
    public Object[] get(Object key) {
      compactPending();
      return super.get(key);
    }

    @Override
    public Object[] put(String key, Object[] value) {
      compactPending();
      value[0] = null; // the action: made anew from the reference when needed
      if (value[2] instanceof PdfDestination) {
        pending = value; // PdfDocument adds the page right after this put
      }
      return super.put(key, value);
    }

    private void compactPending() {
      if (pending != null && pending[2] instanceof PdfDestination d && d.hasPage()) {
        pending[2] = bytes(d);
      }
      pending = null;
    }

    private byte[] bytes(PdfDestination destination) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(48);
      try {
        destination.toPdf(writer, out);
      } catch (IOException e) {
        throw new UncheckedIOException(e); // a ByteArrayOutputStream does not throw
      }
      return out.toByteArray();
    }

    /**
     * The entries, each with its destination made an object again while it is the current one: the
     * arrays themselves, so that a reference filled in during one iteration stays for the next.
     */
    @Override
    public Set<Map.Entry<String, Object[]>> entrySet() {
      compactPending();
      Set<Map.Entry<String, Object[]>> entries = super.entrySet();
      return new AbstractSet<>() {
        @Override
        public Iterator<Map.Entry<String, Object[]>> iterator() {
          Iterator<Map.Entry<String, Object[]>> it = entries.iterator();
          return new Iterator<>() {
            private Object[] current;

            @Override
            public boolean hasNext() {
              boolean more = it.hasNext();
              if (!more) {
                release();
              }
              return more;
            }

            @Override
            public Map.Entry<String, Object[]> next() {
              release();
              Map.Entry<String, Object[]> entry = it.next();
              current = entry.getValue();
              if (current[2] instanceof byte[] b) {
                current[2] = new Written(b);
              }
              return entry;
            }

            private void release() {
              if (current != null && current[2] instanceof Written w) {
                current[2] = w.bytes;
              }
              current = null;
            }
          };
        }

        @Override
        public int size() {
          return entries.size();
        }
      };
    }
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
