package dev.readout.bench.baseline;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import dev.readout.bench.baseline.BaselineContent.Block;
import dev.readout.bench.baseline.BaselineContent.Break;
import dev.readout.bench.baseline.BaselineContent.HeadingBlock;
import dev.readout.bench.baseline.BaselineContent.Item;
import dev.readout.bench.baseline.BaselineContent.FigureBlock;
import dev.readout.bench.baseline.BaselineContent.NoteBlock;
import dev.readout.bench.baseline.BaselineContent.Para;
import dev.readout.bench.baseline.BaselineContent.Run;
import dev.readout.bench.baseline.BaselineContent.TableBlock;
import dev.readout.bench.baseline.BaselineContent.Title;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The baseline for the PDF renderer: the program a developer would write with OpenPDF alone to print
 * the same content — the same headings, paragraphs, list items, tables (same columns, shaded header
 * rows repeated on each page, zebra rows), notes, page breaks and numbered endnotes linked both
 * ways, in the same embedded Liberation fonts and sizes, with bookmarks, a running header (marking
 * and title) and a "Page N of M" footer.
 *
 * <p>What it does not do, and Readout's renderer does: a table of contents with page numbers (the
 * baseline is compared with Readout on the book without one), PDF/A-1b (compared with PDF/A off),
 * the second layout pass (the baseline writes "of M" through a {@link PdfTemplate} filled in at
 * the end, in one pass), Unicode NFC and a glyph check of every character with a fallback face and a
 * warning for what no font can show, the Unicode bidirectional algorithm in every cell (right-to-left
 * words), keeping a heading with its text, deterministic font subset tags and file identifier.
 */
public final class RawPdf {
  private static final String[] FACES = {
    "LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf",
    "LiberationSerif-BoldItalic.ttf", "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"};
  private static final Map<Face, byte[]> FILES = new EnumMap<>(Face.class);
  private static final Color INK = new Color(0x1A, 0x1A, 0x1A);
  private static final Color ACCENT = new Color(0x1F, 0x38, 0x64);
  private static final Color LINK = new Color(0x1F, 0x4E, 0x9A);
  private static final Color HEADER_FILL = new Color(0xE4, 0xE9, 0xF0);
  private static final Color ZEBRA_FILL = new Color(0xF5, 0xF7, 0xFA);
  private static final Color NOTE_FILL = new Color(0xEA, 0xF1, 0xFB);
  private static final float[] HEADING_SIZES = {15f, 12.5f, 11f};

  private enum Face { SERIF, SERIF_BOLD, SERIF_ITALIC, SERIF_BOLD_ITALIC, SANS, SANS_BOLD }

