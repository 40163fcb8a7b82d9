package dev.readout.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.readout.core.dataset.Dataset;
import dev.readout.core.seed.Datasets;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** The built-in seed dataset survives export and import in both formats, and its export obeys the schema. */
class SeedFileRoundTripTest {

  @ParameterizedTest
  @EnumSource(Format.class)
  void theSeedRoundTripsThroughAFile(Format format) {
    Dataset seed = Datasets.seed();
    String exported = DatasetFiles.toString(seed, format);
    Dataset imported = DatasetFiles.read("seed." + format.name().toLowerCase(java.util.Locale.ROOT),
        new ByteArrayInputStream(exported.getBytes(StandardCharsets.UTF_8)), format, Dataset.empty());
    assertThat(imported).isEqualTo(seed);
    assertThat(DatasetFiles.toString(imported, format)).isEqualTo(exported);
    assertThat(exported).contains("Phan Văn Giang", "Nguyễn Quốc Dũng");
  }

  @Test
  void theSeedsJsonExportObeysTheSchema() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(DatasetFiles.schema());
    assertThat(schema.validate(mapper.readTree(DatasetFiles.toString(Datasets.seed(), Format.JSON)))).isEmpty();
  }
}
