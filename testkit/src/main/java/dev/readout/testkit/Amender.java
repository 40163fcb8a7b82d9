package dev.readout.testkit;

import dev.readout.core.dates.DateInterval;
import dev.readout.core.dates.EdtfDate;
import dev.readout.core.dates.PartialDate;
import dev.readout.core.model.Act;
import dev.readout.core.model.ActKind;
import dev.readout.core.model.Amendment;
import dev.readout.core.model.Amount;
import dev.readout.core.model.AmountBasis;
import dev.readout.core.model.Appointment;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.CommitmentKind;
import dev.readout.core.model.CommitmentStatus;
import dev.readout.core.model.CooperationArea;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.EngagementFormat;
import dev.readout.core.model.EngagementKind;
import dev.readout.core.model.Evidence;
import dev.readout.core.model.Firmness;
import dev.readout.core.model.Identified;
import dev.readout.core.model.Instrument;
import dev.readout.core.model.InstrumentKind;
import dev.readout.core.model.InstrumentStatus;
import dev.readout.core.model.InstrumentStatusChange;
import dev.readout.core.model.Milestone;
import dev.readout.core.model.MilestoneKind;
import dev.readout.core.model.MilestoneOutcome;
import dev.readout.core.model.MilestoneOutcomeKind;
import dev.readout.core.model.Organization;
import dev.readout.core.model.OrganizationKind;
import dev.readout.core.model.Participant;
import dev.readout.core.model.ParticipantCapacity;
import dev.readout.core.model.ParticipantRole;
import dev.readout.core.model.Partnership;
import dev.readout.core.model.PartnershipLevel;
import dev.readout.core.model.PartnershipTrack;
import dev.readout.core.model.Party;
import dev.readout.core.model.Person;
import dev.readout.core.model.Programme;
import dev.readout.core.model.ProgrammeKind;
import dev.readout.core.model.RecordKind;
import dev.readout.core.model.Source;
import dev.readout.core.model.SourceKind;
import dev.readout.core.model.StatusChange;
import dev.readout.core.model.Translated;
import dev.readout.core.model.Translation;
import dev.readout.testkit.Plan.Accounts;
import dev.readout.testkit.Plan.AmendmentPlan;
import dev.readout.testkit.Plan.Texts;
import dev.readout.testkit.Plan.TwinPlan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the later file of a generated dataset: sources published after the base's, and amendments
 * of the base's records that quote them. Every amendment keeps the dataset valid whatever others
 * come before or after it: a date is refined within its year, a due date falls no earlier than its
 * engagement's year, an appointment ends no earlier than it starts, a condition comes with its
 * firmness and a due date with its due milestone (so the last amendment to give either wins both).
 * No two amendments of a record touch the same item of a list — the same participant, appointment
 * or translation — and every status change they add falls on a day of its own, so amendments that
 * only add items give the same items in whatever order they are applied. An amendment whose change
 * does not apply to its record (no other instrument to update, say) only adds evidence.
 */
final class Amender {
  /** Two records of one fact that only an amendment declares the same. */
  record Pair(Identified first, Identified second, TwinPlan plan) {}

  /** The fields an amendment gives, and the record as its source tells it. */
  private record Change(List<String> fields, Identified version) {}

  private static final List<String> ENGAGEMENT_TEXTS = List.of("title", "summary", "occasion", "place");

  private final DatasetSpec spec;
  private final List<String> codes;
  private final Draft draft;
  private final List<Pair> undeclared;
  /** For each amended record, the keys of the list items amendments have added or updated. */
  private final Map<String, Set<Object>> touched = new HashMap<>();
  private Quotes quotes;
  /** The position of the amendment being written. */
  private int number;

  Amender(DatasetSpec spec, List<String> codes, Draft draft, List<Pair> undeclared) {
    this.spec = spec;
    this.codes = codes;
    this.draft = draft;
    this.undeclared = undeclared;
  }

