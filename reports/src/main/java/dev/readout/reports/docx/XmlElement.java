package dev.readout.reports.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/**
 * An element of WordprocessingML without text, such as {@code <w:pgMar w:top="1417" .../>} or
 * {@code <w:cols w:num="2"><w:col .../></w:cols>}: what a template's section properties are made
 * of, kept as an immutable value so that one template serves renders on many threads.
 *
 * @param name the local name, in the {@code w} namespace
 * @param attributes the attributes in the {@code w} namespace, by local name, in order
 * @param children the child elements in the {@code w} namespace, in order
 */
record XmlElement(String name, List<Map.Entry<String, String>> attributes, List<XmlElement> children) {
  XmlElement {
    attributes = List.copyOf(attributes);
    children = List.copyOf(children);
  }

  /** An element without children; {@code attributes} are names and values in turn. */
  static XmlElement of(String name, String... attributes) {
    List<Map.Entry<String, String>> entries = new ArrayList<>();
    for (int i = 0; i + 1 < attributes.length; i += 2) {
      entries.add(Map.entry(attributes[i], attributes[i + 1]));
    }
    return new XmlElement(name, entries, List.of());
  }

  /**
   * The element as it stands in a part, with only what is in the {@code w} namespace: attributes
   * and children of other namespaces (extensions that Word marks ignorable) are left out.
   */
  static XmlElement of(Element element) {
    List<Map.Entry<String, String>> attributes = new ArrayList<>();
    NamedNodeMap map = element.getAttributes();
    for (int i = 0; i < map.getLength(); i++) {
      Attr a = (Attr) map.item(i);
      if (Ooxml.W_NS.equals(a.getNamespaceURI())) {
        attributes.add(Map.entry(a.getLocalName(), a.getValue()));
      }
    }
    List<XmlElement> children = Dom.children(element, null).stream().map(XmlElement::of).toList();
    return new XmlElement(element.getLocalName(), attributes, children);
  }

  /** The value of an attribute, or null. */
  String attr(String attribute) {
    for (Map.Entry<String, String> a : attributes) {
      if (a.getKey().equals(attribute)) {
        return a.getValue();
      }
    }
    return null;
  }

  /** The same element with the attribute set to the value, in its place or last. */
  XmlElement with(String attribute, String value) {
    List<Map.Entry<String, String>> changed = new ArrayList<>(attributes);
    for (int i = 0; i < changed.size(); i++) {
      if (changed.get(i).getKey().equals(attribute)) {
        changed.set(i, Map.entry(attribute, value));
        return new XmlElement(name, changed, children);
      }
    }
    changed.add(Map.entry(attribute, value));
    return new XmlElement(name, changed, children);
  }

  void write(WordXml xml) {
    if (children.isEmpty()) {
      xml.empty(name);
    } else {
      xml.start(name);
    }
    attributes.forEach(a -> xml.attr(a.getKey(), a.getValue()));
    if (!children.isEmpty()) {
      children.forEach(c -> c.write(xml));
      xml.end();
    }
  }
}
