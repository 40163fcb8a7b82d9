package dev.readout.reports.doc;

import java.util.Locale;

/**
 * The paper a paginated format (PDF, Word) is laid out on, in portrait. One type for every renderer
 * and the command line, so that "letter" means the same sheet everywhere.
 */
public enum PageSize {
  /** ISO A4, 210 × 297 mm: 595 × 842 points. */
  A4(11906, 16838),
  /** US Letter, 8.5 × 11 in: 612 × 792 points. */
  US_LETTER(12240, 15840);

  private final int widthTwips;
  private final int heightTwips;

  PageSize(int widthTwips, int heightTwips) {
    this.widthTwips = widthTwips;
    this.heightTwips = heightTwips;
  }

  /** {@return the width in twentieths of a point, as Word measures it} */
  public int widthTwips() {
    return widthTwips;
  }

  /** {@return the height in twentieths of a point, as Word measures it} */
  public int heightTwips() {
    return heightTwips;
  }

  /** {@return the width in points, rounded to the whole point, as PDF measures it} */
  public float widthPoints() {
    return Math.round(widthTwips / 20f);
  }

  /** {@return the height in points, rounded to the whole point, as PDF measures it} */
  public float heightPoints() {
    return Math.round(heightTwips / 20f);
  }

  /**
   * Returns the page size a short name stands for, as the command line takes it: {@code a4}, or
   * {@code letter} (also {@code us-letter}); case does not matter.
   *
   * @param name the name
   * @return the page size
   * @throws IllegalArgumentException if the name is none of those
   */
  public static PageSize of(String name) {
    return switch (name.toLowerCase(Locale.ROOT).replace('_', '-')) {
      case "a4" -> A4;
      case "letter", "us-letter" -> US_LETTER;
      default -> throw new IllegalArgumentException(Messages.pageSizeUnknown(name));
    };
  }
}
