package dev.readout.reports.docx;

import dev.readout.reports.doc.PageSize;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A Word file whose house style a render takes over, as pandoc's reference document: its styles
 * ({@code styles.xml}), theme, numbering, page set-up (the section properties that end its body)
 * and headers and footers with what they show (logos and other images, links). Its text is not
 * used. Read once, when the renderer is built, into immutable values, so one template serves every
 * render of a renderer, on any thread.
 *
 * <p><b>Styles.</b> Readout's content keeps its own style ids ({@code Heading1}, {@code
 * ListBullet}, ...), each of which is mapped to the template's style of the same type and the same
 * name ({@code w:name}, such as "heading 1", compared without regard to case), whatever the
 * template's id for it: Word in another language gives its built-in styles other ids
 * ({@code berschrift1}) but the English names. A style Readout uses and the template lacks is added
 * with Readout's definition, under Readout's id (or {@code Readout} and the id when the template
 * has that id already), its {@code basedOn}, {@code next} and {@code link} pointing at the
 * template's styles; where the template has a theme, the added styles take the theme's fonts
 * (headings font for what Readout sets in Liberation Sans, body font otherwise) instead of
 * Readout's. The defaults ({@code w:docDefaults}) are the template's, but for the language, which is
 * the document's.
 *
 * <p><b>Numbering.</b> The template's numbering definitions stay as they are (its styles may use
 * them: numbered headings, its own list styles); Readout's bullet and number definitions and its
 * one numbering instance per list follow them, with ids after the template's.
 */
final class DocxTemplate {
  static final String THEME_RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme";
  static final String THEME_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.theme+xml";
  private static final String NUMBERING_RELATIONSHIP =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering";
  private static final String SETTINGS_RELATIONSHIP =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings";
  private static final String R_NS = WordXml.R_NS;
  /** The main parts of .docx, .dotx, .docm and .dotm files. */
  private static final Set<String> MAIN_CONTENT_TYPES = Set.of(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
      "application/vnd.ms-word.document.macroEnabled.main+xml",
      "application/vnd.ms-word.template.macroEnabledTemplate.main+xml");
  /** The largest template read: a letterhead with a few images is well under a megabyte. */
  static final int MAX_BYTES = 32 * 1024 * 1024;
  /** A field that shows the page number or the number of pages. */
  private static final Pattern PAGE_FIELD = Pattern.compile("\\b(PAGE|NUMPAGES|SECTIONPAGES)\\b");
  /** The elements of {@code w:sectPr} in schema order (the header and footer references come first). */
  private static final List<String> SECTION_ORDER = List.of("footnotePr", "endnotePr", "type", "pgSz", "pgMar",
      "paperSrc", "pgBorders", "lnNumType", "pgNumType", "cols", "formProt", "vAlign", "noEndnote", "titlePg",
      "textDirection", "bidi", "rtlGutter", "docGrid", "printerSettings", "sectPrChange");
  private static final int MAX_COPY_DEPTH = 4;

  /**
   * A part of the template copied as it is, with the parts it refers to.
   *
   * @param name the part's name in the template, such as {@code /word/media/image1.png}
   * @param contentType its content type
   * @param bytes its content
   * @param relationships its relationships, by id
   */
  record PartCopy(String name, String contentType, byte[] bytes, List<Relationship> relationships) {
    PartCopy {
      bytes = bytes.clone();
      relationships = List.copyOf(relationships);
    }

    @Override
    public byte[] bytes() {
      return bytes.clone();
    }
  }

  /**
   * A relationship of a copied part: to a URL outside the package, or to another copied part.
   *
   * @param id the id the part's XML refers to it by, such as {@code rId1}
   * @param type the relationship type
   * @param externalTarget the URL of an external target, or null
   * @param part the part of an internal target, or null
   */
  record Relationship(String id, String type, String externalTarget, PartCopy part) {}

