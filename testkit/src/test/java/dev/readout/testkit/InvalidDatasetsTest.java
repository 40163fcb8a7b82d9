package dev.readout.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.readout.core.dataset.DatasetException;
import dev.readout.core.dataset.Problem;
import dev.readout.core.model.RecordKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Example;

class InvalidDatasetsTest {

  @Example
  void everyInvalidDatasetFailsWithExactlyTheNamedRuleOnTheNamedRecordAndField() {
    for (Rule rule : Rule.values()) {
      List<InvalidDataset> cases = Samples.of(InvalidDatasets.breaking(rule), 30);
      cases.addAll(Samples.of(InvalidDatasets.from(ReadoutArbitraries.datasets().withAdversarialText(true), Set.of(rule)), 15));
      for (InvalidDataset invalid : cases) {
        assertThat(invalid.rule()).isEqualTo(rule);
        DatasetException e = catchThrowableOfType(DatasetException.class, () -> invalid.builder().build());
        assertThat(e).as("%s", invalid).isNotNull();
        assertThat(e.problems()).as("%s", invalid).singleElement().satisfies(p -> {
          assertThat(invalid.isReportedBy(p)).as("%s reported as %s", invalid, p).isTrue();
          assertThat(Rule.of(p)).hasValue(rule);
          assertThat(p.path()).isEqualTo(invalid.path());
        });
      }
    }
  }

  @Example
  void eachRuleIsBrokenInEveryWayItCanBe() {
    List<InvalidDataset> cases = Samples.of(InvalidDatasets.breakingAnyRule(), 1_600);

    assertThat(cases.stream().map(InvalidDataset::rule).collect(Collectors.toSet())).isEqualTo(EnumSet.allOf(Rule.class));
    assertThat(fields(cases, Rule.UNKNOWN_REFERENCE)).contains("engagement", "makers[0]", "parent", "country",
        "participants[0].person", "participants[0].actingFor", "dueAt", "signedAt", "statusHistory[0].engagement")
        .anyMatch(f -> f.startsWith("instruments[")).anyMatch(f -> f.startsWith("addressees["))
        .anyMatch(f -> f.startsWith("sameAs["));
    assertThat(fields(cases, Rule.UNKNOWN_SOURCE)).contains("evidence[0].source");
    assertThat(cases).filteredOn(c -> c.rule() == Rule.QUOTE_NOT_IN_SOURCE).extracting(InvalidDataset::path)
        .anyMatch(p -> p.startsWith("amendments[")).anyMatch(p -> !p.startsWith("amendments["));
    assertThat(cases).filteredOn(c -> c.rule() == Rule.MISSING_EVIDENCE).extracting(InvalidDataset::path)
        .anyMatch(p -> p.startsWith("amendments[")).anyMatch(p -> !p.startsWith("amendments["));
    assertThat(fields(cases, Rule.SAME_AS_ITSELF)).anyMatch(f -> f.startsWith("sameAs["))
        .anyMatch(f -> f.startsWith("updates[") || f.startsWith("supersedes["));
    assertThat(fields(cases, Rule.TRANSLATION_FIELD)).anyMatch(f -> f.startsWith("appointments[0].translations["));
    assertThat(kinds(cases, Rule.AMENDS_UNKNOWN)).contains(RecordKind.SOURCE, RecordKind.ENGAGEMENT,
        RecordKind.COMMITMENT, RecordKind.PERSON);
    assertThat(kinds(cases, Rule.OTHER_ACCOUNT_ADDS)).contains(RecordKind.ENGAGEMENT, RecordKind.COMMITMENT,
        RecordKind.PERSON, RecordKind.ORGANIZATION);
    assertThat(cases).filteredOn(c -> c.rule() == Rule.UNKNOWN_HOME).extracting(InvalidDataset::path)
        .containsOnly("home");
    assertThat(kinds(cases, Rule.DUPLICATE_ID)).contains(RecordKind.SOURCE, RecordKind.COUNTRY, RecordKind.ORGANIZATION,
        RecordKind.PERSON, RecordKind.ENGAGEMENT, RecordKind.COMMITMENT);
    assertThat(kinds(cases, Rule.MISSING_EVIDENCE)).contains(RecordKind.ENGAGEMENT, RecordKind.COMMITMENT,
        RecordKind.INSTRUMENT, RecordKind.PARTNERSHIP, RecordKind.PROGRAMME, RecordKind.MILESTONE);
    assertThat(kinds(cases, Rule.PARENT_CYCLE)).containsExactlyInAnyOrder(RecordKind.ENGAGEMENT, RecordKind.ORGANIZATION);
  }

  @Example
  void theOriginalOfAnInvalidDatasetIsValid() {
    for (InvalidDataset invalid : Samples.of(InvalidDatasets.breakingAnyRule(), 100)) {
      assertThat(invalid.original().toBuilder().build()).isEqualTo(invalid.original());
      assertThat(invalid.toString()).startsWith(invalid.rule() + " at " + invalid.kind().label() + " '" + invalid.id() + "'");
    }
  }

  @Example
  void aRuleIsRecognisedOnlyInItsOwnProblems() {
    Problem unknownSource = new Problem(RecordKind.ENGAGEMENT, "e0", 0, "evidence[0].source", "refers to unknown source 'x'");
    Problem unknownPerson = new Problem(RecordKind.ENGAGEMENT, "e0", 0, "participants[0].person", "refers to unknown person 'x'");

    assertThat(Rule.of(unknownSource)).hasValue(Rule.UNKNOWN_SOURCE);
    assertThat(Rule.of(unknownPerson)).hasValue(Rule.UNKNOWN_REFERENCE);
    assertThat(Rule.of(new Problem(RecordKind.ENGAGEMENT, "e0", 0, "title", "is odd"))).isEmpty();
  }

  @Example
  void atLeastOneRuleMustBeAskedFor() {
    assertThatIllegalArgumentException().isThrownBy(() -> InvalidDatasets.from(ReadoutArbitraries.datasets(), Set.of()))
        .withMessage("rules must name at least one rule, but was empty");
  }

  private static Set<String> fields(List<InvalidDataset> cases, Rule rule) {
    return cases.stream().filter(c -> c.rule() == rule).map(InvalidDataset::field).collect(Collectors.toSet());
  }

  private static Set<RecordKind> kinds(List<InvalidDataset> cases, Rule rule) {
    return cases.stream().filter(c -> c.rule() == rule).map(InvalidDataset::kind).collect(Collectors.toSet());
  }
}
