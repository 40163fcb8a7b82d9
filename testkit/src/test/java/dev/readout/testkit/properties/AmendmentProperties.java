package dev.readout.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.readout.core.dataset.Account;
import dev.readout.core.dataset.Dataset;
import dev.readout.core.dataset.DatasetException;
import dev.readout.core.dates.PartialDate;
import dev.readout.core.dataset.Disagreement;
import dev.readout.core.model.Amendment;
import dev.readout.core.model.Appointment;
import dev.readout.core.model.Evidence;
import dev.readout.core.model.Identified;
import dev.readout.core.model.Person;
import dev.readout.core.model.RecordKind;
import dev.readout.testkit.AmendedDataset;
import dev.readout.testkit.ReadoutArbitraries;
import dev.readout.testkit.Rule;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Amendments across files: a dataset built in one go equals its base with the later file added,
 * at once or file by file; amendments of different records, and amendments that only add items,
 * give the same records in any order; accounts that are not preferred change nothing but are kept
 * as accounts; a preferred amendment gives its values, its evidence, and keeps the values it
 * replaces as accounts.
 */
@AddLifecycleHook(Tally.class)
class AmendmentProperties {

  @Provide
  Arbitrary<AmendedDataset> amended() {
    return ReadoutArbitraries.datasets().withAdversarialText(true).amended();
  }

  /** The base with the later file's sources and the given amendments added. */
  private static Dataset with(AmendedDataset a, List<Amendment> amendments) {
    return a.base().toBuilder().addSources(a.sources()).addAmendments(amendments).build();
  }

  /** The records a dataset counts, and the disagreements and evidence of each record as added, are another's. */
  private static void sameRecordsAndAccounts(Dataset actual, Dataset expected) {
    for (RecordKind kind : RecordKind.values()) {
      assertThat(actual.records(kind)).as(kind.plural()).isEqualTo(expected.records(kind));
      for (Identified r : expected.recordsAsAdded(kind)) {
        assertThat(actual.disagreements(r)).as("accounts of %s", r.id()).isEqualTo(expected.disagreements(r));
        for (Amendment a : expected.amendments()) {
          for (String field : a.fields()) {
            assertThat(actual.evidenceFor(r, field)).isEqualTo(expected.evidenceFor(r, field));
          }
        }
      }
    }
  }

  private static boolean speaksTo(Amendment a, Identified record) {
    return a.kind() == record.kind() && a.id().equals(record.id());
  }

  /** The record as amended, kept apart from the records declared the same as it. */
  private static Identified amended(Dataset d, Identified record) {
    return d.sameAs(record).stream().filter(x -> x.id().equals(record.id())).findFirst().orElseThrow();
  }

  @Property
  void readingTheLaterFileOnTopOfTheBaseGivesTheDatasetBuiltInOneGo(@ForAll("amended") AmendedDataset a) {
    Dataset merged = a.addTo(a.base().toBuilder()).build();

    assertThat(merged).isEqualTo(a.whole()).hasSameHashCodeAs(a.whole());
    sameRecordsAndAccounts(merged, a.whole());
    // the amendments kept in canonical form give the same records again
    sameRecordsAndAccounts(a.whole().toBuilder().build(), a.whole());
  }

  @Property
  void readingTheLaterFileInTwoPartsGivesTheSameDataset(@ForAll("amended") AmendedDataset a, @ForAll int cut) {
    List<Amendment> all = a.amendments();
    int at = Math.floorMod(cut, all.size() + 1);
    Dataset first = with(a, all.subList(0, at));
    Dataset second = first.toBuilder().addAmendments(all.subList(at, all.size())).build();

    assertThat(second).isEqualTo(a.whole());
    sameRecordsAndAccounts(second, a.whole());
  }

  @Property
  void amendmentsOfDifferentRecordsGiveTheSameDatasetInAnyOrder(@ForAll("amended") AmendedDataset a,
                                                               @ForAll Random random) {
    Map<String, List<Amendment>> byRecord = new LinkedHashMap<>();
    a.amendments().forEach(x -> byRecord.computeIfAbsent(x.kind() + ":" + x.id(), k -> new ArrayList<>()).add(x));
    List<List<Amendment>> groups = new ArrayList<>(byRecord.values());
    Collections.shuffle(groups, random);
    List<Amendment> reordered = groups.stream().flatMap(List::stream).toList();

    sameRecordsAndAccounts(with(a, reordered), a.whole());
  }

