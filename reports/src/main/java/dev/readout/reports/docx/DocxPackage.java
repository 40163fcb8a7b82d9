package dev.readout.reports.docx;

import dev.readout.reports.doc.Metadata;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.apache.commons.io.output.DeferredFileOutputStream;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * The skeleton of one Word file, built with POI's XWPF: the parts and their relationships
 * (hyperlinks, footnotes, header, footer, styles, numbering, settings, font table), the content
 * types and the file properties. It holds no content, so it stays small whatever the size of the
 * document.
 *
 * <p>The content is the {@link DocxContext}'s: it streams the body, the footnotes, the header and
 * the footer into the {@linkplain #content(Part) streams} this class hands out, which keep a part
 * in memory up to a limit and then move it to a temporary file. {@link #write} zips the package
 * with those streams in place of the skeleton's versions of the parts ({@link Zips#rewrite}), the
 * way POI's SXSSF splits a workbook. Relationship ids come from POI as each part or hyperlink is
 * created, so a caller that creates them in document order gets the same ids on every render.
 */
final class DocxPackage implements AutoCloseable {
  /**
   * Bytes of a streamed part kept in memory before it moves to a temporary file: the seed's whole
   * briefing book stays in memory, a large book's body and notes together hold at most a few MB.
   */
  static final int IN_MEMORY = 4 * 1024 * 1024;

  private static final String DEFAULT_CREATOR = "Readout";

  private final XWPFDocument docx = new XWPFDocument();
  private final Part body = new Part(docx);
  /** Bytes of a part kept in memory before it moves to a temporary file. */
  private final int spillLimit;
  /** Where the temporary files go; null for {@code java.io.tmpdir}. */
  private final Path tempDirectory;
  /** The content of each part whose skeleton version is replaced, by zip entry name. */
  private final Map<String, Zips.Content> contents = new LinkedHashMap<>();
  private final List<DeferredFileOutputStream> buffers = new ArrayList<>();
  private boolean footnotes;
  /** The Word template whose styles, theme and numbering the package takes, or null. */
  private final DocxTemplate template;
  /** The parts copied from the template so far, by their name there, and their names here. */
  private final Map<String, PackagePartName> copied = new HashMap<>();

  /**
   * A package whose content streams keep {@code spillLimit} bytes each in memory, then move to a
   * temporary file in {@code tempDirectory} ({@code java.io.tmpdir} when null); with the styles,
   * theme and numbering of {@code template}, when not null.
   */
  DocxPackage(int spillLimit, Path tempDirectory, DocxTemplate template) {
    this.spillLimit = spillLimit;
    this.tempDirectory = tempDirectory;
    this.template = template;
  }

  /** {@return the main part, {@code word/document.xml}} */
  Part body() {
    return body;
  }

  /** Adds the footnotes part; {@link #write} then sets up the footnote separators in the settings. */
  Part footnotes() {
    footnotes = true;
    return new Part(docx.createFootnotes());
  }

  /** Adds the header shown on every page ({@code DEFAULT}), the first or the even ones. */
  Part header(HeaderFooterType type) {
    return new Part(docx.createHeader(type));
  }

  /** Adds the footer shown on every page ({@code DEFAULT}), the first or the even ones. */
  Part footer(HeaderFooterType type) {
    return new Part(docx.createFooter(type));
  }

  /** Writes {@code bytes} as the content of the part, in place of the skeleton's version. */
  void replace(Part part, byte[] bytes) {
    byte[] content = bytes.clone();
    contents.put(part.entryName(), out -> out.write(content));
  }

  /**
   * Gives the part the relationships of a part copied from the template, with the same ids (which
   * its XML refers to): the parts they lead to (images, as a rule) are copied into the package under
   * their names in the template, or a free name like them, once however often they are referred to.
   */
  void copyRelationships(Part part, DocxTemplate.PartCopy source) {
    copyRelationships(part.part.getPackagePart(), source);
  }

  private void copyRelationships(PackagePart to, DocxTemplate.PartCopy source) {
    for (DocxTemplate.Relationship rel : source.relationships()) {
      if (rel.externalTarget() != null) {
        to.addExternalRelationship(rel.externalTarget(), rel.type(), rel.id());
      } else {
        to.addRelationship(copy(rel.part()), TargetMode.INTERNAL, rel.type(), rel.id());
      }
    }
  }

  /** Copies a part of the template and what it refers to; returns its name here. */
  private PackagePartName copy(DocxTemplate.PartCopy source) {
    PackagePartName known = copied.get(source.name());
    if (known != null) {
      return known;
    }
    try {
      PackagePartName name = freeName(source.name());
      copied.put(source.name(), name);
      PackagePart part = docx.getPackage().createPart(name, source.contentType());
      try (OutputStream out = part.getOutputStream()) {
        out.write(source.bytes());
      }
      copyRelationships(part, source);
      return name;
    } catch (InvalidFormatException | IOException e) {
      throw new IllegalStateException("a part of the Word template must copy: " + source.name(), e);
    }
  }

  /** The name, or the same with {@code -2}, {@code -3} ... before its extension when the package has that one. */
  private PackagePartName freeName(String wanted) throws InvalidFormatException {
    int dot = wanted.lastIndexOf('.');
    int slash = wanted.lastIndexOf('/');
    String stem = dot > slash ? wanted.substring(0, dot) : wanted;
    String extension = dot > slash ? wanted.substring(dot) : "";
    PackagePartName name = PackagingURIHelper.createPartName(wanted);
    for (int n = 2; docx.getPackage().containPart(name); n++) {
      name = PackagingURIHelper.createPartName(stem + "-" + n + extension);
    }
    return name;
  }

  /**
   * Adds a PNG image to the package (once, however often it is added) and returns the id of the
   * body's relationship to it.
   */
  String picture(byte[] png) {
    try {
      return docx.addPictureData(png, org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG);
    } catch (InvalidFormatException e) {
      throw new IllegalStateException("a chart's image could not be added", e);
    }
  }

  /** {@return the id of the body's relationship to {@code part}, for a header or footer reference} */
  String relationId(Part part) {
    return docx.getRelationId(part.part);
  }

  /**
   * Returns a stream for the content of {@code part}, which takes the place of the skeleton's
   * version when the package is written. The bytes stay in memory up to the limit given to the
   * constructor, then move to a temporary file deleted by {@link #close}.
   */
  OutputStream content(Part part) {
    DeferredFileOutputStream buffer = DeferredFileOutputStream.builder().setThreshold(spillLimit)
        .setBufferSize(64 * 1024).setDirectory(tempDirectory).setPrefix("readout-").setSuffix(".docx.part").get();
    buffers.add(buffer);
    contents.put(part.entryName(), buffer::writeTo);
    return buffer;
  }

  /**
   * Completes the skeleton (styles in the document's language, the lists' numbering, settings, the
   * font table, the file properties) and zips the package to {@code out}: the same bytes for the
   * same content and timestamp.
   *
   * @param metadata the document's metadata, for the styles' language and the file properties
   * @param numbering the numbering of the lists written, if any
   * @param timestamp the creation and modification time
   * @param clean how text is written into the properties (the characters XML forbids left out)
   * @param out where the zip goes; flushed, not closed
   */
  void write(Metadata metadata, Numbering numbering, Instant timestamp, UnaryOperator<String> clean,
      OutputStream out) throws IOException {
    try {
      parts(metadata.language(), numbering);
    } catch (XmlException | InvalidFormatException e) {
      throw new IllegalStateException("the renderer's own WordprocessingML must be valid", e);
    }
    properties(metadata, timestamp, clean);
    for (DeferredFileOutputStream buffer : buffers) {
      buffer.close(); // the content is complete; only a closed stream can be read back
    }
    ByteArrayOutputStream skeleton = new ByteArrayOutputStream(64 * 1024);
    docx.write(skeleton);
    Zips.rewrite(skeleton.toByteArray(), Zips.entryTime(timestamp), contents, out);
  }

  /**
   * Styles, numbering, settings and the font table, from Readout's own; with a Word template, its
   * styles (merged with Readout's), theme and numbering (followed by Readout's).
   */
  private void parts(String language, Numbering numbering) throws XmlException, InvalidFormatException, IOException {
    if (template == null) {
      docx.createStyles().setStyles(StylesDocument.Factory.parse(Ooxml.styles(language)).getStyles());
      if (!numbering.isEmpty()) {
        docx.createNumbering().setNumbering(NumberingDocument.Factory.parse(numbering.xml()).getNumbering());
      }
    } else {
      templateParts(language, numbering);
    }
    List<String> pageSettings = template == null ? List.of() : template.pageSettings();
    docx.getSettings().getCTSettings().set(
        SettingsDocument.Factory.parse(Ooxml.settings(footnotes, pageSettings)).getSettings());
    PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
    PackagePart fonts = docx.getPackage().createPart(name, Ooxml.FONT_TABLE_CONTENT_TYPE);
    try (OutputStream out = fonts.getOutputStream()) {
      out.write(Ooxml.FONT_TABLE.getBytes(StandardCharsets.UTF_8));
    }
    docx.getPackagePart().addRelationship(name, TargetMode.INTERNAL, Ooxml.FONT_TABLE_RELATIONSHIP);
  }

  /** The template's styles, theme and numbering, written as they are (not through XMLBeans). */
  private void templateParts(String language, Numbering numbering) throws InvalidFormatException, IOException {
    XWPFStyles styles = docx.createStyles();
    byte[] stylesXml = template.styles(language);
    contents.put(new Part(styles).entryName(), out -> out.write(stylesXml));
    if (template.numbering().isPresent() || !numbering.isEmpty()) {
      XWPFNumbering part = docx.createNumbering();
      byte[] xml = template.numbering().isPresent() ? template.numbering(numbering)
          : numbering.xml().getBytes(StandardCharsets.UTF_8);
      contents.put(new Part(part).entryName(), out -> out.write(xml));
      template.numbering().ifPresent(n -> copyRelationships(part.getPackagePart(), n));
    }
    if (template.theme().isPresent()) {
      DocxTemplate.PartCopy theme = template.theme().get();
      PackagePartName name = PackagingURIHelper.createPartName("/word/theme/theme1.xml");
      PackagePart part = docx.getPackage().createPart(name, DocxTemplate.THEME_CONTENT_TYPE);
      try (OutputStream out = part.getOutputStream()) {
        out.write(theme.bytes());
      }
      copyRelationships(part, theme);
      docx.getPackagePart().addRelationship(name, TargetMode.INTERNAL, DocxTemplate.THEME_RELATIONSHIP);
    }
  }

  /** Core and extended properties: fixed dates and names, so that two renders are the same bytes. */
  private void properties(Metadata metadata, Instant timestamp, UnaryOperator<String> clean) {
    POIXMLProperties properties = docx.getProperties();
    POIXMLProperties.CoreProperties core = properties.getCoreProperties();
    core.setTitle(clean.apply(metadata.title()));
    metadata.subtitle().ifPresent(s -> core.setSubjectProperty(clean.apply(s)));
    String creator = metadata.author().map(clean).orElse(DEFAULT_CREATOR);
    core.setCreator(creator);
    core.setLastModifiedByUser(creator);
    if (!metadata.keywords().isEmpty()) {
      core.setKeywords(clean.apply(String.join("; ", metadata.keywords())));
    }
    core.setRevision("1");
    Date date = Date.from(timestamp);
    core.setCreated(Optional.of(date));
    core.setModified(Optional.of(date));
    core.getUnderlyingProperties().setLanguageProperty(Optional.of(metadata.language()));
    POIXMLProperties.ExtendedProperties extended = properties.getExtendedProperties();
    extended.setApplication(DEFAULT_CREATOR);
    metadata.organisation().ifPresent(o -> extended.setCompany(clean.apply(o)));
  }

  /** Deletes the temporary files of the content and releases the skeleton. */
  @Override
  public void close() throws IOException {
    try {
      for (DeferredFileOutputStream buffer : buffers) {
        try {
          buffer.close();
        } finally {
          if (!buffer.isInMemory() && buffer.getPath() != null) {
            Files.deleteIfExists(buffer.getPath());
          }
        }
      }
    } finally {
      docx.close();
    }
  }

  /** A part of the package that links can be written in: each has its own relationships. */
  static final class Part {
    private final POIXMLDocumentPart part;
    private final Map<String, String> relationships = new HashMap<>();

    Part(POIXMLDocumentPart part) {
      this.part = part;
    }

    /** The relationship id of an external link to the URL, one per URL; null for a URL POI cannot store. */
    String hyperlinkRelationship(String url) {
      String id = relationships.get(url);
      if (id == null) {
        try {
          new URI(url);
        } catch (URISyntaxException e) {
          return null;
        }
        id = part.getPackagePart().addExternalRelationship(url, XWPFRelation.HYPERLINK.getRelation()).getId();
        relationships.put(url, id);
      }
      return id;
    }

    /** {@return the part's name in the zip, such as {@code word/footnotes.xml}} */
    String entryName() {
      return part.getPackagePart().getPartName().getName().substring(1);
    }
  }
}
