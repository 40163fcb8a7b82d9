package dev.readout.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.dates.EdtfDate;
import dev.readout.core.model.CommitmentKind;
import dev.readout.core.model.CooperationArea;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.EngagementFormat;
import dev.readout.core.model.ParticipantRole;
import dev.readout.core.model.Party;
import dev.readout.core.model.Source;
import dev.readout.core.testing.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading and writing dataset files: the examples, a file on top of a base, and every kind of bad file with its exact message. */
class DatasetFilesTest {
  @TempDir
  Path temp;

  // ---- reading good files ----

  @Test
  void readsTheYamlExample() {
    Dataset d = DatasetFiles.read(resource("vn-jp-talks.yaml"));

    assertThat(d.toString()).isEqualTo("Dataset[1 sources, 2 countries, 2 organizations, 2 people, 0 partnerships, "
        + "1 instruments, 1 engagements, 2 commitments, 0 programmes, 1 milestones]");
    Engagement talks = d.engagement("vn-jp-talks-2021").orElseThrow();
    assertThat(talks.date()).isEqualTo(EdtfDate.parse("2021-09-11"));
    assertThat(talks.format()).isEqualTo(EngagementFormat.IN_PERSON);
    assertThat(talks.participants()).extracting(p -> p.person().orElseThrow() + " " + p.side() + " " + p.role())
        .containsExactly("phan-van-giang VN HOST", "kishi-nobuo JP PRINCIPAL");
    assertThat(talks.areas()).containsExactly(CooperationArea.WAR_LEGACY, CooperationArea.DEFENCE_INDUSTRY);
    assertThat(talks.evidence().get(0).quote()).isEqualTo("General Phan Van Giang, Minister of National Defence of "
        + "Vietnam, held talks with Japanese Minister of Defense Kishi Nobuo");
    assertThat(d.person("phan-van-giang").orElseThrow().displayName()).isEqualTo("Phan Văn Giang");
    assertThat(d.organization("jp-mod").orElseThrow().nativeName()).contains("防衛省");
    assertThat(d.commitmentsBy(Party.country("JP"))).extracting(c -> c.commitmentKind())
        .containsExactly(CommitmentKind.PLEDGE);
    assertThat(d.commitment("expo-invitation-2022").orElseThrow().due()).contains(EdtfDate.parse("2022-12"));
    Source source = d.source("vn-jp-talks-report").orElseThrow();
    assertThat(source.text().orElseThrow()).startsWith("Hanoi, 11 September 2021. General Phan Van Giang")
        .contains("official visit to Vietnam.\n\nThe two ministers").endsWith("in December 2022.\n");
  }

  @Test
  void readsTheJsonExampleAsTheSameDataset() {
    assertThat(DatasetFiles.read(resource("vn-jp-talks.json"))).isEqualTo(DatasetFiles.read(resource("vn-jp-talks.yaml")));
  }

  @Test
  void readsAFileOnTopOfABaseDatasetThatUsesTheBasesPeople() {
    String file = """
        sources:
          - id: call-report
            title: Ministers talk by phone
            text: The two ministers spoke by phone in June 2023.
        engagements:
          - id: june-call
            title: Ministers speak by phone
            kind: call
            format: phone
            date: 2023-06
            sides: [VN, FI]
            participants:
              - {person: minister, side: VN}
              - {person: counterpart, side: FI}
            evidence:
              - source: call-report
                quote: The two ministers spoke by phone in June 2023.
        """;
    Dataset base = Fixtures.dataset();

    Dataset d = read("call.yaml", file, base);

    assertThat(d.sources()).extracting(Source::id).containsExactly("article", "call-report");
    assertThat(d.engagements()).extracting(Engagement::id).containsExactly("hanoi-meeting", "june-call");
    assertThat(d.engagementsOf("counterpart")).extracting(Engagement::id).containsExactly("hanoi-meeting", "june-call");
    assertThat(d.people()).isEqualTo(base.people());
  }

  @Test
  void aFileOnTopOfABaseMustNotRedefineTheBasesRecordsButMayListItsCountries() {
    String file = """
        people:
          - id: minister
            name: Someone Else
            country: VN
        countries: [FI]
        """;

    assertThat(problems("extra.yaml", file, Fixtures.dataset())).containsExactly(
        "extra.yaml:2:9: people[0].id: must be unique among people, but 'minister' is already defined in the base dataset;"
            + " mark this entry 'amends: true' to add to or correct it");
    assertThat(read("countries.yaml", "countries: [FI, SE]\n", Fixtures.dataset()).countries())
        .extracting(c -> c.code()).containsExactly("VN", "FI", "SE");
  }

