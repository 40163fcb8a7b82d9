package dev.readout.reports.pdf;

import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.RenderResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;

/** Renders documents for the tests and reads the PDFs back with PDFBox. */
final class PdfReadBack {
  private PdfReadBack() {}

  /** A rendered file: its bytes and the renderer's warnings. */
  record Rendered(byte[] bytes, RenderResult result) {
    PDDocument open() {
      try {
        return Loader.loadPDF(bytes);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Writes the file under {@code target/pdf-tests/} for the command-line tools and for people. */
    Path save(String name) {
      try {
        Path dir = Path.of("target", "pdf-tests");
        Files.createDirectories(dir);
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  static Rendered render(PdfRenderer renderer, Document document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      RenderResult result = renderer.render(document, out);
      return new Rendered(out.toByteArray(), result);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Rendered render(Document document) {
    return render(PdfRenderer.create(), document);
  }

  /** The text of the whole document, pages in order, each page's lines sorted top to bottom. */
  static String text(PDDocument pdf) {
    return text(pdf, true);
  }

  /**
   * The text of the whole document in the order of the content streams, which is reading order:
   * the renderer writes every block in sequence (and the header and footer last), so a table cell
   * that wraps stays whole, which sorting by position would interleave with the next cell.
   */
  static String textInContentOrder(PDDocument pdf) {
    return text(pdf, false);
  }

  private static String text(PDDocument pdf, boolean sortByPosition) {
    try {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(sortByPosition);
      return stripper.getText(pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of one page, 1-based. */
  static String pageText(PDDocument pdf, int page) {
    try {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      stripper.setStartPage(page);
      stripper.setEndPage(page);
      return stripper.getText(pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The outline as "level:title" strings, depth first. */
  static List<String> outline(PDDocument pdf) {
    List<String> titles = new ArrayList<>();
    PDOutlineNode root = pdf.getDocumentCatalog().getDocumentOutline();
    if (root != null) {
      walk(root, 1, titles);
    }
    return titles;
  }

  private static void walk(PDOutlineNode node, int level, List<String> titles) {
    for (PDOutlineItem item : node.children()) {
      titles.add(level + ":" + item.getTitle());
      walk(item, level + 1, titles);
    }
  }

  /** The 1-based page a named destination points to, if it exists. */
  static Optional<Integer> destinationPage(PDDocument pdf, String name) {
    try {
      PDPageDestination dest = pdf.getDocumentCatalog().findNamedDestinationPage(
          new org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination(name));
      if (dest == null) {
        return Optional.empty();
      }
      PDPage page = dest.getPage();
      return Optional.of(page != null ? pdf.getPages().indexOf(page) + 1 : dest.getPageNumber() + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}
