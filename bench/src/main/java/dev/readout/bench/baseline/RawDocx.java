package dev.readout.bench.baseline;

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
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFFootnotes;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdn;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

/**
 * The baseline for the DOCX renderer: the program a developer would write with Apache POI's XWPF API
 * to write the same content — headings in Word's heading styles, paragraphs and list items in
 * Liberation Serif, tables with the same columns and shaded header rows repeated on each page, notes
 * in a shaded one-cell table, page breaks, real footnotes, hyperlinks, a running header (marking and
 * title) and a "Page N of M" footer with PAGE and NUMPAGES fields.
 *
 * <p>What it does not do, and Readout's renderer does: a table-of-contents field listing the
 * headings (the baseline is compared with Readout on the book without one), the style, numbering and
 * settings parts from templates, bookmarks on headings, NFC and removal of characters XML forbids,
 * exact column widths in twips, and the second zip pass that makes the file byte-for-byte
 * reproducible (fixed entry order and times). It numbers footnotes itself (as Readout does), since
 * {@code XWPFDocument.createFootnote()} is quadratic in the number of notes.
 */
public final class RawDocx {
  private static final double BODY_SIZE = 10.5;

  private final BaselineContent content;
  private final XWPFDocument docx = new XWPFDocument();
  private final List<XWPFFootnote> notes = new ArrayList<>();

  private RawDocx(BaselineContent content) {
    this.content = content;
  }

  /**
   * Writes the content as a DOCX file.
   *
   * @param content the content
   * @param out where the file goes (not closed)
   * @throws IOException if the stream cannot be written
   */
  public static void write(BaselineContent content, OutputStream out) throws IOException {
    RawDocx raw = new RawDocx(content);
    raw.render();
    raw.docx.write(out);
    raw.docx.close();
  }

  private void render() {
    // Liberation Serif 10.5 pt for every run, set once in the document defaults.
    CTFonts serif = CTFonts.Factory.newInstance();
    serif.setAscii("Liberation Serif");
    serif.setHAnsi("Liberation Serif");
    serif.setCs("Liberation Serif");
    XWPFStyles styles = docx.createStyles();
    styles.setDefaultFonts(serif);
    docx.getStyles().getDefaultRunStyle();
    styles.getCtStyles().getDocDefaults().getRPrDefault().getRPr().addNewSz().setVal(BigInteger.valueOf(21));
    XWPFFootnotes footnotes = docx.createFootnotes();
    for (int i = 0; i < content.endnotes().size(); i++) {
      List<Run> note = content.endnotes().get(i);
      // Numbered here: XWPFDocument.createFootnote() looks for the next free id among all the notes
      // so far, which makes writing n notes quadratic; a program with many notes numbers them itself.
      CTFtnEdn draft = CTFtnEdn.Factory.newInstance();
      draft.setId(BigInteger.valueOf(i + 1));
      XWPFFootnote footnote = footnotes.addFootnote(draft);
      XWPFParagraph p = footnote.createParagraph();
      p.setStyle("FootnoteText");
      runs(p, note, 9);
      notes.add(footnote);
    }
    boolean pageBreak = false;
    for (Block b : content.blocks()) {
      if (b instanceof Break) {
        pageBreak = true;
        continue;
      }
      if (b instanceof TableBlock t) {
        if (pageBreak) {
          docx.createParagraph().setPageBreak(true);
          pageBreak = false;
        }
        table(t);
        continue;
      }
      if (b instanceof FigureBlock f) {
        figure(f, pageBreak);
        pageBreak = false;
        continue;
      }
      if (b instanceof NoteBlock n) {
        XWPFTable table = docx.createTable(1, 1);
        XWPFTableCell cell = table.getRow(0).getCell(0);
        cell.setColor("DEEAF6");
        XWPFParagraph p = cell.getParagraphs().get(0);
        if (n.title() != null) {
          XWPFRun title = p.createRun();
          title.setBold(true);
          title.setText(n.title());
          p = cell.addParagraph();
        }
        runs(p, n.runs(), 10.5);
        docx.createParagraph();
        continue;
      }
      XWPFParagraph p = docx.createParagraph();
      if (pageBreak) {
        p.setPageBreak(true);
        pageBreak = false;
      }
      if (b instanceof HeadingBlock h) {
        p.setStyle("Heading" + h.level());
        XWPFRun r = p.createRun();
        r.setBold(true);
        r.setFontFamily("Liberation Sans");
        r.setFontSize(h.level() == 1 ? 15 : h.level() == 2 ? 12.5 : 11);
        r.setText(h.text());
      } else if (b instanceof Para para) {
        runs(p, para.runs(), 10.5);
      } else if (b instanceof Item i) {
        p.setStyle(i.number() > 0 ? "ListNumber" : "ListBullet");
        p.setIndentationLeft(360 * (i.depth() + 1));
        runs(p, i.runs(), 10.5);
      } else if (b instanceof Title t) {
        p.setStyle(t.main() ? "Title" : null);
        p.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun r = p.createRun();
        r.setFontFamily("Liberation Sans");
        r.setFontSize(t.main() ? 24 : 13);
        r.setText(t.text());
      }
    }
    furniture();
  }

