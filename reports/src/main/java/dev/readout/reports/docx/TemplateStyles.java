package dev.readout.reports.docx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A Word template's styles part with Readout's styles merged in: each of Readout's styles maps to
 * the template's style of the same type and name, those the template lacks are added under ids of
 * their own (in the theme's fonts where the template has a theme), and the defaults' language is a
 * placeholder that each render fills in.
 */
final class TemplateStyles {
  /** Where the document's language goes in the merged styles. */
  private static final String LANGUAGE = "${language}";
  /** The elements of {@code w:rPr} that come after {@code w:lang}. */
  private static final Set<String> AFTER_LANG = Set.of("eastAsianLayout", "specVanish", "oMath");

  private TemplateStyles() {}

  /**
   * Maps each of Readout's styles to the template's style of the same type and name, adds those the
   * template lacks, sets the language placeholder into the defaults, and returns the merged part;
   * {@code ids} receives Readout's id → the id written.
   */
  static String merge(Document template, boolean themed, Map<String, String> ids) {
    Document readout;
    try {
      readout = Dom.parse(Ooxml.styles(LANGUAGE).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("the renderer's own styles must be well-formed", e);
    }
    Element root = template.getDocumentElement();
    Map<String, String> byName = new HashMap<>();
    Set<String> takenIds = new HashSet<>();
    Set<String> defaults = new HashSet<>();
    for (Element style : Dom.children(root, "style")) {
      String id = Dom.attr(style, "styleId");
      String type = Optional.ofNullable(Dom.attr(style, "type")).orElse("paragraph");
      if (id == null) {
        continue;
      }
      takenIds.add(id);
      Element nameElement = Dom.child(style, "name");
      String styleName = nameElement == null ? null : Dom.attr(nameElement, "val");
      if (styleName != null) {
        byName.putIfAbsent(type + "\u0000" + styleName.toLowerCase(Locale.ROOT), id);
      }
      if ("1".equals(Dom.attr(style, "default")) || "true".equals(Dom.attr(style, "default"))) {
        defaults.add(type);
      }
    }
    List<Element> missing = new ArrayList<>();
    for (Element style : Dom.children(readout.getDocumentElement(), "style")) {
      String id = Dom.attr(style, "styleId");
      String type = Dom.attr(style, "type");
      String styleName = Dom.attr(Dom.child(style, "name"), "val");
      String mapped = byName.get(type + "\u0000" + styleName.toLowerCase(Locale.ROOT));
      if (mapped != null) {
        ids.put(id, mapped);
        continue;
      }
      String free = id;
      for (int n = 2; takenIds.contains(free); n++) {
        free = "Readout" + id + (n == 2 ? "" : Integer.toString(n));
      }
      takenIds.add(free);
      ids.put(id, free);
      missing.add(style);
    }
    Node insertAt = null;
    List<Element> templateStyles = Dom.children(root, "style");
    if (!templateStyles.isEmpty()) {
      insertAt = templateStyles.get(templateStyles.size() - 1).getNextSibling();
    }
    for (Element style : missing) {
      Element added = (Element) template.importNode(style, true);
      String type = Dom.attr(added, "type");
      Dom.setAttr(added, "styleId", ids.get(Dom.attr(added, "styleId")));
      if (defaults.contains(type)) {
        added.removeAttributeNS(Ooxml.W_NS, "default");
      }
      for (String reference : List.of("basedOn", "next", "link")) {
        Element r = Dom.child(added, reference);
        if (r != null && ids.containsKey(Dom.attr(r, "val"))) {
          Dom.setAttr(r, "val", ids.get(Dom.attr(r, "val")));
        }
      }
      Element rPr = Dom.child(added, "rPr");
      Element fonts = rPr == null ? null : Dom.child(rPr, "rFonts");
      if (themed && fonts != null) {
        boolean headings = "Liberation Sans".equals(Dom.attr(fonts, "ascii"));
        Element themeFonts = Dom.create(template, "rFonts");
        Dom.setAttr(themeFonts, "asciiTheme", headings ? "majorHAnsi" : "minorHAnsi");
        Dom.setAttr(themeFonts, "eastAsiaTheme", headings ? "majorEastAsia" : "minorEastAsia");
        Dom.setAttr(themeFonts, "hAnsiTheme", headings ? "majorHAnsi" : "minorHAnsi");
        Dom.setAttr(themeFonts, "cstheme", headings ? "majorBidi" : "minorBidi");
        rPr.replaceChild(themeFonts, fonts);
      }
      root.insertBefore(added, insertAt);
    }
    setLanguage(root);
    return new String(Dom.write(template), StandardCharsets.UTF_8);
  }

  /** Sets the language of the defaults' run properties to the placeholder. */
  private static void setLanguage(Element root) {
    Element defaults = Dom.child(root, "docDefaults");
    Element rPrDefault = defaults == null ? null : Dom.child(defaults, "rPrDefault");
    Element rPr = rPrDefault == null ? null : Dom.child(rPrDefault, "rPr");
    if (rPr == null) {
      return;
    }
    Element lang = Dom.child(rPr, "lang");
    if (lang == null) {
      lang = Dom.create(root, "lang");
      Node before = null;
      for (Element e : Dom.children(rPr, null)) {
        if (AFTER_LANG.contains(e.getLocalName())) {
          before = e;
          break;
        }
      }
      rPr.insertBefore(lang, before);
    }
    Dom.setAttr(lang, "val", LANGUAGE);
  }

  /** {@return the merged styles with the document's language, as the part's bytes} */
  static byte[] withLanguage(String merged, String language) {
    return merged.replace(LANGUAGE, language).getBytes(StandardCharsets.UTF_8);
  }
}
