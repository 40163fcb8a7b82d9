package dev.readout.testkit;

import dev.readout.core.dates.Bound;
import dev.readout.core.dates.DateInterval;
import dev.readout.core.dates.EdtfDate;
import dev.readout.core.dates.PartialDate;
import dev.readout.core.dates.Precision;
import dev.readout.core.model.Act;
import dev.readout.core.model.Amount;
import dev.readout.core.model.Appointment;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.CommitmentKind;
import dev.readout.core.model.CommitmentStatus;
import dev.readout.core.model.Country;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.EngagementFormat;
import dev.readout.core.model.Evidence;
import dev.readout.core.model.Firmness;
import dev.readout.core.model.Instrument;
import dev.readout.core.model.InstrumentStatusChange;
import dev.readout.core.model.Milestone;
import dev.readout.core.model.MilestoneOutcome;
import dev.readout.core.model.MilestoneOutcomeKind;
import dev.readout.core.model.Organization;
import dev.readout.core.model.OrganizationKind;
import dev.readout.core.model.Participant;
import dev.readout.core.model.ParticipantCapacity;
import dev.readout.core.model.ParticipantRole;
import dev.readout.core.model.Partnership;
import dev.readout.core.model.Party;
import dev.readout.core.model.Person;
import dev.readout.core.model.Programme;
import dev.readout.core.model.RecordKind;
import dev.readout.core.model.StatusChange;
import dev.readout.testkit.Plan.AmountPlan;
import dev.readout.testkit.Plan.AppointmentPlan;
import dev.readout.testkit.Plan.CommitmentPlan;
import dev.readout.testkit.Plan.DatePlan;
import dev.readout.testkit.Plan.DatasetPlan;
import dev.readout.testkit.Plan.EngagementPlan;
import dev.readout.testkit.Plan.EngagementShape;
import dev.readout.testkit.Plan.InstrumentLife;
import dev.readout.testkit.Plan.InstrumentPlan;
import dev.readout.testkit.Plan.InstrumentStatusPlan;
import dev.readout.testkit.Plan.MilestonePlan;
import dev.readout.testkit.Plan.OrganizationPlan;
import dev.readout.testkit.Plan.OutcomePlan;
import dev.readout.testkit.Plan.PartnershipPlan;
import dev.readout.testkit.Plan.PersonPlan;
import dev.readout.testkit.Plan.ProgrammePlan;
import dev.readout.testkit.Plan.SourcePlan;
import dev.readout.testkit.Plan.StatusPlan;
import dev.readout.testkit.Plan.Texts;
import dev.readout.testkit.Plan.TwinPlan;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Turns a {@link DatasetPlan} into the base records of a valid dataset, deterministically, quoting
 * sources written as they are cited (see {@link Quotes}); {@link Amender} then writes the later
 * file that amends them.
 */
final class PlanBuilder {
  /** The countries a dataset draws from, in order: the first {@code n} are used. */
  static final List<String> COUNTRY_POOL = countryPool();
  /** The id of the international body that is a side of some engagements ({@link Construct#ORGANIZATION_SIDES}). */
  static final String BODY = "asean";
  /** The suffix of the id of a second record of an engagement or commitment ({@link Construct#SAME_AS}). */
  static final String SECOND = "-b";

  private static final List<String> ENGAGEMENT_TEXTS = List.of("title", "summary", "occasion", "place");
  private static final List<String> COMMITMENT_TEXTS = List.of("text", "condition");
  private static final List<String> TITLE_AND_SUMMARY = List.of("title", "summary");

  private final DatasetSpec spec;
  private final List<String> codes;
  private final Quotes quotes;
  private final Draft out = new Draft();
  private final List<Organization> extraOrganizations = new ArrayList<>();
  private final List<Person> extraPeople = new ArrayList<>();
  /** The pairs of records declared the same by an amendment only. */
  private final List<Amender.Pair> undeclared = new ArrayList<>();
  private final int engagementCount;
  private int instruments;
  private int programmes;
  private int milestones;

  private PlanBuilder(DatasetSpec spec, DatasetPlan plan) {
    this.spec = spec;
    this.codes = COUNTRY_POOL.subList(0, plan.actors().countries());
    this.quotes = new Quotes("s", plan.actors().sources().size());
    this.engagementCount = plan.engagements().size();
  }

