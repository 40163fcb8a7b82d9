package dev.readout.reports.doc;

import java.util.List;

/**
 * Labelled values in a fixed order, such as "Date", "Place", "Format" at the head of a readout.
 * Renderers typically show them as a two-column table without header; the Markdown renderer writes
 * a list of {@code **key:** value} lines.
 *
 * @param entries the entries in display order, at least one
 */
public record KeyValueBlock(List<Entry> entries) implements Block {

  /**
   * Creates a key–value block.
   *
   * @param entries the entries; at least one, no nulls
   */
  public KeyValueBlock {
    entries = Checks.nonEmptyList(entries, "key-value entries");
  }

  /**
   * Returns a key–value block of the given entries.
   *
   * @param entries the entries; at least one
   * @return the block
   */
  public static KeyValueBlock of(Entry... entries) {
    return new KeyValueBlock(Checks.array(entries));
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visit(this);
  }

  /**
   * One labelled value.
   *
   * @param key the label, plain text, not blank
   * @param value the value; may be empty
   */
  public record Entry(String key, List<Inline> value) {

    /**
     * Creates an entry.
     *
     * @param key the label, not blank
     * @param value the value; no nulls
     */
    public Entry {
      Checks.notBlank(key, "key-value key");
      value = Checks.list(value, "key-value value");
    }

    /**
     * Returns an entry whose value is plain text.
     *
     * @param key the label
     * @param value the value
     * @return the entry
     */
    public static Entry of(String key, String value) {
      return new Entry(key, List.of(new Text(value)));
    }

    /**
     * Returns an entry whose value is the given inlines.
     *
     * @param key the label
     * @param value the value
     * @return the entry
     */
    public static Entry of(String key, Inline... value) {
      return new Entry(key, Checks.array(value));
    }
  }
}
