package dev.readout.reports.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A table: its columns, one or more header rows, the body rows and an optional caption.
 *
 * <p>Every row has exactly one cell per column (no spans). Column widths are relative: a renderer
 * gives column {@code i} the share {@code width(i) / sum(widths)} of the available width, and a
 * format that cannot set widths (Markdown) ignores them. Header rows are repeated at the top of
 * every page by paginating renderers. The caption is shown above the table, and comes before the
 * header in {@link PlainText}.
 *
 * @param columns the columns, at least one
 * @param headerRows the header rows, at least one
 * @param bodyRows the body rows; may be empty
 * @param caption a caption shown above the table, if any; not blank
 */
public record Table(List<Column> columns, List<Row> headerRows, List<Row> bodyRows, Optional<String> caption)
    implements Block {

  /**
   * Creates a table.
   *
   * @param columns the columns; at least one, no nulls
   * @param headerRows the header rows; at least one, each with one cell per column
   * @param bodyRows the body rows, each with one cell per column
   * @param caption a caption, or empty; not blank when present
   * @throws DocumentException if a rule is broken
   */
  public Table {
    columns = Checks.nonEmptyList(columns, "table columns");
    headerRows = Checks.nonEmptyList(headerRows, "table header rows");
    bodyRows = Checks.list(bodyRows, "table body rows");
    caption = Checks.optionalNotBlank(caption, "table caption");
    for (int i = 0; i < headerRows.size(); i++) {
      checkCells("header", i + 1, columns.size(), headerRows.get(i));
    }
    for (int i = 0; i < bodyRows.size(); i++) {
      checkCells("body", i + 1, columns.size(), bodyRows.get(i));
    }
  }

  private static void checkCells(String kind, int row, int columns, Row cells) {
    if (cells.cells().size() != columns) {
      throw new DocumentException(Messages.wrongCellCount(kind, row, columns, cells.cells().size()));
    }
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
   * Returns the header rows followed by the body rows.
   *
   * @return every row, in reading order
   */
  public List<Row> rows() {
    List<Row> rows = new ArrayList<>(headerRows);
    rows.addAll(bodyRows);
    return List.copyOf(rows);
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visit(this);
  }

  /** How a column's cells are aligned horizontally. */
  public enum Alignment {
    /** Flush left (flush right in right-to-left text). */
    LEFT,
    /** Centred. */
    CENTER,
    /** Flush right; the usual choice for numbers. */
    RIGHT
  }

  /**
   * A column of a table.
   *
   * @param width the column's relative width, a positive finite number
   * @param alignment how its cells are aligned
   */
  public record Column(double width, Alignment alignment) {

    /**
     * Creates a column.
     *
     * @param width the relative width, a positive finite number
     * @param alignment how its cells are aligned
     * @throws DocumentException if the width is zero, negative, infinite or NaN
     */
    public Column {
      if (!(width > 0) || Double.isInfinite(width)) {
        throw new DocumentException(Messages.invalidColumnWidth(width));
      }
      Checks.notNull(alignment, "column alignment");
    }

    /**
     * Returns a left-aligned column.
     *
     * @param width the relative width
     * @return the column
     */
    public static Column left(double width) {
      return new Column(width, Alignment.LEFT);
    }

    /**
     * Returns a centred column.
     *
     * @param width the relative width
     * @return the column
     */
    public static Column center(double width) {
      return new Column(width, Alignment.CENTER);
    }

    /**
     * Returns a right-aligned column.
     *
     * @param width the relative width
     * @return the column
     */
    public static Column right(double width) {
      return new Column(width, Alignment.RIGHT);
    }
  }

  /**
   * A row of a table.
   *
   * @param cells one cell per column
   */
  public record Row(List<Cell> cells) {

    /**
     * Creates a row.
     *
     * @param cells the cells; no nulls
     */
    public Row {
      cells = Checks.list(cells, "table row cells");
    }

    /**
     * Returns a row of the given cells.
     *
     * @param cells the cells
     * @return the row
     */
    public static Row of(Cell... cells) {
      return new Row(Checks.array(cells));
    }

    /**
     * Returns a row of plain-text cells.
     *
     * @param texts one text per cell
     * @return the row
     */
    public static Row of(String... texts) {
      return new Row(Checks.list(Checks.array(texts), "table row cells").stream().map(Cell::of).toList());
    }
  }

  /**
   * A cell of a table.
   *
   * @param content the cell's text; may be empty
   */
  public record Cell(List<Inline> content) {

    /**
     * Creates a cell.
     *
     * @param content the cell's text; no nulls
     */
    public Cell {
      content = Checks.list(content, "table cell content");
    }

    /**
     * Returns a cell of plain text.
     *
     * @param text the cell's text
     * @return the cell
     */
    public static Cell of(String text) {
      return new Cell(List.of(new Text(text)));
    }

    /**
     * Returns a cell of the given inlines.
     *
     * @param content the cell's text
     * @return the cell
     */
    public static Cell of(Inline... content) {
      return new Cell(Checks.array(content));
    }
  }

  /** Builds a {@link Table} row by row; not thread-safe, meant for one use. */
  public static final class Builder {
    private final List<Column> columns = new ArrayList<>();
    private final List<Row> headerRows = new ArrayList<>();
    private final List<Row> bodyRows = new ArrayList<>();
    private Optional<String> caption = Optional.empty();

    private Builder() {}

    /**
     * Adds a column.
     *
     * @param column the next column
     * @return this builder
     */
    public Builder column(Column column) {
      columns.add(Checks.notNull(column, "table column"));
      return this;
    }

    /**
     * Adds a column.
     *
     * @param width its relative width
     * @param alignment how its cells are aligned
     * @return this builder
     */
    public Builder column(double width, Alignment alignment) {
      return column(new Column(width, alignment));
    }

    /**
     * Adds a header row.
     *
     * @param row the next header row
     * @return this builder
     */
    public Builder header(Row row) {
      headerRows.add(Checks.notNull(row, "table header row"));
      return this;
    }

    /**
     * Adds a header row of plain-text cells.
     *
     * @param texts one text per column
     * @return this builder
     */
    public Builder header(String... texts) {
      return header(Row.of(texts));
    }

    /**
     * Adds a body row.
     *
     * @param row the next body row
     * @return this builder
     */
    public Builder row(Row row) {
      bodyRows.add(Checks.notNull(row, "table body row"));
      return this;
    }

    /**
     * Adds a body row of plain-text cells.
     *
     * @param texts one text per column
     * @return this builder
     */
    public Builder row(String... texts) {
      return row(Row.of(texts));
    }

    /**
     * Sets the caption.
     *
     * @param caption the caption, not blank
     * @return this builder
     */
    public Builder caption(String caption) {
      this.caption = Optional.of(Checks.notNull(caption, "table caption"));
      return this;
    }

    /**
     * Builds the table.
     *
     * @return the table
     * @throws DocumentException if a rule of {@link Table} is broken
     */
    public Table build() {
      return new Table(columns, headerRows, bodyRows, caption);
    }
  }
}