  /** {@return the records a plan gives: the base, and the later file that amends it} */
  static Draft draft(DatasetSpec spec, DatasetPlan plan) {
    PlanBuilder b = new PlanBuilder(spec, plan);
    b.records(plan);
    new Amender(spec, b.codes, b.out, b.undeclared).amend(plan.accounts());
    return b.out;
  }

  private void records(DatasetPlan plan) {
    codes.forEach(code -> out.base.add(Country.of(code)));
    for (int i = 0; i < codes.size(); i++) {
      String code = codes.get(i);
      out.base.add(Organization.builder().id(ministry(code)).name("Ministry of Defence of " + code)
          .organizationKind(OrganizationKind.MINISTRY).country(code).build());
      List<Texts> ministers = plan.actors().ministers();
      out.base.add(minister(code, i < ministers.size() ? Optional.of(ministers.get(i)) : Optional.empty()));
    }
    if (spec.has(Construct.ORGANIZATION_SIDES)) {
      out.base.add(Organization.builder().id(BODY).name("Association of Southeast Asian Nations")
          .acronym("ASEAN").organizationKind(OrganizationKind.INTERNATIONAL_BODY).build());
    }
    List<OrganizationPlan> organizations = plan.actors().organizations();
    for (int i = 0; i < organizations.size(); i++) {
      extraOrganizations.add(organization(i, organizations.get(i)));
    }
    extraOrganizations.forEach(out.base::add);
    List<PersonPlan> people = plan.actors().people();
    for (int i = 0; i < people.size(); i++) {
      extraPeople.add(person(i, people.get(i)));
    }
    extraPeople.forEach(out.base::add);

    List<InstrumentPlan> instrumentPlans = plan.facts().instruments();
    instruments = instrumentPlans.size();
    for (int i = 0; i < instrumentPlans.size(); i++) {
      out.base.add(instrument(i, instrumentPlans.get(i)));
    }
    List<PartnershipPlan> partnerships = plan.facts().partnerships();
    for (int i = 0; i < partnerships.size(); i++) {
      out.base.add(partnership(i, partnerships.get(i)));
    }
    List<ProgrammePlan> programmePlans = plan.facts().programmes();
    programmes = programmePlans.size();
    for (int i = 0; i < programmePlans.size(); i++) {
      out.base.add(programme(i, programmePlans.get(i)));
    }
    List<MilestonePlan> milestonePlans = plan.facts().milestones();
    milestones = milestonePlans.size();
    for (int i = 0; i < milestonePlans.size(); i++) {
      out.base.add(milestone(i, milestonePlans.get(i)));
    }

    List<Engagement> engagements = new ArrayList<>();
    for (int i = 0; i < plan.engagements().size(); i++) {
      EngagementPlan e = plan.engagements().get(i);
      Engagement engagement = engagement(i, e, engagements);
      Optional<Engagement> second = e.more().twin().map(t -> twin(engagement, e, t));
      engagements.add(second.map(s -> declare(engagement, e.more().twin().get(), s)).orElse(engagement));
      placeInOrder(out.base::add, engagements.get(i), second, e.more().twin());
      for (int j = 0; j < e.commitments().size(); j++) {
        CommitmentPlan cp = e.commitments().get(j);
        Commitment c = commitment(engagement, j, cp, engagements);
        Optional<TwinPlan> twin = cp.extras().twin();
        Optional<Commitment> cs = twin.map(t -> twin(c, cp, t, second.filter(x -> t.atTwin())));
        placeInOrder(out.base::add, cs.map(s -> declare(c, twin.get(), s)).orElse(c), cs, twin);
      }
    }

    if (spec.has(Construct.HOME) && plan.accounts().home() >= 0) {
      out.base.home = Optional.of(country(plan.accounts().home()));
    }
    List<SourcePlan> sources = plan.actors().sources();
    for (int i = 0; i < sources.size(); i++) {
      out.base.add(quotes.source(i, sources.get(i), sources.get(i).published().map(this::date)));
    }
  }

  // ---- actors ----

