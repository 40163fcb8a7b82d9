package dev.readout.bench;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.io.DatasetFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openjdk.jmh.annotations.TearDown;

/**
 * Reading a folder of dataset files as one dataset ({@code DatasetFiles.read(dir)}): every file
 * parsed, mapped and let go of, then the records built and validated once. The folder is written
 * once per trial by {@link DatasetFolders}: a file per engagement with its article and commitments,
 * and one for the rest (10,000 engagements are about 10,000 files and 75 MB).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FolderBenchmark {
  @Param({"10000"})
  public int engagements;

  private Path dir;

  @Setup(Level.Trial)
  public void write() throws IOException {
    dir = Files.createTempDirectory("readout-folder");
    DatasetFolders.write(SyntheticDatasets.of(engagements), dir);
  }

  @Benchmark
  public Dataset read() {
    return DatasetFiles.read(dir);
  }

  @TearDown(Level.Trial)
  public void delete() throws IOException {
    DatasetFolders.delete(dir);
  }
}