  /** Writes the later sources and the amendments; none when the plan has no amendment to write. */
  void amend(Accounts accounts) {
    if (accounts.later().isEmpty() || (accounts.amendments().isEmpty() && undeclared.isEmpty())) {
      return;
    }
    quotes = new Quotes("l", accounts.later().size());
    for (AmendmentPlan p : accounts.amendments()) {
      draft.amendments.add(amendment(p));
      number++;
    }
    for (Pair pair : undeclared) {
      draft.amendments.add(sameAs(pair));
      number++;
    }
    for (int i = 0; i < accounts.later().size(); i++) {
      draft.laterSources.add(quotes.source(i, accounts.later().get(i),
          Optional.of(PartialDate.ofMonth(spec.lastYear() + 1, 1 + i))));
    }
  }

  private Amendment amendment(AmendmentPlan p) {
    List<RecordKind> kinds = PlanBuilder.amendable().stream().filter(k -> !draft.base.of(k).isEmpty()).toList();
    RecordKind kind = kinds.get(p.kind() % kinds.size());
    List<Identified> records = draft.base.of(kind);
    Identified record = records.get(p.target() % records.size());
    Change change = change(kind, record, p);
    Amendment.Builder b = Amendment.builder().record(change.version()).fields(change.fields())
        .preferred(p.preferred())
        .addEvidence(quotes.citeFromLabel(p.cut(), "Amendment " + number + " of " + kind.label() + " " + record.id()
            + ":", p.texts().statement()));
    p.texts().note().ifPresent(b::note);
    return b.build();
  }

  /** An amendment that declares two records the same, on the one or the other. */
  private Amendment sameAs(Pair pair) {
    boolean onFirst = pair.plan().variant() % 2 == 0;
    Identified on = onFirst ? pair.first() : pair.second();
    String other = (onFirst ? pair.second() : pair.first()).id();
    Identified version = on instanceof Engagement e ? Engagement.builder().from(e).sameAs(List.of(other)).build()
        : Commitment.builder().from((Commitment) on).sameAs(List.of(other)).build();
    return Amendment.of(version, List.of("sameAs"), quotes.citeFromLabel(pair.plan().cut(),
        "Amendment " + number + ":", on.id() + " and " + other + " are the same"));
  }

  /**
   * The change an amendment makes: one of the kind's changes of fields that hold one value, or for
   * a preferred amendment also one that adds items to a list.
   */
  private Change change(RecordKind kind, Identified record, AmendmentPlan p) {
    Texts t = p.texts();
    int v = p.variant();
    return switch (kind) {
      case SOURCE -> source((Source) record, pick(p, 6, 1), t, v);
      case ORGANIZATION -> organization((Organization) record, pick(p, 4, 2), t, v);
      case PERSON -> person((Person) record, pick(p, 3, 5), t, v);
      case PARTNERSHIP -> partnership((Partnership) record, pick(p, 5, 2), t, v);
      case INSTRUMENT -> instrument((Instrument) record, pick(p, 6, 6), t, v);
      case ENGAGEMENT -> engagement((Engagement) record, p.preferred() ? pick(p, 8, 7) : p.change() % 9, p.preferred(), t, v);
      case COMMITMENT -> commitment((Commitment) record, pick(p, 7, 8), t, v);
      case PROGRAMME -> programme((Programme) record, pick(p, 5, 3), t, v);
      case MILESTONE -> milestone((Milestone) record, pick(p, 5, 4), t, v);
      case COUNTRY -> throw new IllegalArgumentException("kind must have fields to amend, but was " + kind);
    };
  }

  /** Which change: of the {@code sets} that give values, or for a preferred amendment also of the {@code adds}. */
  private static int pick(AmendmentPlan p, int sets, int adds) {
    return p.change() % (p.preferred() ? sets + adds : sets);
  }

