package dev.readout.reports.html;

import dev.readout.reports.doc.Emphasis;
import dev.readout.reports.doc.Footnote;
import dev.readout.reports.doc.Inline;
import dev.readout.reports.doc.InlineVisitor;
import dev.readout.reports.doc.Link;
import dev.readout.reports.doc.PlainText;
import dev.readout.reports.doc.Quote;
import dev.readout.reports.doc.Strong;
import dev.readout.reports.doc.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a run of inlines as HTML phrasing content: text escaped, {@code <em>}, {@code <strong>},
 * {@code <q>} with the quotation's language, {@code <a>}, and footnote reference marks. A mark met
 * inside a link is written just after it, since a link cannot hold another link.
 */
final class InlineWriter implements InlineVisitor<Void> {
  private final HtmlContext context;
  /** The footnotes met inside the link being written, or null outside links. */
  private List<Footnote> deferred;

  InlineWriter(HtmlContext context) {
    this.context = context;
  }

  void write(List<Inline> inlines) {
    inlines.forEach(i -> i.accept(this));
  }

  @Override
  public Void visit(Text text) {
    context.write(context.text(text.text()));
    return null;
  }

  /**
   * The quotation in a {@code <q>} element with its language, between the marks {@link
   * Quote#marked()} gives it, written as text: marks the style sheet generated would be lost when the
   * quotation is copied, and would not part its words from the text around it, so the style sheet
   * turns the browser's own marks off.
   */
  @Override
  public Void visit(Quote quote) {
    context.write("\u201C<q" + context.languageAttributes(quote.language()) + ">" + context.text(quote.text()) + "</q>\u201D");
    return null;
  }

  @Override
  public Void visit(Emphasis emphasis) {
    context.write("<em>");
    write(emphasis.children());
    context.write("</em>");
    return null;
  }

  @Override
  public Void visit(Strong strong) {
    context.write("<strong>");
    write(strong.children());
    context.write("</strong>");
    return null;
  }

  /**
   * A link to a heading the document lacks is written as its text alone (with a warning), and so is
   * a link without text (one of a footnote alone), which no reader could name or follow.
   */
  @Override
  public Void visit(Link link) {
    String href = context.href(link);
    if (PlainText.renderable(PlainText.of(link.children())).isBlank()) {
      href = null;
    }
    List<Footnote> outer = deferred;
    deferred = new ArrayList<>();
    if (href != null) {
      context.write("<a href=\"" + href + "\">");
    }
    write(link.children());
    if (href != null) {
      context.write("</a>");
    }
    List<Footnote> marks = deferred;
    deferred = outer;
    marks.forEach(context::noteReference);
    return null;
  }

  @Override
  public Void visit(Footnote footnote) {
    if (deferred != null) {
      deferred.add(footnote);
    } else {
      context.noteReference(footnote);
    }
    return null;
  }
}
