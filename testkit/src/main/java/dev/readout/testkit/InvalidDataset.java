package dev.readout.testkit;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.dataset.Problem;
import dev.readout.core.model.RecordKind;

/**
 * A dataset that breaks exactly one {@link Rule} once: the records, amendments and home side
 * (handed out as a fresh {@link #builder()} each time), the rule, and the one {@link Problem} that
 * building it must report — the record's kind, id and position, the amendment's position when the
 * problem is an amendment's, and the field. Made by {@link InvalidDatasets} from a valid generated
 * dataset, which {@link #original()} returns.
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
  private final int amendment;
  private final String field;
  private final Records records;

  /** Where the problem must be reported: the record, the amendment's position (-1 for none) and the field. */
  record At(RecordKind kind, String id, int index, int amendment, String field) {}

  InvalidDataset(Dataset original, Records records, Rule rule, At at) {
    this.original = original;
    this.records = records;
    this.rule = rule;
    this.kind = at.kind();
    this.id = at.id();
    this.index = at.index();
    this.amendment = at.amendment();
    this.field = at.field();
  }

  /** {@return a new builder holding the broken records, amendments and home side; its {@code build()} throws} */
  public Dataset.Builder builder() {
    return records.builder();
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

  /**
   * {@return the position of that record among the records of its kind as added, from 0; -1 for an
   * amendment of a record that does not exist, or for the home side}
   */
  public int index() {
    return index;
  }

  /** {@return the position of the amendment the problem must name, from 0; -1 when it is a record's} */
  public int amendment() {
    return amendment;
  }

  /** {@return the field the problem must name, e.g. {@code participants[1].side}; empty for a whole amendment} */
  public String field() {
    return field;
  }

  /**
   * {@return the path the problem must name, as {@link Problem#path()} gives it, e.g.
   * {@code engagements[3].participants[1].side}, {@code amendments[2].evidence} or {@code home}}
   */
  public String path() {
    if (amendment < 0 && index < 0) {
      return field;
    }
    String at = amendment >= 0 ? "amendments[" + amendment + "]" : kind.plural() + "[" + index + "]";
    return field.isEmpty() ? at : at + "." + field;
  }

  /**
   * Tells whether a problem is the one this dataset must be rejected with: of this record,
   * amendment and field, and a breach of this rule.
   *
   * @param problem a reported problem
   * @return true when it names this record, amendment, field and rule
   */
  public boolean isReportedBy(Problem problem) {
    return problem.kind() == kind && problem.id().equals(id) && problem.index() == index
        && problem.amendment() == amendment && problem.field().equals(field) && rule.describes(problem);
  }

  /** {@return the rule and where it is broken, e.g. {@code PARENT_CYCLE at engagement 'e2' (engagements[2].parent)}} */
  @Override
  public String toString() {
    return rule + " at " + kind.label() + " '" + id + "' (" + path() + ") of " + original;
  }
}