  private Change source(Source s, int k, Texts t, int v) {
    Source.Builder b = Source.builder().from(s);
    return switch (k) {
      case 0 -> set("title", b.title(t.title()));
      case 1 -> set("publisher", b.publisher(t.other().orElse(t.title())));
      case 2 -> set("kind", b.sourceKind(other(s.sourceKind(), SourceKind.values(), v)));
      case 3 -> set("published", b.published(PartialDate.ofYear(year(v))));
      case 4 -> set("author", b.author(t.title()));
      case 5 -> set("url", b.url("https://example.org/readout/later/" + s.id() + "/" + v));
      default -> evidenceOnly(s);
    };
  }

  private Change organization(Organization o, int k, Texts t, int v) {
    Organization.Builder b = Organization.builder().from(o);
    return switch (k) {
      case 0 -> set("name", b.name(t.title()));
      case 1 -> {
        Translating.Native n = Translating.ORGANIZATIONS.get(v % Translating.ORGANIZATIONS.size());
        yield new Change(List.of("nativeName", "nativeNameLanguage"),
            b.nativeName(n.name()).nativeNameLanguage(n.language()).build());
      }
      case 2 -> set("acronym", b.acronym(t.other().orElse(t.title())));
      case 3 -> set("kind", b.organizationKind(other(o.organizationKind(), OrganizationKind.values(), v)));
      case 4 -> translation(o, List.of("name"), t, v, b::translations, b::build);
      default -> evidenceOnly(o);
    };
  }

  private Change person(Person x, int k, Texts t, int v) {
    Person.Builder b = Person.builder().from(x);
    return switch (k) {
      case 0 -> set("name", b.name(t.title()));
      case 1 -> {
        Translating.Native n = Translating.PEOPLE.get(v % Translating.PEOPLE.size());
        yield new Change(List.of("nativeName", "nativeNameLanguage"),
            b.nativeName(n.name()).nativeNameLanguage(n.language()).build());
      }
      case 2 -> set("honorific", b.honorific(t.other().orElse(t.title())));
      case 3 -> newAppointment(x, t, v);
      // the commonest later news of a person: a post ended
      case 4, 5 -> appointmentEnds(x, v);
      case 6 -> translation(x, List.of("honorific"), t, v, b::translations, b::build);
      default -> evidenceOnly(x);
    };
  }

  /** A post the sources had not reported, unless one of that title and organisation is already there. */
  private Change newAppointment(Person x, Texts t, int v) {
    Optional<String> organization = v % 2 == 0 ? Optional.of(PlanBuilder.ministry(x.country())) : Optional.empty();
    if (!touch(x, List.of(t.title(), organization), x.appointments().stream()
        .map(a -> (Object) List.of(a.title(), a.organization())).toList())) {
      return evidenceOnly(x);
    }
    int start = year(v);
    Appointment.Builder a = Appointment.builder().title(t.title()).organization(organization)
        .start(PartialDate.ofYear(start)).addEvidence(item(t));
    if (v % 3 > 0) {
      a.end(PartialDate.ofYear(start + v % 3));
    }
    return set("appointments", Person.builder().from(x).appointments(List.of(a.build())));
  }

  /** The end of a post already there: no earlier than its start. */
  private Change appointmentEnds(Person x, int v) {
    if (x.appointments().isEmpty()) {
      return evidenceOnly(x);
    }
    Appointment picked = x.appointments().get(v % x.appointments().size());
    // the amendment's post updates the first of that title and organisation
    Appointment a = x.appointments().stream().filter(y -> y.title().equals(picked.title())
        && y.organization().equals(picked.organization())).findFirst().orElseThrow();
    if (!touch(x, List.of(a.title(), a.organization()), List.of())) {
      return evidenceOnly(x);
    }
    int from = a.start().map(s -> s.earliest().getYear()).orElse(year(v));
    Appointment ended = Appointment.builder().title(a.title()).organization(a.organization())
        .end(PartialDate.ofYear(from + v % 3)).addEvidence(item(Optional.empty())).build();
    return set("appointments", Person.builder().from(x).appointments(List.of(ended)));
  }

