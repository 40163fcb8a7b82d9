package dev.readout.core.model;

/** A record with an id, unique among the records of its kind in a dataset. */
public interface Identified {
  /** {@return the record's id: a short lowercase slug ({@code [a-z0-9]+(-[a-z0-9]+)*}), or an ISO code for a country.} */
  String id();

  /** {@return the kind of record this is.} */
  RecordKind kind();
}
