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
