package dev.readout.core.draft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.dates.PartialDate;
import dev.readout.core.io.DatasetFiles;
import dev.readout.core.model.Source;
import dev.readout.core.seed.Datasets;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The drafter beyond the seed: readouts of other meetings (fictional, written in the style of the
 * ministry's English news, with people the seed does not have), each hand-encoded as an analyst
 * would in {@code beyond/NAME.truth.yaml}, drafted on the seed and scored by {@link DraftScore}
 * against the same figures as the seed's articles. The rules were not written from these texts'
 * phrases alone: what they taught (a "that"-clause object, "and to" between deeds, a person named
 * without a title) was made general before it went into the tables.
 */
class DraftBeyondSeedTest {
  @ParameterizedTest
  @ValueSource(strings = {"vn-au-talks-2023", "vn-jp-call-2024"})
  void aReadoutOfAnotherMeetingIsDraftedAsWellAsTheSeeds(String name) throws URISyntaxException {
    Path truthFile = Path.of(DraftBeyondSeedTest.class.getResource("beyond/" + name + ".truth.yaml").toURI());
    Dataset truth = DatasetFiles.read(truthFile);
    Source source = truth.source("truth-" + name).orElseThrow();
    DraftOptions options = DraftOptions.of((PartialDate) source.published().orElseThrow(), "draft-" + name)
        .withBase(Datasets.seed());
    Draft draft = Drafter.draft(source.text().orElseThrow(), options);
    DraftScore score = DraftScore.score(draft.dataset(), draft.source().id(), truth, source.id());
    System.out.println(score.report());
    assertThat(score.commitmentRecall()).as("commitment recall").isGreaterThanOrEqualTo(0.8);
    assertThat(score.commitmentPrecision()).as("commitment precision").isGreaterThanOrEqualTo(0.6);
    assertThat(score.directionAccuracy()).as("direction of the matched").isGreaterThanOrEqualTo(0.8);
    assertThat(score.matchedEngagements()).as("the meeting itself").isEqualTo(1);
  }
}
