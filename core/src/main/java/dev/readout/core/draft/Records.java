package dev.readout.core.draft;

import dev.readout.core.dates.EdtfDate;
import dev.readout.core.dates.PartialDate;
import dev.readout.core.internal.Slugs;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.EngagementKind;
import dev.readout.core.model.Evidence;
import dev.readout.core.model.Milestone;
import dev.readout.core.model.Participant;
import dev.readout.core.model.ParticipantRole;
import dev.readout.core.model.Party;
import dev.readout.core.model.PartyKind;
import dev.readout.core.model.Person;
import dev.readout.core.model.RecordKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns what the drafter found into the model's records: ids made from names ("giang-austin-2022",
 * taken with a number when the base has it), titles, dates, evidence from the article, and notes
 * that say what to review.
 */
final class Records {
  private final DraftOptions options;
  private final Cast cast;
  private final Map<RecordKind, Set<String>> ids;
  private final String text;

  Records(DraftOptions options, Cast cast, Map<RecordKind, Set<String>> ids, String text) {
    this.text = text;
    this.options = options;
    this.cast = cast;
    this.ids = ids;
  }

  List<Person> people() {
    return List.copyOf(cast.proposedPeople().values());
  }

  List<Engagement> engagements(List<ProposedEngagement> found, String text) {
    List<Engagement> records = new ArrayList<>();
    for (ProposedEngagement e : found) {
      List<String> doubts = new ArrayList<>();
      e.id = Drafter.unique(ids, RecordKind.ENGAGEMENT, idOf(e));
      EdtfDate date;
      if (e.date.isPresent()) {
        date = e.date.get().date().orElseThrow();
        doubts.add((e.datedByLede ? "dated by the article's opening, which dates its meetings '" : "dated by '")
            + e.date.get().phrase() + "': " + stripStop(e.date.get().note()));
      } else if (e.kind == EngagementKind.VISIT && e.ongoing()) {
        date = options.published();
        doubts.add("the article calls the visit ongoing; the publication date is taken");
      } else if (e.kind == EngagementKind.VISIT) {
        date = PartialDate.ofYear(options.published().year()).uncertain();
        doubts.add("the article does not say when the visit was; the year of publication is assumed");
      } else {
        date = options.published();
        doubts.add("the article does not date it; the publication date is assumed");
      }
      if (e.rule.format() == null) {
        doubts.add("the wording does not say how it was held; in person is assumed");
      }
      e.dated = date;
      Engagement.Builder b = Engagement.builder().id(e.id).title(title(e)).engagementKind(e.kind).format(e.format())
          .date(date).addEvidence(Evidence.of(options.sourceId(), quote(text, e.sentence.start(), e.sentence.end())));
      Set<String> sides = new LinkedHashSet<>();
      for (Participant p : participants(e, doubts)) {
        b.addParticipants(p);
        sides.add(p.side());
      }
      e.destination.ifPresent(sides::add);
      b.addAllSides(sides);
      e.destination.ifPresent(d -> b.place(Countries.name(d)).placeCountry(d));
      b.note(Draft.REVIEW + " found by the wording '" + text.substring(e.cue, Math.min(e.sentence.end(), e.cue + 40))
          .strip() + "…' (rule " + e.rule.id() + "); " + String.join("; ", doubts.stream().map(Records::stripStop).toList()) + ".");
      records.add(b.build());
    }
    return records;
  }

  private List<Participant> participants(ProposedEngagement e, List<String> doubts) {
    List<Participant> participants = new ArrayList<>();
    if (e.kind == EngagementKind.VISIT) {
      add(participants, e.other, ParticipantRole.PRINCIPAL);
      if (e.host.isPresent()) {
        add(participants, e.host.get(), ParticipantRole.HOST);
      } else if (e.destination.equals(e.ours.country()) && !e.other.country().equals(e.ours.country())) {
        add(participants, e.ours, ParticipantRole.HOST);
        doubts.add(e.ours.name() + " is taken as host, as our principal in the country visited");
      }
    } else {
      add(participants, e.ours, ParticipantRole.PRINCIPAL);
      add(participants, e.other, ParticipantRole.PRINCIPAL);
    }
    return participants;
  }

  private static void add(List<Participant> into, Actor actor, ParticipantRole role) {
    if (actor.country().isEmpty()) {
      return;
    }
    Participant.Builder b = Participant.builder().side(actor.country().get()).role(role);
    switch (actor.party().partyKind()) {
      case PERSON -> b.person(actor.party().id());
      case ORGANIZATION -> b.organization(actor.party().id());
      case COUNTRY -> b.description("the delegation of " + actor.name());
    }
    into.add(b.build());
  }

  private static String title(ProposedEngagement e) {
    return switch (e.kind) {
      case VISIT -> e.other.name() + "'s visit to " + Countries.name(e.destination.orElseThrow());
      case CALL -> e.ours.name() + " holds " + (e.format() == dev.readout.core.model.EngagementFormat.PHONE ? "phone"
          : "online") + " talks with " + e.other.name();
      case RECEPTION -> e.ours.name() + " receives " + e.other.name();
      default -> e.ours.name() + " meets " + e.other.name();
    };
  }