  /**
   * A header or footer of the template.
   *
   * @param type the pages it is for
   * @param part the part, with its images
   * @param pageField whether it shows a page number ({@code PAGE}, {@code NUMPAGES} field)
   */
  record HeaderFooter(HeaderFooterType type, PartCopy part, boolean pageField) {}

  private final String name;
  private final String styles;
  private final Map<String, String> styleIds;
  private final PartCopy theme;
  private final PartCopy numbering;
  private final int abstractNumBase;
  private final int numBase;
  /** The template's section properties but the header and footer references; null when its body has none. */
  private final List<XmlElement> section;
  private final Map<HeaderFooterType, HeaderFooter> headers;
  private final Map<HeaderFooterType, HeaderFooter> footers;
  /** The settings of the template that belong to its page set-up, as elements of {@code w:settings}. */
  private final List<String> pageSettings;

  private DocxTemplate(String name, String styles, Map<String, String> styleIds, PartCopy theme, PartCopy numbering,
      int abstractNumBase, int numBase, List<XmlElement> section, Map<HeaderFooterType, HeaderFooter> headers,
      Map<HeaderFooterType, HeaderFooter> footers, List<String> pageSettings) {
    this.name = name;
    this.styles = styles;
    this.styleIds = Map.copyOf(styleIds);
    this.theme = theme;
    this.numbering = numbering;
    this.abstractNumBase = abstractNumBase;
    this.numBase = numBase;
    this.section = section == null ? null : List.copyOf(section);
    this.headers = Collections.unmodifiableMap(new EnumMap<>(headers));
    this.footers = Collections.unmodifiableMap(new EnumMap<>(footers));
    this.pageSettings = List.copyOf(pageSettings);
  }

  // ---- reading ----

  /**
   * Reads a template file.
   *
   * @throws IllegalArgumentException if it cannot be read or is no Word document with styles; the
   *     message names the file
   */
  static DocxTemplate read(Path file) {
    String name = file.toString();
    byte[] bytes;
    try {
      if (Files.isDirectory(file)) {
        throw new IllegalArgumentException(DocxMessages.templateUnreadable(name, "it is a folder"));
      }
      if (Files.size(file) > MAX_BYTES) {
        throw new IllegalArgumentException(DocxMessages.templateNotDocx(name, tooLarge()));
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(DocxMessages.templateUnreadable(name, "there is no such file"), e);
    } catch (AccessDeniedException e) {
      throw new IllegalArgumentException(DocxMessages.templateUnreadable(name, "permission is denied"), e);
    } catch (IOException e) {
      throw new IllegalArgumentException(DocxMessages.templateUnreadable(name, "reading it failed: " + e.getMessage()), e);
    }
    return read(bytes, name);
  }

  /**
   * Reads a template from a stream, which is read to its end but not closed.
   *
   * @throws IllegalArgumentException if it is no Word document with styles
   */
  static DocxTemplate read(InputStream in) {
    String name = "(given as a stream)";
    try {
      byte[] bytes = in.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw new IllegalArgumentException(DocxMessages.templateNotDocx(name, tooLarge()));
      }
      return read(bytes, name);
    } catch (IOException e) {
      throw new IllegalArgumentException(DocxMessages.templateUnreadable(name, "reading it failed: " + e.getMessage()), e);
    }
  }

  private static String tooLarge() {
    return "it is larger than " + MAX_BYTES / (1024 * 1024) + " MB";
  }

