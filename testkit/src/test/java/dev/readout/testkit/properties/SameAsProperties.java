package dev.readout.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.dataset.TimelineEntry;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.Evidence;
import dev.readout.core.model.Identified;
import dev.readout.core.model.Instrument;
import dev.readout.core.model.InstrumentStatusChange;
import dev.readout.core.model.RecordKind;
import dev.readout.core.model.StatusChange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Records declared the same ({@code sameAs}) are counted once: each group as its first record, as
 * amended, carrying the evidence of every record of the group, with every reference to an engagement
 * — a commitment's, an engagement's parent, where an instrument was signed, a status change's —
 * turned to the record counted; and every query answers as brute force over those records does,
 * whichever record of a group it is asked about.
 */
@AddLifecycleHook(Tally.class)
class SameAsProperties {
  /** What a dataset must count, worked out from its records as amended, and each record's group. */
  record Counted(List<Engagement> engagements, List<Commitment> commitments, List<Instrument> instruments,
                 Map<String, String> engagementOf, Map<String, String> commitmentOf, Map<String, List<String>> groups) {

    static Counted of(Dataset d) {
      Map<String, List<String>> groups = new HashMap<>();
      List<Engagement> engagements = amended(d, RecordKind.ENGAGEMENT);
      List<Commitment> commitments = amended(d, RecordKind.COMMITMENT);
      Map<String, String> engagementOf = primaries(engagements, Engagement::sameAs, groups);
      Map<String, String> commitmentOf = primaries(commitments, Commitment::sameAs, groups);
      List<Engagement> countedEngagements = counted(engagements, engagementOf, Engagement::evidence,
          (e, evidence) -> Engagement.builder().from(e).evidence(evidence)
              .parent(e.parent().map(engagementOf::get)).build());
      List<Commitment> countedCommitments = counted(commitments, commitmentOf, Commitment::evidence,
          (c, evidence) -> Commitment.builder().from(c).evidence(evidence)
              .engagement(c.engagement().map(engagementOf::get))
              .statusHistory(c.statusHistory().stream().map(x -> StatusChange.builder().from(x)
                  .engagement(x.engagement().map(engagementOf::get)).build()).toList())
              .build());
      List<Instrument> instruments = SameAsProperties.<Instrument>amended(d, RecordKind.INSTRUMENT).stream()
          .map(i -> Instrument.builder().from(i).signedAt(i.signedAt().map(engagementOf::get))
              .statusHistory(i.statusHistory().stream().map(x -> InstrumentStatusChange.builder().from(x)
                  .engagement(x.engagement().map(engagementOf::get)).build()).toList())
              .build())
          .toList();
      return new Counted(countedEngagements, countedCommitments, instruments, engagementOf, commitmentOf, groups);
    }

    BruteForce bruteForce(Dataset d) {
      return new BruteForce(engagements, commitments, d.milestones());
    }
  }

  /**
   * The records of a kind as amended, each fact kept apart: the one of its id among those
   * {@link Dataset#sameAs} gives.
   */
  @SuppressWarnings("unchecked")
  private static <T extends Identified> List<T> amended(Dataset d, RecordKind kind) {
    return d.recordsAsAdded(kind).stream()
        .map(r -> (T) d.sameAs(r).stream().filter(x -> x.id().equals(r.id())).findFirst().orElseThrow()).toList();
  }

