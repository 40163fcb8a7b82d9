package dev.readout.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The YAML examples of the README's "Writing a dataset file" keep to the file format: each obeys the schema. */
class ReadmeDatasetSectionTest {
  private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL);

  @Test
  void everyYamlExampleObeysTheSchema() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    String section = readme.substring(readme.indexOf("## Writing a dataset file"), readme.indexOf("## Model notes"));
    List<String> blocks = new ArrayList<>();
    Matcher m = YAML_BLOCK.matcher(section);
    while (m.find()) {
      blocks.add(m.group(1));
    }

    assertThat(blocks).hasSizeGreaterThanOrEqualTo(8);
    for (String block : blocks) {
      assertThat(DatasetFilesSchemaTest.errors(new YAMLMapper().readTree(block))).as(block).isEmpty();
    }
  }
}
