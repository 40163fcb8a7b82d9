package dev.readout.testkit;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.dataset.Problem;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.Country;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.Instrument;
import dev.readout.core.model.Milestone;
import dev.readout.core.model.Organization;
import dev.readout.core.model.Partnership;
import dev.readout.core.model.Person;
import dev.readout.core.model.Programme;
import dev.readout.core.model.RecordKind;
import dev.readout.core.model.Source;
import java.util.List;

/**
 * A dataset that breaks exactly one {@link Rule} once: the records (handed out as a fresh
 * {@link #builder()} each time), the rule, and the one {@link Problem} that building it must
 * report — the record's kind, id and position, and the field. Made by {@link InvalidDatasets} from a
 * valid generated dataset, which {@link #original()} returns.
 *
 * <pre>
 * &#64;Property
 * void everyBrokenRuleIsReported(&#64;ForAll InvalidDataset invalid) {
 *   DatasetException e = catchThrowableOfType(DatasetException.class, () -&gt; invalid.builder().build());
 *   assertThat(e.problems()).singleElement().matches(invalid::isReportedBy);
 * }
 * </pre>
 */
public final class InvalidDataset {
  private final Dataset original;
  private final Rule rule;
  private final RecordKind kind;
  private final String id;
  private final int index;
  private final String field;
  private final Records records;

  /** The records of the broken dataset, kind by kind. */
  record Records(List<Source> sources, List<Country> countries, List<Organization> organizations,
                 List<Person> people, List<Partnership> partnerships, List<Instrument> instruments,
                 List<Engagement> engagements, List<Commitment> commitments, List<Programme> programmes,
                 List<Milestone> milestones) {}

  InvalidDataset(Dataset original, Records records, Rule rule, RecordKind kind, String id, int index, String field) {
    this.original = original;
    this.records = records;
    this.rule = rule;
    this.kind = kind;
    this.id = id;
    this.index = index;
    this.field = field;
  }

  /** {@return a new builder holding the broken records; its {@code build()} throws} */
  public Dataset.Builder builder() {
    return Dataset.builder().addSources(records.sources()).addCountries(records.countries())
        .addOrganizations(records.organizations()).addPeople(records.people())
        .addPartnerships(records.partnerships()).addInstruments(records.instruments())
        .addEngagements(records.engagements()).addCommitments(records.commitments())
        .addProgrammes(records.programmes()).addMilestones(records.milestones());
  }

  /** {@return the valid dataset this one was broken from} */
  public Dataset original() {
    return original;
  }

  /** {@return the rule broken} */
  public Rule rule() {
    return rule;
  }

  /** {@return the kind of the record the problem must name} */
  public RecordKind kind() {
    return kind;
  }

  /** {@return the id of the record the problem must name} */
  public String id() {
    return id;
  }

  /** {@return the position of that record among the records of its kind, from 0} */
  public int index() {
    return index;
  }

  /** {@return the field the problem must name, e.g. {@code participants[1].side}} */
  public String field() {
    return field;
  }

  /** {@return the path the problem must name, e.g. {@code engagements[3].participants[1].side}} */
  public String path() {
    return kind.plural() + "[" + index + "]." + field;
  }

  /**
   * Tells whether a problem is the one this dataset must be rejected with: of this record and
   * field, and a breach of this rule.
   *
   * @param problem a reported problem
   * @return true when it names this record, field and rule
   */
  public boolean isReportedBy(Problem problem) {
    return problem.kind() == kind && problem.id().equals(id) && problem.index() == index
        && problem.field().equals(field) && rule.describes(problem);
  }

  /** {@return the rule and where it is broken, e.g. {@code PARENT_CYCLE at engagement 'e2' (engagements[2].parent)}} */
  @Override
  public String toString() {
    return rule + " at " + kind.label() + " '" + id + "' (" + path() + ") of " + original;
  }
}
