package dev.readout.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.core.dataset.Dataset;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** A dataset written to a file and read back, in each format. */
final class RoundTrips {
  private RoundTrips() {}

  /** Checks that the dataset's export reads back equal to it, and the export of what was read is the same text. */
  static void assertRoundTrips(Dataset d) {
    for (Format format : Format.values()) {
      String text = DatasetFiles.toString(d, format);
      Dataset back = DatasetFiles.read("export." + format.name().toLowerCase(Locale.ROOT),
          new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), format, Dataset.empty());
      assertThat(back).as(format.name()).isEqualTo(d);
      assertThat(DatasetFiles.toString(back, format)).as(format.name()).isEqualTo(text);
    }
  }
}