  private Person minister(String code, Optional<Texts> texts) {
    int middle = (spec.firstYear() + spec.lastYear()) / 2;
    Appointment.Builder minister = Appointment.builder().title("Minister of Defence").organization(ministry(code))
        .start(PartialDate.ofYear(spec.firstYear())).end(PartialDate.ofMonth(middle, 6));
    Appointment.Builder deputy = Appointment.builder().title("Deputy Prime Minister")
        .start(PartialDate.ofMonth(middle, 7));
    texts.ifPresent(t -> {
      translated(minister::language, minister::translations, t, List.of("title"));
      translated(deputy::language, deputy::translations, t, List.of("title"));
    });
    Person.Builder b = Person.builder().id(minister(code))
        .name(texts.map(Texts::title).orElse("Minister " + code)).country(code)
        .addAppointments(minister.build(), deputy.build());
    texts.ifPresent(t -> {
      t.summary().ifPresent(b::nativeName);
      t.other().ifPresent(b::honorific);
      t.note().ifPresent(b::note);
      personLanguages(b, t);
    });
    return b.build();
  }

  private Organization organization(int i, OrganizationPlan p) {
    Texts t = p.texts();
    Organization.Builder b = Organization.builder().id("o" + i).name(t.title()).organizationKind(p.kind());
    if (!p.international()) {
      String code = country(p.country());
      b.country(code);
      if (p.underMinistry()) {
        b.parent(ministry(code));
      }
    }
    t.summary().ifPresent(b::nativeName);
    t.other().ifPresent(b::acronym);
    t.note().ifPresent(b::note);
    Translating.nativeName(t.languages(), Translating.ORGANIZATIONS)
        .ifPresent(n -> b.nativeName(n.name()).nativeNameLanguage(n.language()));
    b.language(Translating.language(t.languages()))
        .translations(Translating.translations(t.languages(), List.of("name")));
    if (p.evidence()) {
      b.addEvidence(quotes.cite(p.cut(), "Organization o" + i + ":", t.statement(), Optional.empty()));
    }
    return b.build();
  }

  private Person person(int i, PersonPlan p) {
    Texts t = p.texts();
    Person.Builder b = Person.builder().id("x" + i).name(t.title()).country(country(p.country()));
    t.summary().ifPresent(b::nativeName);
    t.other().ifPresent(b::honorific);
    t.note().ifPresent(b::note);
    personLanguages(b, t);
    for (AppointmentPlan a : p.appointments()) {
      Appointment.Builder ab = Appointment.builder().title(Plan.oneLine(t.statement()))
          .language(Translating.language(t.languages()))
          .translations(Translating.translations(t.languages(), List.of("title")));
      if (a.start() >= 0) {
        ab.start(PartialDate.ofYear(spec.firstYear() + a.start()));
      }
      if (a.length() >= 0) {
        ab.end(PartialDate.ofYear(spec.firstYear() + Math.max(a.start(), 0) + a.length()));
      }
      if (a.organization() == 1) {
        ab.organization(ministry(country(p.country())));
      } else if (a.organization() == 2 && !extraOrganizations.isEmpty()) {
        ab.organization(extraOrganizations.get(0).id());
      }
      t.extra().ifPresent(ab::note);
      b.addAppointments(ab.build());
    }
    if (p.evidence()) {
      b.addEvidence(quotes.cite(p.cut(), "Person x" + i + ":", t.statement(), Optional.empty()));
    }
    return b.build();
  }

  private static void personLanguages(Person.Builder b, Texts t) {
    Translating.nativeName(t.languages(), Translating.PEOPLE)
        .ifPresent(n -> b.nativeName(n.name()).nativeNameLanguage(n.language()));
    b.language(Translating.language(t.languages()))
        .translations(Translating.translations(t.languages(), List.of("honorific")));
  }

  // ---- facts other than engagements and commitments ----

