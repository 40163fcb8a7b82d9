package dev.readout.core.model;

import java.util.List;

/**
 * A record that states something about the world and so must be backed by evidence: engagements,
 * commitments, instruments, programmes, milestones and partnerships. A dataset rejects a fact with
 * no evidence.
 */
public interface Fact extends Identified {
  /** {@return the quotes that state this fact, at least one in a valid dataset.} */
  List<Evidence> evidence();
}
