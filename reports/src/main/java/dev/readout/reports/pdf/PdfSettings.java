package dev.readout.reports.pdf;

import com.lowagie.text.Rectangle;
import dev.readout.reports.doc.Metadata;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The options of one render, resolved against the document: every default filled in.
 *
 * @param pageSize the page size in points
 * @param locale the language of the words the renderer writes itself
 * @param labels those words
 * @param pdfA whether the file is PDF/A-1b
 * @param timestamp the creation and modification date written into the file
 * @param documentId the 16 bytes of the file identifier, or null to derive them from the file's
 *     content, the document's metadata and these options (see {@link FileIdentity})
 */
record PdfSettings(Rectangle pageSize, Locale locale, Labels labels, boolean pdfA, Instant timestamp, byte[] documentId) {

  PdfSettings {
    documentId = documentId == null ? null : documentId.clone();
  }

  @Override
  public byte[] documentId() {
    return documentId == null ? null : documentId.clone();
  }

  /** The given document id as 32 lowercase hex digits, or null when it is derived. */
  String documentIdHex() {
    return documentId == null ? null : HexFormat.of().formatHex(documentId);
  }

  /** What a derived document id is a hash of, besides the file's content. */
  String idBasis(Metadata metadata) {
    return "content:" + metadata + "|" + pageSize.getWidth() + "x" + pageSize.getHeight() + "|"
        + locale.toLanguageTag() + "|" + pdfA + "|" + timestamp;
  }
}
