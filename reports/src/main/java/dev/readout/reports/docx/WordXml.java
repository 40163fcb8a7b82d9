package dev.readout.reports.docx;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes one WordprocessingML part as a stream, with the JDK's own StAX writer: elements and
 * attributes in the {@code w} namespace, relationship ids in the {@code r} namespace, UTF-8. Nothing
 * of the part is held but what the writer buffers, so a part can run to hundreds of megabytes.
 * Callers write elements in the order the schema requires; the text they pass is already clean
 * (no character XML forbids). Errors of the underlying stream come out as {@link
 * UncheckedIOException}, since the visitors that call this cannot throw checked exceptions.
 */
final class WordXml implements AutoCloseable {
  static final String R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
  /** The JDK's implementation, whatever else is on the class path: its output is what the tests pin. */
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

  private final Writer writer;
  private final XMLStreamWriter xml;

  /**
   * Starts a part: the XML declaration and the root element {@code w:root}, declaring {@code w}
   * and {@code r}.
   */
  WordXml(OutputStream out, String root) {
    this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
    try {
      this.xml = FACTORY.createXMLStreamWriter(writer);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.flush(); // the writer buffers too: the line break must follow the declaration
      writer.write('\n');
      xml.writeStartElement("w", root, Ooxml.W_NS);
      xml.writeNamespace("w", Ooxml.W_NS);
      xml.writeNamespace("r", R_NS);
    } catch (XMLStreamException e) {
      throw failed(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Opens {@code w:name}; attributes may follow. */
  WordXml start(String name) {
    return write(() -> xml.writeStartElement("w", name, Ooxml.W_NS));
  }

  /** Writes the empty element {@code w:name}; attributes may follow. */
  WordXml empty(String name) {
    return write(() -> xml.writeEmptyElement("w", name, Ooxml.W_NS));
  }

  /** Writes {@code <w:name w:val="value"/>}. */
  WordXml val(String name, String value) {
    return empty(name).attr("val", value);
  }

  /** Writes {@code <w:name w:val="value"/>}. */
  WordXml val(String name, int value) {
    return val(name, Integer.toString(value));
  }

  /** Adds the attribute {@code w:name} to the element just opened. */
  WordXml attr(String name, String value) {
    return write(() -> xml.writeAttribute("w", Ooxml.W_NS, name, value));
  }

  /** Adds the attribute {@code w:name} to the element just opened. */
  WordXml attr(String name, int value) {
    return attr(name, Integer.toString(value));
  }

  /** Adds the relationship id {@code r:id} to the element just opened. */
  WordXml relationship(String id) {
    return write(() -> xml.writeAttribute("r", R_NS, "id", id));
  }

  /** Closes the innermost open element. */
  WordXml end() {
    return write(() -> xml.writeEndElement());
  }

  /** Writes {@code <w:name xml:space="preserve">text</w:name>}: {@code w:t} or {@code w:instrText}. */
  WordXml text(String name, String text) {
    return write(() -> {
      xml.writeStartElement("w", name, Ooxml.W_NS);
      xml.writeAttribute("xml", XML_NS, "space", "preserve");
      xml.writeCharacters(text);
      xml.writeEndElement();
    });
  }

  private static final String WP_NS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
  private static final String A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
  private static final String PIC_NS = "http://schemas.openxmlformats.org/drawingml/2006/picture";

  /**
   * Writes a run holding a picture in line with the text: {@code w:drawing} with its extent in EMU,
   * the drawing's id and name, and its text alternative as the description Word shows under
   * "Alt Text" and reads to screen readers.
   *
   * @param relationship the id of the body's relationship to the image part
   * @param cx the width in EMU
   * @param cy the height in EMU
   * @param id the drawing's id, unique in the document
   * @param name the drawing's name
   * @param description its text alternative, already cleaned of characters XML forbids
   */
  WordXml picture(String relationship, long cx, long cy, int id, String name, String description) {
    return write(() -> {
      xml.writeStartElement("w", "r", Ooxml.W_NS);
      xml.writeStartElement("w", "drawing", Ooxml.W_NS);
      xml.writeStartElement("wp", "inline", WP_NS);
      xml.writeNamespace("wp", WP_NS);
      for (String distance : new String[] {"distT", "distB", "distL", "distR"}) {
        xml.writeAttribute(distance, "0");
      }
      xml.writeEmptyElement("wp", "extent", WP_NS);
      xml.writeAttribute("cx", Long.toString(cx));
      xml.writeAttribute("cy", Long.toString(cy));
      xml.writeEmptyElement("wp", "docPr", WP_NS);
      xml.writeAttribute("id", Integer.toString(id));
      xml.writeAttribute("name", name);
      xml.writeAttribute("descr", description);
      xml.writeStartElement("wp", "cNvGraphicFramePr", WP_NS);
      xml.writeEmptyElement("a", "graphicFrameLocks", A_NS);
      xml.writeNamespace("a", A_NS);
      xml.writeAttribute("noChangeAspect", "1");
      xml.writeEndElement();
      xml.writeStartElement("a", "graphic", A_NS);
      xml.writeNamespace("a", A_NS);
      xml.writeStartElement("a", "graphicData", A_NS);
      xml.writeAttribute("uri", PIC_NS);
      xml.writeStartElement("pic", "pic", PIC_NS);
      xml.writeNamespace("pic", PIC_NS);
      xml.writeStartElement("pic", "nvPicPr", PIC_NS);
      xml.writeEmptyElement("pic", "cNvPr", PIC_NS);
      xml.writeAttribute("id", "0");
      xml.writeAttribute("name", name);
      xml.writeAttribute("descr", description);
      xml.writeEmptyElement("pic", "cNvPicPr", PIC_NS);
      xml.writeEndElement();
      xml.writeStartElement("pic", "blipFill", PIC_NS);
      xml.writeEmptyElement("a", "blip", A_NS);
      xml.writeAttribute("r", R_NS, "embed", relationship);
      xml.writeStartElement("a", "stretch", A_NS);
      xml.writeEmptyElement("a", "fillRect", A_NS);
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeStartElement("pic", "spPr", PIC_NS);
      xml.writeStartElement("a", "xfrm", A_NS);
      xml.writeEmptyElement("a", "off", A_NS);
      xml.writeAttribute("x", "0");
      xml.writeAttribute("y", "0");
      xml.writeEmptyElement("a", "ext", A_NS);
      xml.writeAttribute("cx", Long.toString(cx));
      xml.writeAttribute("cy", Long.toString(cy));
      xml.writeEndElement();
      xml.writeStartElement("a", "prstGeom", A_NS);
      xml.writeAttribute("prst", "rect");
      xml.writeEmptyElement("a", "avLst", A_NS);
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeEndElement(); // pic:pic
      xml.writeEndElement(); // a:graphicData
      xml.writeEndElement(); // a:graphic
      xml.writeEndElement(); // wp:inline
      xml.writeEndElement(); // w:drawing
      xml.writeEndElement(); // w:r
    });
  }

  /** One or more calls of the StAX writer. */
  private interface Step {
    void run() throws XMLStreamException;
  }

  /** Runs the step, its {@link XMLStreamException} made unchecked as the class says. */
  private WordXml write(Step step) {
    try {
      step.run();
    } catch (XMLStreamException e) {
      throw failed(e);
    }
    return this;
  }

  /** Closes the root element and flushes the part to the stream, which stays open. */
  @Override
  public void close() {
    try {
      xml.writeEndDocument();
      xml.close();
      writer.flush();
    } catch (XMLStreamException e) {
      throw failed(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static UncheckedIOException failed(XMLStreamException e) {
    return new UncheckedIOException(new IOException("writing WordprocessingML failed: " + e.getMessage(), e));
  }
}