  /**
   * Reads a template from its bytes; {@code name} is how messages name it.
   *
   * @throws IllegalArgumentException if it is no Word document with styles
   */
  static DocxTemplate read(byte[] bytes, String name) {
    if (bytes.length == 0) {
      throw new IllegalArgumentException(DocxMessages.templateNotDocx(name, "it is empty"));
    }
    if (bytes.length > MAX_BYTES) {
      throw new IllegalArgumentException(DocxMessages.templateNotDocx(name, tooLarge()));
    }
    FileMagic magic = FileMagic.valueOf(bytes);
    if (magic == FileMagic.OLE2) {
      throw new IllegalArgumentException(DocxMessages.templateNotDocx(name, isEncrypted(bytes)
          ? "it is encrypted (password-protected); save a copy without a password"
          : "it is an OLE2 file, such as a Word 97-2003 document (.doc); save it as a Word Document (.docx)"));
    }
    if (magic != FileMagic.OOXML) {
      throw new IllegalArgumentException(DocxMessages.templateNotDocx(name, "it is not a zip package, as a .docx file is"));
    }
    PoiFirstUse.await(); // not beside a renderer's prepare still loading POI
    OPCPackage pkg;
    try {
      pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
    } catch (InvalidFormatException | IOException | RuntimeException e) {
      throw new IllegalArgumentException(DocxMessages.templateNotDocx(name, "it cannot be opened as a package: "
          + e.getMessage()), e);
    }
    try {
      return new Reader(name, pkg).read();
    } catch (Unusable e) {
      throw e;
    } catch (InvalidFormatException | RuntimeException e) {
      throw new IllegalArgumentException(DocxMessages.templateNotDocx(name, "it cannot be read: " + e.getMessage()), e);
    } finally {
      pkg.revert();
    }
  }

  /** Whether an OLE2 file is an encrypted Office Open XML file (what Word makes of a docx with a password). */
  private static boolean isEncrypted(byte[] bytes) {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      return fs.getRoot().hasEntryCaseInsensitive("EncryptionInfo");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** A template found to be no usable Word document, with the message that says why. */
  private static final class Unusable extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    Unusable(String message) {
      super(message);
    }
  }

  /** Reads the parts of one template package. */
  private static final class Reader {
    private final String name;
    private final OPCPackage pkg;

    Reader(String name, OPCPackage pkg) {
      this.name = name;
      this.pkg = pkg;
    }

    private Unusable notDocx(String reason) {
      return new Unusable(DocxMessages.templateNotDocx(name, reason));
    }

    DocxTemplate read() throws InvalidFormatException {
      PackageRelationshipCollection mains = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
      if (mains.isEmpty()) {
        if (!pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT).isEmpty()) {
          throw notDocx("it is in Strict Open XML, which Readout does not read; save it as a Word Document (.docx)");
        }
        throw notDocx("it has no main document part");
      }
      PackagePart main = pkg.getPart(mains.getRelationship(0));
      if (main == null) {
        throw notDocx("its main document part is missing");
      }
      if (!MAIN_CONTENT_TYPES.contains(main.getContentType())) {
        throw notDocx("its main part is " + main.getContentType() + ", not a Word document");
      }
      PackagePart stylesPart = related(main, PackageRelationshipTypes.STYLE_PART);
      if (stylesPart == null) {
        throw notDocx("it has no styles part (word/styles.xml)");
      }
      PackagePart themePart = related(main, THEME_RELATIONSHIP);
      Document stylesXml = xml(stylesPart);
      if (!"styles".equals(stylesXml.getDocumentElement().getLocalName())
          || !Ooxml.W_NS.equals(stylesXml.getDocumentElement().getNamespaceURI())) {
        throw notDocx("its styles part " + stylesPart.getPartName().getName() + " holds no WordprocessingML styles");
      }
      Map<String, String> ids = new LinkedHashMap<>();
      String styles = TemplateStyles.merge(stylesXml, themePart != null, ids);

      PackagePart numberingPart = related(main, NUMBERING_RELATIONSHIP);
      int abstractMax = 0;
      int numMax = 0;
      if (numberingPart != null) {
        Element root = xml(numberingPart).getDocumentElement();
        for (Element e : Dom.children(root, "abstractNum")) {
          abstractMax = Math.max(abstractMax, number(Dom.attr(e, "abstractNumId")));
        }
        for (Element e : Dom.children(root, "num")) {
          numMax = Math.max(numMax, number(Dom.attr(e, "numId")));
        }
      }