  /**
   * For each record's id, the id of the first record of its group: the records it names, those
   * that name it, and so on. Records the groups of each id in {@code groups}, in dataset order.
   */
  private static <T extends Identified> Map<String, String> primaries(List<T> records, Function<T, List<String>> sameAs,
                                                                      Map<String, List<String>> groups) {
    int n = records.size();
    int[] group = new int[n];
    for (int i = 0; i < n; i++) {
      group[i] = i;
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int i = 0; i < n; i++) {
        for (String other : sameAs.apply(records.get(i))) {
          for (int j = 0; j < n; j++) {
            if (records.get(j).id().equals(other) && group[i] != group[j]) {
              int low = Math.min(group[i], group[j]);
              int high = Math.max(group[i], group[j]);
              for (int k = 0; k < n; k++) {
                group[k] = group[k] == high ? low : group[k];
              }
              changed = true;
            }
          }
        }
      }
    }
    Map<String, String> primaryOf = new HashMap<>();
    for (int i = 0; i < n; i++) {
      primaryOf.put(records.get(i).id(), records.get(group[i]).id());
      List<String> members = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        if (group[k] == group[i]) {
          members.add(records.get(k).id());
        }
      }
      groups.put(records.get(i).kind().label() + ":" + records.get(i).id(), members);
    }
    return primaryOf;
  }

  /** Each group once, as its first record with the evidence of all its records, in dataset order. */
  private static <T extends Identified> List<T> counted(List<T> records, Map<String, String> primaryOf,
      Function<T, List<Evidence>> evidence, BiFunction<T, List<Evidence>, T> rebuilt) {
    List<T> out = new ArrayList<>();
    for (T first : records) {
      if (!primaryOf.get(first.id()).equals(first.id())) {
        continue;
      }
      List<Evidence> all = new ArrayList<>();
      for (T member : records) {
        if (primaryOf.get(member.id()).equals(first.id())) {
          evidence.apply(member).stream().filter(e -> !all.contains(e)).forEach(all::add);
        }
      }
      out.add(rebuilt.apply(first, all));
    }
    return out;
  }

  @Property
  void eachGroupIsCountedOnceAsItsFirstRecordWithTheEvidenceOfAll(@ForAll(supplier = QueryDatasets.class) Dataset d) {
    Counted counted = Counted.of(d);

    assertThat(d.engagements()).isEqualTo(counted.engagements());
    assertThat(d.commitments()).isEqualTo(counted.commitments());
    assertThat(d.instruments()).isEqualTo(counted.instruments());
    for (RecordKind kind : List.of(RecordKind.ENGAGEMENT, RecordKind.COMMITMENT)) {
      for (Identified r : d.recordsAsAdded(kind)) {
        assertThat(d.sameAs(r)).extracting(Identified::id).as("the group of %s", r.id())
            .isEqualTo(counted.groups().get(kind.label() + ":" + r.id()));
      }
    }
    for (Identified e : d.recordsAsAdded(RecordKind.ENGAGEMENT)) {
      assertThat(d.engagement(e.id())).as("look-up of %s", e.id())
          .isEqualTo(d.engagement(counted.engagementOf().get(e.id())));
      assertThat(d.engagement(e.id()).orElseThrow().evidence()).containsAll(((Engagement) e).evidence());
    }
    for (Identified c : d.recordsAsAdded(RecordKind.COMMITMENT)) {
      assertThat(d.commitment(c.id())).as("look-up of %s", c.id())
          .isEqualTo(d.commitment(counted.commitmentOf().get(c.id())));
      assertThat(d.commitment(c.id()).orElseThrow().evidence()).containsAll(((Commitment) c).evidence());
    }
  }

  @Property
  void everyQueryCountsEachGroupOnce(@ForAll(supplier = QueryDatasets.class) Dataset d,
      @ForAll(supplier = QueryDatasets.Days.class) LocalDate day) {
    BruteForce all = Counted.of(d).bruteForce(d);

    all.assertCommitmentQueries(d);
    all.assertQueriesOfADay(d, day);
    for (String code : BruteForce.codes(d)) {
      List<Engagement> with = all.engagements(e -> e.sides().contains(code));
      assertThat(d.engagementsWith(code)).isEqualTo(with);
      assertThat(d.timeline(code)).filteredOn(t -> t.kind() == RecordKind.ENGAGEMENT).extracting(TimelineEntry::id)
          .containsExactlyInAnyOrderElementsOf(with.stream().map(Engagement::id).toList());
    }
  }

  /**
   * A commitment's engagement and an engagement's parent are turned to the record counted, and a
   * look-up by the id of any record of a group finds the one counted: so do the queries by
   * engagement.
   */
  @Property
  void askedByAnyRecordOfItsGroupAnEngagementAnswersAsTheRecordCounted(
      @ForAll(supplier = QueryDatasets.class) Dataset d) {
    Counted counted = Counted.of(d);
    BruteForce all = counted.bruteForce(d);

    for (Identified e : d.recordsAsAdded(RecordKind.ENGAGEMENT)) {
      Optional<String> counts = Optional.of(counted.engagementOf().get(e.id()));
      assertThat(d.commitmentsAt(e.id())).as("commitments at %s", e.id())
          .isEqualTo(all.commitments(c -> c.engagement().equals(counts)));
      assertThat(d.partsOf(e.id())).as("parts of %s", e.id())
          .isEqualTo(all.engagements(x -> x.parent().equals(counts)));
    }
  }
}
