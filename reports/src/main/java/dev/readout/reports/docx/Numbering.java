package dev.readout.reports.docx;

import java.util.ArrayList;
import java.util.List;

/**
 * The numbering part of one render: two abstract definitions (bullets, and numbers) with nine
 * nested levels each, and one numbering instance per list written, so that each list counts from
 * 1. A list nested at depth {@code d} uses level {@code d} (at most 8, Word's deepest), which gives
 * it its indent and its bullet or number format. Numbering ids are assigned 1, 2, 3… in the order
 * lists are written; after a Word template's own ids, where the render has a template ({@link
 * DocxTemplate#numbering(Numbering)} puts the two together).
 */
final class Numbering {
  static final int BULLET_ABSTRACT_ID = 1;
  static final int DECIMAL_ABSTRACT_ID = 2;
  static final int MAX_LEVEL = 8;

  private static final String[] BULLETS = {"\u2022", "\u25E6", "\u25AA"};
  private static final String[] NUMBER_FORMATS = {"decimal", "lowerLetter", "lowerRoman"};
  private static final int BULLET_STEP = 360;
  private static final int NUMBER_STEP = 425;

  /** One entry per list written: {abstract id, level}. */
  private final List<int[]> instances = new ArrayList<>();
  /** The largest abstract definition id and numbering id taken before Readout's (a template's); 0 for none. */
  private final int abstractBase;
  private final int numBase;

  Numbering() {
    this(0, 0);
  }

  /** A numbering whose ids follow the ids up to {@code abstractBase} and {@code numBase}, taken by a template. */
  Numbering(int abstractBase, int numBase) {
    this.abstractBase = abstractBase;
    this.numBase = numBase;
  }

  /** Registers a list at a nesting depth; returns its numbering id. */
  int newList(boolean ordered, int level) {
    instances.add(new int[] {abstractBase + (ordered ? DECIMAL_ABSTRACT_ID : BULLET_ABSTRACT_ID), level});
    return numBase + instances.size();
  }

  boolean isEmpty() {
    return instances.isEmpty();
  }

  /** The level a list nested at {@code depth} (0 for a top-level list) is written at. */
  static int level(int depth) {
    return Math.min(depth, MAX_LEVEL);
  }

  /** The whole {@code numbering.xml}: abstract definitions first, then the instances, as Word requires. */
  String xml() {
    StringBuilder sb = new StringBuilder(8192);
    sb.append("<w:numbering xmlns:w=\"").append(Ooxml.W_NS).append("\">");
    abstractNum(sb, abstractBase + BULLET_ABSTRACT_ID, false);
    abstractNum(sb, abstractBase + DECIMAL_ABSTRACT_ID, true);
    for (int i = 0; i < instances.size(); i++) {
      int[] instance = instances.get(i);
      sb.append("<w:num w:numId=\"").append(numBase + i + 1).append("\">")
          .append("<w:abstractNumId w:val=\"").append(instance[0]).append("\"/>");
      if (instance[0] == abstractBase + DECIMAL_ABSTRACT_ID) {
        sb.append("<w:lvlOverride w:ilvl=\"").append(instance[1]).append("\">")
            .append("<w:startOverride w:val=\"1\"/></w:lvlOverride>");
      }
      sb.append("</w:num>");
    }
    return sb.append("</w:numbering>").toString();
  }

  private static void abstractNum(StringBuilder sb, int id, boolean ordered) {
    sb.append("<w:abstractNum w:abstractNumId=\"").append(id).append("\">")
        .append("<w:multiLevelType w:val=\"hybridMultilevel\"/>");
    for (int level = 0; level <= MAX_LEVEL; level++) {
      int step = ordered ? NUMBER_STEP : BULLET_STEP;
      sb.append("<w:lvl w:ilvl=\"").append(level).append("\">")
          .append("<w:start w:val=\"1\"/>")
          .append("<w:numFmt w:val=\"").append(ordered ? NUMBER_FORMATS[level % 3] : "bullet").append("\"/>")
          .append("<w:lvlText w:val=\"").append(ordered ? "%" + (level + 1) + "." : BULLETS[level % 3]).append("\"/>")
          .append("<w:lvlJc w:val=\"left\"/>")
          .append("<w:pPr><w:ind w:left=\"").append(step * (level + 1))
          .append("\" w:hanging=\"").append(step).append("\"/></w:pPr>")
          .append("</w:lvl>");
    }
    sb.append("</w:abstractNum>");
  }
}
