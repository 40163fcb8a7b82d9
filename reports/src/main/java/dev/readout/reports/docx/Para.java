package dev.readout.reports.docx;

/**
 * The properties of a paragraph ({@code w:pPr}), written in the order the schema requires: style,
 * keep with next, page break before, numbering, spacing, alignment, and the mark's size.
 */
record Para(String style, boolean keepNext, boolean pageBreakBefore, int numLevel, int numId,
    int spacingBefore, boolean tiny, String jc) {
  static final Para NORMAL = new Para(null, false, false, -1, -1, -1, false, null);
  /** One point high, for the empty paragraphs around tables. */
  static final Para TINY = new Para(null, false, false, -1, -1, -1, true, null);

  static Para style(String style) {
    return new Para(style, false, false, -1, -1, -1, false, null);
  }

  Para keptWithNext() {
    return new Para(style, true, pageBreakBefore, numLevel, numId, spacingBefore, tiny, jc);
  }

  Para breakBefore() {
    return new Para(style, keepNext, true, numLevel, numId, spacingBefore, tiny, jc);
  }

  Para numbered(int level, int id) {
    return new Para(style, keepNext, pageBreakBefore, level, id, spacingBefore, tiny, jc);
  }

  Para spacingBefore(int twips) {
    return new Para(style, keepNext, pageBreakBefore, numLevel, numId, twips, tiny, jc);
  }

  Para aligned(String value) {
    return new Para(style, keepNext, pageBreakBefore, numLevel, numId, spacingBefore, tiny, value);
  }

  Para centred() {
    return aligned("center");
  }

  void write(WordXml xml) {
    if (style == null && !keepNext && !pageBreakBefore && numId < 0 && spacingBefore < 0 && !tiny && jc == null) {
      return;
    }
    xml.start("pPr");
    if (style != null) {
      xml.val("pStyle", style);
    }
    if (keepNext) {
      xml.empty("keepNext");
    }
    if (pageBreakBefore) {
      xml.empty("pageBreakBefore");
    }
    if (numId >= 0) {
      xml.start("numPr").val("ilvl", numLevel).val("numId", numId).end();
    }
    if (tiny) {
      xml.empty("spacing").attr("before", 0).attr("after", 0).attr("line", 120).attr("lineRule", "exact");
    } else if (spacingBefore >= 0) {
      xml.empty("spacing").attr("before", spacingBefore);
    }
    if (jc != null) {
      xml.val("jc", jc);
    }
    if (tiny) {
      xml.start("rPr").val("sz", 12).end();
    }
    xml.end();
  }
}
