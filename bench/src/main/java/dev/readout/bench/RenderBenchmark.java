package dev.readout.bench;

import dev.readout.bench.baseline.BaselineContent;
import dev.readout.bench.baseline.RawDocx;
import dev.readout.bench.baseline.RawPdf;
import dev.readout.reports.doc.Document;
import dev.readout.reports.docx.DocxRenderer;
import dev.readout.reports.markdown.MarkdownRenderer;
import dev.readout.reports.pdf.PdfRenderer;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Rendering the briefing book, and the baselines that write the same content with OpenPDF and POI
 * directly. The book is composed once per fork, outside the measurement.
 *
 * <ul>
 *   <li>{@code pdf}, {@code docx}, {@code markdown}: Readout's renderers with their defaults on the
 *       whole book (PDF/A-1b, table of contents with page numbers).
 *   <li>{@code pdfLikeForLike}, {@code docxLikeForLike}: the same book without its table of
 *       contents, PDF/A off: the content the baselines write.
 *   <li>{@code rawOpenPdf}, {@code rawPoi}: the baselines ({@link RawPdf}, {@link RawDocx}).
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RenderBenchmark {
  @Param({"100", "1000", "10000"})
  public int engagements;

  private Document book;
  private Document withoutContents;
  private BaselineContent content;
  private final PdfRenderer pdf = PdfRenderer.create();
  private final PdfRenderer plainPdf = PdfRenderer.builder().pdfA(false).build();
  private final DocxRenderer docx = DocxRenderer.create();
  private final MarkdownRenderer markdown = MarkdownRenderer.create();

  @Setup(Level.Trial)
  public void compose() {
    book = Books.book(engagements);
    withoutContents = Books.withoutContents(book);
    content = BaselineContent.of(withoutContents);
  }

  @Benchmark
  public long pdf() throws IOException {
    Books.Sink out = new Books.Sink();
    pdf.render(book, out);
    return out.count();
  }

  @Benchmark
  public long pdfLikeForLike() throws IOException {
    Books.Sink out = new Books.Sink();
    plainPdf.render(withoutContents, out);
    return out.count();
  }

  @Benchmark
  public long rawOpenPdf() throws IOException {
    Books.Sink out = new Books.Sink();
    RawPdf.write(content, out);
    return out.count();
  }

  @Benchmark
  public long docx() throws IOException {
    Books.Sink out = new Books.Sink();
    docx.render(book, out);
    return out.count();
  }

  @Benchmark
  public long docxLikeForLike() throws IOException {
    Books.Sink out = new Books.Sink();
    docx.render(withoutContents, out);
    return out.count();
  }

  @Benchmark
  public long rawPoi() throws IOException {
    Books.Sink out = new Books.Sink();
    RawDocx.write(content, out);
    return out.count();
  }

  @Benchmark
  public long markdown() throws IOException {
    Books.Sink out = new Books.Sink();
    markdown.render(book, out);
    return out.count();
  }
}