  private Change partnership(Partnership x, int k, Texts t, int v) {
    Partnership.Builder b = Partnership.builder().from(x);
    int since = x.since().earliest().getYear();
    return switch (k) {
      case 0 -> set("level", b.level(other(x.level(), PartnershipLevel.values(), v)));
      case 1 -> set("track", b.track(other(x.track(), PartnershipTrack.values(), v)));
      case 2 -> set("name", b.name(t.title()));
      case 3 -> set("since", b.since(PartialDate.ofMonth(since, 1 + v % 12)));
      case 4 -> set("until", b.until(PartialDate.ofYear(since + v % 4)));
      case 5 -> translation(x, List.of("name"), t, v, b::translations, b::build);
      default -> evidenceOnly(x);
    };
  }

  private Change instrument(Instrument x, int k, Texts t, int v) {
    Instrument.Builder b = Instrument.builder().from(x);
    int year = year(v);
    List<Instrument> all = instruments();
    String other = all.get((all.indexOf(x) + 1 + v % Math.max(1, all.size() - 1)) % all.size()).id();
    return switch (k) {
      case 0 -> set("title", b.title(t.title()));
      case 1 -> set("kind", b.instrumentKind(other(x.instrumentKind(), InstrumentKind.values(), v)));
      case 2 -> set("signed", b.signed(PartialDate.ofYear(year)));
      case 3 -> engagements().isEmpty() ? set("title", b.title(t.title()))
          : set("signedAt", b.signedAt(engagements().get(v % engagements().size()).id()));
      case 4 -> set("validity", b.validity(DateInterval.of(PartialDate.ofYear(year),
          PartialDate.ofYear(year + 1 + v % 3))));
      case 5 -> set("summary", b.summary(t.summary().orElse(t.title())));
      case 6 -> set("areas", b.areas(List.of(area(v))));
      case 7 -> other.equals(x.id()) ? evidenceOnly(x) : set("updates", b.updates(List.of(other)));
      case 8 -> other.equals(x.id()) ? evidenceOnly(x) : set("supersedes", b.supersedes(List.of(other)));
      case 9 -> set("statusHistory", b.statusHistory(List.of(InstrumentStatusChange.builder()
          .date(ownDay(year)).status(InstrumentStatus.values()[v % InstrumentStatus.values().length])
          .addEvidence(item(t)).build())));
      case 10 -> translation(x, List.of("title", "summary"), t, v, b::translations, b::build);
      default -> evidenceOnly(x);
    };
  }

  /** Changes 0–7 give values; 8 gives the sides, for another account only, and otherwise adds items. */
  private Change engagement(Engagement e, int k, boolean preferred, Texts t, int v) {
    if (preferred && k >= 8) {
      return engagementItems(e, k - 8, t, v);
    }
    Engagement.Builder b = Engagement.builder().from(e);
    java.time.LocalDate day = e.date().earliest();
    return switch (k) {
      case 0 -> set("title", b.title(t.title()));
      case 1 -> set("kind", b.engagementKind(other(e.engagementKind(), EngagementKind.values(), v)));
      case 2 -> set("format", b.format(other(e.format(), EngagementFormat.values(), v)));
      // refined within the year of its earliest day, so no commitment made at it falls due before it
      case 3 -> set("date", b.date(v % 2 == 0 ? PartialDate.ofMonth(day.getYear(), day.getMonthValue())
          : PartialDate.of(day)));
      case 4 -> set("place", b.place(t.other().orElse(t.title())));
      case 5 -> set("placeCountry", b.placeCountry(codes.get(v % codes.size())));
      case 6 -> set("occasion", b.occasion(t.title()));
      case 7 -> set("summary", b.summary(t.summary().orElse(t.title())));
      default -> {
        List<String> sides = new ArrayList<>(e.sides());
        java.util.Collections.reverse(sides);
        yield set("sides", b.sides(sides));
      }
    };
  }

