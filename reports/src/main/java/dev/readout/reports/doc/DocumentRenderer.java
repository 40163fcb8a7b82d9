package dev.readout.reports.doc;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Turns a {@link Document} into the bytes of one file format.
 *
 * <p>The contract every renderer keeps:
 *
 * <ul>
 *   <li>Immutable and safe to share between threads: options are set once on the renderer's
 *       builder, and whatever one call needs (footnote numbers, anchors seen) lives in a private
 *       context object created inside {@code render}.
 *   <li>Deterministic: the same document and options give byte-identical output, whatever the
 *       default locale, time zone or clock.
 *   <li>Total: every valid {@code Document} renders. What the format cannot show (a character no
 *       bundled font has, a character XML forbids, a duplicate anchor) is left out or adapted and
 *       reported as a {@link RenderWarning}; only the stream's own {@link IOException} escapes.
 *   <li>Text parity: the output contains the words of {@link PlainText#of(Document)} in the same
 *       order, as compared by {@link PlainText#words(CharSequence)}.
 *   <li>The stream is written to and flushed but not closed; the caller owns it.
 * </ul>
 */
public interface DocumentRenderer {

  /**
   * Writes the document to the stream.
   *
   * @param document the document to render
   * @param out where the bytes go; flushed, not closed
   * @return what the renderer had to leave out or adapt
   * @throws IOException if the stream cannot be written
   */
  RenderResult render(Document document, OutputStream out) throws IOException;

  /**
   * Makes ready, on the calling thread, what the first render of a new process spends its start on
   * (fonts opened, libraries' classes loaded), so that a render afterwards starts sooner; meant to
   * be called on a thread of one's own while the document is still being composed. It changes no
   * output: a render gives the same bytes whether or not, and however far, it ran, and may run at
   * the same time. It throws nothing; what it could not do is left for the render, which reports
   * it. The default does nothing.
   */
  default void prepare() {}
}
