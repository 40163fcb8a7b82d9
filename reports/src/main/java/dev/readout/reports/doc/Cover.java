package dev.readout.reports.doc;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The title page, made from the document's {@link Metadata}: in this order the title, the
 * subtitle, the author, the organisation and the date (written {@code yyyy-MM-dd}, the same in
 * every language and renderer), each when present, then the cover's own extra lines. Renderers
 * that have pages start a new page after the cover, so a composer does not add a {@link PageBreak}
 * after it. The classification marking is not part of the cover's text: renderers show it as
 * running header or banner.
 *
 * @param lines extra lines shown below the metadata, such as "Prepared for the Minister"
 */
public record Cover(List<Paragraph> lines) implements Block {

  /**
   * Creates a cover.
   *
   * @param lines extra lines; no nulls
   */
  public Cover {
    lines = Checks.list(lines, "cover lines");
  }

  /**
   * Returns a cover with the given extra plain-text lines (none for the metadata only).
   *
   * @param lines extra lines
   * @return the cover
   */
  public static Cover of(String... lines) {
    return new Cover(Checks.list(Checks.array(lines), "cover lines").stream().map(Paragraph::of).toList());
  }

  /**
   * Returns the metadata lines of a cover, in the order every renderer shows them: the title, then
   * the subtitle, the author, the organisation and the date as {@code yyyy-MM-dd}, each when
   * present. Renderers style the first as the title.
   *
   * @param metadata the document's metadata
   * @return at least the title
   */
  public static List<String> metadataLines(Metadata metadata) {
    List<String> lines = new ArrayList<>();
    lines.add(metadata.title());
    metadata.subtitle().ifPresent(lines::add);
    metadata.author().ifPresent(lines::add);
    metadata.organisation().ifPresent(lines::add);
    metadata.date().ifPresent(d -> lines.add(d.format(DateTimeFormatter.ISO_LOCAL_DATE)));
    return List.copyOf(lines);
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
