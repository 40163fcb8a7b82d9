package dev.readout.reports.doc;

import dev.readout.core.internal.Urls;
import java.util.List;

/**
 * A hyperlink: its text and where it leads.
 *
 * <p>The target is either an absolute {@code http} or {@code https} URL with a host, or an internal
 * anchor {@code #id} naming a {@link Heading#anchor()} of the same document. Every other scheme
 * ({@code javascript:}, {@code file:}, {@code data:}, {@code mailto:}…) is rejected, so a document
 * built from untrusted data cannot carry script or local-file links into a PDF or Word file. A
 * link's text must not contain another link (no format can show nested links); a footnote inside
 * it is allowed, and renderers place its marker after the link.
 *
 * @param target an {@code http(s)} URL or {@code #anchor}
 * @param children the link text; at least one inline
 */
public record Link(String target, List<Inline> children) implements Inline {

  /**
   * Creates a link.
   *
   * @param target an {@code http(s)} URL with a host, or {@code #} followed by a valid anchor id
   * @param children the link text; at least one inline, no nulls, no nested link
   * @throws DocumentException if the target is not allowed or the text is empty or holds a link
   */
  public Link {
    Checks.notNull(target, "link target");
    if (!isAllowedTarget(target)) {
      throw new DocumentException(Messages.invalidLinkTarget(target));
    }
    children = Checks.nonEmptyList(children, "link text");
    if (Inlines.containsLink(children)) {
      throw new DocumentException(Messages.nestedLink());
    }
  }

  /**
   * Returns a link whose text is plain text.
   *
   * @param target an {@code http(s)} URL or {@code #anchor}
   * @param text the link text
   * @return the link
   */
  public static Link of(String target, String text) {
    return new Link(target, List.of(new Text(text)));
  }

  /**
   * Returns a link whose text is the given inlines.
   *
   * @param target an {@code http(s)} URL or {@code #anchor}
   * @param children the link text; at least one inline
   * @return the link
   */
  public static Link of(String target, Inline... children) {
    return new Link(target, Checks.array(children));
  }

  /**
   * Tells whether this link leads to a heading of the same document.
   *
   * @return true for a target {@code #id}
   */
  public boolean isInternal() {
    return target.startsWith("#");
  }

  /**
   * Returns the anchor id an internal link leads to.
   *
   * @return the id without its {@code #}, or the empty string for an external link
   */
  public String anchor() {
    return isInternal() ? target.substring(1) : "";
  }

  @Override
  public <R> R accept(InlineVisitor<R> visitor) {
    return visitor.visit(this);
  }

  private static boolean isAllowedTarget(String target) {
    return target.startsWith("#") ? Anchors.isValid(target.substring(1)) : Urls.isWebUrl(target);
  }
}
