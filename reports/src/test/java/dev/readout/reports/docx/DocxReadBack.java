package dev.readout.reports.docx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.RenderResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFtnEdn;

/** A rendered DOCX, opened again: the bytes, the warnings, the zip's parts and POI's view of it. */
final class DocxReadBack {
  final byte[] bytes;
  final RenderResult result;
  final XWPFDocument docx;
  /** Every zip entry in file order, by name. */
  final Map<String, byte[]> parts;

  private DocxReadBack(byte[] bytes, RenderResult result) {
    this.bytes = bytes;
    this.result = result;
    try {
      this.docx = new XWPFDocument(new ByteArrayInputStream(bytes));
      this.parts = entries(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static DocxReadBack render(Document document) {
    return render(DocxRenderer.create(), document);
  }

  static DocxReadBack render(DocxRenderer renderer, Document document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      RenderResult result = renderer.render(document, out);
      return new DocxReadBack(out.toByteArray(), result);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, byte[]> entries(byte[] zip) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), in.readAllBytes());
      }
    }
    return entries;
  }

  /** The text of a part, as UTF-8. */
  String part(String name) {
    assertThat(parts).containsKey(name);
    return new String(parts.get(name), StandardCharsets.UTF_8);
  }

  /** Every body paragraph, including those in table cells, in document order. */
  List<XWPFParagraph> paragraphs() {
    List<XWPFParagraph> all = new ArrayList<>();
    for (IBodyElement e : docx.getBodyElements()) {
      if (e instanceof XWPFParagraph p) {
        all.add(p);
      } else if (e instanceof XWPFTable t) {
        t.getRows().forEach(r -> r.getTableCells().forEach(c -> all.addAll(c.getParagraphs())));
      }
    }
    return all;
  }

  /** The paragraphs of the given style, in document order. */
  List<XWPFParagraph> paragraphs(String style) {
    return paragraphs().stream().filter(p -> style.equals(p.getStyle())).toList();
  }

  /** The text of a paragraph's runs and links, without POI's footnote decorations. */
  static String runText(XWPFParagraph p) {
    return p.getRuns().stream()
        .filter(r -> r.getCTR().getFootnoteReferenceList().isEmpty())
        .map(XWPFRun::text)
        .collect(Collectors.joining());
  }

  /** The footnotes Word numbers (the separators left out), in id order. */
  List<XWPFFootnote> footnotes() {
    return docx.getFootnotes().stream()
        .filter(f -> f.getCTFtnEdn().getType() == null || f.getCTFtnEdn().getType() == STFtnEdn.NORMAL)
        .toList();
  }

  /**
   * The text POI reads: the body in document order (paragraphs one a line, table rows one a line
   * with cells separated by tabs, the paragraphs of a cell one a line), then each footnote on its
   * own line.
   */
  String text() {
    StringBuilder sb = new StringBuilder();
    for (IBodyElement e : docx.getBodyElements()) {
      if (e instanceof XWPFParagraph p) {
        sb.append(p.getText()).append('\n');
      } else if (e instanceof XWPFTable t) {
        for (XWPFTableRow row : t.getRows()) {
          for (XWPFTableCell cell : row.getTableCells()) {
            cell.getParagraphs().forEach(p -> sb.append(p.getText()).append('\n'));
            sb.append('\t');
          }
          sb.append('\n');
        }
      }
    }
    for (XWPFFootnote f : footnotes()) {
      f.getParagraphs().forEach(p -> sb.append(p.getText()).append('\n'));
    }
    return sb.toString();
  }
}
