package dev.readout.reports.pdf;

import com.lowagie.text.pdf.PdfIndirectReference;

/**
 * A reference to an object of the file by its number (generation 0), for objects whose number the
 * writer handed out earlier: the same bytes as the writer's own reference ({@code N 0 R}), whose
 * constructor is not public.
 */
final class ObjectReference extends PdfIndirectReference {
  ObjectReference(int number) {
    this.number = number;
    setContent(number + " 0 R");
  }
}
