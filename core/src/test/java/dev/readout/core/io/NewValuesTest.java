package dev.readout.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.core.dataset.Dataset;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** The exact message for every wrong value of the fields of issue 17. */
class NewValuesTest {
  private static List<String> problems(String name, String text) {
    Format format = name.endsWith(".json") ? Format.JSON : Format.YAML;
    DatasetFileException e = Assertions.catchThrowableOfType(DatasetFileException.class, () -> DatasetFiles.read(name,
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), format, Dataset.empty()));
    assertThat(e).as("reading must fail").isNotNull();
    return e.problems().stream().map(FileProblem::toString).toList();
  }

  @Test
  void badCodesNumbersAndChoices() {
    String file = TempFiles.SOURCE + """
        organizations:
          - id: o
            name: O
            kind: ministry
            nativeNameLanguage: Vietnamese
            language: english
        engagements:
          - id: e
            title: T
            kind: meeting
            format: in-person
            date: 2023
            sides: [VN, Nordic Group]
            participants:
              - description: d
                side: VN
                capacity: personal
            evidence:
              - source: s
                quote: The ministers met in Hanoi.
        commitments:
          - id: c
            kind: pledge
            makers: [country:FI]
            text: T
            firmness: maybe
            amounts:
              - value: two million
                currency: euro
                basis: extra
            evidence:
              - source: s
                quote: Finland pledged to send instructors.
        milestones:
          - id: m
            title: M
            kind: event
            outcomes:
              - outcome: delayed
        partnerships:
          - id: p
            countries: [VN, FI]
            level: partnership
            track: military
            since: 2020
        """;

    assertThat(problems("values.yaml", file)).containsExactly(
        "values.yaml:11:25: organizations[0].nativeNameLanguage: must be an ISO 639 language code such as 'en', 'vi' or"
            + " 'ko', but was 'Vietnamese'",
        "values.yaml:12:15: organizations[0].language: must be an ISO 639 language code such as 'en', 'vi' or 'ko', but"
            + " was 'english'",
        "values.yaml:19:17: engagements[0].sides[1]: must be an ISO 3166-1 alpha-2 country code such as 'VN' or the id of"
            + " an international organization such as 'asean', but was 'Nordic Group'",
        "values.yaml:23:19: engagements[0].participants[0].capacity: must be one of official, private, but was 'personal'",
        "values.yaml:32:15: commitments[0].firmness: must be one of firm, conditional, to-be-considered, but was 'maybe'",
        "values.yaml:34:16: commitments[0].amounts[0].value: must be a number such as 65000000 or 1.5, but was 'two million'",
        "values.yaml:35:19: commitments[0].amounts[0].currency: must be an ISO 4217 currency code such as 'USD', but was"
            + " 'euro'",
        "values.yaml:36:16: commitments[0].amounts[0].basis: must be one of total, additional, but was 'extra'",
        "values.yaml:45:18: milestones[0].outcomes[0].outcome: must be one of held, postponed, cancelled, but was 'delayed'",
        "values.yaml:50:12: partnerships[0].track: must be one of overall, defence, but was 'military'");
  }

  @Test
  void valuesTheModelRefusesAreReportedAtTheirValue() {
    String file = TempFiles.SOURCE + """
        commitments:
          - id: c
            kind: pledge
            makers: [country:FI]
            text: T
            condition: if asked
            firmness: firm
            evidence:
              - source: s
                quote: Finland pledged to send instructors.
          - id: d
            kind: pledge
            makers: [country:FI]
            text: T
            amounts:
              - value: -5
                currency: EUR
            translations:
              - language: vi
            evidence:
              - source: s
                quote: Finland pledged to send instructors.
        """;

    assertThat(problems("model.yaml", file)).containsExactly(
        "model.yaml:8:5: commitments[0]: commitment 'c' condition must go with firmness 'conditional', but the firmness"
            + " was not",
        "model.yaml:22:9: commitments[1].amounts[0]: amount value must not be negative, but was -5",
        "model.yaml:25:9: commitments[1].translations[0]: translation into 'vi' must give at least one text (title,"
            + " name, summary, text, occasion, place, condition, honorific or note), but gave none");
  }

  @Test
  void aJsonFileMustGiveNumbersAndBooleansAsSuch() {
    String file = """
        {"extends": 7, "home": "Vietnam",
         "sources": [{"id": "s", "title": "T"}],
         "commitments": [{"id": "c", "amends": "yes", "amounts": [{"value": "2000000", "currency": "USD"}]}]}
        """;

    assertThat(problems("types.json", file)).containsExactly(
        "types.json:1:13: extends: must be 'seed' or the path of a dataset file, or a list of them, but was a number",
        "types.json:1:24: home: must be an ISO 3166-1 alpha-2 country code such as 'VN', but was 'Vietnam'",
        "types.json:3:40: commitments[0].amends: must be a boolean (true or false), but was a string");
  }

  @Test
  void aHomeThatIsNotACountryOfTheDatasetIsReportedAtHome() {
    assertThat(problems("home.yaml", "countries: [VN]\nhome: FI\n")).containsExactly(
        "home.yaml:2:7: home: must be a country of the dataset, but was 'FI'");
  }

  @Test
  void aTranslationGivesOnlyTheTextsItsRecordHas() {
    String file = TempFiles.SOURCE + """
        commitments:
          - id: c
            kind: pledge
            makers: [country:FI]
            text: T
            translations:
              - language: vi
                text: Cử giáo viên
                title: Giáo viên
            evidence:
              - source: s
                quote: Finland pledged to send instructors.
        """;

    assertThat(problems("translation.yaml", file)).containsExactly(
        "translation.yaml:15:16: commitments[0].translations[0].title: must give only texts a commitment has, but gave title");
  }

  @Test
  void aParticipantsTranslationGivesOnlyItsRoleTitleAndDescription() {
    String file = TempFiles.SOURCE + "engagements:\n" + TempFiles.engagement("e").replace("    evidence:\n", """
            participants:
              - description: embassy staff
                side: FI
                translations:
                  - language: vi
                    text: cán bộ đại sứ quán
                    title: Tùy viên
                  - language: ko
                    note: 대사관 직원
            evidence:
        """);

    String rule = "must give only the texts the participant has, its role title as 'title' and its description as"
        + " 'text', but gave ";
    assertThat(problems("participant.yaml", file)).containsExactly(
        "participant.yaml:20:20: engagements[0].participants[0].translations[0].title: " + rule + "title",
        "participant.yaml:22:19: engagements[0].participants[0].translations[1].note: " + rule + "note");
  }

  @Test
  void yamlNumbersAndBooleansAreReadInEveryYamlSpelling() {
    String file = TempFiles.SOURCE + """
        commitments:
          - id: c
            kind: pledge
            makers: [country:FI]
            text: T
            amounts:
              - value: 1_500_000
                currency: USD
              - value: "2.5"
                currency: USD
            evidence:
              - source: s
                quote: Finland pledged to send instructors.
          - id: c
            amends: yes
            text: U
            evidence:
              - source: s
                quote: Finland pledged to send instructors.
        """;

    Dataset d = DatasetFiles.read("numbers.yaml", new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)),
        Format.YAML, Dataset.empty());

    assertThat(d.commitment("c").orElseThrow().amounts()).extracting(a -> a.value().toPlainString())
        .containsExactly("1500000", "2.5");
    assertThat(d.commitment("c").orElseThrow().text()).isEqualTo("U");
  }
}
