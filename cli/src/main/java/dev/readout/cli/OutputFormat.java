package dev.readout.cli;

import dev.readout.reports.doc.DocumentRenderer;
import dev.readout.reports.docx.DocxRenderer;
import dev.readout.reports.markdown.MarkdownRenderer;
import dev.readout.reports.pdf.PdfRenderer;

/** The file formats {@code render} writes, each with its extension and renderer. */
enum OutputFormat {
  /** PDF/A-1b with embedded fonts. */
  PDF("pdf"),
  /** Word (Office Open XML). */
  DOCX("docx"),
  /** Markdown (CommonMark with pipe tables and footnotes). */
  MD("md");

  private final String extension;

  OutputFormat(String extension) {
    this.extension = extension;
  }

  String extension() {
    return extension;
  }

  DocumentRenderer renderer(PageSize pageSize) {
    switch (this) {
      case PDF:
        return PdfRenderer.builder()
            .pageSize(pageSize == PageSize.LETTER ? PdfRenderer.PageSize.US_LETTER : PdfRenderer.PageSize.A4)
            .build();
      case DOCX:
        return DocxRenderer.builder()
            .pageSize(pageSize == PageSize.LETTER ? DocxRenderer.PageSize.US_LETTER : DocxRenderer.PageSize.A4)
            .build();
      default:
        return MarkdownRenderer.create();
    }
  }
}