      List<String> pageSettings = new ArrayList<>();
      PackagePart settingsPart = related(main, SETTINGS_RELATIONSHIP);
      if (settingsPart != null) {
        Element settings = xml(settingsPart).getDocumentElement();
        for (String flag : List.of("mirrorMargins", "gutterAtTop", "evenAndOddHeaders")) {
          Element e = Dom.child(settings, flag);
          if (e != null && !"false".equals(Dom.attr(e, "val")) && !"0".equals(Dom.attr(e, "val"))) {
            pageSettings.add(flag);
          }
        }
      }

      Element body = Dom.child(xml(main).getDocumentElement(), "body");
      Element sectPr = body == null ? null : Dom.child(body, "sectPr");
      List<XmlElement> section = null;
      Map<HeaderFooterType, HeaderFooter> headers = new EnumMap<>(HeaderFooterType.class);
      Map<HeaderFooterType, HeaderFooter> footers = new EnumMap<>(HeaderFooterType.class);
      if (sectPr != null) {
        section = new ArrayList<>();
        for (Element e : Dom.children(sectPr, null)) {
          boolean header = e.getLocalName().equals("headerReference");
          if (header || e.getLocalName().equals("footerReference")) {
            HeaderFooter hf = headerFooter(main, e);
            if (hf != null) {
              (header ? headers : footers).putIfAbsent(hf.type(), hf);
            }
          } else if (!e.hasAttributeNS(R_NS, "id") && SECTION_ORDER.contains(e.getLocalName())) {
            // printerSettings refers to a part of the template's own; sectPrChange is a tracked change.
            if (!e.getLocalName().equals("sectPrChange")) {
              section.add(XmlElement.of(e));
            }
          }
        }
      }
      return new DocxTemplate(name, styles, ids, themePart == null ? null : copy(themePart, 0, new HashMap<>()),
          numberingPart == null ? null : copy(numberingPart, 0, new HashMap<>()), abstractMax, numMax, section,
          headers, footers, pageSettings);
    }

    private HeaderFooter headerFooter(PackagePart main, Element reference) throws InvalidFormatException {
      String id = reference.getAttributeNS(R_NS, "id");
      PackageRelationship rel = main.getRelationship(id);
      if (rel == null || rel.getTargetMode() != TargetMode.INTERNAL) {
        return null;
      }
      PackagePart part = main.getRelatedPart(rel);
      if (part == null) {
        return null;
      }
      String type = Optional.ofNullable(Dom.attr(reference, "type")).orElse("default");
      HeaderFooterType kind = switch (type) {
        case "first" -> HeaderFooterType.FIRST;
        case "even" -> HeaderFooterType.EVEN;
        default -> HeaderFooterType.DEFAULT;
      };
      Element root = xml(part).getDocumentElement();
      boolean pageField = false;
      for (String tag : List.of("fldSimple", "instrText")) {
        org.w3c.dom.NodeList fields = root.getElementsByTagNameNS(Ooxml.W_NS, tag);
        for (int i = 0; i < fields.getLength() && !pageField; i++) {
          Element f = (Element) fields.item(i);
          String instruction = tag.equals("fldSimple") ? Dom.attr(f, "instr") : f.getTextContent();
          pageField = instruction != null && PAGE_FIELD.matcher(instruction.toUpperCase(Locale.ROOT)).find();
        }
      }
      return new HeaderFooter(kind, copy(part, 0, new HashMap<>()), pageField);
    }

    /** The part the first relationship of the type leads to, or null. */
    private PackagePart related(PackagePart from, String type) throws InvalidFormatException {
      for (PackageRelationship rel : from.getRelationshipsByType(type)) {
        if (rel.getTargetMode() == TargetMode.INTERNAL) {
          PackagePart part = from.getRelatedPart(rel);
          if (part != null) {
            return part;
          }
        }
      }
      return null;
    }

    private Document xml(PackagePart part) {
      try {
        return Dom.parse(bytes(part));
      } catch (IOException e) {
        throw notDocx("its part " + part.getPartName().getName() + " is not well-formed XML: " + e.getMessage());
      }
    }

