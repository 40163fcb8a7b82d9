package dev.readout.reports.doc;

import java.util.List;

/**
 * The outcome of one {@link DocumentRenderer#render} call besides the bytes.
 *
 * @param warnings what the renderer left out or adapted, in the order it met them
 */
public record RenderResult(List<RenderWarning> warnings) {

  /**
   * Creates a result.
   *
   * @param warnings the warnings; no nulls
   */
  public RenderResult {
    warnings = Checks.list(warnings, "render warnings");
  }

  /**
   * Returns a result without warnings.
   *
   * @return an empty result
   */
  public static RenderResult clean() {
    return new RenderResult(List.of());
  }

  /**
   * Tells whether the renderer had to leave out or adapt anything.
   *
   * @return true when there is at least one warning
   */
  public boolean hasWarnings() {
    return !warnings.isEmpty();
  }
}
