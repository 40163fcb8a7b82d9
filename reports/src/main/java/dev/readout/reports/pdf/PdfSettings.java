package dev.readout.reports.pdf;

import com.lowagie.text.Rectangle;
import java.time.Instant;
import java.util.Locale;

/**
 * The options of one render, resolved against the document: every default filled in.
 *
 * @param pageSize the page size in points
 * @param locale the language of the words the renderer writes itself
 * @param labels those words
 * @param pdfA whether the file is PDF/A-1b
 * @param timestamp the creation and modification date written into the file
 * @param documentId the 16 bytes of the file identifier
 */
record PdfSettings(Rectangle pageSize, Locale locale, Labels labels, boolean pdfA, Instant timestamp, byte[] documentId) {

  PdfSettings {
    documentId = documentId.clone();
  }

  @Override
  public byte[] documentId() {
    return documentId.clone();
  }

  /** The document id as 32 lowercase hex digits. */
  String documentIdHex() {
    StringBuilder sb = new StringBuilder(32);
    for (byte b : documentId) {
      sb.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
    }
    return sb.toString();
  }
}
