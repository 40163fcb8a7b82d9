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

  /**
   * What a derived document id is a hash of, besides the file's content: every field of the
   * metadata, each with its length so that no two differ only in where one ends, and these
   * options. Spelt out rather than taken from the record's {@code toString}, whose form Java leaves
   * unspecified (and whose first call in a process costs a bootstrap of its own).
   */
  String idBasis(Metadata metadata) {
    StringBuilder basis = new StringBuilder("content:");
    field(basis, metadata.title());
    field(basis, metadata.subtitle().orElse(null));
    field(basis, metadata.author().orElse(null));
    field(basis, metadata.organisation().orElse(null));
    field(basis, metadata.date().isPresent() ? metadata.date().get().toString() : null);
    field(basis, metadata.language());
    field(basis, metadata.classification().orElse(null));
    basis.append(metadata.keywords().size()).append(':');
    for (String keyword : metadata.keywords()) {
      field(basis, keyword);
    }
    return basis.append('|').append(pageSize.getWidth()).append('x').append(pageSize.getHeight())
        .append('|').append(locale.toLanguageTag()).append('|').append(pdfA).append('|').append(timestamp)
        .toString();
  }

  /** A field of the basis: its length and text, or "-" when absent. */
  private static void field(StringBuilder basis, String value) {
    if (value == null) {
      basis.append("-;");
    } else {
      basis.append(value.length()).append(':').append(value).append(';');
    }
  }
}