  private Instrument instrument(int i, InstrumentPlan p) {
    Texts t = p.texts();
    int a = p.party() % codes.size();
    String other = codes.get((a + 1) % codes.size());
    Party otherParty = p.otherParty() == 0 ? Party.country(other)
        : p.otherParty() == 1 ? Party.organization(ministry(other)) : Party.person(minister(other));
    Instrument.Builder b = Instrument.builder().id("i" + i).title(t.title()).instrumentKind(p.kind())
        .addParties(Party.country(codes.get(a)), otherParty).addAllAreas(p.areas());
    int signed = p.dates().signed();
    int year = spec.firstYear() + Math.max(signed, 0);
    if (signed >= 0) {
      b.signed(PartialDate.ofYear(year));
    }
    switch (p.dates().validity()) {
      case 1 -> b.validity(DateInterval.of(PartialDate.ofYear(year), PartialDate.ofYear(year + 3)));
      case 2 -> b.validity(DateInterval.from(PartialDate.ofYear(year)));
      case 3 -> b.validity(DateInterval.of(Bound.DATE, Optional.of(PartialDate.ofYear(year)), Bound.UNKNOWN,
          Optional.empty()));
      default -> { }
    }
    t.summary().ifPresent(b::summary);
    t.note().ifPresent(b::note);
    translated(b::language, b::translations, t, TITLE_AND_SUMMARY);
    instrumentLife(b, i, year, p.life(), p);
    return b.addEvidence(quotes.cite(p.cut(), "Instrument i" + i + ":", t.statement(), Optional.empty())).build();
  }

  /** Where the instrument was signed, the other instruments it updates and supersedes, its status history. */
  private void instrumentLife(Instrument.Builder b, int i, int year, InstrumentLife life, InstrumentPlan p) {
    if (life.signedAt() >= 0 && engagementCount > 0) {
      b.signedAt("e" + life.signedAt() % engagementCount);
    }
    if (instruments > 1) {
      life.updates().stream().map(k -> otherInstrument(i, k)).distinct().forEach(b::addUpdates);
      life.supersedes().stream().map(k -> otherInstrument(i, k)).distinct().forEach(b::addSupersedes);
    }
    for (int k = 0; k < life.history().size(); k++) {
      InstrumentStatusPlan s = life.history().get(k);
      year += s.step();
      InstrumentStatusChange.Builder sb = InstrumentStatusChange.builder().status(s.status())
          .date(PartialDate.ofYear(year));
      if (s.engagement() >= 0 && engagementCount > 0) {
        sb.engagement("e" + s.engagement() % engagementCount);
      }
      if (s.evidence()) {
        sb.addEvidence(quotes.cite(p.cut(), "Status " + k + " of i" + i + ":", s.status().name(), Optional.empty()));
      }
      b.addStatusHistory(sb.build());
    }
  }

  private String otherInstrument(int i, int k) {
    return "i" + (i + 1 + k % (instruments - 1)) % instruments;
  }

  private Partnership partnership(int i, PartnershipPlan p) {
    Texts t = p.texts();
    int a = p.a() % codes.size();
    int b = (a + 1 + p.b() % (codes.size() - 1)) % codes.size();
    int since = spec.firstYear() + p.since();
    Partnership.Builder pb = Partnership.builder().id("p" + i).addCountries(codes.get(a), codes.get(b))
        .level(p.level()).track(p.track()).since(PartialDate.ofYear(since));
    if (p.length() >= 0) {
      pb.until(PartialDate.ofYear(since + p.length()));
    }
    t.summary().ifPresent(pb::name);
    t.note().ifPresent(pb::note);
    translated(pb::language, pb::translations, t, List.of("name"));
    return pb.addEvidence(quotes.cite(p.cut(), "Partnership p" + i + ":", t.statement(), Optional.empty())).build();
  }

  private Programme programme(int i, ProgrammePlan p) {
    Texts t = p.texts();
    int a = p.party() % codes.size();
    Programme.Builder b = Programme.builder().id("pr" + i).title(t.title()).programmeKind(p.kind())
        .addParties(Party.country(codes.get(a))).addAllAreas(p.areas());
    if (p.withMinistry()) {
      b.addParties(Party.organization(ministry(codes.get((a + 1) % codes.size()))));
    }
    b.period(period(p.period()));
    t.summary().ifPresent(b::summary);
    t.note().ifPresent(b::note);
    translated(b::language, b::translations, t, TITLE_AND_SUMMARY);
    return b.addEvidence(quotes.cite(p.cut(), "Programme pr" + i + ":", t.statement(), Optional.empty())).build();
  }

