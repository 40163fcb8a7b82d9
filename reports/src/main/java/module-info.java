/**
 * Readout's reports: the format-neutral document model, the briefings composed from a dataset, and
 * the PDF, Word, Markdown and HTML renderers. Start at {@link
 * dev.readout.reports.briefing.Briefings} and {@link dev.readout.reports.doc.DocumentRenderer}.
 *
 * <p>Every exported package is API; {@code chart} and {@code layout} are the renderers' shared
 * machinery. Apache POI logs through the Log4j API, and the application chooses the provider:
 * {@code log4j-to-jul} routes it to {@code java.util.logging} (on the module path it is the module
 * {@code org.apache.logging.log4j.tojul}, found as a service provider); {@code log4j-core} and
 * {@code log4j-to-slf4j} work too.
 */
module dev.readout.reports {
  requires transitive dev.readout.core;
  requires com.github.librepdf.openpdf;
  // The Liberation fonts embedded in every PDF, read as resources of that module.
  requires com.github.librepdf.pdfFontsExtra;
  requires java.desktop;
  requires org.jfree.jfreechart;
  requires org.apache.xmlgraphics.batik.svggen;
  requires java.xml;
  requires org.apache.poi.poi;
  requires org.apache.poi.ooxml;
  requires org.apache.poi.ooxml.schemas;
  requires org.apache.xmlbeans;
  requires org.apache.commons.io;
  requires org.apache.commons.compress;
  // Theme files of the PDF renderer are YAML, read as core reads dataset files.
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires org.yaml.snakeyaml;

  exports dev.readout.reports.doc;
  exports dev.readout.reports.briefing;
  exports dev.readout.reports.i18n;
  exports dev.readout.reports.pdf;
  exports dev.readout.reports.docx;
  exports dev.readout.reports.markdown;
  exports dev.readout.reports.html;
}
