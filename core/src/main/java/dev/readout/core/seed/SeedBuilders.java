package dev.readout.core.seed;

import dev.readout.core.dates.EdtfDate;
import dev.readout.core.model.Act;
import dev.readout.core.model.ActKind;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.CommitmentKind;
import dev.readout.core.model.CommitmentStatus;
import dev.readout.core.model.Evidence;
import dev.readout.core.model.Participant;
import dev.readout.core.model.ParticipantRole;
import dev.readout.core.model.Party;
import dev.readout.core.model.StatusChange;
import java.util.List;

/** Shorthands shared by the parts of the seed dataset, so each part reads as the article does. */
final class SeedBuilders {
  private SeedBuilders() {}

  /**
   * Starts a commitment made at an engagement and stated by one quote: the quote is its evidence,
   * and its status history is one entry, open as of the engagement's date, resting on the same
   * quote. The caller adds makers, addressees, areas and the rest.
   */
  static Commitment.Builder commitment(
      String id, CommitmentKind kind, String engagement, EdtfDate madeOn, String text, Evidence evidence) {
    return Commitment.builder()
        .id(id)
        .commitmentKind(kind)
        .engagement(engagement)
        .text(text)
        .addEvidence(evidence)
        .addStatusHistory(StatusChange.builder().date(madeOn).status(CommitmentStatus.OPEN)
            .note(SeedDates.OPEN_AS_OF_ARTICLE).addEvidence(evidence).build());
  }

  /** A person on a side, in a role. */
  static Participant participant(String person, String side, ParticipantRole role) {
    return Participant.of(person, side, role);
  }

  /** A group the article describes but does not name, belonging to an organisation. */
  static Participant group(String description, String organization, String side, ParticipantRole role) {
    return Participant.builder().description(description).organization(organization).side(side).role(role).build();
  }

  /** An act by one party towards others (none for an act towards no one in particular). */
  static Act act(ActKind kind, Party by, List<Party> to, String description, Evidence evidence) {
    return Act.builder().actKind(kind).addBy(by).to(to).description(description).addEvidence(evidence).build();
  }
}
