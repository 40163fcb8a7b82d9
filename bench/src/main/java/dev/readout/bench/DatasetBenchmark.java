package dev.readout.bench;

import dev.readout.core.dataset.Dataset;
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
 * Building a dataset from its records: every cross-record rule checked (references, duplicate ids,
 * every quote found in its source's text) and every index made. 20,000 engagements are about
 * 100,000 commitments.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DatasetBenchmark {
  @Param({"100", "1000", "10000", "20000"})
  public int engagements;

  private SyntheticDatasets.Records records;

  @Setup(Level.Trial)
  public void generate() {
    records = SyntheticDatasets.records(engagements);
  }

  @Benchmark
  public Dataset build() {
    return records.build();
  }
}
