package dev.readout.core.model;

/** What kind of agreement or framework an {@link Instrument} is. */
public enum InstrumentKind {
  /** A memorandum of understanding (MoU). */
  MEMORANDUM_OF_UNDERSTANDING,
  /** A joint vision statement. */
  JOINT_VISION_STATEMENT,
  /** A declaration, e.g. on a joint vision. */
  DECLARATION,
  /** A joint statement of leaders. */
  JOINT_STATEMENT,
  /** A cooperation plan over a period. */
  COOPERATION_PLAN,
  /** An agreement. */
  AGREEMENT,
  /** A treaty. */
  TREATY,
  /** Another cooperation framework. */
  FRAMEWORK,
  /** Anything else. */
  OTHER
}
