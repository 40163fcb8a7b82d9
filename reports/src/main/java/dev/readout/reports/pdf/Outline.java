package dev.readout.reports.pdf;

import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfIndirectReference;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * The file's outline (bookmarks): one item per heading, under the last heading of a higher level
 * before it, each going to the heading's named destination; items of levels 1 and 2 open.
 *
 * <p>OpenPDF builds the outline as a tree of {@link PdfOutline} dictionaries, one per heading,
 * kept until the file is closed: about 40 MB for the 44,000 headings of a 10,000-engagement book.
 * {@link #write} writes the same objects, numbered and in the order {@code PdfDocument} (OpenPDF
 * 2.0.x) writes them, one at a time, making each item again when it is written; what it keeps is
 * three numbers per heading for the tree's shape. {@link #addTo} builds OpenPDF's tree, for the
 * stock writer the tests compare with.
 */
final class Outline {
  /** A heading's item: its level (1–3), its title and the named destination it goes to. */
  record Item(int level, String title, String anchor) {
    boolean open() {
      return level < 3;
    }
  }

  private final int size;
  private final IntFunction<Item> items;

  /** The outline of {@code size} items, made by {@code items} from their index when needed. */
  Outline(int size, IntFunction<Item> items) {
    this.size = size;
    this.items = items;
  }

  /** Adds the items to OpenPDF's outline tree under {@code root}. */
  void addTo(PdfOutline root) {
    PdfOutline[] parents = new PdfOutline[4];
    parents[0] = root;
    for (int i = 0; i < size; i++) {
      Item item = items.apply(i);
      int level = item.level();
      PdfOutline parent = parents[0];
      for (int l = level - 1; l >= 1; l--) {
        if (parents[l] != null) {
          parent = parents[l];
          break;
        }
      }
      parents[level] = new PdfOutline(parent, PdfAction.gotoLocalPage(item.anchor(), false), item.title(), item.open());
      Arrays.fill(parents, level + 1, parents.length, null);
    }
  }

  /**
   * Writes the outline's objects as {@code PdfDocument.writeOutlines} does: numbers taken in
   * document order (the root's first), then each item's children after all their descendants, the
   * root last; each dictionary with its entries put in the same order as {@code PdfOutline}'s.
   *
   * @return the root's reference, or null if there are no items (and nothing was written)
   */
  PdfIndirectReference write(PdfWriter writer) {
    if (size == 0) {
      return null;
    }
    Shape shape = new Shape();
    int root = writer.getPdfIndirectReference().getNumber();
    for (int i = 0; i < size; i++) {
      if (writer.getPdfIndirectReference().getNumber() != root + 1 + i) {
        throw new IllegalStateException("the writer does not number objects one after another");
      }
    }
    try {
      new Writing(writer, shape, root).children(-1);
      PdfDictionary outlines = new PdfDictionary(PdfName.OUTLINES);
      outlines.put(PdfName.FIRST, new ObjectReference(root + 1));
      outlines.put(PdfName.LAST, new ObjectReference(root + 1 + shape.lastChild(-1)));
      if (shape.rootCount != 0) {
        outlines.put(PdfName.COUNT, new PdfNumber(shape.rootCount));
      }
      ObjectReference reference = new ObjectReference(root);
      writer.addToBody(outlines, reference);
      return reference;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The tree's shape, found as {@code addTo} finds parents: for each item, its parent (-1 for the
   * root), the index after its last descendant, and its {@code /Count} (as {@code
   * PdfDocument.traverseOutlineCount} sets it: the open descendants' count, negative when closed).
   */
  private final class Shape {
    final int[] parent = new int[size];
    final int[] end = new int[size];
    final int[] count = new int[size];
    int rootCount;

    Shape() {
      int[] parents = {-1, -1, -1, -1};
      int[] levels = new int[size];
      for (int i = 0; i < size; i++) {
        int level = items.apply(i).level();
        levels[i] = level;
        int p = -1;
        for (int l = level - 1; l >= 1; l--) {
          if (parents[l] >= 0) {
            p = parents[l];
            break;
          }
        }
        parent[i] = p;
        parents[level] = i;
        Arrays.fill(parents, level + 1, parents.length, -1);
        end[i] = i + 1;
      }
      // Children come after their parent: from the last item back, each is complete when reached.
      for (int i = size - 1; i >= 0; i--) {
        boolean leaf = end[i] == i + 1;
        boolean open = levels[i] < 3;
        int visible = leaf || !open ? 1 : count[i] + 1;
        if (!leaf && !open) {
          count[i] = -count[i];
        }
        if (parent[i] >= 0) {
          end[parent[i]] = Math.max(end[parent[i]], end[i]);
          count[parent[i]] += visible;
        } else {
          rootCount += visible;
        }
      }
    }

    int firstChild(int node) {
      return node + 1;
    }

    int end(int node) {
      return node < 0 ? size : end[node];
    }

    int lastChild(int node) {
      int last = -1;
      for (int k = firstChild(node); k < end(node); k = end[k]) {
        last = k;
      }
      return last;
    }
  }

  /** Writes the items below a node, children after their descendants. */
  private final class Writing {
    private final PdfWriter writer;
    private final Shape shape;
    private final int root;

    Writing(PdfWriter writer, Shape shape, int root) {
      this.writer = writer;
      this.shape = shape;
      this.root = root;
    }

    private ObjectReference reference(int node) {
      return new ObjectReference(root + 1 + node);
    }

    void children(int node) throws IOException {
      int end = shape.end(node);
      for (int k = shape.firstChild(node); k < end; k = shape.end[k]) {
        children(k);
      }
      int previous = -1;
      for (int k = shape.firstChild(node); k < end; k = shape.end[k]) {
        writer.addToBody(item(k, previous, shape.end[k] < end ? shape.end[k] : -1), reference(k));
        previous = k;
      }
    }

    private PdfDictionary item(int k, int previous, int next) {
      Item item = items.apply(k);
      PdfDictionary d = new PdfDictionary();
      d.put(PdfName.TITLE, new PdfString(item.title(), PdfObject.TEXT_UNICODE));
      d.put(PdfName.PARENT, shape.parent[k] < 0 ? new ObjectReference(root) : reference(shape.parent[k]));
      if (shape.end[k] > k + 1) {
        d.put(PdfName.FIRST, reference(k + 1));
        d.put(PdfName.LAST, reference(shape.lastChild(k)));
      }
      if (previous >= 0) {
        d.put(PdfName.PREV, reference(previous));
      }
      if (next >= 0) {
        d.put(PdfName.NEXT, reference(next));
      }
      d.put(PdfName.A, PdfAction.gotoLocalPage(item.anchor(), false));
      if (shape.count[k] != 0) {
        d.put(PdfName.COUNT, new PdfNumber(shape.count[k]));
      }
      return d;
    }
  }
}
