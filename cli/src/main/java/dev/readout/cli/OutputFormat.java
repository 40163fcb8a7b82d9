package dev.readout.cli;

import dev.readout.reports.doc.DocumentRenderer;
import dev.readout.reports.markdown.MarkdownRenderer;

/** The file formats {@code render} writes, each with its extension and renderer. */
enum OutputFormat {
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
    return MarkdownRenderer.create();
  }
}
