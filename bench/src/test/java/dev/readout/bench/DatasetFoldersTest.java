package dev.readout.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.io.DatasetFiles;
import dev.readout.core.model.Identified;
import dev.readout.core.model.RecordKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetFoldersTest {
  @TempDir
  Path dir;

  @Test
  void theFolderReadsBackAsTheSameRecordsAFileAnEngagement() throws IOException {
    Dataset dataset = SyntheticDatasets.of(60);

    long bytes = DatasetFolders.write(dataset, dir);
    Dataset read = DatasetFiles.read(dir);

    try (Stream<Path> files = Files.list(dir.resolve("engagements"))) {
      assertThat(files.count()).isEqualTo(60);
    }
    assertThat(bytes).isGreaterThan(60 * 2000L);
    for (RecordKind kind : RecordKind.values()) {
      assertThat(sorted(read.recordsAsAdded(kind))).as(kind.plural()).isEqualTo(sorted(dataset.recordsAsAdded(kind)));
    }
    assertThat(read.home()).isEqualTo(dataset.home());
  }

  private static List<Identified> sorted(List<? extends Identified> records) {
    return records.stream().map(Identified.class::cast).sorted(Comparator.comparing(Identified::id)).toList();
  }
}
