package dev.readout.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.readout.core.dataset.Dataset;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A file with a structural mistake in one record and broken references or quotes in others shows
 * all of them in one run; a reference to the record that could not be read is not blamed twice.
 */
class EveryProblemAtOnceTest {
  private static final String FILE = """
      sources:
        - id: s
          title: A source
          text: The ministers met in Hanoi. Japan pledged to train medics.
      countries: [VN, JP]
      engagements:
        - id: broken
          title: A meeting with a bad date
          kind: meeting
          format: in-person
          date: 2025-13
          sides: [VN, JP]
          evidence:
            - source: s
              quote: The ministers met in Hanoi.
        - id: fine
          title: A meeting that maps
          kind: meeting
          format: in-person
          date: 2025-02
          sides: [VN, JP]
          participants:
            - person: nobody
              side: VN
          evidence:
            - source: s
              quote: The ministers met in Hanoi.
      commitments:
        - id: medics
          kind: pledge
          makers: [country:JP]
          engagement: broken
          text: Train medics
          evidence:
            - source: s
              quote: Japan promised to train medics.
      """;

  @Test
  void structuralAndCrossRecordProblemsComeTogetherInFileOrder() {
    DatasetFileException e = catchThrowableOfType(DatasetFileException.class, () -> DatasetFiles.read("f.yaml",
        new ByteArrayInputStream(FILE.getBytes(StandardCharsets.UTF_8)), Format.YAML, Dataset.empty()));
    List<String> lines = e.problems().stream().map(FileProblem::toString).toList();
    assertThat(lines).containsExactly(
        "f.yaml:11:11: engagements[0].date: \"2025-13\" is not an EDTF date: month must be 01–12",
        "f.yaml:23:17: engagements[1].participants[0].person: refers to unknown person 'nobody'",
        "f.yaml:36:16: commitments[0].evidence[0].quote: must occur verbatim in the text of source 's', but was \"Japan promised to train medics.\"");
  }
}
