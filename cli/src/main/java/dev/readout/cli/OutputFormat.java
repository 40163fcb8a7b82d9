package dev.readout.cli;

import dev.readout.reports.doc.DocumentRenderer;
import dev.readout.reports.doc.PageSize;
import dev.readout.reports.docx.DocxRenderer;
import dev.readout.reports.html.HtmlRenderer;
import dev.readout.reports.markdown.MarkdownRenderer;
import dev.readout.reports.pdf.PdfRenderer;

/** The file formats {@code render} writes, each with its extension and renderer. */
enum OutputFormat {
  /** PDF/A-1b with embedded fonts. */
  PDF("pdf"),
  /** Word (Office Open XML). */
  DOCX("docx"),
  /** Markdown (CommonMark with pipe tables and footnotes). */
  MD("md"),
  /** One self-contained HTML file (style sheet and charts inside), printable on the page size. */
  HTML("html");

  private final String extension;

  OutputFormat(String extension) {
    this.extension = extension;
  }

  String extension() {
    return extension;
  }

  /** The format's renderer with its default options, on the paper given, or the default (A4) for null. */
  DocumentRenderer renderer(PageSize pageSize) {
    return switch (this) {
      case PDF -> pageSize == null ? PdfRenderer.create() : PdfRenderer.builder().pageSize(pageSize).build();
      case DOCX -> pageSize == null ? DocxRenderer.create() : DocxRenderer.builder().pageSize(pageSize).build();
      case MD -> MarkdownRenderer.create();
      case HTML -> pageSize == null ? HtmlRenderer.create() : HtmlRenderer.builder().pageSize(pageSize).build();
    };
  }
}
