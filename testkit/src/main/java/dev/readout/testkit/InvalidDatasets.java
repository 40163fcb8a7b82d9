package dev.readout.testkit;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.dates.EdtfDate;
import dev.readout.core.dates.PartialDate;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.CommitmentStatus;
import dev.readout.core.model.Country;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.Evidence;
import dev.readout.core.model.Fact;
import dev.readout.core.model.Identified;
import dev.readout.core.model.Instrument;
import dev.readout.core.model.Milestone;
import dev.readout.core.model.Organization;
import dev.readout.core.model.Participant;
import dev.readout.core.model.Partnership;
import dev.readout.core.model.Party;
import dev.readout.core.model.Person;
import dev.readout.core.model.Programme;
import dev.readout.core.model.RecordKind;
import dev.readout.core.model.StatusChange;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of datasets that break exactly one {@link Rule}, once, so that a property can assert
 * that validation rejects each with that rule named on the right record and field. Each case is a
 * valid generated dataset with one change:
 *
 * <ul>
 *   <li>{@link Rule#DUPLICATE_ID}: a record of some kind is added a second time;
 *   <li>{@link Rule#UNKNOWN_REFERENCE}: a participant's person, a commitment's engagement, maker or
 *       addressee, an engagement's instrument or parent, an organisation's parent or a person's
 *       country refers to a record that is not there;
 *   <li>{@link Rule#UNKNOWN_SOURCE}: a fact's first evidence cites a missing source;
 *   <li>{@link Rule#QUOTE_NOT_IN_SOURCE}: a fact's first quote is replaced by words its source
 *       never says;
 *   <li>{@link Rule#MISSING_EVIDENCE}: a fact loses all its evidence;
 *   <li>{@link Rule#STATUS_OUT_OF_ORDER}: a commitment's history gains an entry dated a year
 *       before the last one;
 *   <li>{@link Rule#PARTICIPANT_ON_NO_SIDE}: a participant moves to a country that is not a side;
 *   <li>{@link Rule#DUE_BEFORE_ENGAGEMENT}: a commitment falls due a year or more before its
 *       engagement;
 *   <li>{@link Rule#PARENT_CYCLE}: an engagement or an organisation becomes its own parent.
 * </ul>
 *
 * <p>Cases shrink like the datasets they come from, and towards the first rule asked for.
 */
public final class InvalidDatasets {
  private static final String NEVER_SAID = "this was never said in any source";

  private InvalidDatasets() {}

  /** {@return datasets breaking any one rule, from plain-text datasets of the default configuration} */
  public static Arbitrary<InvalidDataset> breakingAnyRule() {
    return from(ReadoutArbitraries.datasets(), EnumSet.allOf(Rule.class));
  }

  /**
   * Returns datasets breaking one of the given rules.
   *
   * @param rule a rule to break
   * @param more more rules to break, one per case
   * @return invalid datasets from plain-text datasets of the default configuration
   */
  public static Arbitrary<InvalidDataset> breaking(Rule rule, Rule... more) {
    return from(ReadoutArbitraries.datasets(), EnumSet.of(rule, more));
  }

  /**
   * Returns datasets breaking one of the given rules, each made from a dataset of the given
   * configuration — with adversarial text, say. The configuration is raised, where needed, to at
   * least one engagement and one commitment per engagement, so that every rule can be broken.
   *
   * @param valid the configuration of the valid datasets to break
   * @param rules the rules to break, one per case; not empty
   * @return invalid datasets
   * @throws IllegalArgumentException if no rule is given
   */
  public static Arbitrary<InvalidDataset> from(DatasetArbitrary valid, Set<Rule> rules) {
    if (rules.isEmpty()) {
      throw new IllegalArgumentException("rules must name at least one rule, but was empty");
    }
    DatasetSpec spec = valid.spec();
    DatasetArbitrary base = valid;
    if (spec.minEngagements() == 0) {
      base = base.withEngagements(1, Math.max(1, spec.maxEngagements()));
    }
    if (spec.minCommitments() == 0) {
      base = base.withCommitmentsPerEngagement(1, Math.max(1, spec.maxCommitments()));
    }
    return Combinators.combine(base, Arbitraries.of(List.copyOf(EnumSet.copyOf(rules))),
            Arbitraries.integers().between(0, 99), Arbitraries.integers().between(0, 9_999))
        .as((dataset, rule, variant, target) -> new Breaker(dataset, variant, target).breakRule(rule));
  }

  /** Makes one change to the records of a valid dataset. */
  private static final class Breaker {
    private final Dataset dataset;
    private final int variant;
    private final int target;
    /** Copies of the dataset's records, kind by kind, to change. */
    private final Map<RecordKind, List<Identified>> records = new EnumMap<>(RecordKind.class);
    private final List<Country> countries;
    private final List<Organization> organizations;
    private final List<Person> people;
    private final List<Engagement> engagements;
    private final List<Commitment> commitments;

    Breaker(Dataset dataset, int variant, int target) {
      this.dataset = dataset;
      this.variant = variant;
      this.target = target;
      for (RecordKind kind : RecordKind.values()) {
        records.put(kind, new ArrayList<>(dataset.records(kind)));
      }
      countries = list(RecordKind.COUNTRY);
      organizations = list(RecordKind.ORGANIZATION);
      people = list(RecordKind.PERSON);
      engagements = list(RecordKind.ENGAGEMENT);
      commitments = list(RecordKind.COMMITMENT);
    }

    InvalidDataset breakRule(Rule rule) {
      return switch (rule) {
        case DUPLICATE_ID -> duplicateId();
        case UNKNOWN_REFERENCE -> unknownReference(variant % 8);
        case UNKNOWN_SOURCE ->
            evidence(rule, "evidence[0].source", e -> Evidence.builder().from(e).source("missing-source").build());
        case QUOTE_NOT_IN_SOURCE ->
            evidence(rule, "evidence[0].quote", e -> Evidence.builder().from(e).quote(NEVER_SAID).build());
        case MISSING_EVIDENCE -> missingEvidence();
        case STATUS_OUT_OF_ORDER -> statusOutOfOrder();
        case PARTICIPANT_ON_NO_SIDE -> participantOnNoSide();
        case DUE_BEFORE_ENGAGEMENT -> dueBeforeEngagement();
        case PARENT_CYCLE -> parentCycle();
      };
    }

    private InvalidDataset duplicateId() {
      List<RecordKind> kinds = new ArrayList<>();
      for (RecordKind kind : RecordKind.values()) {
        if (!list(kind).isEmpty()) {
          kinds.add(kind);
        }
      }
      RecordKind kind = kinds.get(variant % kinds.size());
      List<Identified> list = list(kind);
      Identified copy = list.get(target % list.size());
      list.add(copy);
      return result(Rule.DUPLICATE_ID, kind, copy.id(), list.size() - 1, "id");
    }

    private InvalidDataset unknownReference(int which) {
      int i;
      switch (which) {
        case 1:
          i = target % commitments.size();
          commitments.set(i, Commitment.builder().from(commitments.get(i)).engagement("missing-engagement").build());
          return result(Rule.UNKNOWN_REFERENCE, RecordKind.COMMITMENT, commitments.get(i).id(), i, "engagement");
        case 2: {
          i = target % commitments.size();
          Commitment c = commitments.get(i);
          List<Party> makers = new ArrayList<>(c.makers());
          makers.set(0, Party.person("missing-person"));
          commitments.set(i, Commitment.builder().from(c).makers(makers).build());
          return result(Rule.UNKNOWN_REFERENCE, RecordKind.COMMITMENT, c.id(), i, "makers[0]");
        }
        case 3: {
          i = target % engagements.size();
          Engagement e = engagements.get(i);
          engagements.set(i, Engagement.builder().from(e).addInstruments("missing-instrument").build());
          return result(Rule.UNKNOWN_REFERENCE, RecordKind.ENGAGEMENT, e.id(), i,
              "instruments[" + e.instruments().size() + "]");
        }
        case 4:
          i = target % organizations.size();
          organizations.set(i, Organization.builder().from(organizations.get(i)).parent("missing-organization").build());
          return result(Rule.UNKNOWN_REFERENCE, RecordKind.ORGANIZATION, organizations.get(i).id(), i, "parent");
        case 5: {
          Set<String> present = new TreeSet<>();
          countries.forEach(c -> present.add(c.code()));
          String absent = DatasetArbitrary.countryPool().stream().filter(code -> !present.contains(code))
              .findFirst().orElse(null);
          if (absent == null) {
            return unknownReference(0);
          }
          i = target % people.size();
          people.set(i, Person.builder().from(people.get(i)).country(absent).build());
          return result(Rule.UNKNOWN_REFERENCE, RecordKind.PERSON, people.get(i).id(), i, "country");
        }
        case 6: {
          i = target % commitments.size();
          Commitment c = commitments.get(i);
          commitments.set(i, Commitment.builder().from(c).addAddressees(Party.organization("missing-organization")).build());
          return result(Rule.UNKNOWN_REFERENCE, RecordKind.COMMITMENT, c.id(), i,
              "addressees[" + c.addressees().size() + "]");
        }
        case 7:
          i = target % engagements.size();
          engagements.set(i, Engagement.builder().from(engagements.get(i)).parent("missing-engagement").build());
          return result(Rule.UNKNOWN_REFERENCE, RecordKind.ENGAGEMENT, engagements.get(i).id(), i, "parent");
        default: {
          i = target % engagements.size();
          Engagement e = engagements.get(i);
          List<Participant> participants = new ArrayList<>(e.participants());
          participants.set(0, Participant.builder().from(participants.get(0)).person("missing-person").build());
          engagements.set(i, Engagement.builder().from(e).participants(participants).build());
          return result(Rule.UNKNOWN_REFERENCE, RecordKind.ENGAGEMENT, e.id(), i, "participants[0].person");
        }
      }
    }

    /** Replaces the first evidence of a fact. */
    private InvalidDataset evidence(Rule rule, String field, UnaryOperator<Evidence> change) {
      RecordKind kind = factKind();
      List<Identified> list = list(kind);
      int i = target % list.size();
      Fact fact = (Fact) list.get(i);
      List<Evidence> evidence = new ArrayList<>(fact.evidence());
      evidence.set(0, change.apply(evidence.get(0)));
      replace(kind, i, withEvidence(fact, evidence));
      return result(rule, kind, fact.id(), i, field);
    }

    private InvalidDataset missingEvidence() {
      RecordKind kind = factKind();
      List<Identified> list = list(kind);
      int i = target % list.size();
      Fact fact = (Fact) list.get(i);
      replace(kind, i, withEvidence(fact, List.of()));
      return result(Rule.MISSING_EVIDENCE, kind, fact.id(), i, "evidence");
    }

    private InvalidDataset statusOutOfOrder() {
      int i = target % commitments.size();
      Commitment c = commitments.get(i);
      List<StatusChange> history = new ArrayList<>(c.statusHistory());
      if (history.isEmpty()) {
        history.add(StatusChange.of(dataset.dateOf(c).orElseThrow(), CommitmentStatus.OPEN));
      }
      EdtfDate last = history.get(history.size() - 1).date();
      CommitmentStatus status = CommitmentStatus.values()[variant % CommitmentStatus.values().length];
      history.add(StatusChange.of(PartialDate.ofYear(last.earliest().getYear() - 1), status));
      commitments.set(i, Commitment.builder().from(c).statusHistory(history).build());
      return result(Rule.STATUS_OUT_OF_ORDER, RecordKind.COMMITMENT, c.id(), i,
          "statusHistory[" + (history.size() - 1) + "].date");
    }

    private InvalidDataset participantOnNoSide() {
      int i = target % engagements.size();
      Engagement e = engagements.get(i);
      String elsewhere = countries.stream().map(Country::code).filter(code -> !e.sides().contains(code)).findFirst()
          .orElseGet(() -> DatasetArbitrary.countryPool().stream().filter(code -> !e.sides().contains(code))
              .findFirst().orElseThrow());
      List<Participant> participants = new ArrayList<>(e.participants());
      int k = variant % participants.size();
      participants.set(k, Participant.builder().from(participants.get(k)).side(elsewhere).build());
      engagements.set(i, Engagement.builder().from(e).participants(participants).build());
      return result(Rule.PARTICIPANT_ON_NO_SIDE, RecordKind.ENGAGEMENT, e.id(), i, "participants[" + k + "].side");
    }

    private InvalidDataset dueBeforeEngagement() {
      int i = target % commitments.size();
      Commitment c = commitments.get(i);
      int year = dataset.engagement(c.engagement().orElseThrow()).orElseThrow().date().earliest().getYear();
      commitments.set(i, Commitment.builder().from(c).due(PartialDate.ofYear(year - 1 - variant % 3)).build());
      return result(Rule.DUE_BEFORE_ENGAGEMENT, RecordKind.COMMITMENT, c.id(), i, "due");
    }

    private InvalidDataset parentCycle() {
      if (variant % 2 == 0) {
        int i = target % engagements.size();
        Engagement e = engagements.get(i);
        engagements.set(i, Engagement.builder().from(e).parent(e.id()).build());
        return result(Rule.PARENT_CYCLE, RecordKind.ENGAGEMENT, e.id(), i, "parent");
      }
      int i = target % organizations.size();
      Organization o = organizations.get(i);
      organizations.set(i, Organization.builder().from(o).parent(o.id()).build());
      return result(Rule.PARENT_CYCLE, RecordKind.ORGANIZATION, o.id(), i, "parent");
    }

    /** A kind of fact with at least one record; engagements and commitments always have one. */
    private RecordKind factKind() {
      List<RecordKind> kinds = new ArrayList<>();
      for (RecordKind kind : List.of(RecordKind.ENGAGEMENT, RecordKind.COMMITMENT, RecordKind.INSTRUMENT,
          RecordKind.PARTNERSHIP, RecordKind.PROGRAMME, RecordKind.MILESTONE)) {
        if (!list(kind).isEmpty()) {
          kinds.add(kind);
        }
      }
      return kinds.get(variant % kinds.size());
    }

    private static Fact withEvidence(Fact fact, List<Evidence> evidence) {
      if (fact instanceof Engagement e) {
        return Engagement.builder().from(e).evidence(evidence).build();
      } else if (fact instanceof Commitment c) {
        return Commitment.builder().from(c).evidence(evidence).build();
      } else if (fact instanceof Instrument x) {
        return Instrument.builder().from(x).evidence(evidence).build();
      } else if (fact instanceof Partnership p) {
        return Partnership.builder().from(p).evidence(evidence).build();
      } else if (fact instanceof Programme p) {
        return Programme.builder().from(p).evidence(evidence).build();
      }
      return Milestone.builder().from((Milestone) fact).evidence(evidence).build();
    }

    private void replace(RecordKind kind, int index, Identified record) {
      list(kind).set(index, record);
    }

    /**
     * The records of a kind, as changed so far, seen as the type their kind gives them: the lists
     * come from {@link Dataset#records(RecordKind)} and only a record of the same kind is put in one.
     */
    @SuppressWarnings("unchecked")
    private <T extends Identified> List<T> list(RecordKind kind) {
      return (List<T>) records.get(kind);
    }

    /** {@return a copy of the records of a kind, as changed} */
    private <T extends Identified> List<T> copy(RecordKind kind) {
      return List.copyOf(this.<T>list(kind));
    }

    private InvalidDataset result(Rule rule, RecordKind kind, String id, int index, String field) {
      InvalidDataset.Records changed = new InvalidDataset.Records(copy(RecordKind.SOURCE), copy(RecordKind.COUNTRY),
          copy(RecordKind.ORGANIZATION), copy(RecordKind.PERSON), copy(RecordKind.PARTNERSHIP),
          copy(RecordKind.INSTRUMENT), copy(RecordKind.ENGAGEMENT), copy(RecordKind.COMMITMENT),
          copy(RecordKind.PROGRAMME), copy(RecordKind.MILESTONE));
      return new InvalidDataset(dataset, changed, rule, kind, id, index, field);
    }
  }
}
