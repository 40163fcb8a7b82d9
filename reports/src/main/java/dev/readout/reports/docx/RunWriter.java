package dev.readout.reports.docx;

import dev.readout.reports.doc.Emphasis;
import dev.readout.reports.doc.Footnote;
import dev.readout.reports.doc.Inline;
import dev.readout.reports.doc.InlineVisitor;
import dev.readout.reports.doc.Link;
import dev.readout.reports.doc.Quote;
import dev.readout.reports.doc.Strong;
import dev.readout.reports.doc.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes inlines as the runs of the paragraph open in a part: emphasis as italic, strong as bold, a
 * link as a {@code w:hyperlink} (to a relationship of the part for a URL, to a bookmark for {@code
 * #anchor}), a footnote as a reference run whose note goes to the footnotes part. A footnote inside
 * a link is referenced just after the link. A line feed in text becomes {@code w:br}, a tab {@code
 * w:tab}. One writer serves one part (body, footnotes, header), whose relationships hold its links.
 */
final class RunWriter implements InlineVisitor<Void> {
  static final String HYPERLINK_STYLE = "Hyperlink";
  static final String FOOTNOTE_REFERENCE_STYLE = "FootnoteReference";

  private final DocxContext context;
  private final DocxPackage.Part part;
  private final WordXml xml;

  private boolean bold;
  private boolean italic;
  private boolean link;
  /** The language of the quotation being written when it differs from the document's, else null. */
  private String quoteLanguage;
  /** Footnotes met inside the link being written, referenced after it; null outside links. */
  private List<Footnote> deferred;

  RunWriter(DocxContext context, DocxPackage.Part part, WordXml xml) {
    this.context = context;
    this.part = part;
    this.xml = xml;
  }

  /** Writes the inlines as runs of the open paragraph, all in bold when {@code allBold} is set. */
  void write(List<Inline> inlines, boolean allBold) {
    this.bold = allBold;
    this.italic = false;
    this.link = false;
    this.deferred = null;
    inlines.forEach(i -> i.accept(this));
  }

  /** Writes the inlines as runs of the open paragraph. */
  void write(List<Inline> inlines) {
    write(inlines, false);
  }

  /** Writes plain text as runs of the open paragraph (cleaned, with a warning for characters left out). */
  void text(String text, boolean allBold) {
    write(List.of(new Text(text)), allBold);
  }

  @Override
  public Void visit(Text text) {
    String clean = context.clean(text.text());
    if (clean.isEmpty()) {
      return null;
    }
    xml.start("r");
    format(clean);
    int from = 0;
    for (int i = 0; i < clean.length(); i++) {
      char c = clean.charAt(i);
      if (c == '\n' || c == '\r' || c == '\t') {
        piece(clean, from, i);
        if (c == '\t') {
          xml.empty("tab");
        } else {
          xml.empty("br");
          if (c == '\r' && i + 1 < clean.length() && clean.charAt(i + 1) == '\n') {
            i++;
          }
        }
        from = i + 1;
      }
    }
    piece(clean, from, clean.length());
    xml.end();
    return null;
  }

  /** A quotation: in quotation marks, its runs marked with its language when it is not the document's. */
  @Override
  public Void visit(Quote quote) {
    String outer = quoteLanguage;
    quoteLanguage = quote.language().equalsIgnoreCase(context.language()) ? null : quote.language();
    visit(new Text(quote.marked()));
    quoteLanguage = outer;
    return null;
  }

  private void piece(String text, int from, int to) {
    if (to > from) {
      xml.text("t", text.substring(from, to));
    }
  }

  /** Writes the run's properties: link style, East Asian and complex-script fonts, bold, italic, language. */
  private void format(String text) {
    FontSlots slots = FontSlots.of(text, context.language());
    if (!(link || bold || italic || slots != null || quoteLanguage != null)) {
      return;
    }
    xml.start("rPr");
    if (link) {
      xml.val("rStyle", context.style(HYPERLINK_STYLE));
    }
    if (slots != null) {
      slots.writeFonts(xml);
    }
    if (bold) {
      xml.empty("b").empty("bCs");
    }
    if (italic) {
      xml.empty("i").empty("iCs");
    }
    if (slots != null) {
      slots.writeLanguage(xml);
    } else if (quoteLanguage != null) {
      xml.val("lang", quoteLanguage);
    }
    xml.end();
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
    if (!startHyperlink(l)) {
      // An unknown anchor or an unusable URL: the text stays, without a link.
      l.children().forEach(i -> i.accept(this));
      return null;
    }
    boolean outerLink = link;
    List<Footnote> outerDeferred = deferred;
    link = true;
    deferred = new ArrayList<>();
    l.children().forEach(i -> i.accept(this));
    List<Footnote> marks = deferred;
    xml.end();
    link = outerLink;
    deferred = outerDeferred;
    marks.forEach(this::reference);
    return null;
  }

  /** Opens the {@code w:hyperlink} of a link; false when the link leads nowhere it can be written to. */
  private boolean startHyperlink(Link l) {
    if (l.isInternal()) {
      String bookmark = context.bookmarkFor(l);
      if (bookmark == null) {
        return false;
      }
      xml.start("hyperlink").attr("anchor", bookmark);
      return true;
    }
    String relationship = part.hyperlinkRelationship(context.clean(l.target()));
    if (relationship == null) {
      return false;
    }
    xml.start("hyperlink").relationship(relationship);
    return true;
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

  /**
   * Writes the mark of a footnote: the footnote reference, in a hidden bookmark, where a note is
   * first cited; a {@code NOTEREF \f \h} field showing the same number, formatted as a note mark
   * and leading to the note, where it is cited again.
   */
  private void reference(Footnote footnote) {
    DocxContext.NoteRef note = context.footnote(footnote);
    if (!note.repeated()) {
      int bookmark = context.bookmarkId(note);
      xml.empty("bookmarkStart").attr("id", bookmark).attr("name", note.bookmark());
      markRun().empty("footnoteReference").attr("id", note.id()).end();
      xml.empty("bookmarkEnd").attr("id", bookmark);
      return;
    }
    markRun().empty("fldChar").attr("fldCharType", "begin").end();
    markRun().text("instrText", " NOTEREF " + note.bookmark() + " \\f \\h ").end();
    markRun().empty("fldChar").attr("fldCharType", "separate").end();
    markRun().text("t", Integer.toString(note.id())).end();
    markRun().empty("fldChar").attr("fldCharType", "end").end();
  }

  /** Opens a run in the footnote reference style; the caller writes its content and closes it. */
  private WordXml markRun() {
    return xml.start("r").start("rPr").val("rStyle", context.style(FOOTNOTE_REFERENCE_STYLE)).end();
  }
}