  /** A programme's period: none (0), the dataset's years (1), open at its end (2) or start (3), or unknown at its start (4). */
  Optional<EdtfDate> period(int kind) {
    PartialDate first = PartialDate.ofYear(spec.firstYear());
    PartialDate last = PartialDate.ofYear(spec.lastYear());
    return switch (kind % 5) {
      case 1 -> Optional.of(DateInterval.of(first, last));
      case 2 -> Optional.of(DateInterval.from(first));
      case 3 -> Optional.of(DateInterval.until(last));
      case 4 -> Optional.of(DateInterval.of(Bound.UNKNOWN, Optional.empty(), Bound.DATE, Optional.of(last)));
      default -> Optional.empty();
    };
  }

  private Milestone milestone(int i, MilestonePlan p) {
    Texts t = p.texts();
    Milestone.Builder b = Milestone.builder().id("m" + i).title(t.title()).milestoneKind(p.kind())
        .addParties(Party.country(country(p.party()))).addAllAreas(p.areas());
    if (!p.life().undated()) {
      b.date(date(p.date()));
    }
    t.summary().ifPresent(b::summary);
    t.note().ifPresent(b::note);
    translated(b::language, b::translations, t, TITLE_AND_SUMMARY);
    for (int k = 0; k < p.life().outcomes().size(); k++) {
      OutcomePlan o = p.life().outcomes().get(k);
      MilestoneOutcome.Builder ob = MilestoneOutcome.builder().outcome(o.outcome());
      int year = spec.firstYear() + Math.max(o.date(), 0);
      if (o.date() >= 0) {
        ob.date(PartialDate.ofYear(year));
      }
      if (o.outcome() == MilestoneOutcomeKind.POSTPONED && o.moved() >= 0) {
        ob.newDate(PartialDate.ofYear(year + o.moved()));
      }
      if (o.note()) {
        t.extra().ifPresent(ob::note);
      }
      if (o.evidence()) {
        ob.addEvidence(quotes.cite(p.cut(), "Outcome " + k + " of m" + i + ":", o.outcome().name(), Optional.empty()));
      }
      b.addOutcomes(ob.build());
    }
    return b.addEvidence(quotes.cite(p.cut(), "Milestone m" + i + ":", t.statement(), Optional.empty())).build();
  }

  // ---- engagements and commitments ----

  private Engagement engagement(int i, EngagementPlan p, List<Engagement> earlier) {
    EngagementShape s = p.shape();
    Texts t = p.texts();
    int ai = s.a() % codes.size();
    int bi = s.b() % codes.size();
    if (bi == ai) {
      bi = (ai + 1) % codes.size();
    }
    String a = codes.get(ai);
    String b = codes.get(bi);
    List<String> sides = new ArrayList<>(List.of(a, b));
    if (s.third() > 0 && codes.size() > 2) {
      String c = codes.get((s.third() - 1) % codes.size());
      if (!sides.contains(c)) {
        sides.add(c);
      }
    }
    if (p.more().body()) {
      sides.add(BODY);
    }
    Optional<Engagement> parent = s.parent() > 0 && i - s.parent() >= 0
        ? Optional.of(earlier.get(i - s.parent())) : Optional.empty();
    Engagement.Builder eb = Engagement.builder().id("e" + i).title(t.title()).engagementKind(s.kind())
        .format(s.format()).date(parent.map(Engagement::date).orElseGet(() -> date(s.date())))
        .addAllSides(sides).addAllAreas(s.areas());
    parent.ifPresent(x -> eb.parent(x.id()));
    List<Participant> participants = new ArrayList<>();
    for (String side : sides) {
      participants.add(side.equals(BODY)
          ? Participant.builder().organization(BODY).side(BODY).role(ParticipantRole.PRINCIPAL).build()
          : Participant.of(minister(side), side, ParticipantRole.PRINCIPAL));
    }
    if ((p.extras() & 1) != 0) {
      participants.add(Participant.builder().organization(ministry(a)).side(a)
          .role(ParticipantRole.DELEGATION_MEMBER).build());
    }
    if ((p.extras() & 2) != 0) {
      Participant.Builder staff = Participant.builder().description(t.other().orElse("embassy staff")).side(b)
          .role(ParticipantRole.STAFF);
      translated(staff::language, staff::translations, t, List.of("text"));
      participants.add(staff.build());
    }
    if ((p.extras() & 4) != 0) {
      extraPeople.stream().filter(x -> sides.contains(x.country())).findFirst().ifPresent(x ->
          participants.add(Participant.of(x.id(), x.country(), ParticipantRole.ATTENDEE)));
    }
    roles(participants, p.extras(), t);
    eb.addAllParticipants(participants);
    if ((p.extras() & 8) != 0) {
      Act.Builder act = Act.builder().actKind(p.act()).addBy(Party.person(minister(a))).addTo(Party.country(b))
          .description(t.statement())
          .addEvidence(quotes.cite(p.cut(), "Act at e" + i + ":", t.title(), Optional.empty()));
      translated(act::language, act::translations, t, List.of("text"));
      eb.addActs(act.build());
    }
    if ((p.extras() & 16) != 0) {
      eb.placeCountry(a);
      t.other().ifPresent(eb::place);
    }
    if (instruments > 0) {
      p.instruments().stream().map(k -> "i" + k % instruments).distinct().forEach(eb::addInstruments);
    }
    t.summary().ifPresent(eb::summary);
    t.extra().ifPresent(eb::occasion);
    t.note().ifPresent(eb::note);
    translated(eb::language, eb::translations, t, ENGAGEMENT_TEXTS);
    return eb.addEvidence(quotes.cite(p.cut(), "Engagement e" + i + ":", t.statement(), t.extra())).build();
  }

