package dev.readout.reports.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfIndirectReference;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.TreeMap;

/**
 * The {@link FlowDocument} and its {@link PdfWriter} with OpenPDF's bookkeeping out of the heap, so
 * that the heap a render needs does not grow with the document: OpenPDF keeps a record of every
 * object and every named destination until the file is closed, about 220 bytes an object, 170 MB
 * for the million objects of a 10,000-engagement book.
 *
 * <ul>
 *   <li>the named destinations: {@link NamedDestinations} in place of {@code PdfDocument}'s
 *       protected {@code localDestinations}, and the catalog's list of their names written one
 *       entry at a time;
 *   <li>the cross-reference table: {@link CrossReferences} in place of {@code PdfBody}'s;
 *   <li>the outline: written by {@link Outline#write} when the writer closes, at the point where
 *       {@code PdfDocument} writes its tree of {@code PdfOutline}s (which stays empty).
 * </ul>
 *
 * <p>The file is byte for byte what the same document writes with OpenPDF's own bookkeeping ({@link
 * FlowDocument#writer}; {@code LeanDocumentTest}).
 */
final class LeanDocument extends FlowDocument {
  private final NamedDestinations destinations;

  private LeanDocument(int namesInMemory) {
    destinations = new NamedDestinations(() -> writer, namesInMemory);
    localDestinations = destinations;
  }

  /**
   * A writer for the document, as {@link FlowDocument#writer} makes one, with this record keeping
   * {@code namesInMemory} named destinations in memory ({@link NamedDestinations#IN_MEMORY}; tests:
   * a few).
   */
  static PdfWriter writer(com.lowagie.text.Document document, OutputStream out, int namesInMemory)
      throws DocumentException {
    LeanDocument pdf = new LeanDocument(namesInMemory);
    return pdf.attach(document, new Writer(pdf, out));
  }

  /**
   * Gives the writer the document's outline: a writer made by {@link #writer} writes it when it
   * closes; any other gets OpenPDF's tree of {@code PdfOutline}s.
   */
  static void addOutline(PdfWriter writer, Outline outline) {
    if (writer instanceof Writer lean) {
      lean.outline = outline;
    } else {
      outline.addTo(writer.getRootOutline());
    }
  }

  /**
   * The writer: its cross-reference table in a temporary file from when it opens until it closes,
   * and a catalog whose names come from the document's {@link NamedDestinations}. ({@link
   * PdfWriter}'s constructor with a document is protected.)
   */
  private static final class Writer extends PdfWriter {
    private final LeanDocument document;
    private CrossReferences crossReferences;
    private Outline outline;
    private PdfIndirectReference outlineRoot;

    Writer(LeanDocument document, OutputStream out) {
      super(document, out);
      this.document = document;
    }

    @Override
    public void open() {
      super.open();
      crossReferences = CrossReferences.install(body);
    }

    /**
     * The catalog {@code PdfDocument} makes without the named destinations, then their names as it
     * would add them ({@code PdfCatalog.addNames}): a dictionary with the list, then {@code /Names}
     * pointing to it. Nothing that {@code PdfDocument} or {@code PdfWriter} adds to the file after
     * the names in {@code getCatalog} is used by the renderer (JavaScript, attachments, forms,
     * tagging, layers), and the catalog's entries are in hash order, so the file is the same.
     */
    @Override
    protected PdfDictionary getCatalog(PdfIndirectReference rootObj) {
      document.localDestinations = new TreeMap<>();
      PdfDictionary catalog = super.getCatalog(rootObj);
      if (outlineRoot != null) {
        // PdfDocument puts /PageMode too, but the viewer preferences then decide it.
        catalog.put(PdfName.OUTLINES, outlineRoot);
      }
      if (catalog.contains(PdfName.NAMES)) {
        throw new IllegalStateException("the catalog has other names than the named destinations");
      }
      if (document.destinations.hasDestinations()) {
        try {
          PdfDictionary names = new PdfDictionary();
          names.put(PdfName.DESTS, addToBody(document.destinations.names()).getIndirectReference());
          catalog.put(PdfName.NAMES, addToBody(names).getIndirectReference());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return catalog;
    }

    /**
     * Writes the outline, then closes: {@code PdfDocument.close()} writes its outline just before
     * it calls this, after the named destinations, so the objects have the same numbers.
     */
    @Override
    public void close() {
      try {
        if (outline != null && open) {
          outlineRoot = outline.write(this);
        }
        super.close();
      } finally {
        document.destinations.close();
        if (crossReferences != null) {
          crossReferences.close();
        }
      }
    }
  }
}
