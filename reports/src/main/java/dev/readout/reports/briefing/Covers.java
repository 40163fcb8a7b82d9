package dev.readout.reports.briefing;

import dev.readout.core.dates.EdtfDate;
import dev.readout.core.model.Source;
import dev.readout.reports.doc.Cover;
import dev.readout.reports.doc.Paragraph;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The cover of a briefing, which says what it is: what it covers and for which side, for whom it was
 * prepared, by whom and when, its version, the day it speaks as of, and what it rests on — with a
 * warning when nothing recent is recorded. The title and the classification marking come from the
 * document's metadata (renderers show the marking at the top and bottom of every page).
 */
final class Covers {
  private Covers() {}

  /**
   * The cover.
   *
   * @param what what the briefing is, e.g. "Country brief on the United States, written for Vietnam"
   */
  static Cover of(BriefingContext ctx, String what) {
    List<String> lines = new ArrayList<>();
    lines.add(what);
    lines.add(ctx.labels.get("common.asOf", ctx.labels.day(ctx.asOf)));
    ctx.options.principal().ifPresent(p -> lines.add(ctx.labels.get("cover.principal", p)));
    ctx.options.preparedOn().ifPresent(d -> lines.add(ctx.labels.get("cover.preparedOn", ctx.labels.day(d))));
    ctx.options.preparedBy().ifPresent(b -> lines.add(ctx.labels.get("cover.preparedBy", b)));
    ctx.options.version().ifPresent(v -> lines.add(ctx.labels.get("cover.version", v)));
    List<Source> sources = ctx.dataset.sources();
    Optional<EdtfDate> newest = sources.stream().map(Source::published).flatMap(Optional::stream)
        .max(Comparator.comparing(EdtfDate::latest));
    String count = ctx.labels.get("restsOn.sources", sources.size());
    lines.add(newest.map(n -> ctx.labels.get("restsOn.newest", count, ctx.date(n))).orElseGet(() -> ctx.labels.get("restsOn.undated", count)));
    if (newest.isPresent() && ChronoUnit.DAYS.between(newest.get().latest(), ctx.asOf) > BottomLine.STALE_DAYS) {
      lines.add(ctx.labels.get("restsOn.stale", ctx.date(newest.get()), ctx.labels.day(ctx.asOf)));
    }
    return Cover.titled(lines.stream().map(Paragraph::of).toList());
  }
}