  /** The last participant in a private capacity (bit 32); the first acting for the international body (bit 64). */
  private void roles(List<Participant> participants, int extras, Texts t) {
    if ((extras & 32) != 0) {
      int last = participants.size() - 1;
      participants.set(last, Participant.builder().from(participants.get(last))
          .capacity(ParticipantCapacity.PRIVATE).build());
    }
    if ((extras & 64) != 0 && spec.has(Construct.ORGANIZATION_SIDES)) {
      Participant.Builder acting = Participant.builder().from(participants.get(0)).actingFor(BODY)
          .roleTitle(t.other().orElse("ASEAN dialogue coordinator"));
      translated(acting::language, acting::translations, t, List.of("title"));
      participants.set(0, acting.build());
    }
  }

  private Commitment commitment(Engagement at, int j, CommitmentPlan p, List<Engagement> engagements) {
    Plan.CommitmentShape s = p.shape();
    Texts t = p.texts();
    String id = at.id() + "-c" + j;
    String maker = at.sides().get(s.bySecondSide() ? 1 : 0);
    String other = at.sides().get(s.bySecondSide() ? 0 : 1);
    boolean joint = s.maker() == 3;
    Commitment.Builder cb = Commitment.builder().id(id).engagement(at.id()).text(t.title())
        .commitmentKind(joint ? CommitmentKind.AGREEMENT : s.kind()).addAllAreas(p.refs().areas());
    if (p.extras().byBody() && at.sides().contains(BODY)) {
      cb.addMakers(Party.organization(BODY)).addAddressees(Party.country(maker));
    } else if (joint) {
      cb.addMakers(Party.country(at.sides().get(0)), Party.country(at.sides().get(1)));
    } else {
      cb.addMakers(party(s.maker(), maker));
      if (s.addressee() > 0) {
        cb.addAddressees(party(s.addressee() - 1, other));
      }
    }
    int year = at.date().earliest().getYear();
    if (p.extras().dueAt() >= 0 && milestones > 0) {
      cb.dueAt("m" + p.extras().dueAt() % milestones);
    } else if (s.due() >= 0) {
      int dueYear = year + s.due();
      if (s.due() == 0 || s.dueMonth() == 0) {
        cb.due(PartialDate.ofYear(dueYear));
      } else if (s.dueMonth() == 12) {
        cb.due(DateInterval.from(PartialDate.ofYear(dueYear)));
      } else {
        cb.due(PartialDate.ofMonth(dueYear, s.dueMonth()));
      }
    }
    cb.firmness(p.extras().firmness());
    if (p.extras().firmness() == Firmness.CONDITIONAL) {
      cb.condition(t.other().orElse("if the budget allows"));
    }
    if (s.startsOpen()) {
      cb.addStatusHistory(StatusChange.of(at.date(), CommitmentStatus.OPEN));
    }
    for (int q = 0; q < s.statuses().size(); q++) {
      StatusPlan st = s.statuses().get(q);
      year += st.step();
      StatusChange.Builder sb = StatusChange.builder().status(st.status())
          .date(st.step() > 0 && st.month() > 0 ? PartialDate.ofMonth(year, st.month()) : PartialDate.ofYear(year));
      if (st.note()) {
        t.other().ifPresent(sb::note);
      }
      if (st.engagement() >= 0) {
        sb.engagement(engagements.get(st.engagement() % engagements.size()).id());
      }
      if (st.evidence()) {
        sb.addEvidence(quotes.cite(p.cut(), "Status " + q + " of " + id + ":",
            t.summary().orElse(st.status().name().toLowerCase(Locale.ROOT)), t.extra()));
      }
      cb.addStatusHistory(sb.build());
    }
    for (int k = 0; k < p.extras().amounts().size(); k++) {
      cb.addAmounts(amount(p.extras().amounts().get(k), id + " amount " + k, at.date().earliest().getYear(), t, p));
    }
    if (p.refs().instrument() >= 0 && instruments > 0) {
      cb.addInstruments("i" + p.refs().instrument() % instruments);
    }
    if (p.refs().programme() >= 0 && programmes > 0) {
      cb.addProgrammes("pr" + p.refs().programme() % programmes);
    }
    if (p.refs().milestone() >= 0 && milestones > 0) {
      cb.addMilestones("m" + p.refs().milestone() % milestones);
    }
    t.note().ifPresent(cb::note);
    translated(cb::language, cb::translations, t, COMMITMENT_TEXTS);
    return cb.addEvidence(quotes.cite(p.cut(), "Commitment " + id + ":", t.statement(), Optional.empty())).build();
  }

