package dev.readout.reports.docx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/** The fixed WordprocessingML of every render: templates read from resources, and the settings. */
final class Ooxml {
  static final String W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  static final String FONT_TABLE_CONTENT_TYPE =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml";
  static final String FONT_TABLE_RELATIONSHIP =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable";

  private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
  /** White space between tags; the templates have no mixed content, so none of it is text. */
  private static final Pattern INDENT = Pattern.compile(">\\s+<");

  /** {@code styles.xml} with a placeholder for the language; see {@link #styles(String)}. */
  private static final String STYLES = template("styles.xml");
  /** {@code fontTable.xml}, written as it is. */
  static final String FONT_TABLE = template("fontTable.xml");

  private Ooxml() {}

  /** The styles part for a document in the given language (a well-formed BCP 47 tag). */
  static String styles(String language) {
    return STYLES.replace("${language}", language);
  }

  /**
   * The settings part. The footnote separators are named only when the document has footnotes;
   * compatibility mode 15 keeps Word from opening the file in compatibility mode. Fields are not
   * marked for update: the table of contents carries its entries already, and Word would ask
   * before opening. {@code pageSettings} names the flags of a Word template's page set-up to set
   * ({@code mirrorMargins}, {@code gutterAtTop}, {@code evenAndOddHeaders}); none without one.
   */
  static String settings(boolean footnotes, List<String> pageSettings) {
    return "<w:settings xmlns:w=\"" + W_NS + "\">"
        + "<w:zoom w:percent=\"100\"/>"
        + flag("mirrorMargins", pageSettings)
        + flag("gutterAtTop", pageSettings)
        + "<w:defaultTabStop w:val=\"709\"/>"
        + flag("evenAndOddHeaders", pageSettings)
        + "<w:characterSpacingControl w:val=\"doNotCompress\"/>"
        + (footnotes ? "<w:footnotePr><w:footnote w:id=\"-1\"/><w:footnote w:id=\"0\"/></w:footnotePr>" : "")
        + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\""
        + " w:val=\"15\"/></w:compat>"
        + "</w:settings>";
  }

  private static String flag(String name, List<String> set) {
    return set.contains(name) ? "<w:" + name + "/>" : "";
  }

  private static String template(String name) {
    try (InputStream in = Ooxml.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " is missing from the readout-reports jar");
      }
      String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      xml = COMMENT.matcher(xml).replaceAll("");
      return INDENT.matcher(xml).replaceAll("><").strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