    private byte[] bytes(PackagePart part) {
      try (InputStream in = part.getInputStream()) {
        return in.readAllBytes();
      } catch (IOException e) {
        throw notDocx("its part " + part.getPartName().getName() + " cannot be read: " + e.getMessage());
      }
    }

    /** The part with the parts it refers to, a few levels deep, relationships in the order of their ids. */
    private PartCopy copy(PackagePart part, int depth, Map<String, PartCopy> copied) throws InvalidFormatException {
      String partName = part.getPartName().getName();
      List<Relationship> relationships = new ArrayList<>();
      if (depth < MAX_COPY_DEPTH && part.hasRelationships()) {
        List<PackageRelationship> rels = new ArrayList<>();
        part.getRelationships().forEach(rels::add);
        rels.sort(Comparator.comparing(PackageRelationship::getId));
        for (PackageRelationship rel : rels) {
          if (rel.getTargetMode() == TargetMode.EXTERNAL) {
            relationships.add(new Relationship(rel.getId(), rel.getRelationshipType(), rel.getTargetURI().toString(), null));
            continue;
          }
          PackagePart target = part.getRelatedPart(rel);
          if (target == null || target.getPartName().getName().equals(partName)) {
            continue;
          }
          PartCopy known = copied.get(target.getPartName().getName());
          if (known == null) {
            known = copy(target, depth + 1, copied);
            copied.put(target.getPartName().getName(), known);
          }
          relationships.add(new Relationship(rel.getId(), rel.getRelationshipType(), null, known));
        }
      }
      return new PartCopy(partName, part.getContentType(), bytes(part), relationships);
    }

