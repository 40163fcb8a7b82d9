package dev.readout.reports.docx;

import dev.readout.reports.doc.PageSize;
import java.util.List;

/**
 * The page set-up of the document's one section: the properties written into {@code w:sectPr}
 * after the header and footer references (page size and margins, and whatever else a template's
 * section has: columns, document grid, first-page header, ...), and the width of the text between
 * the margins, which the tables fill.
 *
 * @param properties the elements of {@code w:sectPr} after the references, in schema order
 * @param textWidth the width of the text, in twips
 */
record Section(List<XmlElement> properties, int textWidth) {
  static final int MARGIN = 1134; // 2 cm
  static final int MARGIN_TOP = 1417; // 2.5 cm
  static final int HEADER_DISTANCE = 567; // 1 cm

  Section {
    properties = List.copyOf(properties);
  }

  /** Readout's own set-up: the page in portrait, 2 cm margins (2.5 cm at the top), header and footer 1 cm from the edge. */
  static Section of(PageSize pageSize) {
    return new Section(List.of(pageSize(pageSize.widthTwips(), pageSize.heightTwips(), null), margins()),
        pageSize.widthTwips() - 2 * MARGIN);
  }

  /** {@code w:pgSz} of the width and height in twips, with the orientation when not null. */
  static XmlElement pageSize(int width, int height, String orientation) {
    return orientation == null
        ? XmlElement.of("pgSz", "w", Integer.toString(width), "h", Integer.toString(height))
        : XmlElement.of("pgSz", "w", Integer.toString(width), "h", Integer.toString(height), "orient", orientation);
  }

  /** Readout's {@code w:pgMar}. */
  static XmlElement margins() {
    return XmlElement.of("pgMar", "top", Integer.toString(MARGIN_TOP), "bottom", Integer.toString(MARGIN),
        "left", Integer.toString(MARGIN), "right", Integer.toString(MARGIN), "header", Integer.toString(HEADER_DISTANCE),
        "footer", Integer.toString(HEADER_DISTANCE), "gutter", "0");
  }

  /** Writes the properties into the open {@code w:sectPr}. */
  void write(WordXml xml) {
    properties.forEach(p -> p.write(xml));
  }
}
