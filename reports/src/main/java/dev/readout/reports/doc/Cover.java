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
 * <p>A composer that writes the whole cover itself — its date in words, who prepared it under a
 * label — makes a {@linkplain #titled titled} cover: the metadata give the title alone, and the
 * other metadata stay in the file's properties.
 *
 * @param lines extra lines shown below the metadata, such as "Prepared for the Minister"
 * @param titleOnly whether the cover shows only the title of the metadata before its lines
 */
public record Cover(List<Paragraph> lines, boolean titleOnly) implements Block {

  /**
   * Creates a cover.
   *
   * @param lines extra lines; no nulls
   * @param titleOnly whether only the metadata's title is shown before the lines
   */
  public Cover {
    lines = Checks.list(lines, "cover lines");
  }

  /**
   * Creates a cover showing all the metadata lines, then the extra lines.
   *
   * @param lines extra lines; no nulls
   */
  public Cover(List<Paragraph> lines) {
    this(lines, false);
  }

  /**
   * Returns a cover that shows the metadata's title, then these lines only.
   *
   * @param lines every line below the title; no nulls
   * @return the cover
   */
  public static Cover titled(List<Paragraph> lines) {
    return new Cover(lines, true);
  }

  /**
   * Returns the metadata lines this cover shows: the title alone for a {@linkplain #titled titled}
   * cover, else {@link #metadataLines(Metadata)}.
   *
   * @param metadata the document's metadata
   * @return at least the title
   */
  public List<String> headLines(Metadata metadata) {
    return titleOnly ? List.of(metadata.title()) : metadataLines(metadata);
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
