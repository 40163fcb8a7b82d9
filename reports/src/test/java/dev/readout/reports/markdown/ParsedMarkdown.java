package dev.readout.reports.markdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Markdown read back with commonmark-java (CommonMark + GFM tables + footnotes), reduced to what
 * the tests compare: heading texts, table cells, footnotes, paragraph texts, links.
 */
final class ParsedMarkdown {
  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), FootnotesExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

  final Node document;

  private ParsedMarkdown(Node document) {
    this.document = document;
  }

  static ParsedMarkdown parse(String markdown) {
    return new ParsedMarkdown(PARSER.parse(markdown));
  }

  /** The text of every heading, in order, without the HTML anchors. */
  List<String> headings() {
    List<String> out = new ArrayList<>();
    walk(document, n -> {
      if (n instanceof Heading) {
        out.add(text(n));
      }
    });
    return out;
  }

  /** The level of every heading, in order. */
  List<Integer> headingLevels() {
    List<Integer> out = new ArrayList<>();
    walk(document, n -> {
      if (n instanceof Heading h) {
        out.add(h.getLevel());
      }
    });
    return out;
  }

  /** Each table as its rows (header first) of cell texts. */
  List<List<List<String>>> tables() {
    List<List<List<String>>> out = new ArrayList<>();
    walk(document, n -> {
      if (n instanceof TableBlock) {
        List<List<String>> rows = new ArrayList<>();
        walk(n, r -> {
          if (r instanceof TableRow) {
            List<String> cells = new ArrayList<>();
            for (Node c = r.getFirstChild(); c != null; c = c.getNext()) {
              cells.add(text(c));
            }
            rows.add(cells);
          }
        });
        out.add(rows);
      }
    });
    return out;
  }

  /** The alignment of each column of each table, from its header cells. */
  List<List<TableCell.Alignment>> alignments() {
    List<List<TableCell.Alignment>> out = new ArrayList<>();
    walk(document, n -> {
      if (n instanceof TableBlock) {
        List<TableCell.Alignment> columns = new ArrayList<>();
        Node headRow = n.getFirstChild().getFirstChild();
        for (Node c = headRow.getFirstChild(); c != null; c = c.getNext()) {
          columns.add(((TableCell) c).getAlignment());
        }
        out.add(columns);
      }
    });
    return out;
  }

  /** The labels of the footnote definitions, in order. */
  List<String> footnoteDefinitions() {
    List<String> out = new ArrayList<>();
    walk(document, n -> {
      if (n instanceof FootnoteDefinition d) {
        out.add(d.getLabel());
      }
    });
    return out;
  }

  /** The labels of the footnote references, in order. */
  List<String> footnoteReferences() {
    List<String> out = new ArrayList<>();
    walk(document, n -> {
      if (n instanceof FootnoteReference r) {
        out.add(r.getLabel());
      }
    });
    return out;
  }

  /** The text of each footnote definition, in order. */
  List<String> footnoteTexts() {
    List<String> out = new ArrayList<>();
    walk(document, n -> {
      if (n instanceof FootnoteDefinition) {
        out.add(text(n));
      }
    });
    return out;
  }

  /** Every link destination, in order. */
  List<String> links() {
    List<String> out = new ArrayList<>();
    walk(document, n -> {
      if (n instanceof Link l) {
        out.add(l.getDestination());
      }
    });
    return out;
  }

  /** The number of top-level blocks of each kind, as class simple names in order. */
  List<String> topLevelBlocks() {
    List<String> out = new ArrayList<>();
    for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
      out.add(n.getClass().getSimpleName());
    }
    return out;
  }

  /** The whole text in reading order, one line per block, line breaks as line feeds. */
  String text() {
    StringBuilder sb = new StringBuilder();
    collect(document, sb);
    return sb.toString();
  }

  private static void collect(Node node, StringBuilder sb) {
    if (node instanceof Paragraph || node instanceof Heading || node instanceof TableCell) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append(text(node));
      return;
    }
    for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
      collect(c, sb);
    }
  }

  /** The text of inline content: literals, line breaks as line feeds, HTML tags left out except {@code <br>}. */
  static String text(Node node) {
    StringBuilder sb = new StringBuilder();
    node.accept(new AbstractVisitor() {
      @Override
      public void visit(Text text) {
        sb.append(text.getLiteral());
      }

      @Override
      public void visit(Code code) {
        sb.append(code.getLiteral());
      }

      @Override
      public void visit(SoftLineBreak softLineBreak) {
        sb.append('\n');
      }

      @Override
      public void visit(HardLineBreak hardLineBreak) {
        sb.append('\n');
      }

      @Override
      public void visit(HtmlInline html) {
        if (html.getLiteral().equals("<br>")) {
          sb.append('\n');
        }
      }

      @Override
      public void visit(CustomNode node) {
        if (!(node instanceof FootnoteReference)) {
          visitChildren(node);
        }
      }
    });
    return sb.toString();
  }

  private interface NodeAction {
    void apply(Node node);
  }

  private static void walk(Node node, NodeAction action) {
    action.apply(node);
    for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
      walk(c, action);
    }
  }
}
