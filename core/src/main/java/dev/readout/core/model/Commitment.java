package dev.readout.core.model;

import dev.readout.core.dates.EdtfDate;
import dev.readout.core.internal.Text;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What one party pledged, requested, agreed, proposed, invited, accepted or hoped, towards whom,
 * in which engagement; with its areas, due date and the instruments it rests on, and a status
 * history from which its status on any date is known.
 */
@Value.Immutable
public abstract class Commitment implements Fact, Translated {
  /** {@return the commitment's id.} */
  @Override
  public abstract String id();

  /** {@return always {@link RecordKind#COMMITMENT}.} */
  @Override
  public RecordKind kind() {
    return RecordKind.COMMITMENT;
  }

  /** {@return what kind of commitment it is.} */
  public abstract CommitmentKind commitmentKind();

  /** {@return who made it: one party, or several for a joint agreement.} */
  public abstract List<Party> makers();

  /** {@return towards whom: the party asked, invited or promised; empty for a joint agreement.} */
  public abstract List<Party> addressees();

  /** {@return the id of the engagement it was made at.} */
  public abstract Optional<String> engagement();

  /** {@return what was committed, in a sentence, e.g. "Give priority to resources for settling war legacy".} */
  public abstract String text();

  /** {@return the fields of cooperation it concerns.} */
  public abstract List<CooperationArea> areas();

  /** {@return when it is due, where the sources give a date or period.} */
  public abstract Optional<EdtfDate> due();

  /** {@return the ids of the instruments it rests on.} */
  public abstract List<String> instruments();

  /** {@return the ids of the programmes it concerns.} */
  public abstract List<String> programmes();

  /** {@return the ids of the milestones it concerns, e.g. the expo a delegation is invited to.} */
  public abstract List<String> milestones();

  /** {@return the status over time, oldest first; an empty history means open since the engagement.} */
  public abstract List<StatusChange> statusHistory();

  /** {@return the quotes that state it.} */
  @Override
  public abstract List<Evidence> evidence();

  /** {@return a remark, e.g. where the sources leave the maker unclear.} */
  public abstract Optional<String> note();

  /** {@return the language of the record's own text: an ISO 639 code; {@code en} by default} */
  @Override
  @Value.Default
  public String language() {
    return "en";
  }

  /** {@return the record's text in other languages, one translation a language} */
  @Override
  public abstract List<Translation> translations();

  /** {@return how firmly it binds its maker; defaults to {@link Firmness#FIRM}} */
  @Value.Default
  public Firmness firmness() {
    return Firmness.FIRM;
  }

  /** {@return for a conditional commitment, the condition in words, e.g. "if the budget allows"} */
  public abstract Optional<String> condition();

  /**
   * {@return the id of the milestone it is due at, for a commitment bound to an event ("at the
   * December 2022 expo"); it is then judged against that milestone's date and outcome}
   */
  public abstract Optional<String> dueAt();

  /** {@return the sums of money it carries, in the order announced} */
  public abstract List<Amount> amounts();

  /**
   * {@return the ids of other commitment records that are this same commitment, reported by other
   * sources; a dataset counts them once}
   */
  public abstract List<String> sameAs();

  /** {@return a new builder.} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  Commitment normalize() {
    Ids.requireTranslations("commitment '" + id() + "'", language(), translations());
    if (condition().isPresent() && firmness() != Firmness.CONDITIONAL) {
      throw new ModelException(ModelMessages.conditionWithoutFirmness(id()));
    }
    if (due().isPresent() && dueAt().isPresent()) {
      throw new ModelException(ModelMessages.dueTwice(id()));
    }
    Ids.requireSlug(kind(), "id", id());
    Ids.requireText("commitment '" + id() + "'", "text", text());
    if (makers().isEmpty()) {
      throw new ModelException(ModelMessages.emptyList("commitment '" + id() + "'", "makers"));
    }
    if (Text.isNfc(text()) && Text.isNfc(note()) && Text.isNfc(condition())) {
      return this;
    }
    return builder().from(this).text(Text.nfc(text())).note(Text.nfc(note())).condition(Text.nfc(condition())).build();
  }

  /** Builds {@link Commitment} values. */
  public static final class Builder extends ImmutableCommitment.Builder {}
}