  private Change engagementItems(Engagement e, int k, Texts t, int v) {
    Engagement.Builder b = Engagement.builder().from(e);
    List<Object> keys = e.participants().stream().map(Amender::key).toList();
    return switch (k) {
      case 0 -> {
        String side = e.sides().get(v % e.sides().size());
        Participant.Builder p = Participant.builder().description(t.other().orElse(t.title())).side(side)
            .role(ParticipantRole.values()[v % ParticipantRole.values().length])
            .capacity(ParticipantCapacity.values()[v % 2]);
        if (v % 3 == 0 && spec.has(Construct.ORGANIZATION_SIDES) && !side.equals(PlanBuilder.BODY)) {
          p.actingFor(PlanBuilder.BODY).roleTitle(t.title());
        }
        Participant participant = p.build();
        yield touch(e, key(participant), keys) ? set("participants", b.participants(List.of(participant)))
            : evidenceOnly(e);
      }
      case 1 -> {
        Participant was = e.participants().get(v % e.participants().size());
        yield touch(e, key(was), List.of()) ? set("participants", b.participants(List.of(Participant.builder()
            .from(was).role(other(was.role(), ParticipantRole.values(), v))
            .capacity(other(was.capacity(), ParticipantCapacity.values(), v)).roleTitle(t.title()).build())))
            : evidenceOnly(e);
      }
      case 2 -> set("areas", b.areas(List.of(area(v))));
      case 3 -> instruments().isEmpty() ? evidenceOnly(e)
          : set("instruments", b.instruments(List.of(instruments().get(v % instruments().size()).id())));
      case 4 -> set("acts", b.acts(List.of(Act.builder().actKind(ActKind.values()[v % ActKind.values().length])
          .addBy(Party.country(e.sides().get(0))).addTo(Party.country(e.sides().get(1))).description(t.title())
          .addEvidence(item(t)).build())));
      case 5 -> translation(e, ENGAGEMENT_TEXTS, t, v, b::translations, b::build);
      default -> evidenceOnly(e);
    };
  }

  private Change commitment(Commitment c, int k, Texts t, int v) {
    Commitment.Builder b = Commitment.builder().from(c);
    int made = engagements().stream().filter(e -> c.engagement().equals(Optional.of(e.id()))).findFirst()
        .map(e -> e.date().earliest().getYear()).orElse(spec.firstYear());
    return switch (k) {
      case 0 -> set("kind", b.commitmentKind(other(c.commitmentKind(), CommitmentKind.values(), v)));
      case 1 -> set("makers", b.makers(List.of(Party.country(codes.get(v % codes.size())))));
      case 2 -> set("addressees", b.addressees(List.of(Party.country(codes.get(v % codes.size())))));
      case 3 -> set("text", b.text(t.title()));
      case 4 -> new Change(List.of("due", "dueAt"), b.due(v % 2 == 0 ? PartialDate.ofYear(made + v % 3)
          : PartialDate.ofMonth(made + 1 + v % 2, 1 + v % 12)).dueAt(Optional.empty()).build());
      case 5 -> milestones().isEmpty() ? set("text", b.text(t.title()))
          : new Change(List.of("due", "dueAt"), b.due(Optional.empty())
              .dueAt(milestones().get(v % milestones().size()).id()).build());
      case 6 -> {
        Firmness firmness = Firmness.values()[v % Firmness.values().length];
        yield new Change(List.of("firmness", "condition"), b.firmness(firmness)
            .condition(firmness == Firmness.CONDITIONAL ? Optional.of(t.title()) : Optional.empty()).build());
      }
      default -> commitmentItems(c, k - 7, t, v, made);
    };
  }

