package dev.readout.reports.briefing;

import dev.readout.core.model.Evidence;
import dev.readout.core.model.Source;
import dev.readout.reports.doc.Block;
import dev.readout.reports.doc.Footnote;
import dev.readout.reports.doc.Heading;
import dev.readout.reports.doc.Inline;
import dev.readout.reports.doc.Link;
import dev.readout.reports.doc.ListBlock;
import dev.readout.reports.doc.Paragraph;
import dev.readout.reports.doc.Quote;
import dev.readout.reports.doc.Strong;
import dev.readout.reports.doc.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The citations of one briefing. Every statement is followed by a note quoting the passage behind it
 * and naming its source by a short key — “quote” [S1] — so the quote is one step away; the same quote
 * gives the same note, which renderers show once. Sources are listed once, by key. The reasoning
 * behind an inferred date (the note beside a quote) is written once, in an appendix, and the note
 * refers to it (see R2).
 */
final class Citations {
  private final BriefingContext ctx;
  /** Each source cited, by id, with its key's number. */
  private final Map<String, Integer> sources = new LinkedHashMap<>();
  /** Each reasoning referred to, by its text, with its number. */
  private final Map<String, Integer> reasons = new LinkedHashMap<>();

  Citations(BriefingContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Where the quote goes in a citation's label: the label is filled in with this mark, which is
   * then replaced by the quote as a {@link Quote} in the source's language.
   */
  private static final String QUOTE_HERE = "\uFFFC";

  /** The key of a source, e.g. {@code S1}, given on its first citation. */
  String key(String sourceId) {
    return "S" + sources.computeIfAbsent(sourceId, id -> sources.size() + 1);
  }

  /** One note per quote: “quote” [S1], with the reasoning it rests on and whether it could be checked. */
  List<Inline> cite(List<Evidence> evidence) {
    List<Inline> notes = new ArrayList<>();
    for (Evidence e : evidence) {
      String text = ctx.labels.get("citation.quote", QUOTE_HERE, key(e.source()));
      if (ctx.note(e).isPresent()) {
        String reason = "R" + reasons.computeIfAbsent(ctx.note(e).get(), n -> reasons.size() + 1);
        text = ctx.labels.get("citation.reasoned", text, reason);
      }
      if (!ctx.dataset.isVerifiable(e)) {
        text = ctx.labels.get("citation.unverified", text);
      }
      String language = ctx.dataset.source(e.source()).map(s -> s.language()).orElse(ctx.language());
      int at = text.indexOf(QUOTE_HERE);
      List<Inline> note = new ArrayList<>();
      if (at > 0) {
        note.add(Text.of(text.substring(0, at)));
      }
      note.add(new Quote(e.quote(), language));
      if (at + QUOTE_HERE.length() < text.length()) {
        note.add(Text.of(text.substring(at + QUOTE_HERE.length())));
      }
      notes.add(new Footnote(note));
    }
    return notes;
  }

  /** Text followed by the notes citing its quotes. */
  List<Inline> cited(String text, List<Evidence> evidence) {
    List<Inline> inlines = new ArrayList<>();
    inlines.add(Text.of(text));
    inlines.addAll(cite(evidence));
    return inlines;
  }

  /** {@return the ids of the sources cited so far, by key} */
  List<String> cited() {
    return List.copyOf(sources.keySet());
  }

  /** {@return whether any reasoning was referred to} */
  boolean reasoned() {
    return !reasons.isEmpty();
  }

  /** The list of sources, each once under its key: [S1] Title. Kind, published …, by …, translated by …. */
  List<Block> sources(int level, String anchor, String headingKey, List<String> sourceIds) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(Heading.of(level, anchor, ctx.labels.get(headingKey)));
    sourceIds.forEach(this::key);
    if (sources.isEmpty()) {
      blocks.add(Paragraph.of(ctx.labels.get("common.none")));
      return blocks;
    }
    List<ListBlock.Item> items = new ArrayList<>();
    for (String id : sources.keySet()) {
      ctx.dataset.source(id).ifPresent(s -> items.add(ListBlock.Item.of(line(s).toArray(Inline[]::new))));
    }
    blocks.add(ListBlock.bulleted(items.toArray(ListBlock.Item[]::new)));
    return blocks;
  }

  private List<Inline> line(Source s) {
    List<String> details = new ArrayList<>();
    details.add(BriefingContext.capitalised(ctx.labels.label(s.sourceKind())));
    s.publisher().ifPresent(p -> details.add(ctx.labels.get("source.publisher", p)));
    s.published().ifPresent(d -> details.add(ctx.labels.get("source.published", ctx.date(d))));
    s.author().ifPresent(a -> details.add(ctx.labels.get("source.author", a)));
    s.translator().ifPresent(t -> details.add(ctx.labels.get("source.translator", t)));
    if (s.text().isEmpty()) {
      details.add(ctx.labels.get("source.noText"));
    }
    List<Inline> inlines = new ArrayList<>();
    inlines.add(Strong.of("[" + key(s.id()) + "]"));
    inlines.add(Text.of(" " + sentence(s.title()) + " " + String.join(ctx.labels.get("common.list.separator"), details) + "."));
    s.url().ifPresent(u -> {
      inlines.add(Text.of(" "));
      inlines.add(Link.of(u, u));
    });
    return inlines;
  }

  /** A title as a sentence: with a full stop, unless it already ends with one, a question or exclamation mark. */
  static String sentence(String title) {
    String t = title.strip();
    return t.endsWith(".") || t.endsWith("?") || t.endsWith("!") || t.endsWith("…") ? t : t + ".";
  }

  /** The appendix of reasoning: each note beside a quote, once, under the number the notes refer to. */
  List<Block> reasoning(int level, String anchor) {
    List<Block> blocks = new ArrayList<>();
    if (reasons.isEmpty()) {
      return blocks;
    }
    blocks.add(Heading.of(level, anchor, ctx.labels.get("appendix.reasoning")));
    blocks.add(Paragraph.of(ctx.labels.get("appendix.reasoningText")));
    List<ListBlock.Item> items = new ArrayList<>();
    reasons.forEach((text, n) -> items.add(ListBlock.Item.of(Strong.of("R" + n), Text.of(" " + text))));
    blocks.add(ListBlock.bulleted(items.toArray(ListBlock.Item[]::new)));
    return blocks;
  }
}
