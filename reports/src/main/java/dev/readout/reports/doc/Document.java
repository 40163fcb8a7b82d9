package dev.readout.reports.doc;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A format-neutral document: its {@link Metadata} and its {@link Block}s in reading order. Built
 * with {@link #builder()}; immutable and compared by value, so a composer's output can be checked
 * with {@code equals} against an expected document.
 *
 * <pre>{@code
 * Document doc = Document.builder()
 *     .metadata(Metadata.builder().title("Country brief: Viet Nam").language("en").build())
 *     .add(Cover.of())
 *     .add(TableOfContents.of("Contents"))
 *     .heading(1, "Relationship")
 *     .paragraph("Comprehensive strategic partnership since 2023.")
 *     .build();
 * }</pre>
 *
 * @param metadata what the document is
 * @param blocks the blocks in reading order
 */
public record Document(Metadata metadata, List<Block> blocks) {

  /**
   * Creates a document.
   *
   * @param metadata what the document is
   * @param blocks the blocks; no nulls
   */
  public Document {
    Checks.notNull(metadata, "document metadata");
    blocks = Checks.list(blocks, "document blocks");
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns every heading of the document, in order; the entries of a table of contents are taken
   * from this list.
   *
   * @return the headings
   */
  public List<Heading> headings() {
    return blocks.stream().filter(Heading.class::isInstance).map(Heading.class::cast).toList();
  }

  /**
   * Returns the anchor each heading is written with, one per element of {@link #headings()}: its
   * own anchor, unless an earlier heading already has it; then the anchor with the first suffix
   * {@code -2}, {@code -3}… that no heading of the document uses. Every renderer names headings
   * this way, and an internal link {@code #id} leads to the first heading whose anchor is {@code
   * id} (which always keeps it).
   *
   * @return the unique anchors, in heading order
   */
  public List<String> uniqueAnchors() {
    List<Heading> headings = headings();
    Set<String> declared = new HashSet<>();
    headings.forEach(h -> declared.add(h.anchor()));
    Set<String> used = new HashSet<>();
    List<String> anchors = new ArrayList<>(headings.size());
    for (Heading h : headings) {
      String anchor = h.anchor();
      if (!used.add(anchor)) {
        int n = 2;
        while (used.contains(anchor + "-" + n) || declared.contains(anchor + "-" + n)) {
          n++;
        }
        anchor = anchor + "-" + n;
        used.add(anchor);
      }
      anchors.add(anchor);
    }
    return List.copyOf(anchors);
  }

  /** Builds a {@link Document} block by block; not thread-safe, meant for one use. */
  public static final class Builder {
    private Metadata metadata;
    private final List<Block> blocks = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the metadata (required).
     *
     * @param metadata what the document is
     * @return this builder
     */
    public Builder metadata(Metadata metadata) {
      this.metadata = Checks.notNull(metadata, "document metadata");
      return this;
    }

    /**
     * Adds a block at the end.
     *
     * @param block the next block
     * @return this builder
     */
    public Builder add(Block block) {
      blocks.add(Checks.notNull(block, "document block"));
      return this;
    }

    /**
     * Adds blocks at the end, in order.
     *
     * @param blocks the next blocks
     * @return this builder
     */
    public Builder addAll(List<? extends Block> blocks) {
      this.blocks.addAll(Checks.list(blocks, "document blocks"));
      return this;
    }

    /**
     * Adds a heading of plain text whose anchor is the slug of the text.
     *
     * @param level 1 (top) to 3
     * @param text the heading's text
     * @return this builder
     */
    public Builder heading(int level, String text) {
      return add(Heading.of(level, text));
    }

    /**
     * Adds a paragraph of plain text.
     *
     * @param text the text
     * @return this builder
     */
    public Builder paragraph(String text) {
      return add(Paragraph.of(text));
    }

    /**
     * Adds a paragraph of the given inlines.
     *
     * @param content the text
     * @return this builder
     */
    public Builder paragraph(Inline... content) {
      return add(Paragraph.of(content));
    }

    /**
     * Builds the document.
     *
     * @return the document
     * @throws DocumentException if no metadata was set
     */
    public Document build() {
      if (metadata == null) {
        throw new DocumentException(Messages.metadataNotSet());
      }
      return new Document(metadata, blocks);
    }
  }
}
