package dev.readout.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.model.Source;
import dev.readout.core.testing.ModelArbitraries;
import java.io.IOException;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** File round trips: export → import gives an equal dataset, and export → import → export the same bytes, in both formats. */
class DatasetFilesProperties {

  @Provide
  Arbitrary<Dataset> datasets() {
    return ModelArbitraries.datasets();
  }

  /**
   * Text that YAML and JSON find hard: any characters of the Basic Multilingual Plane outside the
   * surrogates, mixed with line breaks, indicators, comments, reserved words and emoji.
   */
  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> any = Arbitraries.strings().withCharRange('\u0000', '\uD7FF').withCharRange('\uE000', '\uFFFF')
        .ofMaxLength(8);
    Arbitrary<String> hard = Arbitraries.of("\n", "\r\n", "\t", " ", ": ", " #", "- ", "? ", "'", "\"", "\\", "null",
        "true", "no", "2022", "1.5", "---", "...", "|", ">", "&a", "*a", "!x", "%", "@", "`", "[", "{", ",",
        "\u0085", "\u2028", "\u00A0", "\uFEFF", "😀", "Việt Nam");
    return Arbitraries.oneOf(any, hard).list().ofMaxSize(8).map(parts -> String.join("", parts));
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
    assertThat(DatasetFilesSchemaTest.errors(DatasetFiles.toString(dataset, Format.JSON))).isEmpty();
  }

  @Property
  void anyTextRoundTrips(@ForAll("texts") String text) {
    Dataset dataset = Dataset.builder()
        .addSources(Source.builder().id("s").title("T" + text).publisher(text).text(text).note(text).build())
        .build();

    for (Format format : Format.values()) {
      String exported = DatasetFiles.toString(dataset, format);
      Dataset back = reread(dataset, format);
      assertThat(back).isEqualTo(dataset);
      assertThat(DatasetFiles.toString(back, format)).isEqualTo(exported);
    }
  }

  private static Dataset reread(Dataset dataset, Format format) {
    String name = "export." + format.name().toLowerCase(Locale.ROOT);
    return DatasetFilesTest.read(name, DatasetFiles.toString(dataset, format), Dataset.empty());
  }
}