  @Test
  void problemsOfAFileOnTopOfABaseNameTheFilesOwnRecords() {
    String file = """
        engagements:
          - id: june-call
            title: Ministers speak by phone
            kind: call
            format: phone
            date: 2023-06
            sides: [VN, FI]
            participants:
              - {person: nobody, side: VN}
            evidence:
              - {source: article, quote: The two ministers met in Hanoi in March 2023.}
        """;

    assertThat(problems("call.yaml", file, Fixtures.dataset())).containsExactly(
        "call.yaml:9:18: engagements[0].participants[0].person: refers to unknown person 'nobody'");
  }

  @Test
  void readsAnchorsAndAliases() {
    String file = """
        sources:
          - id: s
            title: A source
            text: They met. They talked.
        countries: [VN, US]
        engagements:
          - id: e
            title: Meeting
            kind: meeting
            format: in-person
            date: 2022
            sides: &sides [VN, US]
            evidence: &met
              - {source: s, quote: They met.}
          - id: f
            title: Talks
            kind: meeting
            format: in-person
            date: 2022
            sides: *sides
            evidence: *met
        """;

    Dataset d = read("aliases.yaml", file, Dataset.empty());

    assertThat(d.engagements()).allSatisfy(e -> {
      assertThat(e.sides()).containsExactly("VN", "US");
      assertThat(e.evidence()).extracting(x -> x.quote()).containsExactly("They met.");
    });
  }

  @Test
  void yamlScalarsThatLookLikeNumbersOrBooleansAreText() {
    String file = """
        sources:
          - id: s
            title: 2022
            publisher: yes
            published: 2022
        countries: [NO]
        """;

    Dataset d = read("scalars.yaml", file, Dataset.empty());

    assertThat(d.sources().get(0).title()).isEqualTo("2022");
    assertThat(d.sources().get(0).publisher()).contains("yes");
    assertThat(d.sources().get(0).published()).contains(EdtfDate.parse("2022"));
    assertThat(d.countries().get(0).code()).isEqualTo("NO");
  }

  @Test
  void anEmptyMappingIsAnEmptyDataset() {
    assertThat(read("empty.json", "{}", Dataset.empty())).isEqualTo(Dataset.empty());
  }

  @Test
  void readsFromAStreamWithoutClosingIt() {
    boolean[] closed = {false};
    InputStream in = new ByteArrayInputStream("countries: [VN]\n".getBytes(StandardCharsets.UTF_8)) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };

