package dev.readout.reports.pdf;

import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import dev.readout.reports.doc.Metadata;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.Locale;
import java.util.TimeZone;
import java.util.regex.Pattern;

/**
 * What makes the same document give the same file: the document information (title, author,
 * dates from the options, never the clock) and the file identifier, from which the fonts' subset
 * tags are derived too ({@link SubsetTag}).
 *
 * <p>The identifier is the document id the renderer was given, or else the first 16 bytes of a
 * SHA-256 of the file as written up to its fonts (every page, with its text, links and drawings),
 * the document's metadata and the options, so that a changed document gets a new one. It is set
 * as the file closes ({@link #onCloseDocument}), when every page has been written and before the
 * fonts are; OpenPDF writes the trailer's {@code /ID} from the document information's {@code
 * FILEID} entry, instead of a random one.
 */
final class FileIdentity extends PdfPageEventHelper {
  private static final Pattern HEX_ID = Pattern.compile("[0-9a-fA-F]{32}");

  private final PdfSettings settings;
  private final Metadata metadata;
  private final Fonts fonts;
  /** The hash of what has been written, when the identifier is derived from it. */
  private MessageDigest contentHash;

  FileIdentity(PdfSettings settings, Metadata metadata, Fonts fonts) {
    this.settings = settings;
    this.metadata = metadata;
    this.fonts = fonts;
  }

  /**
   * The 16 bytes of the identifier a document id stands for: 32 hex digits as they are, any other
   * text the first 16 bytes of its SHA-256.
   */
  static byte[] of(String documentId) {
    return HEX_ID.matcher(documentId).matches()
        ? HexFormat.of().parseHex(documentId)
        : Arrays.copyOf(sha256(documentId), 16);
  }

  /**
   * The stream the file is to be written to, and seen by the hash when the identifier is derived
   * from the content: pass it to the writer.
   */
  OutputStream watch(OutputStream out) {
    if (settings.documentId() != null) {
      return out;
    }
    contentHash = sha256();
    contentHash.update(settings.idBasis(metadata).getBytes(StandardCharsets.UTF_8));
    return new DigestOutputStream(out, contentHash);
  }

  /** Writes the document information and the language into the file's catalog. */
  void describe(PdfWriter writer) {
    PdfDictionary info = writer.getInfo();
    info.put(PdfName.TITLE, text(metadata.title()));
    metadata.author().ifPresent(a -> info.put(PdfName.AUTHOR, text(a)));
    metadata.subtitle().ifPresent(s -> info.put(PdfName.SUBJECT, text(s)));
    if (!metadata.keywords().isEmpty()) {
      info.put(PdfName.KEYWORDS, text(String.join(", ", metadata.keywords())));
    }
    info.put(PdfName.CREATOR, new PdfString("Readout", PdfObject.TEXT_UNICODE));
    GregorianCalendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
    when.setTimeInMillis(settings.timestamp().toEpochMilli());
    info.put(PdfName.CREATIONDATE, new PdfDate(when));
    info.put(PdfName.MODDATE, new PdfDate(when));
    writer.getExtraCatalog().put(PdfName.LANG, new PdfString(metadata.language()));
  }

  private static PdfString text(String value) {
    return new PdfString(Typesetter.plain(value), PdfObject.TEXT_UNICODE);
  }

  /** Sets the file identifier and the fonts' subset tags: every page has been written, no font yet. */
  @Override
  public void onCloseDocument(PdfWriter writer, com.lowagie.text.Document document) {
    if (contentHash != null) {
      writer.flush(); // OpenPDF buffers what it writes: the hash must see every page
    }
    byte[] id = contentHash == null ? settings.documentId() : Arrays.copyOf(contentHash.digest(), 16);
    writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
    fonts.seed(HexFormat.of().formatHex(id));
  }

  static byte[] sha256(String text) {
    return sha256().digest(text.getBytes(StandardCharsets.UTF_8));
  }

  /** A new SHA-256 digest. */
  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