  private Change commitmentItems(Commitment c, int k, Texts t, int v, int made) {
    Commitment.Builder b = Commitment.builder().from(c);
    return switch (k) {
      case 0 -> set("areas", b.areas(List.of(area(v))));
      case 1 -> instruments().isEmpty() ? evidenceOnly(c)
          : set("instruments", b.instruments(List.of(instruments().get(v % instruments().size()).id())));
      case 2 -> programmes().isEmpty() ? evidenceOnly(c)
          : set("programmes", b.programmes(List.of(programmes().get(v % programmes().size()).id())));
      case 3 -> milestones().isEmpty() ? evidenceOnly(c)
          : set("milestones", b.milestones(List.of(milestones().get(v % milestones().size()).id())));
      case 4 -> {
        StatusChange.Builder s = StatusChange.builder().date(ownDay(made + 1 + v % 3))
            .status(CommitmentStatus.values()[v % CommitmentStatus.values().length]).addEvidence(item(t));
        if (spec.has(Construct.STATUS_AT_ENGAGEMENTS) && !engagements().isEmpty()) {
          s.engagement(engagements().get(v % engagements().size()).id());
        }
        yield set("statusHistory", b.statusHistory(List.of(s.build())));
      }
      case 5 -> set("amounts", b.amounts(List.of(Amount.builder().value(BigDecimal.valueOf(1000L * v + number, 2))
          .currency(Translating.CURRENCIES.get(v % Translating.CURRENCIES.size())).basis(AmountBasis.ADDITIONAL)
          .addEvidence(item(t)).build())));
      case 6 -> translation(c, List.of("text", "condition"), t, v, b::translations, b::build);
      default -> evidenceOnly(c);
    };
  }

  private Change programme(Programme x, int k, Texts t, int v) {
    Programme.Builder b = Programme.builder().from(x);
    return switch (k) {
      case 0 -> set("title", b.title(t.title()));
      case 1 -> set("kind", b.programmeKind(other(x.programmeKind(), ProgrammeKind.values(), v)));
      case 2 -> set("period", b.period(DateInterval.of(PartialDate.ofYear(year(v)),
          PartialDate.ofYear(year(v) + 1 + v % 4))));
      case 3 -> set("summary", b.summary(t.summary().orElse(t.title())));
      case 4 -> set("parties", b.parties(List.of(Party.country(codes.get(v % codes.size())))));
      case 5 -> set("areas", b.areas(List.of(area(v))));
      case 6 -> translation(x, List.of("title", "summary"), t, v, b::translations, b::build);
      default -> evidenceOnly(x);
    };
  }

  private Change milestone(Milestone x, int k, Texts t, int v) {
    Milestone.Builder b = Milestone.builder().from(x);
    return switch (k) {
      case 0 -> set("title", b.title(t.title()));
      case 1 -> set("kind", b.milestoneKind(other(x.milestoneKind(), MilestoneKind.values(), v)));
      case 2 -> set("date", b.date(v % 2 == 0 ? PartialDate.ofYear(year(v)) : PartialDate.ofMonth(year(v), 1 + v % 12)));
      case 3 -> set("summary", b.summary(t.summary().orElse(t.title())));
      case 4 -> set("parties", b.parties(List.of(Party.country(codes.get(v % codes.size())))));
      case 5 -> set("areas", b.areas(List.of(area(v))));
      case 6 -> set("outcomes", b.outcomes(List.of(MilestoneOutcome.builder()
          .outcome(MilestoneOutcomeKind.values()[v % MilestoneOutcomeKind.values().length])
          .date(PartialDate.ofYear(year(v))).addEvidence(item(t)).build())));
      case 7 -> translation(x, List.of("title", "summary"), t, v, b::translations, b::build);
      default -> evidenceOnly(x);
    };
  }