  @Property
  void amendmentsThatOnlyAddItemsGiveTheSameItemsInAnyOrder(@ForAll("amended") AmendedDataset a,
                                                           @ForAll Random random) {
    List<Amendment> adding = a.amendments().stream()
        .filter(x -> x.preferred() && Fields.ADDED.containsAll(x.fields())).toList();
    List<Amendment> shuffled = new ArrayList<>(adding);
    Collections.shuffle(shuffled, random);
    Dataset inOrder = with(a, adding);
    Dataset anyOrder = with(a, shuffled);

    for (RecordKind kind : RecordKind.values()) {
      List<? extends Identified> expected = inOrder.records(kind);
      List<? extends Identified> actual = anyOrder.records(kind);
      assertThat(actual).hasSameSizeAs(expected);
      for (int i = 0; i < expected.size(); i++) {
        assertThat(Fields.unordered(actual.get(i))).as("%s %s", kind.label(), expected.get(i).id())
            .isEqualTo(Fields.unordered(expected.get(i)));
      }
    }
  }

  @Property
  void otherAccountsChangeNothingButAreKeptAsAccounts(@ForAll("amended") AmendedDataset a) {
    Dataset whole = a.whole();
    Dataset preferredOnly = with(a, a.amendments().stream().filter(Amendment::preferred).toList());
    for (RecordKind kind : RecordKind.values()) {
      assertThat(whole.records(kind)).as(kind.plural()).isEqualTo(preferredOnly.records(kind));
    }

    for (Amendment other : a.amendments().stream().filter(x -> !x.preferred()).toList()) {
      Identified record = whole.recordsAsAdded(other.kind()).stream().filter(r -> speaksTo(other, r)).findFirst()
          .orElseThrow();
      assertThat(Fields.evidence(amended(whole, record))).doesNotContainAnyElementsOf(other.evidence());
      Identified counted = whole.sameAs(record).get(0);
      for (String field : other.fields()) {
        Object value = Fields.value(other.record(), field);
        Optional<Disagreement> disagreement = whole.disagreements(record).stream()
            .filter(x -> x.field().equals(field)).findFirst();
        if (value.equals(Fields.value(counted, field))) {
          // the same value as the preferred one: its quotes join that account, if any differs
          disagreement.ifPresent(x -> assertThat(x.preferred().evidence()).containsAll(other.evidence()));
          continue;
        }
        assertThat(disagreement).as("%s of %s %s", field, kind(other), other.id()).isPresent();
        Account account = disagreement.get().accounts().stream().filter(x -> x.value().equals(value)).findFirst()
            .orElseThrow(() -> new AssertionError("no account gives " + value));
        assertThat(account.preferred()).isFalse();
        assertThat(account.evidence()).containsAll(other.evidence());
        other.note().ifPresent(note -> assertThat(account.notes()).contains(note));
      }
    }
  }

  @Property
  void aPreferredAmendmentGivesItsValuesAndEvidenceAndKeepsTheOldValuesAsAccounts(
      @ForAll("amended") AmendedDataset a) {
    Dataset whole = a.whole();
    for (RecordKind kind : RecordKind.values()) {
      for (Identified record : whole.recordsAsAdded(kind)) {
        List<Amendment> preferred = whole.amendments().stream().filter(x -> x.preferred() && speaksTo(x, record))
            .toList();
        Identified amended = amended(whole, record);
        preferred.forEach(p -> assertThat(Fields.evidence(amended)).containsAll(
            kind == RecordKind.SOURCE ? List.of() : p.evidence()));
        for (Amendment p : preferred) {
          for (String field : p.fields()) {
            Amendment last = preferred.stream().filter(x -> x.fields().contains(field)).reduce((x, y) -> y)
                .orElseThrow();
            assertThat(whole.evidenceFor(record, field)).as("evidence for %s of %s", field, record.id())
                .isEqualTo(last.evidence());
            if (Fields.ADDED.contains(field)) {
              continue;
            }
            Object value = Fields.value(last.record(), field);
            assertThat(Fields.value(amended, field)).as("%s of %s", field, record.id()).isEqualTo(value);
            Object before = Fields.value(record, field);
            if (!before.equals(value) && whole.sameAs(record).size() == 1) {
              Disagreement d = whole.disagreements(record).stream().filter(x -> x.field().equals(field))
                  .findFirst().orElseThrow(() -> new AssertionError(field + " of " + record.id() + " has no accounts"));
              assertThat(d.preferred().value()).isEqualTo(value);
              assertThat(d.accounts()).extracting(Account::value).contains(before);
            }
          }
        }
        if (preferred.isEmpty()) {
          assertThat(whole.evidenceFor(record, "title")).isEqualTo(Fields.evidence(record));
        }
      }
    }
  }

