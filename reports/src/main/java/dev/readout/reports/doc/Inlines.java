package dev.readout.reports.doc;

import java.util.List;

/** Searches through inline trees, for the rules that forbid nesting. */
final class Inlines {
  private Inlines() {}

  static boolean containsLink(List<Inline> inlines) {
    return inlines.stream().anyMatch(i -> i.accept(FIND_LINK));
  }

  static boolean containsFootnote(List<Inline> inlines) {
    return inlines.stream().anyMatch(i -> i.accept(FIND_FOOTNOTE));
  }

  private static final InlineVisitor<Boolean> FIND_LINK = new Finder(true);
  private static final InlineVisitor<Boolean> FIND_FOOTNOTE = new Finder(false);

  private static final class Finder implements InlineVisitor<Boolean> {
    private final boolean links;

    Finder(boolean links) {
      this.links = links;
    }

    private Boolean any(List<Inline> children) {
      return children.stream().anyMatch(i -> i.accept(this));
    }

    @Override
    public Boolean visit(Text text) {
      return false;
    }

    @Override
    public Boolean visit(Quote quote) {
      return false;
    }

    @Override
    public Boolean visit(Emphasis emphasis) {
      return any(emphasis.children());
    }

    @Override
    public Boolean visit(Strong strong) {
      return any(strong.children());
    }

    @Override
    public Boolean visit(Link link) {
      return links || any(link.children());
    }

    @Override
    public Boolean visit(Footnote footnote) {
      // A footnote's content is written apart from the link, so a link in it is not nested.
      return !links;
    }
  }
}