    assertThat(DatasetFiles.read("stdin", in, Format.YAML, Dataset.empty()).countries()).hasSize(1);
    assertThat(closed[0]).isFalse();
  }

  // ---- writing ----

  @Test
  void writesCanonicalYaml() {
    Dataset d = read("small.json", SMALL_JSON, Dataset.empty());

    assertThat(DatasetFiles.toString(d, Format.YAML)).isEqualTo(SMALL_YAML);
  }

  @Test
  void writesCanonicalJson() {
    Dataset d = read("small.yaml", SMALL_YAML, Dataset.empty());

    assertThat(DatasetFiles.toString(d, Format.JSON)).isEqualTo(SMALL_JSON);
  }

  @Test
  void writesUtf8ToAStream() throws IOException {
    Dataset d = DatasetFiles.read(resource("vn-jp-talks.yaml"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    DatasetFiles.write(d, Format.JSON, out);

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(DatasetFiles.toString(d, Format.JSON)).contains("Bộ Quốc phòng");
  }

  @Test
  void exportsOfTheExamplesAndTheFixtureReadBackEqualAndExportToTheSameBytes() {
    for (Dataset d : List.of(DatasetFiles.read(resource("vn-jp-talks.yaml")), Fixtures.dataset())) {
      for (Format format : Format.values()) {
        String text = DatasetFiles.toString(d, format);
        Dataset back = read("export." + format.name().toLowerCase(java.util.Locale.ROOT), text, Dataset.empty());
        assertThat(back).isEqualTo(d);
        assertThat(DatasetFiles.toString(back, format)).isEqualTo(text);
      }
    }
  }

  @Test
  void theJsonExampleIsCanonical() throws IOException {
    Dataset d = DatasetFiles.read(resource("vn-jp-talks.json"));

    assertThat(DatasetFiles.toString(d, Format.JSON)).isEqualTo(Files.readString(resource("vn-jp-talks.json")));
  }

  @Test
  void stringsThatYamlWouldReadAsSomethingElseRoundTrip() {
    List<String> tricky = List.of("null", "Null", "~", "true", "False", "NO", "yes", "on", "y", "2022", "-1", "1.5",
        "1e3", "0x1F", "0o17", "12:30", ".inf", ".NaN", "<<", "=", "- dash", "-", "? x", "?x", ": colon", "a: b",
        "a:b", "# hash", "a #b", "a#b", " lead", "trail ", "@at", "`tick", "%pct", "!bang", "&amp", "*star", "|pipe",
        ">gt", "[a]", "{a}", "a, b [c] {d}", "'single'", "\"double\"", "---", "...", "../2024", "2025/..", "2022-11?",
        "line1\nline2", "line1\nline2\n", "ends\n\n\n", "\nstarts with a break", " indented\nnext", "trailing \nspace",
        "tab\tinside", "\ttab first", "tab last\t", "cr\r\nlf", "nbsp\u00A0x", "nel\u0085x", "sep\u2028x",
        "bom\uFEFFx", "ctrl\u0001x", "del\u007Fx", "c1\u009Fx", "emoji 😀", "Phan Văn Giang", "防衛省", "back\\slash",
        "https://example.com/a?b=c#d", "person:phan-van-giang", "x".repeat(300));
    Dataset.Builder b = Dataset.builder();
    for (int i = 0; i < tricky.size(); i++) {
      // A title is one line; the other texts take every string as it is.
      String title = "T" + tricky.get(i).replaceAll("[\\n\\r\\u2028\\u2029]", " ");
      b.addSources(Source.builder().id("s" + i).title(title).note(tricky.get(i)).text(tricky.get(i))
          .publisher(tricky.get(i)).build());
    }
    Dataset d = b.build();

    for (Format format : Format.values()) {
      String text = DatasetFiles.toString(d, format);
      Dataset back = read("tricky." + format.name().toLowerCase(java.util.Locale.ROOT), text, Dataset.empty());
      for (int i = 0; i < tricky.size(); i++) {
        assertThat(back.sources().get(i)).as(format + " " + tricky.get(i)).isEqualTo(d.sources().get(i));
      }
      assertThat(DatasetFiles.toString(back, format)).isEqualTo(text);
    }
  }

  @Test
  void yamlQuotesOnlyWhereNeededAndAlwaysWithDoubleQuotes() {
    Dataset d = Dataset.builder()
        .addSources(Source.builder().id("s").title("2022").publisher("Plain words, with commas").author("- dash")
            .translator("it's").note("line one\nline two").build())
        .build();

    assertThat(DatasetFiles.toString(d, Format.YAML)).isEqualTo("""
        sources:
          - id: s
            title: "2022"
            publisher: Plain words, with commas
            kind: news-article
            language: en
            author: "- dash"
            translator: it's
            note: |-
              line one
              line two
        """);
  }

  // ---- the file as a whole ----

  @Test
  void formatIsChosenByExtension() {
    assertThat(Format.of(Path.of("a", "data.json"))).isEqualTo(Format.JSON);
    assertThat(Format.of(Path.of("data.YAML"))).isEqualTo(Format.YAML);
    assertThat(Format.of(Path.of("data.yml"))).isEqualTo(Format.YAML);
  }

  @Test
  void anUnsupportedExtensionIsRefused() {
    assertThatThrownBy(() -> DatasetFiles.read(Path.of("data.txt")))
        .isInstanceOf(DatasetFileException.class)
        .hasMessage("data.txt: file name must end in .json, .yaml or .yml, but was 'data.txt'");
    assertThatThrownBy(() -> Format.of(Path.of("data")))
        .isInstanceOf(DatasetFileException.class)
        .hasMessage("data: file name must end in .json, .yaml or .yml, but was 'data'");
  }

  @Test
  void aMissingFileIsReported() {
    Path missing = temp.resolve("missing.yaml");

    assertThatThrownBy(() -> DatasetFiles.read(missing))
        .isInstanceOf(DatasetFileException.class)
        .hasMessage(missing + ": file cannot be read: no such file");
  }

  @Test
  void theMessageListsEveryProblemOneALine() {
    DatasetFileException e = thrown("two.yaml", "countries: [XX]\nsources: 1\n", Dataset.empty());

    assertThat(e.getMessage()).isEqualTo("""
        two.yaml:1:13: countries[0]: must be an ISO 3166-1 alpha-2 country code such as 'VN', but was 'XX'
        two.yaml:2:10: sources: must be a list, but was a number""");
    assertThat(e.problems().get(0)).isEqualTo(new FileProblem("two.yaml", 1, 13, "countries[0]",
        "must be an ISO 3166-1 alpha-2 country code such as 'VN', but was 'XX'"));
  }

  @Test
  void aProblemWithoutLocationOrPathLeavesThemOut() {
    assertThat(new FileProblem("f.yaml", 0, 0, "", "is bad")).hasToString("f.yaml: is bad");
    assertThat(new FileProblem("f.yaml", 0, 0, "sources", "is bad")).hasToString("f.yaml: sources: is bad");
    assertThat(new FileProblem("f.yaml", 3, 7, "", "is bad")).hasToString("f.yaml:3:7: is bad");
  }

  @Test
  void anEmptyFileIsReported() {
    assertThat(problems("empty.yaml", "# nothing here\n", Dataset.empty())).containsExactly(
        "empty.yaml: file must hold a dataset (a mapping of arrays such as 'sources' and 'engagements'), but was empty");
    assertThat(problems("empty.json", "  \n", Dataset.empty())).containsExactly(
        "empty.json: file must hold a dataset (a mapping of arrays such as 'sources' and 'engagements'), but was empty");
  }

  @Test
  void aFileMustHoldAMapping() {
    assertThat(problems("list.json", "[1]", Dataset.empty())).containsExactly(
        "list.json:1:1: file must hold an object whose fields are the dataset's arrays, but held an array");
    assertThat(problems("text.yaml", "hello\n", Dataset.empty())).containsExactly(
        "text.yaml:1:1: file must hold a mapping whose fields are the dataset's arrays, but held a string");
  }

  @Test
  void malformedJsonIsReportedWithItsPlace() {
    String file = """
        {
          "countries": ["VN", "US",],
          "sources": []
        }
        """;

    assertThat(problems("bad.json", file, Dataset.empty())).containsExactly(
        "bad.json:2:28: malformed JSON: Unexpected character (']' (code 93)): expected a valid value "
            + "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')");
  }

  @Test
  void malformedYamlIsReportedWithItsPlace() {
    String file = """
        countries:
          - VN
          US: 1
        """;

    assertThat(problems("bad.yaml", file, Dataset.empty())).containsExactly(
        "bad.yaml:3:3: malformed YAML: expected <block end>, but found '?' (while parsing a block collection at line 2, column 3)");
  }

  @Test
  void aFileMustBeUtf8() {
    byte[] latin1 = "sources:\n  - id: s\n    title: Bi\u00EAn H\u00F2a\n".getBytes(StandardCharsets.ISO_8859_1);

    assertThatThrownBy(() -> DatasetFiles.read("latin1.yaml", new ByteArrayInputStream(latin1), Format.YAML, Dataset.empty()))
        .isInstanceOf(DatasetFileException.class)
        .hasMessage("latin1.yaml:3:14: file must be UTF-8 text, but byte 0xEA is not");
  }

  @Test
  void aByteOrderMarkIsSkippedAndColumnsCountCharacters() {
    String file = "\uFEFF{\"organizations\": [{\"id\": \"o\", \"name\": \"B\u1ED9 Qu\u1ED1c ph\u00F2ng\", \"kind\": \"ministy\"}]}";

    assertThat(problems("bom.json", file, Dataset.empty())).containsExactly(
        "bom.json:1:65: organizations[0].kind: must be one of ministry, armed-forces, embassy, agency, legislature, "
            + "government, company, international-body, other, but was 'ministy'; did you mean 'ministry'?");
  }

  @Test
  void moreThanOneDocumentIsRefused() {
    assertThat(problems("two.yaml", "countries: [VN]\n---\ncountries: [US]\n", Dataset.empty())).containsExactly(
        "two.yaml:3:1: file must hold one YAML document, but another follows");
    assertThat(problems("two.json", "{} {}", Dataset.empty())).containsExactly(
        "two.json:1:4: file must hold one JSON value, but another follows");
  }

  // ---- the shape ----

  @Test
  void anUnknownFieldIsReportedWithASuggestionForANearMiss() {
    String file = """
        sources:
          - id: s
            titel: A source
            engagementKind: x
            color: blue
        """;

    assertThat(problems("unknown.yaml", file, Dataset.empty())).containsExactly(
        "unknown.yaml:2:5: sources[0].title: must be given, but was missing",
        "unknown.yaml:3:5: sources[0].titel: must be a field of a source, but was 'titel'; did you mean 'title'?",
        "unknown.yaml:4:5: sources[0].engagementKind: must be a field of a source, but was 'engagementKind'; did you mean 'kind'?",
        "unknown.yaml:5:5: sources[0].color: must be a field of a source (id, title, publisher, url, kind, language, "
            + "published, author, translator, text, note), but was 'color'");
  }

  @Test
  void anUnknownArrayIsReported() {
    assertThat(problems("top.json", "{\"engagement\": []}", Dataset.empty())).containsExactly(
        "top.json:1:2: engagement: must be a field of a dataset file, but was 'engagement'; did you mean 'engagements'?");
  }

  @Test
  void wrongTypesAreReported() {
    String file = """
        {
          "sources": [{"id": "s", "title": ["A", "source"], "published": 2022}],
          "engagements": {"id": "e"},
          "countries": [null, true]
        }
        """;

    assertThat(problems("types.json", file, Dataset.empty())).containsExactly(
        "types.json:2:36: sources[0].title: must be a string, but was an array",
        "types.json:2:66: sources[0].published: must be a string, but was a number",
        "types.json:3:18: engagements: must be an array, but was an object",
        "types.json:4:17: countries[0]: must be a string, but was null",
        "types.json:4:23: countries[1]: must be a string, but was a boolean");
  }

  @Test
  void wrongTypesInYamlSayMappingAndList() {
    String file = """
        engagements:
          - sides: VN
            participants:
              side: VN
            note:
        """;

    assertThat(problems("types.yaml", file, Dataset.empty())).contains(
        "types.yaml:2:12: engagements[0].sides: must be a list, but was a string",
        "types.yaml:4:7: engagements[0].participants: must be a list, but was a mapping");
  }

  @Test
  void aMissingRequiredFieldIsReportedAtItsRecord() {
    String file = """
        countries: [VN, US]
        engagements:
          - id: e
            title: Meeting
            kind: meeting
            format: in-person
            sides: [VN, US]
        """;

    assertThat(problems("missing.yaml", file, Dataset.empty())).containsExactly(
        "missing.yaml:3:5: engagements[0].date: must be given, but was missing");
  }

  @Test
  void aBadDateIsReportedWithTheParsersReason() {
    String file = """
        {"engagements": [{
          "id": "e", "title": "Meeting", "kind": "meeting", "format": "in-person",
          "date": "2022-13-45"
        }]}
        """;

    assertThat(problems("date.json", file, Dataset.empty())).containsExactly(
        "date.json:3:11: engagements[0].date: \"2022-13-45\" is not an EDTF date: month must be 01–12");
  }

  @Test
  void aBadEnumValueListsTheAcceptedValues() {
    String file = """
        engagements:
          - id: e
            title: Meeting
            kind: talks
            format: in person
            date: 2022
        """;

    assertThat(problems("enum.yaml", file, Dataset.empty())).containsExactly(
        "enum.yaml:4:11: engagements[0].kind: must be one of visit, meeting, call, multilateral-meeting, reception, "
            + "other, but was 'talks'",
        "enum.yaml:5:13: engagements[0].format: must be one of in-person, phone, video, online, hybrid, unknown, "
            + "but was 'in person'; did you mean 'in-person'?");
  }

  @Test
  void badIdsCountryCodesPartiesAreasAndBlankTextAreReported() {
    String file = """
        countries: [VN, Vietnam]
        commitments:
          - id: Expo Invitation
            kind: invitation
            makers: [VN, country:XX, minister:giang]
            text: "  "
            areas: [War legacy]
        """;

    assertThat(problems("values.yaml", file, Dataset.empty())).containsExactly(
        "values.yaml:1:17: countries[1]: must be an ISO 3166-1 alpha-2 country code such as 'VN', but was 'Vietnam'",
        "values.yaml:3:9: commitments[0].id: must be a lowercase slug ([a-z0-9] words joined by '-', at most 100 characters), but was 'Expo Invitation'",
        "values.yaml:5:14: commitments[0].makers[0]: must be 'country:CC', 'organization:ID' or 'person:ID', but was 'VN'",
        "values.yaml:5:18: commitments[0].makers[1]: must be an ISO 3166-1 alpha-2 country code such as 'VN', but was 'XX'",
        "values.yaml:5:30: commitments[0].makers[2]: must be 'country:CC', 'organization:ID' or 'person:ID', but was 'minister:giang'",
        "values.yaml:6:11: commitments[0].text: must not be blank, but was '  '",
        "values.yaml:7:13: commitments[0].areas[0]: must be a lowercase slug such as 'war-legacy', but was 'War legacy'");
  }

  @Test
  void aValueThatCannotBeBuiltIsReportedAtItsPlace() {
    String file = """
        countries: [VN, US]
        people:
          - id: a
            name: A
            country: VN
            appointments:
              - title: Minister
                start: 2022
                end: 2020
        engagements:
          - id: e
            title: Meeting
            kind: meeting
            format: in-person
            date: 2022
            sides: [VN, US]
            participants:
              - side: VN
                role: host
        """;

    assertThat(problems("build.yaml", file, Dataset.empty())).containsExactly(
        "build.yaml:7:9: people[0].appointments[0]: appointment 'Minister' period must not end before it starts, but was 2022 to 2020",
        "build.yaml:18:9: engagements[0].participants[0]: participant must name a person or an organization, or give a description, but named none");
  }

  @Test
  void aKeyGivenTwiceIsReported() {
    String file = """
        sources:
          - id: s
            title: A source
            title: Another
        """;

    assertThat(problems("twice.yaml", file, Dataset.empty())).containsExactly(
        "twice.yaml:4:5: sources[0].title: must be given once in a mapping, but 'title' was already given at line 3, column 5");
  }

  // ---- the dataset's rules ----

  @Test
  void aDuplicateIdIsReportedOnTheSecondRecord() {
    String file = """
        sources:
          - id: s
            title: A source
          - id: t
            title: Another
          - id: s
            title: A third
        """;

    assertThat(problems("dup.yaml", file, Dataset.empty())).containsExactly(
        "dup.yaml:6:9: sources[2].id: must be unique among sources, but 's' is already used by sources[0];"
            + " mark this entry 'amends: true' to add to or correct it");
  }

  @Test
  void aDanglingReferenceIsReportedAtTheReference() {
    String file = """
        sources:
          - {id: s, title: A source}
        countries: [VN, US]
        engagements:
          - id: e
            title: Meeting
            kind: meeting
            format: in-person
            date: 2022
            parent: visit
            sides: [VN, US]
            participants:
              - {person: giang, side: VN}
            evidence:
              - {source: article, quote: They met.}
        """;

    assertThat(problems("refs.yaml", file, Dataset.empty())).containsExactly(
        "refs.yaml:10:13: engagements[0].parent: refers to unknown engagement 'visit'",
        "refs.yaml:13:18: engagements[0].participants[0].person: refers to unknown person 'giang'",
        "refs.yaml:15:18: engagements[0].evidence[0].source: refers to unknown source 'article'");
  }

  @Test
  void missingEvidenceIsReportedAtTheRecord() {
    String file = """
        countries: [VN, US]
        engagements:
          - id: e
            title: Meeting
            kind: meeting
            format: in-person
            date: 2022
          - id: f
            title: Call
            kind: call
            format: phone
            date: 2023
            evidence: []
        """;

    assertThat(problems("evidence.yaml", file, Dataset.empty())).containsExactly(
        "evidence.yaml:3:5: engagements[0].evidence: must hold at least one quote, but was empty",
        "evidence.yaml:13:15: engagements[1].evidence: must hold at least one quote, but was empty");
  }

  @Test
  void aQuoteNotInItsSourceIsReportedAtTheQuote() {
    String file = """
        {
          "sources": [{"id": "s", "title": "A source", "text": "The ministers met in Hanoi."}],
          "countries": ["VN", "US"],
          "engagements": [{
            "id": "e", "title": "Meeting", "kind": "meeting", "format": "in-person", "date": "2022",
            "evidence": [{"source": "s", "quote": "The ministers met in Washington."}]
          }]
        }
        """;

    assertThat(problems("quote.json", file, Dataset.empty())).containsExactly(
        "quote.json:6:43: engagements[0].evidence[0].quote: must occur verbatim in the text of source 's', "
            + "but was \"The ministers met in Washington.\"");
  }

  @Test
  void everyProblemIsReportedAtOnceInFileOrder() {
    String file = """
        sources:
          - id: s
            title: A source
            kind: blog
        countries: [VN, US]
        engagements:
          - id: e
            title: Meeting
            kind: meeting
            format: in-person
            date: 2022-02-30
            sides: [VN, USA]
            participants:
              - person: giang
                side: VN
                rank: General
          - id: e
            title: Call
            kind: call
            fromat: phone
            date: 2022
        """;

    assertThat(problems("many.yaml", file, Dataset.empty())).containsExactly(
        "many.yaml:4:11: sources[0].kind: must be one of news-article, official-readout, joint-statement, "
            + "official-document, report, reference, other, but was 'blog'",
        "many.yaml:11:11: engagements[0].date: \"2022-02-30\" is not an EDTF date: day must be 01–28 for 2022-02",
        "many.yaml:12:17: engagements[0].sides[1]: must be an ISO 3166-1 alpha-2 country code such as 'VN' or the id"
            + " of an international organization such as 'asean', but was 'USA'",
        "many.yaml:16:9: engagements[0].participants[0].rank: must be a field of a participant (person, organization, "
            + "description, side, role, capacity, actingFor, roleTitle, language, translations), but was 'rank'",
        "many.yaml:17:5: engagements[1].format: must be given, but was missing",
        "many.yaml:17:9: engagements[1].id: must be unique among engagements, but 'e' is already used by engagements[0];"
            + " mark this entry 'amends: true' to add to or correct it",
        "many.yaml:20:5: engagements[1].fromat: must be a field of an engagement, but was 'fromat'; did you mean 'format'?");
  }

  // ---- hostile input ----

  @Test
  void aYamlAliasBombIsRefused() {
    String file = """
        a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]
        b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
        c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
        d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
        e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
        f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
        g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
        h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
        i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]
        """;

    assertThat(problems("bomb.yaml", file, Dataset.empty())).containsExactly(
        "bomb.yaml:7:8: file must hold at most 1000000 values (each use of a YAML alias counting in full), but holds more");
  }

  @Test
  void tooManyYamlAliasesAreRefused() {
    StringBuilder file = new StringBuilder("a: &a [x]\nb: [");
    for (int i = 0; i < 101; i++) {
      file.append(i == 0 ? "*a" : ", *a");
    }
    file.append("]\n");

    assertThat(problems("aliases.yaml", file.toString(), Dataset.empty())).containsExactly(
        "aliases.yaml:2:405: file must use at most 100 YAML aliases, but uses more");
  }

  @Test
  void anAliasMustReferToAnEarlierAnchor() {
    assertThat(problems("alias.yaml", "a: *nowhere\n", Dataset.empty())).containsExactly(
        "alias.yaml:1:4: YAML alias *nowhere must refer to a list or mapping anchored with &nowhere before it, "
            + "but there is none (anchors on single values are not supported)");
    assertThat(problems("loop.yaml", "a: &loop [*loop]\n", Dataset.empty())).containsExactly(
        "loop.yaml:1:11: YAML alias *loop must not refer to the value it is part of, but does");
  }

  @Test
  void deepNestingIsRefused() {
    String json = "{\"sources\": " + "[".repeat(100) + "]".repeat(100) + "}";
    String yaml = "sources: " + "[".repeat(100) + "]".repeat(100) + "\n";

    assertThat(problems("deep.json", json, Dataset.empty())).containsExactly(
        "deep.json:1:76: file must nest values at most 64 levels deep, but nests them deeper");
    assertThat(problems("deep.yaml", yaml, Dataset.empty())).containsExactly(
        "deep.yaml:1:73: file must nest values at most 64 levels deep, but nests them deeper");
  }

  @Test
  void aHugeStringIsRefused() {
    String huge = "x".repeat(DatasetFiles.MAX_STRING_LENGTH + 1);

    assertThat(problems("huge.json", "{\"sources\": [{\"id\": \"s\", \"text\": \"" + huge + "\"}]}", Dataset.empty()))
        .containsExactly("huge.json:1:34: sources[0].text: must be at most 1048576 characters long, but was longer");
    assertThat(problems("huge.yaml", "sources:\n  - id: s\n    text: " + huge + "\n", Dataset.empty()))
        .containsExactly("huge.yaml:3:11: sources[0].text: must be at most 1048576 characters long, but was longer");
  }

  @Test
  void aStringAtTheLimitIsRead() {
    String longest = "x".repeat(DatasetFiles.MAX_STRING_LENGTH);

    Dataset d = read("long.json", "{\"sources\": [{\"id\": \"s\", \"title\": \"t\", \"text\": \"" + longest + "\"}]}",
        Dataset.empty());

    assertThat(d.sources().get(0).text()).contains(longest);
  }

  @Test
  void anOversizeFileIsRefused() throws IOException {
    byte[] bytes = new byte[DatasetFiles.MAX_FILE_BYTES + 1];
    Arrays.fill(bytes, (byte) ' ');
    Path big = temp.resolve("big.json");
    Files.write(big, bytes);

    assertThatThrownBy(() -> DatasetFiles.read(big))
        .isInstanceOf(DatasetFileException.class)
        .hasMessage(big + ": file must be at most 16 MiB (16777216 bytes), but was 16777217 bytes");
    assertThatThrownBy(() -> DatasetFiles.read("stdin", new ByteArrayInputStream(bytes), Format.JSON, Dataset.empty()))
        .isInstanceOf(DatasetFileException.class)
        .hasMessage("stdin: file must be at most 16 MiB (16777216 bytes), but was larger");
  }

  // ---- the schema ----

  @Test
  void theSchemaIsDraft202012() {
    assertThat(DatasetFiles.schema()).startsWith("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",");
  }

  // ---- helpers ----

  static final String SMALL_YAML = """
      sources:
        - id: s
          title: Talks in Hanoi
          kind: official-readout
          language: vi
          published: 2023-03~
          text: |
            The ministers met.
            They agreed to meet again.
      countries:
        - VN
        - FI
      engagements:
        - id: hanoi-talks
          title: Talks in Hanoi
          kind: meeting
          format: in-person
          date: 2023-03
          sides:
            - VN
            - FI
          participants:
            - description: Both ministers
              side: VN
              role: principal
          evidence:
            - source: s
              quote: The ministers met.
              note: The date comes from the published date.
      commitments:
        - id: meet-again
          kind: agreement
          makers:
            - country:VN
            - country:FI
          engagement: hanoi-talks
          text: Meet again
          due: 2024/..
          evidence:
            - source: s
              quote: They agreed to meet again.
      """;

  static final String SMALL_JSON = """
      {
        "sources": [
          {
            "id": "s",
            "title": "Talks in Hanoi",
            "kind": "official-readout",
            "language": "vi",
            "published": "2023-03~",
            "text": "The ministers met.\\nThey agreed to meet again.\\n"
          }
        ],
        "countries": [
          "VN",
          "FI"
        ],
        "engagements": [
          {
            "id": "hanoi-talks",
            "title": "Talks in Hanoi",
            "kind": "meeting",
            "format": "in-person",
            "date": "2023-03",
            "sides": [
              "VN",
              "FI"
            ],
            "participants": [
              {
                "description": "Both ministers",
                "side": "VN",
                "role": "principal"
              }
            ],
            "evidence": [
              {
                "source": "s",
                "quote": "The ministers met.",
                "note": "The date comes from the published date."
              }
            ]
          }
        ],
        "commitments": [
          {
            "id": "meet-again",
            "kind": "agreement",
            "makers": [
              "country:VN",
              "country:FI"
            ],
            "engagement": "hanoi-talks",
            "text": "Meet again",
            "due": "2024/..",
            "evidence": [
              {
                "source": "s",
                "quote": "They agreed to meet again."
              }
            ]
          }
        ]
      }
      """;

  static Path resource(String name) {
    try {
      return Path.of(DatasetFilesTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Dataset read(String name, String text, Dataset base) {
    Format format = name.endsWith(".json") ? Format.JSON : Format.YAML;
    try {
      return DatasetFiles.read(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), format, base);
    } catch (UncheckedIOException e) {
      throw new AssertionError(e);
    }
  }

  private static DatasetFileException thrown(String name, String text, Dataset base) {
    try {
      read(name, text, base);
    } catch (DatasetFileException e) {
      return e;
    }
    return fail("reading " + name + " must fail, but it succeeded");
  }

  private static List<String> problems(String name, String text, Dataset base) {
    return thrown(name, text, base).problems().stream().map(FileProblem::toString).toList();
  }
}