  private Amount amount(AmountPlan a, String label, int year, Texts t, CommitmentPlan p) {
    BigDecimal value = BigDecimal.valueOf(a.units(), a.scale());
    String currency = Translating.CURRENCIES.get(a.currency() % Translating.CURRENCIES.size());
    Amount.Builder b = Amount.builder().value(value).currency(currency).basis(a.basis())
        .addEvidence(quotes.cite(p.cut(), label + ":", value.toPlainString() + " " + currency, Optional.empty()));
    if (a.dated()) {
      b.date(PartialDate.ofYear(year));
    }
    if (a.note()) {
      t.note().ifPresent(b::note);
    }
    return b.build();
  }

  private Party party(int mode, String code) {
    switch (mode) {
      case 1:
        return Party.organization(ministry(code));
      case 2:
        return Party.person(minister(code));
      default:
        return Party.country(code);
    }
  }

  // ---- records declared the same ----

  /**
   * The second record of an engagement, from another source: the same meeting with its date only
   * to the year, in another format, or as it is.
   */
  private Engagement twin(Engagement e, EngagementPlan p, TwinPlan t) {
    Engagement.Builder b = Engagement.builder().from(e).id(e.id() + SECOND).acts(List.of()).sameAs(List.of());
    switch (t.variant() % 3) {
      case 1 -> b.date(PartialDate.ofYear(e.date().earliest().getYear()));
      case 2 -> b.format(EngagementFormat.values()[(e.format().ordinal() + 1) % EngagementFormat.values().length]);
      default -> { }
    }
    if (secondNamesFirst(t)) {
      b.addSameAs(e.id());
    }
    Evidence quote = quotes.citeElsewhere(sourceOf(e.evidence()), t.cut(), "Engagement " + e.id() + SECOND + ":",
        p.texts().statement());
    return b.evidence(List.of(quote)).build();
  }

  /** The second record of a commitment, from another source: as it is, of another kind, or without its history. */
  private Commitment twin(Commitment c, CommitmentPlan p, TwinPlan t, Optional<Engagement> at) {
    Commitment.Builder b = Commitment.builder().from(c).id(c.id() + SECOND).sameAs(List.of());
    at.ifPresent(e -> b.engagement(e.id()));
    switch (t.variant() % 3) {
      case 1 -> b.commitmentKind(CommitmentKind.values()[(c.commitmentKind().ordinal() + 1)
          % CommitmentKind.values().length]);
      case 2 -> b.statusHistory(List.of());
      default -> { }
    }
    if (secondNamesFirst(t)) {
      b.addSameAs(c.id());
    }
    Evidence quote = quotes.citeElsewhere(sourceOf(c.evidence()), t.cut(), "Commitment " + c.id() + SECOND + ":",
        p.texts().statement());
    return b.evidence(List.of(quote)).build();
  }

