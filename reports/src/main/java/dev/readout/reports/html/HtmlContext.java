package dev.readout.reports.html;

import dev.readout.reports.chart.Drawings;
import dev.readout.reports.chart.SvgCharts;
import dev.readout.reports.doc.Block;
import dev.readout.reports.doc.BlockVisitor;
import dev.readout.reports.doc.Cover;
import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.Figure;
import dev.readout.reports.doc.Footnote;
import dev.readout.reports.doc.Heading;
import dev.readout.reports.doc.Inline;
import dev.readout.reports.doc.KeyValueBlock;
import dev.readout.reports.doc.Link;
import dev.readout.reports.doc.ListBlock;
import dev.readout.reports.doc.Metadata;
import dev.readout.reports.doc.Note;
import dev.readout.reports.doc.PageBreak;
import dev.readout.reports.doc.PageSize;
import dev.readout.reports.doc.Paragraph;
import dev.readout.reports.doc.PlainText;
import dev.readout.reports.doc.RenderWarning;
import dev.readout.reports.doc.Table;
import dev.readout.reports.doc.TableOfContents;
import dev.readout.reports.doc.Text;
import dev.readout.reports.layout.CellWords;
import dev.readout.reports.layout.ColumnWidths;
import dev.readout.reports.layout.FontAdvances;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The state of one {@link HtmlRenderer#render} call: the unique anchor of each heading, the level
 * of the last heading written, the footnotes met so far and how often each was referred to, whether
 * a page break waits for the next block, and the warnings. Created inside {@code render} and
 * dropped after it, so the renderer itself stays immutable.
 *
 * <p>Every block is written as soon as it is visited, as one element (the next block after a page
 * break carries the class {@code break}); only the footnotes' contents are kept, as model objects,
 * until the endnotes are written at the end.
 *
 * <p>The ids the renderer makes itself ({@code note.3}, {@code ref.3.1}, {@code contents.1}, {@code
 * figure.2.svg} …) contain a full stop, which a heading anchor cannot, so they never clash with one.
 */
final class HtmlContext implements BlockVisitor<Void> {
  /** A table's width at the widest page, in ems of its text: 52rem less 2.5rem of padding, at .95rem. */
  private static final double TABLE_WIDTH_EMS = 49.5 / 0.95;
  /** A cell's padding (.5rem a side), its borders and a little more, in ems of its text. */
  private static final double CELL_PADDING_EMS = 1.0 / 0.95 + 0.3;
  /** How much wider than Liberation Sans the system's sans faces may set a word. */
  private static final double SYSTEM_SANS_WIDER = 1.15;
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([01])\\}");
  /** Languages written right to left, by their primary subtag. */
  private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "arc", "ckb", "dv", "fa", "he", "iw", "ps", "sd", "syr",
      "ug", "ur", "yi");

  private final Document document;
  private final PageSize pageSize;
  private final Labels labels;
  private final String css;
  private final Writer out;
  private final InlineWriter inlines = new InlineWriter(this);

  /** The anchor written for the i-th heading of the document: its own, or with a suffix when taken. */
  private final List<String> headingAnchors;
  private final Set<String> declaredAnchors = new HashSet<>();
  private int headingsWritten;
  /** The HTML level of the last heading written: 1 for the title, model level + 1 for the rest. */
  private int level = 1;
  private boolean titleWritten;
  private boolean pageBreakPending;
  private int figures;
  private int contents;

  /** The number of each footnote met, by its content: equal footnotes are one note. */
  private final Map<List<Inline>, Integer> noteNumbers = new HashMap<>();
  /** The content of note n at index n - 1. */
  private final List<List<Inline>> notes = new ArrayList<>();
  /** How many references to note n were written, at index n - 1. */
  private final List<Integer> references = new ArrayList<>();
  /** Each warning once, in the order first met: the title, for one, is written in several places. */
  private final Set<RenderWarning> warnings = new LinkedHashSet<>();

  HtmlContext(Document document, PageSize pageSize, Locale locale, String css, Writer out) {
    this.document = document;
    this.pageSize = pageSize;
    this.labels = Labels.of(locale);
    this.css = css;
    this.out = out;
    List<Heading> headings = document.headings();
    this.headingAnchors = document.uniqueAnchors();
    for (int i = 0; i < headings.size(); i++) {
      Heading h = headings.get(i);
      declaredAnchors.add(h.anchor());
      if (!h.anchor().equals(headingAnchors.get(i))) {
        warnings.add(RenderWarning.duplicateAnchor(h, headingAnchors.get(i)));
      }
    }
  }

  List<RenderWarning> warnings() {
    return List.copyOf(warnings);
  }

  /** Writes the whole document; a failure of the writer comes out as an {@link UncheckedIOException}. */
  void render() {
    Metadata metadata = document.metadata();
    write("<!DOCTYPE html>\n<html lang=\"" + Markup.attribute(metadata.language()) + "\""
        + (isRightToLeft(metadata.language()) ? " dir=\"rtl\"" : "") + ">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<meta name=\"color-scheme\" content=\"light\">\n"
        + "<title>" + Markup.text(Markup.oneLine(clean(metadata.title()))) + "</title>\n");
    metadata.author().ifPresent(a -> meta("author", a));
    metadata.subtitle().ifPresent(s -> meta("description", s));
    if (!metadata.keywords().isEmpty()) {
      meta("keywords", String.join(", ", metadata.keywords()));
    }
    metadata.date().ifPresent(d -> meta("dcterms.date", d.toString()));
    write("<style>\n" + css + pageRule() + "</style>\n</head>\n<body>\n");
    metadata.classification().ifPresent(c -> write("<header class=\"marking\"><p>" + text(c) + "</p></header>\n"));
    write("<main>\n");
    if (!coverGivesTheTitle()) {
      write("<header class=\"title\"><h1>" + text(metadata.title()) + "</h1></header>\n");
      titleWritten = true;
    }
    for (Block b : document.blocks()) {
      b.accept(this);
    }
    endnotes();
    write("</main>\n");
    metadata.classification().ifPresent(c -> write("<footer class=\"marking\"><p>" + text(c) + "</p></footer>\n"));
    write("</body>\n</html>\n");
  }

  /**
   * Whether the page's {@code h1} is the title on a cover: when a cover comes before every heading
   * and table of contents. Otherwise the title opens the main part, so that the first heading is the
   * one {@code h1}.
   */
  private boolean coverGivesTheTitle() {
    for (Block b : document.blocks()) {
      if (b instanceof Cover) {
        return true;
      }
      if (b instanceof Heading || b instanceof TableOfContents) {
        return false;
      }
    }
    return false;
  }

  private void meta(String name, String content) {
    write("<meta name=\"" + name + "\" content=\"" + attribute(content) + "\">\n");
  }

  /**
   * The page rule of the print style: the paper, and in the page's margins the classification at
   * top and bottom and "Page N of M".
   */
  private String pageRule() {
    String box = "font-family: \"Segoe UI\", \"Noto Sans\", \"Liberation Sans\", Arial, sans-serif; font-size: 8pt;";
    StringBuilder sb = new StringBuilder("@page {\n  size: ")
        .append(pageSize == PageSize.US_LETTER ? "letter" : "A4").append(";\n  margin: 20mm 18mm;\n");
    document.metadata().classification().ifPresent(c -> {
      String marking = Markup.cssString(Markup.oneLine(clean(c)));
      sb.append("  @top-center { content: ").append(marking).append("; ").append(box).append(" font-weight: 700; }\n");
      sb.append("  @bottom-center { content: ").append(marking).append("; ").append(box).append(" font-weight: 700; }\n");
    });
    sb.append("  @bottom-right { content: ").append(pageCounter(labels.pageOf())).append("; ").append(box).append(" }\n}\n");
    return sb.toString();
  }

  /** "Page {0} of {1}" as a CSS content value: {@code "Page " counter(page) " of " counter(pages)}. */
  private static String pageCounter(String pattern) {
    List<String> parts = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(pattern);
    int from = 0;
    while (m.find()) {
      if (m.start() > from) {
        parts.add(Markup.cssString(pattern.substring(from, m.start())));
      }
      parts.add(m.group(1).equals("0") ? "counter(page)" : "counter(pages)");
      from = m.end();
    }
    if (from < pattern.length()) {
      parts.add(Markup.cssString(pattern.substring(from)));
    }
    return String.join(" ", parts);
  }

  // ---- services for the inline writer ----

  void write(String s) {
    try {
      out.write(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns text as it is written: without the characters no renderer writes (with a warning), in NFC. */
  String clean(String text) {
    String kept = PlainText.renderable(text);
    if (kept.length() != text.length()) {
      warnings.add(RenderWarning.charactersLeftOut(text));
    }
    return PlainText.nfc(kept);
  }

  /** Returns text as element content: cleaned, escaped, line breaks as {@code <br>}. */
  String text(String text) {
    return Markup.text(clean(text));
  }

  /** Returns text as an attribute value: cleaned, escaped, line breaks as spaces. */
  String attribute(String text) {
    return Markup.attribute(clean(text));
  }

  /** The {@code lang} (and {@code dir}) attributes of text in a language, or nothing in the document's own. */
  String languageAttributes(String language) {
    String own = document.metadata().language();
    if (Locale.forLanguageTag(language).equals(Locale.forLanguageTag(own))) {
      return "";
    }
    boolean rtl = isRightToLeft(language);
    String dir = rtl == isRightToLeft(own) ? "" : rtl ? " dir=\"rtl\"" : " dir=\"ltr\"";
    return " lang=\"" + Markup.attribute(language) + "\"" + dir;
  }

  private static boolean isRightToLeft(String language) {
    return RIGHT_TO_LEFT.contains(Locale.forLanguageTag(language).getLanguage());
  }

  /** Returns the {@code href} of a link, or null (with a warning) when it names no heading of the document. */
  String href(Link link) {
    if (link.isInternal()) {
      if (!declaredAnchors.contains(link.anchor())) {
        warnings.add(RenderWarning.unknownAnchor(link));
        return null;
      }
      // The first heading with an anchor keeps it, so the declared anchor is also a written one.
      return "#" + link.anchor();
    }
    return attribute(link.target());
  }

  /** Writes the reference mark of a footnote: its number, the same for equal footnotes. */
  void noteReference(Footnote footnote) {
    Integer known = noteNumbers.get(footnote.content());
    int number;
    if (known == null) {
      notes.add(footnote.content());
      references.add(0);
      number = notes.size();
      noteNumbers.put(footnote.content(), number);
    } else {
      number = known;
    }
    int reference = references.get(number - 1) + 1;
    references.set(number - 1, reference);
    write("<sup class=\"noteref\"><a href=\"#note." + number + "\" id=\"ref." + number + "." + reference
        + "\" role=\"doc-noteref\">" + number + "</a></sup>");
  }

  // ---- blocks ----

  /** Writes a block's opening tag, with the class {@code break} when a page break came before it. */
  private void open(String tag, String classes, String attributes) {
    String all = pageBreakPending ? (classes.isEmpty() ? "break" : classes + " break") : classes;
    pageBreakPending = false;
    write("<" + tag + (all.isEmpty() ? "" : " class=\"" + all + "\"") + attributes + ">");
  }

  @Override
  public Void visit(Heading h) {
    String anchor = headingAnchors.get(headingsWritten++);
    // One level below the title, and never more than one level below the heading before.
    level = Math.min(h.level() + 1, level + 1);
    open("h" + level, "", " id=\"" + anchor + "\"");
    inlines.write(h.content());
    write("</h" + level + ">\n");
    return null;
  }

  @Override
  public Void visit(Paragraph paragraph) {
    if (isEmpty(paragraph.content())) {
      return null; // an empty paragraph writes nothing, and leaves a page break to the next block
    }
    open("p", "", "");
    inlines.write(paragraph.content());
    write("</p>\n");
    return null;
  }

  /** True when inlines write nothing: no text, and no footnote whose mark must be written. */
  private static boolean isEmpty(List<Inline> inlines) {
    return inlines.stream().allMatch(i -> i instanceof Text t && t.text().isEmpty());
  }

  @Override
  public Void visit(ListBlock list) {
    open(list.ordered() ? "ol" : "ul", "", "");
    write("\n");
    items(list);
    return null;
  }

  private void items(ListBlock list) {
    for (ListBlock.Item item : list.items()) {
      write("<li>");
      inlines.write(item.content());
      item.nested().ifPresent(n -> {
        write("\n<" + (n.ordered() ? "ol" : "ul") + ">\n");
        items(n);
      });
      write("</li>\n");
    }
    write("</" + (list.ordered() ? "ol" : "ul") + ">\n");
  }

  /**
   * The share of each column, its longest word fitted ({@link ColumnWidths#fit}) at the page's
   * widest: the stylesheet's 52rem body, less its padding, in table text of .95rem, in a sans face
   * measured as Liberation Sans and 15% wider for the system's (Noto Sans and Segoe UI run
   * wider than Arial). A narrower window may still break a long word ({@code overflow-wrap}).
   */
  private static double[] columnShares(Table table) {
    double[] widths = ColumnWidths.fit(table, (content, header) -> CellWords.longestWord(content, header,
        FontAdvances.SANS, FontAdvances.SANS_BOLD) * SYSTEM_SANS_WIDER, CELL_PADDING_EMS, TABLE_WIDTH_EMS);
    double[] shares = new double[widths.length];
    for (int c = 0; c < widths.length; c++) {
      shares[c] = widths[c] / TABLE_WIDTH_EMS;
    }
    return shares;
  }

  @Override
  public Void visit(Table table) {
    open("table", "", "");
    write("\n");
    table.caption().ifPresent(c -> write("<caption>" + text(c) + "</caption>\n"));
    write("<colgroup>");
    for (double share : columnShares(table)) {
      write(String.format(Locale.ROOT, "<col style=\"width: %.3f%%\">", 100 * share));
    }
    write("</colgroup>\n<thead>\n");
    for (Table.Row row : table.headerRows()) {
      row(table, row, true);
    }
    write("</thead>\n<tbody>\n");
    for (Table.Row row : table.bodyRows()) {
      row(table, row, false);
    }
    write("</tbody>\n</table>\n");
    return null;
  }

  /**
   * Writes a row. A header cell is {@code <th scope="col">}, unless it is empty: a header without
   * text names nothing, so it is an ordinary cell.
   */
  private void row(Table table, Table.Row row, boolean header) {
    write("<tr>");
    for (int i = 0; i < row.cells().size(); i++) {
      Table.Cell cell = row.cells().get(i);
      String align = switch (table.columns().get(i).alignment()) {
        case LEFT -> "";
        case CENTER -> " class=\"align-center\"";
        case RIGHT -> " class=\"align-right\"";
      };
      boolean th = header && !PlainText.renderable(PlainText.of(cell.content())).isBlank();
      write(th ? "<th scope=\"col\"" + align + ">" : "<td" + align + ">");
      inlines.write(cell.content());
      write(th ? "</th>" : "</td>");
    }
    write("</tr>\n");
  }

  @Override
  public Void visit(KeyValueBlock keyValues) {
    open("dl", "key-values", "");
    write("\n");
    for (KeyValueBlock.Entry entry : keyValues.entries()) {
      write("<div><dt>" + text(entry.key()) + "</dt><dd>");
      inlines.write(entry.value());
      write("</dd></div>\n");
    }
    write("</dl>\n");
    return null;
  }

  /** A note names its kind in words, so that it does not rest on its colour. */
  @Override
  public Void visit(Note note) {
    String kind = switch (note.kind()) {
      case INFO -> labels.info();
      case IMPORTANT -> labels.important();
      case WARNING -> labels.warning();
    };
    open("div", "note note-" + note.kind().name().toLowerCase(Locale.ROOT), " role=\"note\"");
    write("\n");
    String label = "<span class=\"note-kind\">" + Markup.text(kind) + ":</span> ";
    if (note.title().isPresent()) {
      write("<p class=\"note-title\">" + label + "<strong>" + text(note.title().get()) + "</strong></p>\n<p>");
    } else {
      write("<p>" + label);
    }
    inlines.write(note.content());
    write("</p>\n</div>\n");
    return null;
  }

  /**
   * The chart as inline SVG, marked as one image whose name is the figure's text alternative, and
   * the caption below it.
   */
  @Override
  public Void visit(Figure figure) {
    Drawings.leftOut(figure.chart()).ifPresent(warnings::add);
    int n = ++figures;
    String svg = PlainText.renderable(SvgCharts.svg(figure.chart(), document.metadata().language(), "figure." + n + "."));
    if (!svg.startsWith("<svg ")) {
      throw new IllegalStateException("SvgCharts must return an <svg> element, but returned "
          + svg.substring(0, Math.min(svg.length(), 20)));
    }
    open("figure", "", "");
    write("\n<svg role=\"img\" aria-label=\"" + attribute(figure.description()) + "\" "
        + svg.substring("<svg ".length()) + "\n<figcaption>" + text(figure.caption())
        + "</figcaption>\n</figure>\n");
    return null;
  }

  @Override
  public Void visit(PageBreak pageBreak) {
    pageBreakPending = true;
    return null;
  }

  /** A navigation landmark named by its title: the title as a heading, then a nested list of links. */
  @Override
  public Void visit(TableOfContents toc) {
    String id = "contents." + (++contents);
    open("nav", "contents", " aria-labelledby=\"" + id + "\"");
    write("\n<h2 id=\"" + id + "\">" + text(toc.title()) + "</h2>\n");
    level = 2;
    List<Heading> all = document.headings();
    int minLevel = all.stream().filter(h -> h.level() <= toc.levels()).mapToInt(Heading::level).min().orElse(1);
    int depth = -1;
    for (int i = 0; i < all.size(); i++) {
      Heading h = all.get(i);
      if (h.level() > toc.levels()) {
        continue;
      }
      int target = Math.min(h.level() - minLevel, depth + 1);
      if (target > depth) {
        write("<ul>\n");
        depth++;
      } else {
        write("</li>\n");
        for (; depth > target; depth--) {
          write("</ul></li>\n");
        }
      }
      write("<li><a href=\"#" + headingAnchors.get(i) + "\">" + Markup.text(Markup.oneLine(clean(PlainText.of(h.content()))))
          + "</a>");
    }
    if (depth >= 0) {
      write("</li>\n");
      for (; depth > 0; depth--) {
        write("</ul></li>\n");
      }
      write("</ul>\n");
    }
    write("</nav>\n");
    return null;
  }

  /** The title as the page's one {@code h1} (a second cover shows it as a paragraph), then the other lines. */
  @Override
  public Void visit(Cover cover) {
    Metadata metadata = document.metadata();
    List<String> head = cover.headLines(metadata);
    open("header", "cover", "");
    write("\n");
    if (titleWritten) {
      write("<p class=\"cover-title\">" + text(head.get(0)) + "</p>\n");
    } else {
      write("<h1>" + text(head.get(0)) + "</h1>\n");
      titleWritten = true;
      level = 1;
    }
    for (int i = 1; i < head.size(); i++) {
      boolean subtitle = i == 1 && !cover.titleOnly() && metadata.subtitle().isPresent();
      write((subtitle ? "<p class=\"subtitle\">" : "<p>") + text(head.get(i)) + "</p>\n");
    }
    for (Paragraph line : cover.lines()) {
      if (!isEmpty(line.content())) {
        write("<p>");
        inlines.write(line.content());
        write("</p>\n");
      }
    }
    write("</header>\n");
    return null;
  }

  /**
   * The notes, numbered in the order of their first reference, each followed by one link back to
   * each of its references.
   */
  private void endnotes() {
    if (notes.isEmpty()) {
      return;
    }
    write("<section class=\"endnotes\" role=\"doc-endnotes\" aria-labelledby=\"notes.title\">\n"
        + "<h2 id=\"notes.title\">" + Markup.text(labels.notes()) + "</h2>\n<ol>\n");
    // A note's content holds no footnote (the model forbids it), so no note is added while writing.
    for (int n = 1; n <= notes.size(); n++) {
      write("<li id=\"note." + n + "\"><p>");
      inlines.write(notes.get(n - 1));
      int count = references.get(n - 1);
      for (int k = 1; k <= count; k++) {
        write(" <a href=\"#ref." + n + "." + k + "\" role=\"doc-backlink\" aria-label=\""
            + Markup.attribute(labels.backLink(n, k, count)) + "\">\u21A9" + (count == 1 ? "" : "<sup>" + k + "</sup>")
            + "</a>");
      }
      write("</p></li>\n");
    }
    write("</ol>\n</section>\n");
  }
}
