package dev.readout.reports.docx;

import dev.readout.reports.doc.Emphasis;
import dev.readout.reports.doc.Footnote;
import dev.readout.reports.doc.Inline;
import dev.readout.reports.doc.InlineVisitor;
import dev.readout.reports.doc.Link;
import dev.readout.reports.doc.Strong;
import dev.readout.reports.doc.Text;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;

/**
 * Writes inlines as runs of one paragraph: emphasis as italic, strong as bold, a link as a {@code
 * w:hyperlink} (to a relationship of the part for a URL, to a bookmark for {@code #anchor}), a
 * footnote as a reference run whose note goes to the footnotes part. A footnote inside a link is
 * referenced just after the link. A line feed in text becomes {@code w:br}, a tab {@code w:tab}.
 * One writer serves one part (body, footnotes or header), whose relationships hold its links.
 */
final class RunWriter implements InlineVisitor<Void> {
  static final String HYPERLINK_STYLE = "Hyperlink";
  static final String FOOTNOTE_REFERENCE_STYLE = "FootnoteReference";

  private final DocxContext context;
  private final DocxContext.Part part;

  private CTP paragraph;
  private Supplier<CTR> runs;
  private boolean bold;
  private boolean italic;
  private boolean link;
  /** Footnotes met inside the link being written, referenced after it; null outside links. */
  private List<Footnote> deferred;

  RunWriter(DocxContext context, DocxContext.Part part) {
    this.context = context;
    this.part = part;
  }

  /** Appends the inlines to the paragraph, all in bold when {@code bold} is set. */
  void write(CTP target, List<Inline> inlines, boolean allBold) {
    this.paragraph = target;
    this.runs = target::addNewR;
    this.bold = allBold;
    this.italic = false;
    this.link = false;
    this.deferred = null;
    inlines.forEach(i -> i.accept(this));
  }

  /** Appends the inlines to the paragraph. */
  void write(CTP target, List<Inline> inlines) {
    write(target, inlines, false);
  }

  /** Appends plain text to the paragraph (cleaned, with a warning for characters left out). */
  void text(CTP target, String text, boolean allBold) {
    write(target, List.of(new Text(text)), allBold);
  }

  @Override
  public Void visit(Text text) {
    appendText(context.clean(text.text()));
    return null;
  }

  private void appendText(String text) {
    if (text.isEmpty()) {
      return;
    }
    CTR r = runs.get();
    format(r);
    StringBuilder piece = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\t') {
        flush(r, piece);
        if (c == '\t') {
          r.addNewTab();
        } else {
          r.addNewBr();
          if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            i++;
          }
        }
      } else {
        piece.append(c);
      }
    }
    flush(r, piece);
  }

  private static void flush(CTR r, StringBuilder piece) {
    if (piece.length() > 0) {
      CTText t = r.addNewT();
      t.setStringValue(piece.toString());
      t.setSpace(SpaceAttribute.Space.PRESERVE);
      piece.setLength(0);
    }
  }

  private void format(CTR r) {
    if (!(link || bold || italic)) {
      return;
    }
    CTRPr rPr = r.addNewRPr();
    if (link) {
      rPr.addNewRStyle().setVal(HYPERLINK_STYLE);
    }
    if (bold) {
      rPr.addNewB();
      rPr.addNewBCs();
    }
    if (italic) {
      rPr.addNewI();
      rPr.addNewICs();
    }
  }

  @Override
  public Void visit(Emphasis emphasis) {
    boolean outer = italic;
    italic = true;
    emphasis.children().forEach(i -> i.accept(this));
    italic = outer;
    return null;
  }

  @Override
  public Void visit(Strong strong) {
    boolean outer = bold;
    bold = true;
    strong.children().forEach(i -> i.accept(this));
    bold = outer;
    return null;
  }

  @Override
  public Void visit(Link l) {
    CTHyperlink hyperlink = hyperlink(l);
    if (hyperlink == null) {
      // An unknown anchor or an unusable URL: the text stays, without a link.
      l.children().forEach(i -> i.accept(this));
      return null;
    }
    Supplier<CTR> outerRuns = runs;
    boolean outerLink = link;
    List<Footnote> outerDeferred = deferred;
    runs = hyperlink::addNewR;
    link = true;
    deferred = new ArrayList<>();
    l.children().forEach(i -> i.accept(this));
    List<Footnote> marks = deferred;
    runs = outerRuns;
    link = outerLink;
    deferred = outerDeferred;
    marks.forEach(this::reference);
    return null;
  }

  private CTHyperlink hyperlink(Link l) {
    if (l.isInternal()) {
      String bookmark = context.bookmarkFor(l);
      if (bookmark == null) {
        return null;
      }
      CTHyperlink h = paragraph.addNewHyperlink();
      h.setAnchor(bookmark);
      return h;
    }
    String relationship = part.hyperlinkRelationship(context.clean(l.target()));
    if (relationship == null) {
      return null;
    }
    CTHyperlink h = paragraph.addNewHyperlink();
    h.setId(relationship);
    return h;
  }

  @Override
  public Void visit(Footnote footnote) {
    if (deferred != null) {
      deferred.add(footnote);
    } else {
      reference(footnote);
    }
    return null;
  }

  private void reference(Footnote footnote) {
    int id = context.footnote(footnote);
    CTR r = runs.get();
    r.addNewRPr().addNewRStyle().setVal(FOOTNOTE_REFERENCE_STYLE);
    r.addNewFootnoteReference().setId(BigInteger.valueOf(id));
  }
}