  /** The chart as the PNG picture Readout draws, and its caption. */
  private void figure(FigureBlock f, boolean pageBreak) {
    XWPFParagraph p = docx.createParagraph();
    p.setPageBreak(pageBreak);
    p.setAlignment(ParagraphAlignment.CENTER);
    java.awt.Dimension size = dev.readout.reports.chart.Drawings.size(f.chart());
    byte[] png = dev.readout.reports.chart.PngCharts.png(f.chart(), f.language());
    try {
      p.createRun().addPicture(new java.io.ByteArrayInputStream(png), org.apache.poi.common.usermodel.PictureType.PNG,
          "figure.png", org.apache.poi.util.Units.toEMU(size.width), org.apache.poi.util.Units.toEMU(size.height));
    } catch (java.io.IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new IllegalStateException(e);
    }
    XWPFParagraph caption = docx.createParagraph();
    caption.setStyle("Caption");
    caption.createRun().setText(f.caption());
  }

  private void table(TableBlock t) {
    int columns = t.widths().length;
    XWPFTable table = docx.createTable(0, columns);
    table.setWidth("100%");
    float sum = 0;
    for (float w : t.widths()) {
      sum += w;
    }
    boolean first = true;
    for (List<List<Run>> row : t.header()) {
      XWPFTableRow tr = first ? table.getRow(0) : table.createRow();
      first = false;
      tr.setRepeatHeader(true);
      fill(tr, row, t, sum, true);
    }
    for (List<List<Run>> row : t.rows()) {
      XWPFTableRow tr = first ? table.getRow(0) : table.createRow();
      first = false;
      tr.setCantSplitRow(true);
      fill(tr, row, t, sum, false);
    }
    docx.createParagraph();
  }

  private void fill(XWPFTableRow tr, List<List<Run>> row, TableBlock t, float sum, boolean header) {
    for (int c = 0; c < row.size(); c++) {
      XWPFTableCell cell = tr.getCell(c) != null ? tr.getCell(c) : tr.addNewTableCell();
      cell.setWidth(Math.round(100 * t.widths()[c] / sum) + "%");
      if (header) {
        cell.setColor("D9E2F3");
      }
      XWPFParagraph p = cell.getParagraphs().get(0);
      p.setAlignment(t.alignments()[c] == 0 ? ParagraphAlignment.LEFT : t.alignments()[c] == 1
          ? ParagraphAlignment.CENTER : ParagraphAlignment.RIGHT);
      if (header) {
        for (Run r : row.get(c)) {
          XWPFRun run = p.createRun();
          run.setBold(true);
          run.setText(r.text());
        }
      } else {
        runs(p, row.get(c), 10);
      }
    }
  }

  private void runs(XWPFParagraph p, List<Run> runs, double size) {
    for (Run r : runs) {
      if (r.note() > 0) {
        p.addFootnoteReference(notes.get(r.note() - 1));
        continue;
      }
      XWPFRun run = r.url() != null ? p.createHyperlinkRun(r.url()) : p.createRun();
      if (size != BODY_SIZE) {
        run.setFontSize(size);
      }
      if (r.bold()) {
        run.setBold(true);
      }
      if (r.italic()) {
        run.setItalic(true);
      }
      run.setText(r.text());
    }
  }

  private void furniture() {
    XWPFParagraph marking = docx.createHeader(HeaderFooterType.DEFAULT).createParagraph();
    marking.createRun().setText("UNCLASSIFIED");
    marking.createRun().addBreak();
    marking.createRun().setText(content.title());
    XWPFParagraph footer = docx.createFooter(HeaderFooterType.DEFAULT).createParagraph();
    footer.setAlignment(ParagraphAlignment.RIGHT);
    footer.createRun().setText("Page ");
    CTP ctp = footer.getCTP();
    ctp.addNewFldSimple().setInstr(" PAGE ");
    footer.createRun().setText(" of ");
    ctp.addNewFldSimple().setInstr(" NUMPAGES ");
  }

  static {
    try {
      // Load POI's and XMLBeans' classes before any measurement, as Readout's renderer has by then.
      new XWPFDocument().close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
