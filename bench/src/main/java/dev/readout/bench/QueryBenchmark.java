package dev.readout.bench;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.dataset.TimelineEntry;
import dev.readout.core.model.Commitment;
import java.time.LocalDate;
import java.util.List;
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
 * The main queries on a built dataset. Synthetic engagements are spread evenly over 2000–2025, so a
 * query on a day in the middle finds a share of the dataset that grows with it, while one on the
 * day the fiftieth commitment was made finds about the same few commitments at every size: its time shows
 * whether a query costs in proportion to what it finds or to the dataset.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class QueryBenchmark {
  /** The middle of the synthetic years. */
  public static final LocalDate MIDDLE = LocalDate.of(2013, 1, 1);

  @Param({"100", "1000", "10000", "20000"})
  public int engagements;

  private Dataset dataset;
  private LocalDate early;

  @Setup(Level.Trial)
  public void generate() {
    dataset = SyntheticDatasets.of(engagements);
    early = earlyDay(dataset);
  }

  /**
   * The first possible day of the fiftieth commitment: on it about fifty commitments have been made,
   * at every size.
   */
  public static LocalDate earlyDay(Dataset dataset) {
    List<Commitment> byDate = dataset.commitmentsByDate();
    return dataset.dateOf(byDate.get(Math.min(49, byDate.size() - 1))).orElseThrow().earliest();
  }

  @Benchmark
  public List<Commitment> openInTheMiddle() {
    return dataset.openCommitments(MIDDLE);
  }

  @Benchmark
  public List<Commitment> openEarly() {
    return dataset.openCommitments(early);
  }

  @Benchmark
  public List<Commitment> overdueInTheMiddle() {
    return dataset.overdueCommitments(MIDDLE);
  }

  @Benchmark
  public List<TimelineEntry> timeline() {
    return dataset.timeline("US");
  }
}
