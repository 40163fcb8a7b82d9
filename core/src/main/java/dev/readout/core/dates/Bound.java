package dev.readout.core.dates;

/** What one end of a {@link DateInterval} is: a date, open, or unknown. */
public enum Bound {
  /** The end is a {@link PartialDate}, as both ends of {@code 2022/2024}. */
  DATE,
  /**
   * The interval has no end on this side, written {@code ..}: {@code 2025/..} is "from 2025 on",
   * {@code ../2024} is "up to 2024".
   */
  OPEN,
  /**
   * This end exists but is not known, written as nothing: {@code 2025/} began in 2025 and ended at
   * an unknown time, {@code /2024} ended in 2024 and began at an unknown time.
   */
  UNKNOWN
}
