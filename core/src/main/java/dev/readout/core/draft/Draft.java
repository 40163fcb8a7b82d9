package dev.readout.core.draft;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.io.DatasetFiles;
import dev.readout.core.io.Format;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.Milestone;
import dev.readout.core.model.Organization;
import dev.readout.core.model.Person;
import dev.readout.core.model.Source;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A dataset proposed from an article, for a person to review: the source with the article's full
 * text, and the people, organisations, engagements, commitments and milestones the drafter found
 * in it, every fact with its verbatim quote. What the drafter is unsure of is said in the record's
 * note, which then starts {@value #REVIEW}.
 *
 * @param dataset the base's records and the draft's, validated together
 * @param base the dataset the draft builds on, if any
 * @param source the article's source record
 * @param people the people the article names that the base does not have
 * @param organizations the organisations the article names that the base does not have
 * @param engagements the engagements proposed
 * @param commitments the commitments proposed
 * @param milestones the dated events the article mentions, proposed as milestones
 */
public record Draft(Dataset dataset, Optional<Dataset> base, Source source, List<Person> people,
    List<Organization> organizations, List<Engagement> engagements, List<Commitment> commitments,
    List<Milestone> milestones) {

  /** How the note of a record the drafter is unsure of starts. */
  public static final String REVIEW = "Review:";

  /**
   * Copies the lists.
   *
   * @param dataset the base's records and the draft's, validated together
   * @param base the dataset the draft builds on, if any
   * @param source the article's source record
   * @param people the people proposed
   * @param organizations the organisations proposed
   * @param engagements the engagements proposed
   * @param commitments the commitments proposed
   * @param milestones the milestones proposed
   */
  public Draft {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(source, "source");
    people = List.copyOf(people);
    organizations = List.copyOf(organizations);
    engagements = List.copyOf(engagements);
    commitments = List.copyOf(commitments);
    milestones = List.copyOf(milestones);
  }

  /**
   * {@return how many of the draft's records (its source included) have a note marked {@value #REVIEW}}
   */
  public int reviewMarks() {
    int marks = source.note().filter(t -> t.startsWith(REVIEW)).isPresent() ? 1 : 0;
    for (var notes : List.of(people.stream().map(Person::note).toList(),
        organizations.stream().map(Organization::note).toList(), engagements.stream().map(Engagement::note).toList(),
        commitments.stream().map(Commitment::note).toList(), milestones.stream().map(Milestone::note).toList())) {
      marks += (int) notes.stream().filter(n -> n.filter(t -> t.startsWith(REVIEW)).isPresent()).count();
    }
    return marks;
  }

  /**
   * Returns the draft as the text of a dataset file: the draft's own records, and {@code extends}
   * naming the base when there is one. A YAML file starts with a comment that says what to review.
   *
   * @param format the notation to write
   * @param extendsEntries what the file names in {@code extends} for the base ({@code seed}, or
   *     paths relative to where the file will be); ignored without a base, required with one
   * @return the file's text, ending in a line end
   * @throws IllegalArgumentException if the draft has a base and no entry is given
   */
  public String toFile(Format format, List<String> extendsEntries) {
    String body = base.isPresent() ? DatasetFiles.toString(dataset, base.get(), extendsEntries, format)
        : DatasetFiles.toString(dataset, format);
    if (format == Format.JSON) {
      return body;
    }
    return "# Drafted by readout draft from the article of source '" + source.id() + "'. Every quote is the\n"
        + "# article's own words; the rest is proposed. Read each record, and above all each note that\n"
        + "# starts 'Review:' (" + reviewMarks() + " of them); then run readout validate on this file.\n" + body;
  }
}