  /**
   * A translation into a language the record is not written in and no other amendment of it
   * translates into; only evidence when none is left.
   */
  private <R extends Identified & Translated> Change translation(R record, List<String> texts, Texts t, int v,
      java.util.function.Function<List<Translation>, ?> translations, java.util.function.Supplier<Identified> build) {
    List<String> free = new ArrayList<>(Translating.LANGUAGES);
    free.remove(record.language());
    free.removeIf(l -> touched.getOrDefault(key(record), Set.of()).contains("translation:" + l));
    if (free.isEmpty()) {
      return evidenceOnly(record);
    }
    String language = free.get(v % free.size());
    touch(record, "translation:" + language, List.of());
    translations.apply(List.of(Translating.translation(language, texts, v, t.title(),
        t.summary().orElse(t.statement()))));
    return new Change(List.of("translations"), build.get());
  }

  // ---- small helpers ----

  private List<Instrument> instruments() {
    return draft.base.of(RecordKind.INSTRUMENT);
  }

  private List<Engagement> engagements() {
    return draft.base.of(RecordKind.ENGAGEMENT);
  }

  private List<Programme> programmes() {
    return draft.base.of(RecordKind.PROGRAMME);
  }

  private List<Milestone> milestones() {
    return draft.base.of(RecordKind.MILESTONE);
  }

  private static Change set(String field, Object builder) {
    return new Change(List.of(field), build(builder));
  }

  /** Builds whichever model builder it is given. */
  private static Identified build(Object builder) {
    if (builder instanceof Source.Builder b) {
      return b.build();
    } else if (builder instanceof Organization.Builder b) {
      return b.build();
    } else if (builder instanceof Person.Builder b) {
      return b.build();
    } else if (builder instanceof Partnership.Builder b) {
      return b.build();
    } else if (builder instanceof Instrument.Builder b) {
      return b.build();
    } else if (builder instanceof Engagement.Builder b) {
      return b.build();
    } else if (builder instanceof Commitment.Builder b) {
      return b.build();
    } else if (builder instanceof Programme.Builder b) {
      return b.build();
    }
    return ((Milestone.Builder) builder).build();
  }

  private static Change evidenceOnly(Identified record) {
    return new Change(List.of(), record);
  }

  /**
   * Marks an item of a record as touched by an amendment.
   *
   * @param itemKey the item's key: what an amendment's item is matched on
   * @param present the keys of the items the record already has, which a new item must not match
   * @return false when another amendment touched it already, or a new item would match one there
   */
  private boolean touch(Identified record, Object itemKey, List<Object> present) {
    Set<Object> keys = touched.computeIfAbsent(key(record), k -> new HashSet<>());
    if (keys.contains(itemKey) || present.contains(itemKey)) {
      return false;
    }
    return keys.add(itemKey);
  }

  private static String key(Identified record) {
    return record.kind().label() + ":" + record.id();
  }

  /** A participant's key: an amendment's participant with the same one replaces it. */
  private static Object key(Participant p) {
    return List.of(p.person(), p.organization(), p.description(), p.side());
  }

  /** Evidence for an item an amendment adds, quoting a later source. */
  private Evidence item(Texts t) {
    return item(t.summary());
  }

  private Evidence item(Optional<String> statement) {
    return quotes.cite(new Plan.Cut(number, 3, 1 + number % 3), "Item of amendment " + number + ":",
        statement.orElse("reported"), Optional.empty());
  }

  /** A day that no other amendment's status change falls on, in the given year. */
  private PartialDate ownDay(int year) {
    return PartialDate.ofDay(year, 1 + number % 12, 1 + (number / 12) % 28);
  }

  private int year(int v) {
    return spec.firstYear() + v % (spec.lastYear() - spec.firstYear() + 1);
  }

  private static CooperationArea area(int v) {
    List<CooperationArea> areas = CooperationArea.wellKnown();
    return areas.get(v % areas.size());
  }

  /** A value of an enum other than {@code current}. */
  private static <E extends Enum<E>> E other(E current, E[] values, int v) {
    return values[(current.ordinal() + 1 + v % (values.length - 1)) % values.length];
  }
}
