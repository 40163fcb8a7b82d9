package dev.readout.reports.briefing;

import dev.readout.reports.doc.Block;
import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.Heading;
import dev.readout.reports.doc.PlainText;
import dev.readout.reports.doc.Table;
import java.util.ArrayList;
import java.util.List;

/** Test helpers that find sections, tables and rows in a composed document. */
final class Documents {
  private Documents() {}

  static List<String> headings(Document d, int level) {
    return d.headings().stream().filter(h -> h.level() == level).map(h -> PlainText.of(h.content())).toList();
  }

  /** The blocks after the first heading whose anchor is {@code anchor}, up to the next heading of the same or a higher level. */
  static List<Block> section(Document d, String anchor) {
    List<Block> section = new ArrayList<>();
    int level = 0;
    for (Block b : d.blocks()) {
      if (level == 0) {
        if (b instanceof Heading && ((Heading) b).anchor().equals(anchor)) {
          level = ((Heading) b).level();
        }
        continue;
      }
      if (b instanceof Heading && ((Heading) b).level() <= level) {
        break;
      }
      section.add(b);
    }
    if (level == 0) {
      throw new AssertionError("no heading with anchor " + anchor + " in " + d.headings());
    }
    return section;
  }

  static Table table(Document d, String anchor) {
    return section(d, anchor).stream().filter(Table.class::isInstance).map(Table.class::cast).findFirst()
        .orElseThrow(() -> new AssertionError("no table in section " + anchor));
  }

  /** Each body row of a table as the plain texts of its cells. */
  static List<List<String>> rows(Table t) {
    return t.bodyRows().stream().map(r -> r.cells().stream().map(c -> PlainText.of(c.content())).toList()).toList();
  }

  static String text(List<Block> blocks) {
    StringBuilder sb = new StringBuilder();
    blocks.forEach(b -> sb.append(PlainText.of(b)).append('\n'));
    return sb.toString();
  }
}