    private int number(String value) {
      try {
        return value == null ? 0 : Integer.parseInt(value.trim());
      } catch (NumberFormatException e) {
        return 0;
      }
    }
  }

  // ---- what a render takes ----

  /** How messages name the template: its path, or how it was given. */
  String name() {
    return name;
  }

  /** The id written for one of Readout's style ids ({@code Heading1}): the template's, or the one it was added under. */
  String styleId(String readoutId) {
    return styleIds.getOrDefault(readoutId, readoutId);
  }

  /** The merged styles part for a document in the language (a BCP 47 tag). */
  byte[] styles(String language) {
    return TemplateStyles.withLanguage(styles, language);
  }

  /** The template's theme, with its own parts, or empty. */
  Optional<PartCopy> theme() {
    return Optional.ofNullable(theme);
  }

  /** The template's numbering part, or empty. */
  Optional<PartCopy> numbering() {
    return Optional.ofNullable(numbering);
  }

  /** The numbering for a render: Readout's lists with their ids after the template's. */
  Numbering newNumbering() {
    return new Numbering(abstractNumBase, numBase);
  }

  /**
   * The template's numbering part with Readout's definitions and instances after its own: what
   * {@code numbering.xml} holds for a render with the template.
   */
  byte[] numbering(Numbering readout) {
    try {
      Document merged = Dom.parse(numbering.bytes());
      Element root = merged.getDocumentElement();
      Element own = Dom.parse(readout.xml().getBytes(StandardCharsets.UTF_8)).getDocumentElement();
      List<Element> abstracts = Dom.children(root, "abstractNum");
      List<Element> nums = Dom.children(root, "num");
      Node abstractsEnd = !abstracts.isEmpty() ? abstracts.get(abstracts.size() - 1).getNextSibling()
          : !nums.isEmpty() ? nums.get(0) : Dom.child(root, "numIdMacAtCleanup");
      for (Element e : Dom.children(own, "abstractNum")) {
        root.insertBefore(merged.importNode(e, true), abstractsEnd);
      }
      Node numsEnd = !nums.isEmpty() ? nums.get(nums.size() - 1).getNextSibling() : Dom.child(root, "numIdMacAtCleanup");
      for (Element e : Dom.children(own, "num")) {
        root.insertBefore(merged.importNode(e, true), numsEnd);
      }
      return Dom.write(merged);
    } catch (IOException e) {
      throw new IllegalStateException("the template's numbering was read once already", e);
    }
  }

  /** The settings of the template's page set-up that a render keeps, such as {@code evenAndOddHeaders}. */
  List<String> pageSettings() {
    return pageSettings;
  }

  /** The template's header for the pages of the type, or empty. */
  Optional<HeaderFooter> header(HeaderFooterType type) {
    return Optional.ofNullable(headers.get(type));
  }

  /** The template's footer for the pages of the type, or empty. */
  Optional<HeaderFooter> footer(HeaderFooterType type) {
    return Optional.ofNullable(footers.get(type));
  }

  /**
   * The page set-up: the template's section properties, with the paper of {@code pageSize} where it
   * is given (turned as the template's page is turned) or the template has none, and Readout's
   * margins where the template has none.
   *
   * @param explicit the page size the renderer was given explicitly, if any
   * @param fallback the page size when neither that nor the template gives one
   */
  Section section(Optional<PageSize> explicit, PageSize fallback) {
    if (section == null) {
      return Section.of(explicit.orElse(fallback));
    }
    List<XmlElement> properties = new ArrayList<>(section);
    XmlElement pgSz = find(properties, "pgSz");
    if (pgSz == null || explicit.isPresent() || twips(pgSz.attr("w")) <= 0 || twips(pgSz.attr("h")) <= 0) {
      PageSize paper = explicit.orElse(fallback);
      boolean landscape = pgSz != null && ("landscape".equals(pgSz.attr("orient"))
          || twips(pgSz.attr("w")) > twips(pgSz.attr("h")));
      XmlElement replaced = landscape
          ? Section.pageSize(paper.heightTwips(), paper.widthTwips(), "landscape")
          : Section.pageSize(paper.widthTwips(), paper.heightTwips(), null);
      put(properties, pgSz, replaced);
      pgSz = replaced;
    }
    XmlElement pgMar = find(properties, "pgMar");
    if (pgMar == null) {
      pgMar = Section.margins();
      put(properties, null, pgMar);
    }
    int width = twips(pgSz.attr("w"));
    int textWidth = width - twips(pgMar.attr("left")) - twips(pgMar.attr("right"))
        - (pageSettings.contains("gutterAtTop") ? 0 : twips(pgMar.attr("gutter")));
    // A template whose margins leave no room gets tables as wide as the page less Readout's margins.
    return new Section(properties, textWidth > 1440 ? textWidth : width - 2 * Section.MARGIN);
  }

  private static XmlElement find(List<XmlElement> properties, String name) {
    return properties.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
  }

  /** Puts the element in place of {@code old}, or, when that is null, where the schema wants it. */
  private static void put(List<XmlElement> properties, XmlElement old, XmlElement element) {
    if (old != null) {
      properties.set(properties.indexOf(old), element);
      return;
    }
    int rank = SECTION_ORDER.indexOf(element.name());
    int at = 0;
    while (at < properties.size() && SECTION_ORDER.indexOf(properties.get(at).name()) < rank) {
      at++;
    }
    properties.add(at, element);
  }

  private static final Pattern MEASURE = Pattern.compile("(-?[0-9]+(?:\\.[0-9]+)?)(mm|cm|in|pt|pc|pi)?");

  /**
   * A measure of WordprocessingML in twips: a number of twips, or a number with a unit ({@code
   * 2.5cm}, {@code 1in}); 0 when absent or unreadable.
   */
  static int twips(String value) {
    if (value == null) {
      return 0;
    }
    Matcher m = MEASURE.matcher(value.trim());
    if (!m.matches()) {
      return 0;
    }
    double number = Double.parseDouble(m.group(1));
    double factor = m.group(2) == null ? 1 : switch (m.group(2)) {
      case "mm" -> 1440 / 25.4;
      case "cm" -> 1440 / 2.54;
      case "in" -> 1440;
      case "pt" -> 20;
      default -> 240; // pc, pi: a pica is 12 points
    };
    return (int) Math.round(number * factor);
  }
}
