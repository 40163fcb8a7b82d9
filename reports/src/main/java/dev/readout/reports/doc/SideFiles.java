package dev.readout.reports.doc;

import java.io.IOException;

/**
 * Where a renderer writes the files its output links to, such as the SVG drawing of each figure
 * beside a Markdown file. The renderer names each file (relative to the main output, no folders)
 * and writes it whole; the caller decides where it goes, and whether it is kept only if the main
 * file is.
 */
@FunctionalInterface
public interface SideFiles {

  /**
   * Writes one side file.
   *
   * @param name its name, relative to the main output, as the main output links to it
   * @param content its bytes
   * @throws IOException if it cannot be written
   */
  void write(String name, byte[] content) throws IOException;
}