  /** Whether only an amendment declares the pair the same: the plan says so, and the spec has amendments. */
  private boolean amendsOnly(TwinPlan t) {
    return t.link() == 3 && spec.has(Construct.AMENDMENTS);
  }

  /** Whether the second record names the first: the plan says so, or an amendment would but there are none. */
  private boolean secondNamesFirst(TwinPlan t) {
    return t.link() == 0 || t.link() == 2 || (t.link() == 3 && !amendsOnly(t));
  }

  /** The first record, naming its second record when the plan says the first declares them the same. */
  private <T extends dev.readout.core.model.Identified> T declare(T first, TwinPlan t, T second) {
    if (amendsOnly(t)) {
      undeclared.add(new Amender.Pair(first, second, t));
    }
    if (t.link() != 1 && t.link() != 2) {
      return first;
    }
    @SuppressWarnings("unchecked")
    T named = first instanceof Engagement e ? (T) Engagement.builder().from(e).addSameAs(second.id()).build()
        : (T) Commitment.builder().from((Commitment) first).addSameAs(second.id()).build();
    return named;
  }

  /** Adds a record and its second record, if any, in the order the plan says. */
  private static <T> void placeInOrder(java.util.function.Consumer<T> add, T first, Optional<T> second,
                                       Optional<TwinPlan> twin) {
    if (second.isPresent() && twin.orElseThrow().first()) {
      add.accept(second.get());
      add.accept(first);
    } else {
      add.accept(first);
      second.ifPresent(add);
    }
  }

  private int sourceOf(List<Evidence> evidence) {
    return Integer.parseInt(evidence.get(0).source().substring(1));
  }

  // ---- small helpers ----

  /** Sets a record's language and its translations, giving the texts of {@code fields}. */
  private static void translated(java.util.function.Consumer<String> language,
                                 java.util.function.Consumer<List<dev.readout.core.model.Translation>> translations,
                                 Texts t, List<String> fields) {
    language.accept(Translating.language(t.languages()));
    translations.accept(Translating.translations(t.languages(), fields));
  }

  EdtfDate date(DatePlan d) {
    int year = spec.firstYear() + d.year() % (spec.lastYear() - spec.firstYear() + 1);
    PartialDate date;
    if (d.month() == 0) {
      date = PartialDate.ofYear(year);
    } else if (d.day() == 0) {
      date = PartialDate.ofMonth(year, d.month());
    } else {
      int length = YearMonth.of(year, d.month()).lengthOfMonth();
      date = PartialDate.ofDay(year, d.month(), 1 + (d.day() - 1) % length);
    }
    date = date.withQualifier(d.qualifier());
    if (d.span() > 0 && date.precision() == Precision.DAY) {
      return DateInterval.of(date, PartialDate.of(date.earliest().plusDays(d.span())));
    }
    return date;
  }

  private String country(int index) {
    return codes.get(index % codes.size());
  }

  static String ministry(String code) {
    return code.toLowerCase(Locale.ROOT) + "-mod";
  }

  static String minister(String code) {
    return code.toLowerCase(Locale.ROOT) + "-minister";
  }

  private static List<String> countryPool() {
    List<String> first = List.of("VN", "US", "ID", "KR", "IN", "JP", "AU", "FR");
    List<String> pool = new ArrayList<>(first);
    new TreeSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2)).stream()
        .filter(code -> !first.contains(code)).forEach(pool::add);
    return List.copyOf(pool);
  }

  /** {@return the record kinds an amendment can speak to, in {@link RecordKind} order} */
  static List<RecordKind> amendable() {
    return List.of(RecordKind.SOURCE, RecordKind.ORGANIZATION, RecordKind.PERSON, RecordKind.PARTNERSHIP,
        RecordKind.INSTRUMENT, RecordKind.ENGAGEMENT, RecordKind.COMMITMENT, RecordKind.PROGRAMME,
        RecordKind.MILESTONE);
  }
}
