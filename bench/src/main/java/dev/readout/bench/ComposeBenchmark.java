package dev.readout.bench;

import dev.readout.core.dataset.Dataset;
import dev.readout.reports.briefing.Briefings;
import dev.readout.reports.doc.Document;
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

/** Composing the briefing book (English, as of 1 January 2026) from a built dataset. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ComposeBenchmark {
  @Param({"100", "1000", "10000"})
  public int engagements;

  private Dataset dataset;

  @Setup(Level.Trial)
  public void generate() {
    dataset = SyntheticDatasets.of(engagements);
  }

  @Benchmark
  public Document book() {
    return Briefings.briefingBook(dataset, Books.OPTIONS);
  }
}