  static {
    for (Face face : Face.values()) {
      String resource = "liberation/" + FACES[face.ordinal()];
      try (InputStream in = RawPdf.class.getClassLoader().getResourceAsStream(resource)) {
        FILES.put(face, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private final Map<Face, BaseFont> fonts = new EnumMap<>(Face.class);
  private final BaselineContent content;
  private final Document pdf = new Document(PageSize.A4, 66, 66, 80, 70);
  private PdfWriter writer;

  private RawPdf(BaselineContent content) {
    this.content = content;
  }

  /**
   * Writes the content as a PDF.
   *
   * @param content the content
   * @param out where the file goes (not closed)
   */
  public static void write(BaselineContent content, OutputStream out) {
    new RawPdf(content).render(out);
  }

  private void render(OutputStream out) {
    writer = PdfWriter.getInstance(pdf, out);
    writer.setCloseStream(false);
    writer.setPageEvent(new Furniture());
    pdf.addTitle(content.title());
    pdf.open();
    List<HeadingBlock> headings = new ArrayList<>();
    for (Block b : content.blocks()) {
      if (b instanceof HeadingBlock h) {
        headings.add(h);
        heading(h);
      } else if (b instanceof Para p) {
        Paragraph paragraph = new Paragraph(14.5f);
        paragraph.addAll(chunks(p.runs(), 10.5f, false));
        paragraph.setSpacingAfter(6f);
        pdf.add(paragraph);
      } else if (b instanceof Item i) {
        Paragraph paragraph = new Paragraph(14.5f);
        paragraph.setIndentationLeft(16f * (i.depth() + 1));
        paragraph.setFirstLineIndent(-16f);
        paragraph.add(new Chunk(i.number() > 0 ? i.number() + ". " : "\u2022 ", font(Face.SERIF, 10.5f, INK)));
        paragraph.addAll(chunks(i.runs(), 10.5f, false));
        pdf.add(paragraph);
      } else if (b instanceof TableBlock t) {
        table(t);
      } else if (b instanceof NoteBlock n) {
        note(n);
      } else if (b instanceof Title t) {
        Paragraph paragraph = new Paragraph(t.main() ? 31f : 18f,
            t.text(), font(t.main() ? Face.SANS_BOLD : Face.SERIF, t.main() ? 24f : 13f, t.main() ? ACCENT : INK));
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(t.main() ? 16f : 3f);
        pdf.add(paragraph);
      } else if (b instanceof FigureBlock f) {
        figure(f);
      } else if (b instanceof Break) {
        pdf.newPage();
      }
    }
    endnotes();
    outline(headings);
    pdf.close();
  }

  private void heading(HeadingBlock h) {
    Chunk text = new Chunk(h.text(), font(Face.SANS_BOLD, HEADING_SIZES[h.level() - 1], h.level() == 3 ? INK : ACCENT));
    text.setLocalDestination(h.anchor());
    Paragraph p = new Paragraph(HEADING_SIZES[h.level() - 1] * 1.25f, text);
    p.setSpacingBefore(h.level() == 1 ? 14f : 10f);
    p.setSpacingAfter(4f);
    p.setKeepTogether(true);
    pdf.add(p);
  }

  private void table(TableBlock t) {
    PdfPTable table = new PdfPTable(t.widths());
    table.setWidthPercentage(100);
    table.setSpacingBefore(4f);
    table.setSpacingAfter(10f);
    table.setHeaderRows(t.header().size());
    for (List<List<Run>> row : t.header()) {
      for (int c = 0; c < row.size(); c++) {
        PdfPCell cell = cell(row.get(c), 9.5f, true, t.alignments()[c]);
        cell.setBackgroundColor(HEADER_FILL);
        table.addCell(cell);
      }
    }
    for (int r = 0; r < t.rows().size(); r++) {
      List<List<Run>> row = t.rows().get(r);
      for (int c = 0; c < row.size(); c++) {
        PdfPCell cell = cell(row.get(c), 10f, false, t.alignments()[c]);
        if (r % 2 == 1) {
          cell.setBackgroundColor(ZEBRA_FILL);
        }
        table.addCell(cell);
      }
    }
    pdf.add(table);
  }

  private PdfPCell cell(List<Run> runs, float size, boolean header, int alignment) {
    Phrase phrase = new Phrase(size * 1.3f);
    phrase.addAll(chunks(runs, size, header));
    PdfPCell cell = new PdfPCell(phrase);
    cell.setHorizontalAlignment(alignment == 0 ? Element.ALIGN_LEFT : alignment == 1 ? Element.ALIGN_CENTER
        : Element.ALIGN_RIGHT);
    cell.setPadding(4f);
    cell.setPaddingBottom(5f);
    cell.setBorder(Rectangle.BOTTOM);
    return cell;
  }

  /** The chart drawn as Readout draws it, through OpenPDF's Graphics2D into a template, and its caption. */
  private void figure(FigureBlock f) {
    java.awt.Dimension size = dev.readout.reports.chart.Drawings.size(f.chart());
    com.lowagie.text.pdf.PdfTemplate template = writer.getDirectContent().createTemplate(size.width, size.height);
    java.awt.Graphics2D g2 = template.createGraphics(size.width, size.height, new com.lowagie.text.pdf.FontMapper() {
      @Override
      public BaseFont awtToPdf(java.awt.Font font) {
        return base(font.getFontName().contains("Bold") ? Face.SANS_BOLD : Face.SANS);
      }

      @Override
      public java.awt.Font pdfToAwt(BaseFont font, int points) {
        return dev.readout.reports.chart.ChartLook.regular(points);
      }
    });
    dev.readout.reports.chart.Drawings.draw(f.chart(), f.language(), g2,
        new java.awt.geom.Rectangle2D.Double(0, 0, size.width, size.height));
    g2.dispose();
    com.lowagie.text.Image image = com.lowagie.text.Image.getInstance(template);
    image.setAlignment(com.lowagie.text.Image.MIDDLE);
    pdf.add(image);
    Paragraph caption = new Paragraph(12f, f.caption(), font(Face.SERIF_ITALIC, 9f, INK));
    caption.setSpacingAfter(8f);
    pdf.add(caption);
  }

  private void note(NoteBlock n) {
    PdfPCell cell = new PdfPCell();
    cell.setBackgroundColor(NOTE_FILL);
    cell.setBorder(Rectangle.LEFT);
    cell.setPadding(8f);
    if (n.title() != null) {
      cell.addElement(new Paragraph(13f, n.title(), font(Face.SANS_BOLD, 10f, ACCENT)));
    }
    Paragraph text = new Paragraph(14.5f);
    text.addAll(chunks(n.runs(), 10.5f, false));
    cell.addElement(text);
    PdfPTable table = new PdfPTable(1);
    table.setWidthPercentage(100);
    table.setSpacingBefore(4f);
    table.setSpacingAfter(10f);
    table.addCell(cell);
    pdf.add(table);
  }

  private void endnotes() {
    if (content.endnotes().isEmpty()) {
      return;
    }
    pdf.add(new Paragraph(16f, "Notes", font(Face.SANS_BOLD, HEADING_SIZES[1], ACCENT)));
    for (int i = 0; i < content.endnotes().size(); i++) {
      int n = i + 1;
      Paragraph p = new Paragraph(12.5f);
      p.setIndentationLeft(18f);
      p.setFirstLineIndent(-18f);
      p.setSpacingAfter(3f);
      Chunk number = new Chunk(n + ". ", font(Face.SERIF, 9.5f, LINK));
      number.setLocalDestination("fn." + n);
      number.setLocalGoto("fnref." + n);
      p.add(number);
      p.addAll(chunks(content.endnotes().get(i), 9.5f, false));
      pdf.add(p);
    }
  }

  private void outline(List<HeadingBlock> headings) {
    PdfOutline[] parents = new PdfOutline[4];
    parents[0] = writer.getRootOutline();
    for (HeadingBlock h : headings) {
      PdfOutline parent = parents[0];
      for (int l = h.level() - 1; l >= 1; l--) {
        if (parents[l] != null) {
          parent = parents[l];
          break;
        }
      }
      parents[h.level()] = new PdfOutline(parent, PdfAction.gotoLocalPage(h.anchor(), false), h.text(), h.level() < 3);
      for (int l = h.level() + 1; l < parents.length; l++) {
        parents[l] = null;
      }
    }
  }

  private List<Chunk> chunks(List<Run> runs, float size, boolean bold) {
    List<Chunk> chunks = new ArrayList<>(runs.size());
    for (Run r : runs) {
      if (r.note() > 0) {
        Chunk mark = new Chunk(" " + r.note(), font(Face.SERIF, size * 0.62f, LINK));
        mark.setTextRise(size * 0.36f);
        mark.setLocalGoto("fn." + r.note());
        mark.setLocalDestination("fnref." + r.note());
        chunks.add(mark);
        continue;
      }
      Face face = bold ? Face.SANS_BOLD
          : Face.values()[(r.bold() ? 1 : 0) + (r.italic() ? 2 : 0)];
      Chunk chunk = new Chunk(r.text(), font(face, size, r.url() == null ? INK : LINK));
      if (r.url() != null) {
        chunk.setAnchor(r.url());
      }
      chunks.add(chunk);
    }
    return chunks;
  }

  private BaseFont base(Face face) {
    return fonts.computeIfAbsent(face, RawPdf::load);
  }

  private Font font(Face face, float size, Color color) {
    return new Font(fonts.computeIfAbsent(face, RawPdf::load), size, Font.NORMAL, color);
  }

  private static BaseFont load(Face face) {
    try {
      BaseFont font = BaseFont.createFont(FACES[face.ordinal()], BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
          FILES.get(face), null);
      font.setSubset(true);
      return font;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The running header and the "Page N of M" footer, M written into a template at the end. */
  private final class Furniture extends PdfPageEventHelper {
    private PdfTemplate total;

    @Override
    public void onOpenDocument(PdfWriter w, Document d) {
      total = w.getDirectContent().createTemplate(30f, 12f);
    }

    @Override
    public void onEndPage(PdfWriter w, Document d) {
      PdfContentByte cb = w.getDirectContent();
      float top = d.getPageSize().getHeight();
      Font marking = font(Face.SANS_BOLD, 9f, INK);
      Font small = font(Face.SANS, 8f, INK);
      ColumnText.showTextAligned(cb, Element.ALIGN_CENTER, new Phrase("UNCLASSIFIED", marking),
          d.getPageSize().getWidth() / 2, top - 30f, 0);
      ColumnText.showTextAligned(cb, Element.ALIGN_CENTER, new Phrase("UNCLASSIFIED", marking),
          d.getPageSize().getWidth() / 2, 22f, 0);
      ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(content.title(), small), d.left(), top - 48f, 0);
      cb.saveState();
      cb.setLineWidth(0.5f);
      cb.moveTo(d.left(), top - 53f);
      cb.lineTo(d.right(), top - 53f);
      cb.moveTo(d.left(), 50f);
      cb.lineTo(d.right(), 50f);
      cb.stroke();
      cb.restoreState();
      ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, new Phrase("Page " + w.getPageNumber() + " of ", small),
          d.right() - 30f, 38f, 0);
      cb.addTemplate(total, d.right() - 30f, 38f);
    }

    @Override
    public void onCloseDocument(PdfWriter w, Document d) {
      total.beginText();
      total.setFontAndSize(fonts.computeIfAbsent(Face.SANS, RawPdf::load), 8f);
      total.showText(Integer.toString(w.getPageNumber() - 1));
      total.endText();
    }
  }
}
