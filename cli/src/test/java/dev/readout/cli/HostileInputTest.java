package dev.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * A corpus of hostile and broken input, one case for each class issue 19 found (the classes of
 * {@link BadFileTest} aside): each with the exit status and the message it must get. Whatever
 * {@code validate} refuses, {@code render} refuses the same way, and nothing is written; no message
 * holds a Java name, a stack trace, a control character or a whole long value.
 */
class HostileInputTest {
  private static final String HEAD = "sources:\n  - id: s\n    title: T\n    text: The ministers met.\n"
      + "countries: [VN]\n";

  @TempDir
  Path dir;

  static Stream<Arguments> files() {
    String longId = "a-".repeat(2_000) + "a";
    return Stream.of(
        Arguments.of("a 4,001-character hyphenated id", "ids.yaml",
            "sources:\n  - id: " + longId + "\n    title: T\n",
            "ids.yaml:2:9: sources[0].id: must be a lowercase slug ([a-z0-9] words joined by '-', at most 100"
                + " characters), but was '" + longId.substring(0, 80) + "…' (4001 characters)"),
        Arguments.of("an id too long for a heading anchor", "anchor.yaml",
            "sources:\n  - id: " + "x".repeat(101) + "\n    title: T\n", "anchor.yaml:2:9: sources[0].id: must be a lowercase slug ([a-z0-9] words joined by '-', at most 100 characters)"),
        Arguments.of("a URL with a space", "url.yaml", HEAD.replace("    title: T\n", "    title: T\n    url: https://exa mple.org/\n"),
            "url.yaml:"),
        Arguments.of("a URL without a host", "host.yaml", HEAD.replace("    title: T\n", "    title: T\n    url: 'https:///a'\n"),
            "host.yaml:"),
        Arguments.of("a title in two lines", "title.yaml", "sources:\n  - id: s\n    title: |\n      One\n      Two\n",
            "title.yaml:2:5: sources[0]: source 's' title must be one line, but was 'One\\nTwo\\n'"),
        Arguments.of("a terminal escape sequence and a bidi override in a bad value", "escape.yaml",
            "countries: [\"\\e[31mVN\\u202E\"]\n", "escape.yaml:1:13: countries[0]: must be an ISO 3166-1 alpha-2 country code such as 'VN', but was '\\u{001B}[31mVN\\u{202E}'"),
        Arguments.of("a 500,000-character value", "huge.yaml", "countries: [" + "X".repeat(500_000) + "]\n",
            "huge.yaml:1:13: countries[0]: must be an ISO 3166-1 alpha-2 country code such as 'VN', but was '"
                + "X".repeat(80) + "…' (500000 characters)"),
        Arguments.of("a NUL in the third line", "nul.yaml", "sources:\n  - id: s\n    title: \"a\u0000b\"\n",
            "nul.yaml:3:14: character U+0000 must not stand in a YAML file as it is"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void validateAndRenderRefuseItAlikeWithExitOneAndAMessageThatPointsAtIt(String what, String name, String text,
      String firstLine) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    for (String[] args : List.of(new String[] {"validate", file.toString()},
        new String[] {"render", "book", "--dataset", file.toString(), "--format", "md", "--out", out.toString()})) {
      Cli cli = Cli.run(args);
      assertThat(cli.status()).as(what + ": " + cli.err()).isEqualTo(1);
      assertThat(cli.err()).as(what).startsWith(dir.resolve(firstLine).toString());
      assertSafe(cli.err());
      assertThat(out).as("nothing written").doesNotExist();
    }
  }

  @Test
  void quotesThatWouldTakeTheProductOfTheLengthsAreCheckedInTimeLinearInThem() throws IOException {
    // 1.3 MB: a text of one letter and quotes of that letter ending in another, each searched from
    // every place; checked by the suffix automaton once the budget of direct searches is spent.
    StringBuilder yaml = new StringBuilder("sources:\n  - id: s\n    title: T\n    text: ").append("a".repeat(600_000))
        .append("\ncountries: [VN]\nengagements:\n");
    for (int i = 0; i < 300; i++) {
      yaml.append("  - id: e").append(i).append("\n    title: T\n    kind: meeting\n    format: in-person\n")
          .append("    date: '2025'\n    sides: [VN]\n    evidence:\n      - source: s\n        quote: ")
          .append("a".repeat(1_999)).append("b\n");
    }
    Path file = dir.resolve("quadratic.yaml");
    Files.writeString(file, yaml);
    Cli cli = Cli.run("validate", file.toString());
    assertThat(cli.status()).isEqualTo(1);
    assertThat(cli.err().lines()).hasSize(300).allMatch(l -> l.contains(".quote: must occur verbatim"));
    assertSafe(cli.err());
  }

  @Test
  void validateReportsOnEveryFileItIsGivenAndRefusesWhatIsNotAFile() throws Exception {
    Path broken = dir.resolve("a.yaml");
    Files.writeString(broken, "sources: [\n");
    Path good = dir.resolve("b.yaml");
    Files.writeString(good, HEAD);
    Path fifo = dir.resolve("pipe.yaml");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    Cli cli = Cli.run("validate", broken.toString(), good.toString(), fifo.toString());
    assertThat(cli.status()).isEqualTo(1);
    assertThat(cli.err()).contains(broken + ":2:1: malformed YAML")
        .contains(fifo + ": file cannot be read: it is not a regular file (a pipe, device or socket)");
    assertThat(cli.out()).contains(good + ": valid");
    assertSafe(cli.err());
  }

  @Test
  void usageErrorsAreOneLineAndAHintWithExitTwo() {
    for (String[] args : List.of(new String[] {"render", "book", "--as-of", "2022-13-01"},
        new String[] {"render", "tracker", "--area", "War Legacy"},
        new String[] {"render", "book", "--lang", "x\u001B[31mred"},
        new String[] {"list", "commitments", "--as-of", "yesterday"})) {
      Cli cli = Cli.run(args);
      assertThat(cli.status()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(cli.err().lines()).as(cli.err()).hasSizeBetween(1, 2);
      assertSafe(cli.err());
    }
    assertThat(Cli.run("render", "book", "--as-of", "2022-13-01").err()).isEqualTo(
        "readout: Invalid value for option '--as-of': must be a day written YYYY-MM-DD, such as 2024-10-01, but was"
            + " '2022-13-01'\nTry 'readout render --help' for more information.\n");
    assertThat(Cli.run("render", "book", "--lang", "x\u001B[31mred").err())
        .isEqualTo("readout: language must be one of [en, vi], but was 'x\\u{001B}[31mred'\n");
  }

  @Test
  void aLowerCaseCountryCodeIsTheCountry() throws IOException {
    Cli cli = Cli.run("render", "country", "--country", "us", "--as-of", "2024-10-01", "--format", "md", "--out",
        dir.resolve("o").toString());
    assertThat(cli.status()).as(cli.err()).isZero();
    assertThat(dir.resolve("o/country-brief-us.md")).exists();
  }

  @Test
  void aFaultOfReadoutItselfHasItsOwnExitStatusAndSaysSo() {
    CommandLine.IFactory failing = Cli.factory(made -> {
      if (made instanceof RenderCommand r) {
        r.renderers = (format, size) -> {
          throw new NullPointerException("a bug");
        };
      }
    });
    Cli cli = Cli.run(failing, "render", "tracker", "--format", "md", "--out", dir.resolve("o").toString());
    assertThat(cli.status()).isEqualTo(Main.INTERNAL);
    assertThat(cli.err()).startsWith("readout: internal error: NullPointerException: a bug\n")
        .contains("please report it").doesNotContain("\tat ");
  }

  /** No Java name, stack trace, control character or long line in what the user sees. */
  private static void assertSafe(String err) {
    assertThat(err).doesNotContain("Exception", "\tat ", "\u001B", "\u202E", "\u0000", "java.");
    assertThat(err.lines()).allMatch(l -> l.length() <= Terminal.MAX_LINE + 40, "a line of at most about 1,000 characters");
  }
}
