package dev.readout.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.readout.core.dataset.Dataset;
import dev.readout.core.io.DatasetFiles;
import dev.readout.core.io.Format;
import dev.readout.core.model.Source;
import dev.readout.testkit.Construct;
import dev.readout.testkit.Hazard;
import dev.readout.testkit.ReadoutArbitraries;
import dev.readout.testkit.TextArbitraries;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * File round trips on datasets with adversarial text: export → import gives an equal dataset, and
 * export → import → export the same bytes, in JSON and YAML; every JSON export obeys the schema.
 */
@AddLifecycleHook(Tally.class)
class DatasetFilesProperties {
  /**
   * The constructs of the datasets these properties write and read back: every one, unless
   * {@code -Dreadout.files.constructs} names some ({@code none}, or e.g. {@code TRANSLATIONS,HOME}).
   * Until the dataset files hold issue 17's constructs (the io layer is being extended beside the
   * testkit), these properties fail on them; the switch lets the io layer be checked construct by
   * construct as it lands.
   */
  static final Set<Construct> IN_FILES = constructs(System.getProperty("readout.files.constructs", "all"));
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The schema, with the validator's messages in English whatever the default locale. */
  private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
      .getSchema(DatasetFiles.schema(), SchemaValidatorsConfig.builder().locale(Locale.ENGLISH).build());

  @Provide
  Arbitrary<Dataset> datasets() {
    return ReadoutArbitraries.datasets().withAdversarialText(true).withConstructs(IN_FILES);
  }

  /**
   * Text that YAML and JSON find hard: the testkit's adversarial text (without lone surrogates,
   * which no UTF-8 file can hold), blank strings, and YAML's indicators, reserved words and line
   * breaks.
   */
  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> yaml = Arbitraries.of("\n", "\r\n", "\t", " ", ": ", " #", "- ", "? ", "'", "\"", "\\", "null",
        "true", "no", "2022", "1.5", "---", "...", "|", ">", "&a", "*a", "!x", "%", "@", "`", "[", "{", ",",
        "\u0085", "\u2028", "\u00A0", "\uFEFF").list().ofMinSize(1).ofMaxSize(6).map(parts -> String.join("", parts));
    return Arbitraries.frequencyOf(
        Tuple.of(3, TextArbitraries.adversarial(EnumSet.complementOf(EnumSet.of(Hazard.LONE_SURROGATE)))),
        Tuple.of(1, Hazard.WHITESPACE_ONLY.fragments()),
        Tuple.of(2, yaml));
  }

  @Property
  void importOfAnExportIsAnEqualDataset(@ForAll("datasets") Dataset dataset) {
    for (Format format : Format.values()) {
      assertThat(reread(dataset, format)).isEqualTo(dataset);
    }
  }

  @Property
  void exportOfAnImportedExportGivesTheSameBytes(@ForAll("datasets") Dataset dataset) {
    for (Format format : Format.values()) {
      String text = DatasetFiles.toString(dataset, format);
      assertThat(DatasetFiles.toString(reread(dataset, format), format)).isEqualTo(text);
    }
  }

  @Property
  void jsonExportsAreValidAgainstTheSchema(@ForAll("datasets") Dataset dataset) throws IOException {
    Set<String> errors = SCHEMA.validate(JSON.readTree(DatasetFiles.toString(dataset, Format.JSON))).stream()
        .map(ValidationMessage::getMessage).collect(Collectors.toSet());
    assertThat(errors).isEmpty();
  }

  @Property
  void anyTextRoundTrips(@ForAll("texts") String text) {
    Dataset dataset = Dataset.builder()
        .addSources(Source.builder().id("s").title("T" + text.replaceAll("[\\n\\r\\u2028\\u2029]", "\u2424"))
            .publisher(text).text(text).note(text).build())
        .build();

    for (Format format : Format.values()) {
      String exported = DatasetFiles.toString(dataset, format);
      Dataset back = reread(dataset, format);
      assertThat(back).isEqualTo(dataset);
      assertThat(DatasetFiles.toString(back, format)).isEqualTo(exported);
    }
  }

  private static Set<Construct> constructs(String names) {
    if (names.equals("all")) {
      return Construct.all();
    }
    Set<Construct> constructs = EnumSet.noneOf(Construct.class);
    Stream.of(names.split(",")).map(String::strip).filter(n -> !n.isEmpty() && !n.equals("none"))
        .map(Construct::valueOf).forEach(constructs::add);
    return constructs;
  }

  private static Dataset reread(Dataset dataset, Format format) {
    String name = "export." + format.name().toLowerCase(Locale.ROOT);
    byte[] bytes = DatasetFiles.toString(dataset, format).getBytes(StandardCharsets.UTF_8);
    return DatasetFiles.read(name, new ByteArrayInputStream(bytes), format, Dataset.empty());
  }
}
