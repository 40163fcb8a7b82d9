package dev.readout.reports.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The parts of a Word template read and written as DOM trees, with the JDK's own parser and
 * serializer (whatever else is on the class path, so that the bytes written depend only on the
 * JDK): namespace-aware, no document type declarations and so no external entities, and written
 * back as UTF-8 without indentation. The trees are small (styles, numbering, a header), and each
 * render parses its own, so nothing here is shared between threads.
 */
final class Dom {
  private static final DocumentBuilderFactory PARSERS = parsers();
  private static final TransformerFactory WRITERS = TransformerFactory.newDefaultInstance();

  /** Throws on errors, as the default handler does, but prints nothing to standard error. */
  private static final ErrorHandler QUIET = new ErrorHandler() {
    @Override
    public void warning(SAXParseException e) {
      // not a reason to refuse a part
    }

    @Override
    public void error(SAXParseException e) throws SAXException {
      throw e;
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      throw e;
    }
  };

  private Dom() {}

  private static DocumentBuilderFactory parsers() {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    factory.setNamespaceAware(true);
    factory.setExpandEntityReferences(false);
    factory.setXIncludeAware(false);
    try {
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser must allow secure processing", e);
    }
    return factory;
  }

  /**
   * Parses a part.
   *
   * @throws IOException if it is not well-formed XML, with the parser's message
   */
  static Document parse(byte[] xml) throws IOException {
    try {
      DocumentBuilder builder = PARSERS.newDocumentBuilder();
      builder.setErrorHandler(QUIET);
      return builder.parse(new ByteArrayInputStream(xml));
    } catch (SAXException e) {
      throw new IOException(e.getMessage(), e);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes the tree as a part: an XML declaration, then the elements as they are, in UTF-8. */
  static byte[] write(Document document) {
    try {
      Transformer transformer = WRITERS.newTransformer();
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      transformer.setOutputProperty(OutputKeys.INDENT, "no");
      document.setXmlStandalone(true);
      ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
      transformer.transform(new DOMSource(document), new StreamResult(out));
      return out.toByteArray();
    } catch (TransformerException e) {
      throw new IllegalStateException("a parsed tree must be writable", e);
    }
  }

  /** The child elements of a node in the WordprocessingML namespace, in order; all of them for a null name. */
  static List<Element> children(Node parent, String localName) {
    List<Element> found = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && Ooxml.W_NS.equals(e.getNamespaceURI())
          && (localName == null || localName.equals(e.getLocalName()))) {
        found.add(e);
      }
    }
    return found;
  }

  /** The first child element of that name in the WordprocessingML namespace, or null. */
  static Element child(Node parent, String localName) {
    List<Element> found = children(parent, localName);
    return found.isEmpty() ? null : found.get(0);
  }

  /** The value of the attribute {@code w:name}, or null when the element has none. */
  static String attr(Element element, String name) {
    return element.hasAttributeNS(Ooxml.W_NS, name) ? element.getAttributeNS(Ooxml.W_NS, name) : null;
  }

  /** Sets the attribute {@code w:name}, with the prefix the element's document gives the namespace. */
  static void setAttr(Element element, String name, String value) {
    element.setAttributeNS(Ooxml.W_NS, prefix(element) + name, value);
  }

  /** A new element {@code w:name} of the element's document. */
  static Element create(Node context, String name) {
    Document document = context instanceof Document d ? d : context.getOwnerDocument();
    return document.createElementNS(Ooxml.W_NS, prefix(document.getDocumentElement()) + name);
  }

  /** {@code "w:"}, or whatever prefix the document binds WordprocessingML to ({@code ""} for the default). */
  private static String prefix(Node node) {
    String prefix = node.lookupPrefix(Ooxml.W_NS);
    if (prefix == null) {
      return node.isDefaultNamespace(Ooxml.W_NS) ? "" : "w:";
    }
    return prefix + ":";
  }
}
