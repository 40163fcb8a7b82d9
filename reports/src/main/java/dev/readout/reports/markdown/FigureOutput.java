package dev.readout.reports.markdown;

import dev.readout.reports.chart.SvgCharts;
import dev.readout.reports.doc.Figure;
import dev.readout.reports.doc.SideFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where a figure's SVG goes: a side file named by the prefix and the figure's number, or, without
 * side files, a {@code data:} URI in the Markdown itself.
 *
 * @param prefix what each side file's name starts with
 * @param sideFiles where side files are written, or null to inline the drawings
 */
record FigureOutput(String prefix, SideFiles sideFiles) {

  /** Writes the n-th figure's drawing (from 1) and returns the link's destination, unescaped. */
  String write(Figure figure, int number, String language) {
    String svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + SvgCharts.svg(figure.chart(), language, "figure" + number + "-", figure.description()) + "\n";
    byte[] bytes = svg.getBytes(StandardCharsets.UTF_8);
    if (sideFiles == null) {
      return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(bytes);
    }
    String name = prefix + "figure-" + number + ".svg";
    try {
      sideFiles.write(name, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return name;
  }
}
