package dev.readout.reports.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.draw.DottedLineSeparator;
import com.lowagie.text.pdf.draw.DrawInterface;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dotted leaders and page numbers of a table of contents, written in when the file closes, so
 * that a document with contents is laid out once.
 *
 * <p>Each entry ends in a leader chunk: a separator that takes the rest of the entry's last line.
 * Where the line is drawn, the leader places a template of its own there, as wide as that rest plus
 * {@link #numberRoom the room for a number} that the entry leaves free at the right of every line,
 * and makes the whole of it a link to the heading. When the file closes, every heading's page is
 * known, and {@link #fill} draws into each template the page number, right-aligned, and the dots up
 * to it. The entry's lines never depend on its number, so the contents are the same whatever the
 * pages, and the headings after them land where they would with the numbers written in. A number
 * of more digits than the room (a book of 10,000 pages or more) takes the dots' place, and where the
 * entry's text leaves it less room than that, it is condensed to fit: a template shows nothing
 * outside its box, so the number would otherwise lose its first digit.
 */
final class ContentsLeaders {
  /** The digits a number has room for: up to 9,999 pages without touching the dots. */
  private static final String WIDEST_NUMBER = "\u00A00000";
  /** The dots: as far apart, and as far above the baseline, as the leader of a printed contents page. */
  private static final float DOT_GAP = 3f;
  private static final float DOT_RISE = 2f;

  /** One entry's leader as drawn: its template, the heading it points to, and the text's style. */
  private record Drawn(PdfTemplate template, String anchor, Style style, float baseline) {}

  private final Typesetter type;
  private final List<Drawn> drawn = new ArrayList<>();
  /** The room for a number, by the style of the entries (two styles: a chapter's and a section's). */
  private final Map<Style, Float> numberRoom = new HashMap<>();

  ContentsLeaders(Typesetter type) {
    this.type = type;
  }

  /**
   * Ends the entry of the heading with the anchor: leaves room at the right of its lines for the
   * page number, then adds a no-break space and the leader, in the entry's style.
   */
  void end(com.lowagie.text.Paragraph entry, String anchor, Style style) {
    float room = numberRoom.computeIfAbsent(style, s -> Typesetter.width(type.phrase(WIDEST_NUMBER, s)));
    entry.setIndentationRight(room);
    entry.add(new Chunk("\u00A0", type.font(Fonts.Face.SERIF, style)));
    DrawInterface drawing = (canvas, llx, lly, urx, height, baseline) -> {
      float width = urx - llx + room;
      PdfTemplate template = canvas.createTemplate(width, height);
      canvas.addTemplate(template, llx, lly);
      canvas.localGoto(anchor, llx, lly, llx + width, lly + height);
      drawn.add(new Drawn(template, anchor, style, baseline - lly));
    };
    Chunk leader = new Chunk(drawing);
    leader.setFont(type.font(style.face(), style));
    entry.add(leader);
  }

  /**
   * Draws each leader's dots and page number, from the pages the headings landed on. A heading
   * that never landed (none does, unless the layout failed) gets the dots only.
   */
  void fill(Map<String, Integer> headingPages) {
    for (Drawn d : drawn) {
      Integer page = headingPages.get(d.anchor());
      float width = d.template().getWidth();
      float dotsEnd = width;
      if (page != null) {
        Phrase number = type.phrase("\u00A0" + page, d.style());
        float numberWidth = Typesetter.width(number);
        if (numberWidth > width) { // five digits or more on a line the entry's text fills: condensed, never cut
          float scale = width / numberWidth;
          number.forEach(e -> ((Chunk) e).setHorizontalScaling(scale));
          numberWidth = width;
        }
        dotsEnd = width - numberWidth;
        ColumnText.showTextAligned(d.template(), Element.ALIGN_RIGHT, number, width, d.baseline(), 0);
      }
      DottedLineSeparator dots = new DottedLineSeparator();
      dots.setGap(DOT_GAP);
      dots.setLineColor(type.theme().ruleColour());
      dots.setOffset(DOT_RISE);
      if (dotsEnd > 0) {
        dots.draw(d.template(), 0, 0, dotsEnd, d.template().getHeight(), d.baseline());
      }
    }
  }
}