  /**
   * An amendment that gives only the end of a post keeps the rest of it: after one source gives a
   * minister's post in Vietnamese and a later one its end, the post is still in Vietnamese.
   */
  @Property
  void anAmendmentThatEndsAPostKeepsWhatItDoesNotGive(@ForAll("amended") AmendedDataset a, @ForAll int pick) {
    Dataset whole = a.whole();
    List<? extends Identified> people = whole.recordsAsAdded(RecordKind.PERSON);
    Person person = (Person) people.get(Math.floorMod(pick, people.size()));
    if (person.appointments().isEmpty()) {
      return;
    }
    Appointment post = person.appointments().get(0);
    int end = post.start().map(s -> s.earliest().getYear()).orElse(2020) + 1;
    // every generated source's text starts with this word
    Evidence quote = Evidence.of(whole.sources().get(0).id(), "Report");
    Amendment inVietnamese = Amendment.of(Person.builder().from(person).appointments(List.of(Appointment.builder()
        .title(post.title()).organization(post.organization()).language("vi").build())).build(),
        List.of("appointments"), quote);
    Amendment ended = Amendment.of(Person.builder().from(person).appointments(List.of(Appointment.builder()
        .title(post.title()).organization(post.organization()).end(PartialDate.ofYear(end)).build())).build(),
        List.of("appointments"), quote);
    Dataset d = whole.toBuilder().addAmendments(inVietnamese, ended).build();

    Appointment was = post(amended(whole, person), post);
    Appointment now = post(amended(d, person), post);
    assertThat(now.end()).contains(PartialDate.ofYear(end));
    assertThat(now.start()).isEqualTo(was.start());
    assertThat(now.language()).as("the language of %s's post %s", person.id(), post.title()).isEqualTo("vi");
  }

  /** The first post of a person with the title and organisation of another. */
  private static Appointment post(Identified person, Appointment like) {
    return ((Person) person).appointments().stream()
        .filter(x -> x.title().equals(like.title()) && x.organization().equals(like.organization())).findFirst()
        .orElseThrow();
  }

  /**
   * The quotes of every amendment are checked, of another account or of a source too: one that
   * cites a missing source is reported on the amendment's evidence.
   */
  @Property
  void theQuotesOfEveryAmendmentAreChecked(@ForAll("amended") AmendedDataset a, @ForAll int pick) {
    if (a.amendments().isEmpty()) {
      return;
    }
    List<Amendment> amendments = new ArrayList<>(a.amendments());
    int j = Math.floorMod(pick, amendments.size());
    Amendment broken = amendments.get(j);
    List<Evidence> evidence = new ArrayList<>(broken.evidence());
    evidence.set(0, Evidence.builder().from(evidence.get(0)).source("missing-source").build());
    amendments.set(j, Amendment.builder().from(broken).evidence(evidence).build());

    DatasetException e = catchThrowableOfType(DatasetException.class, () -> with(a, amendments));
    assertThat(e).as("amendment %d (%s) of %s '%s', citing a missing source, must be rejected", j,
        broken.preferred() ? "preferred" : "another account", kind(broken), broken.id()).isNotNull();
    assertThat(e.problems()).anySatisfy(p -> {
      assertThat(p.amendment()).isEqualTo(j);
      assertThat(p.field()).isEqualTo("evidence[0].source");
      assertThat(Rule.of(p)).hasValue(Rule.UNKNOWN_SOURCE);
    });
  }

  private static String kind(Amendment a) {
    return a.kind().label();
  }
}
