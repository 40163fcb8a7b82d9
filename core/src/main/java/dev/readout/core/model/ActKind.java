package dev.readout.core.model;

/** What kind of act an {@link Act} records. */
public enum ActKind {
  /** A gift or souvenir given. */
  GIFT,
  /** Thanks expressed. */
  THANKS,
  /** Appreciation or praise of the other side. */
  APPRECIATION,
  /** Condolence or sympathy. */
  CONDOLENCE,
  /** Anything else worth a line in a briefing. */
  OTHER
}
