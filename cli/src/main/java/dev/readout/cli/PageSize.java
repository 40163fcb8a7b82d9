package dev.readout.cli;

/** The paper the paginated formats are laid out for. */
enum PageSize {
  /** ISO A4, 210 × 297 mm. */
  A4,
  /** US Letter, 8.5 × 11 in. */
  LETTER
}
