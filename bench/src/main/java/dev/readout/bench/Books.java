package dev.readout.bench;

import dev.readout.reports.briefing.BriefingOptions;
import dev.readout.reports.briefing.Briefings;
import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.TableOfContents;
import java.io.OutputStream;

/** The briefing books the benchmarks render, and a sink for their bytes. */
public final class Books {
  /** English, as of 1 January 2026, from Viet Nam's side (the synthetic datasets' home). */
  public static final BriefingOptions OPTIONS = BriefingOptions.builder()
      .asOf(SyntheticDatasets.AS_OF).perspective(SyntheticDatasets.HOME).classification("UNCLASSIFIED").build();

  private Books() {}

  /**
   * The briefing book of the synthetic dataset of this size.
   *
   * @param engagements the dataset's size
   * @return the book
   */
  public static Document book(int engagements) {
    return Briefings.briefingBook(SyntheticDatasets.of(engagements), OPTIONS);
  }

  /**
   * The same document without its table of contents: what the baselines write, since a plain
   * OpenPDF or POI program has no contents with page numbers.
   *
   * @param document a document
   * @return the document less its {@link TableOfContents} blocks
   */
  public static Document withoutContents(Document document) {
    return new Document(document.metadata(),
        document.blocks().stream().filter(b -> !(b instanceof TableOfContents)).toList());
  }

  /** An output stream that counts the bytes written and keeps none, so no benchmark measures I/O. */
  public static final class Sink extends OutputStream {
    private long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }

    /** {@return how many bytes were written} */
    public long count() {
      return count;
    }
  }
}
