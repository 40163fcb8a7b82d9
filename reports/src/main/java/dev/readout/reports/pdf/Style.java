package dev.readout.reports.pdf;

import dev.readout.reports.pdf.Fonts.Face;
import java.awt.Color;

/**
 * How a run of text looks: family, weight, slant, size in points and colour; and the colours of a
 * ministerial brief that no theme changes (ink, muted text, zebra rows). The others are the {@link
 * PdfTheme}'s.
 */
record Style(boolean sans, boolean bold, boolean italic, float size, Color color) {

  static final float BODY_SIZE = 10.5f;
  static final float SMALL_SIZE = 9.5f;

  static final Color INK = new Color(0x1A, 0x1A, 0x1A);
  static final Color MUTED = new Color(0x59, 0x59, 0x59);
  static final Color ZEBRA_FILL = new Color(0xF5, 0xF7, 0xFA);
  static final Color BODY_RULE = new Color(0xD0, 0xD5, 0xDD);

  /** Body text: Liberation Serif, regular, {@value #BODY_SIZE} pt, in ink. */
  static Style body() {
    return new Style(false, false, false, BODY_SIZE, INK);
  }

  Style bold(boolean b) {
    return new Style(sans, b, italic, size, color);
  }

  Style italic(boolean i) {
    return new Style(sans, bold, i, size, color);
  }

  Style color(Color c) {
    return new Style(sans, bold, italic, size, c);
  }

  Face face() {
    return Face.of(sans, bold, italic);
  }
}
