package dev.readout.reports.doc;

import java.util.List;
import java.util.Optional;

/**
 * A callout set apart from the running text: a remark, something important, or a warning, with an
 * optional title shown in bold above its text.
 *
 * @param kind what sort of note it is
 * @param title a title, if any; not blank
 * @param content the note's text; at least one inline
 */
public record Note(Kind kind, Optional<String> title, List<Inline> content) implements Block {

  /**
   * Creates a note.
   *
   * @param kind what sort of note it is
   * @param title a title, or empty; not blank when present
   * @param content the note's text; at least one inline, no nulls
   */
  public Note {
    Checks.notNull(kind, "note kind");
    title = Checks.optionalNotBlank(title, "note title");
    content = Checks.nonEmptyList(content, "note content");
  }

  /**
   * Returns a note of plain text without title.
   *
   * @param kind what sort of note it is
   * @param text the note's text
   * @return the note
   */
  public static Note of(Kind kind, String text) {
    return new Note(kind, Optional.empty(), List.of(new Text(text)));
  }

  /**
   * Returns a note of plain text with a title.
   *
   * @param kind what sort of note it is
   * @param title the title
   * @param text the note's text
   * @return the note
   */
  public static Note of(Kind kind, String title, String text) {
    return new Note(kind, Optional.of(Checks.notNull(title, "note title")), List.of(new Text(text)));
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visit(this);
  }

  /** What sort of note it is; renderers may show each kind in its own colour or with its own mark. */
  public enum Kind {
    /** A remark or background information. */
    INFO,
    /** Something the reader must not miss. */
    IMPORTANT,
    /** A risk or caution. */
    WARNING
  }
}
