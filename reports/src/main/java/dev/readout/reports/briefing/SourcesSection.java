package dev.readout.reports.briefing;

import dev.readout.core.model.Source;
import dev.readout.reports.doc.Block;
import dev.readout.reports.doc.Heading;
import dev.readout.reports.doc.Inline;
import dev.readout.reports.doc.Link;
import dev.readout.reports.doc.ListBlock;
import dev.readout.reports.doc.Paragraph;
import dev.readout.reports.doc.Strong;
import dev.readout.reports.doc.Text;
import java.util.ArrayList;
import java.util.List;

/** The list of sources a briefing cites: title, kind, publisher, date, author, translator, address. */
final class SourcesSection {
  private SourcesSection() {}

  static List<Block> blocks(BriefingContext ctx, int level, String anchor, String headingKey, List<String> sourceIds) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(Heading.of(level, anchor, ctx.labels.get(headingKey)));
    if (sourceIds.isEmpty()) {
      blocks.add(Paragraph.of(ctx.labels.get("common.none")));
      return blocks;
    }
    List<ListBlock.Item> items = new ArrayList<>();
    for (String id : sourceIds) {
      ctx.dataset.source(id).ifPresent(s -> items.add(ListBlock.Item.of(line(ctx, s).toArray(Inline[]::new))));
    }
    blocks.add(ListBlock.bulleted(items.toArray(ListBlock.Item[]::new)));
    return blocks;
  }

  private static List<Inline> line(BriefingContext ctx, Source s) {
    List<String> details = new ArrayList<>();
    details.add(BriefingContext.capitalised(ctx.labels.label(s.sourceKind())));
    s.publisher().ifPresent(p -> details.add(ctx.labels.get("source.publisher", p)));
    s.published().ifPresent(d -> details.add(ctx.labels.get("source.published", ctx.date(d))));
    s.author().ifPresent(a -> details.add(ctx.labels.get("source.author", a)));
    s.translator().ifPresent(t -> details.add(ctx.labels.get("source.translator", t)));
    List<Inline> inlines = new ArrayList<>();
    inlines.add(Strong.of(s.title()));
    inlines.add(Text.of(". " + String.join(ctx.labels.get("common.list.separator"), details) + "."));
    s.url().ifPresent(u -> {
      inlines.add(Text.of(" "));
      inlines.add(Link.of(u, u));
    });
    return inlines;
  }
}
