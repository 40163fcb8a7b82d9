package dev.readout.core.model;

/** What kind of body an {@link Organization} is. */
public enum OrganizationKind {
  /** A ministry or department of government. */
  MINISTRY,
  /** Armed forces or one of their services, commands or units. */
  ARMED_FORCES,
  /** An embassy or other diplomatic mission. */
  EMBASSY,
  /** A government agency. */
  AGENCY,
  /** A parliament or congress. */
  LEGISLATURE,
  /** A government or state as a whole. */
  GOVERNMENT,
  /** A company or group of companies. */
  COMPANY,
  /** An international or regional organisation, e.g. ASEAN. */
  INTERNATIONAL_BODY,
  /** Anything else. */
  OTHER
}