  private String idOf(ProposedEngagement e) {
    int year = options.published().year();
    return switch (e.kind) {
      case VISIT -> Slugs.of(callName(e.other) + " visit " + e.destination.orElse("") + " " + year);
      case CALL -> Slugs.of(callName(e.ours) + " " + callName(e.other) + " call " + year);
      default -> Slugs.of(callName(e.ours) + " " + callName(e.other) + " " + year);
    };
  }

  /**
   * The word of a name the article calls its bearer by: the one it uses most ("Kihara" of "Kihara
   * Minoru", "Giang" of "Phan Van Giang"), the last on a tie.
   */
  private String callName(Actor a) {
    String[] words = a.name().split("\\s+");
    String best = words[words.length - 1];
    int most = -1;
    for (int i = words.length - 1; i >= 0; i--) {
      int n = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(words[i]) + "(?![\\p{L}])").matcher(text).results()
          .mapToInt(r -> 1).sum();
      if (n > most) {
        most = n;
        best = words[i];
      }
    }
    return best;
  }

  List<Commitment> commitments(List<ProposedCommitment> found, String text) {
    List<Commitment> records = new ArrayList<>();
    for (ProposedCommitment c : found) {
      String[] words = c.text.split("\\s+");
      String wanted = "c-" + c.engagement.map(e -> e.id + "-").orElse("")
          + Slugs.of(String.join(" ", List.of(words).subList(0, Math.min(4, words.length))));
      Commitment.Builder b = Commitment.builder().id(Drafter.unique(ids, RecordKind.COMMITMENT, Slugs.of(wanted)))
          .commitmentKind(c.kind()).addAllMakers(c.makers).addAllAddressees(c.addressees).text(c.text)
          .addAllAreas(c.areas).addEvidence(Evidence.of(options.sourceId(), quote(text, c.quoteStart, c.quoteEnd)));
      c.engagement.ifPresent(e -> b.engagement(e.id));
      List<String> notes = new ArrayList<>();
      Optional<DateExpression> due = c.due;
      if (due.isPresent() && c.engagement.isPresent() && due.get().date().orElseThrow().isBefore(c.engagement.get().dated)) {
        notes.add("'" + due.get().phrase() + "' is before the engagement, so it is not taken as the due date");
        due = Optional.empty();
      }
      due.ifPresent(d -> b.due(d.date().orElseThrow()));
      notes.add("drafted by the wording '" + c.rule.id() + "' as " + c.kind().name().toLowerCase(Locale.ROOT)
          + (c.makers.size() > 1 ? " of both sides" : ""));
      due.ifPresent(d -> notes.add("due by '" + d.phrase() + "': " + stripStop(d.note())));
      notes.addAll(c.doubts);
      b.note(Draft.REVIEW + " " + String.join("; ", notes.stream().map(Records::stripStop).toList()) + ".");
      records.add(b.build());
    }
    return records;
  }

  List<Milestone> milestones(List<Milestones.Found> found, String text) {
    List<Milestone> records = new ArrayList<>();
    for (Milestones.Found m : found) {
      String title = m.title().replaceAll("\\s+", " ");
      String[] words = title.split(" ");
      String wanted = Slugs.of(String.join(" ", List.of(words).subList(0, Math.min(6, words.length))));
      records.add(Milestone.builder().id(Drafter.unique(ids, RecordKind.MILESTONE, wanted)).title(title)
          .milestoneKind(m.kind()).date(m.date().date().orElseThrow())
          .addEvidence(Evidence.of(options.sourceId(), quote(text, m.quoteStart(), m.quoteEnd())))
          .note(Draft.REVIEW + " a dated event the article mentions" + (m.named() ? "" : ", titled with the article's"
              + " own words (shorten it)") + "; dated by '" + m.date().phrase() + "': " + m.date().note())
          .build());
    }
    return records;
  }

  /** The countries the records name that the dataset must list. */
  Set<String> countriesUsed(List<Person> people, List<Engagement> engagements, List<Commitment> commitments) {
    Set<String> codes = new LinkedHashSet<>();
    people.forEach(p -> codes.add(p.country()));
    engagements.forEach(e -> {
      codes.addAll(e.sides());
      e.placeCountry().ifPresent(codes::add);
    });
    for (Commitment c : commitments) {
      for (Party p : concat(c.makers(), c.addressees())) {
        if (p.partyKind() == PartyKind.COUNTRY) {
          codes.add(p.id());
        }
      }
    }
    return codes;
  }

  private static List<Party> concat(List<Party> a, List<Party> b) {
    List<Party> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /** A clause without its final full stop, to be joined with others. */
  private static String stripStop(String clause) {
    return clause.endsWith(".") ? clause.substring(0, clause.length() - 1) : clause;
  }

  private static String quote(String text, int start, int end) {
    return text.substring(start, end).strip();
  }
}
