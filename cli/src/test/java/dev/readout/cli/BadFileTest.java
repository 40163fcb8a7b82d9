package dev.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every class of bad file: the command exits with 1, prints the problem as FILE:LINE:COL: path:
 * message with no stack trace, and writes nothing.
 */
class BadFileTest {
  private static final String VALID_HEAD = "sources:\n  - id: s\n    title: T\n    text: The ministers met.\n"
      + "countries: [VN]\n";
  private static final String ENGAGEMENT = "  - id: e\n    title: T\n    kind: meeting\n    format: in-person\n"
      + "    date: '2025'\n    sides: [VN]\n    evidence:\n      - source: s\n        quote: The ministers met.\n";

  @TempDir
  Path dir;

  static Stream<Arguments> badFiles() {
    StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      bomb.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 10; i++) {
        bomb.append(i == 0 ? "" : ", ").append('*').append((char) (c - 1));
      }
      bomb.append("]\n");
    }
    return Stream.of(
        Arguments.of("malformed JSON", "bad.json", "{\"countries\": [\"VN\",]}",
            "bad.json:1:21: malformed JSON: Unexpected character (']' (code 93))"),
        Arguments.of("malformed YAML", "bad.yaml", "countries: [VN\nengagements: x\n",
            "bad.yaml:2:12: malformed YAML: expected ',' or ']', but got :"),
        Arguments.of("unknown field", "bad.yaml", VALID_HEAD + "engagements:\n" + ENGAGEMENT + "    colour: red\n",
            "bad.yaml:16:5: engagements[0].colour: must be a field of an engagement"),
        Arguments.of("wrong type", "bad.yaml", VALID_HEAD + "engagements:\n" + ENGAGEMENT.replace("sides: [VN]", "sides: VN"),
            "bad.yaml:12:12: engagements[0].sides: must be a list, but was a string"),
        Arguments.of("bad date", "bad.yaml", VALID_HEAD + "engagements:\n" + ENGAGEMENT.replace("'2025'", "'2022-13-45'"),
            "bad.yaml:11:11: engagements[0].date: \"2022-13-45\" is not an EDTF date: month must be 01–12"),
        Arguments.of("duplicate id", "bad.yaml", VALID_HEAD + "engagements:\n" + ENGAGEMENT + ENGAGEMENT,
            "bad.yaml:16:9: engagements[1].id: must be unique among engagements, but 'e' is already used by engagements[0]"),
        Arguments.of("dangling reference", "bad.yaml", VALID_HEAD + "engagements:\n" + ENGAGEMENT + "    parent: nowhere\n",
            "bad.yaml:16:13: engagements[0].parent: refers to unknown engagement 'nowhere'"),
        Arguments.of("missing evidence", "bad.yaml", VALID_HEAD + "engagements:\n"
                + ENGAGEMENT.substring(0, ENGAGEMENT.indexOf("    evidence:")) + "    evidence: []\n",
            "bad.yaml:13:15: engagements[0].evidence: must hold at least one quote, but was empty"),
        Arguments.of("quote not in the source", "bad.yaml", VALID_HEAD + "engagements:\n"
                + ENGAGEMENT.replace("quote: The ministers met.", "quote: The ministers dined."),
            "bad.yaml:15:16: engagements[0].evidence[0].quote: must occur verbatim in the text of source 's', but was \"The ministers dined.\""),
        Arguments.of("YAML alias bomb", "bomb.yaml", bomb.toString(), "bomb.yaml:"),
        Arguments.of("nesting too deep", "deep.json", "[".repeat(200) + "]".repeat(200), "deep.json:"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void theCommandExitsWithOneAndSaysWhereAndWhat(String what, String name, String text, String firstLine)
      throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    for (String[] args : new String[][] {{"validate", file.toString()},
        {"render", "book", "--dataset", file.toString(), "--out", out.toString()}}) {
      Cli cli = Cli.run(args);
      assertThat(cli.status()).as(what + ": " + cli.err()).isEqualTo(1);
      assertThat(cli.err()).as(what).startsWith(dir.resolve(firstLine).toString())
          .doesNotContain("Exception", "\tat ");
      assertThat(out).as("nothing written").doesNotExist();
    }
  }
}
