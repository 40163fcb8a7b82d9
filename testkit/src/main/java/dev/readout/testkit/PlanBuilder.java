package dev.readout.testkit;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.dates.Bound;
import dev.readout.core.dates.DateInterval;
import dev.readout.core.dates.EdtfDate;
import dev.readout.core.dates.PartialDate;
import dev.readout.core.dates.Precision;
import dev.readout.core.model.Act;
import dev.readout.core.model.Appointment;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.CommitmentKind;
import dev.readout.core.model.CommitmentStatus;
import dev.readout.core.model.Country;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.Evidence;
import dev.readout.core.model.Instrument;
import dev.readout.core.model.Milestone;
import dev.readout.core.model.Organization;
import dev.readout.core.model.OrganizationKind;
import dev.readout.core.model.Participant;
import dev.readout.core.model.ParticipantRole;
import dev.readout.core.model.Partnership;
import dev.readout.core.model.Party;
import dev.readout.core.model.Person;
import dev.readout.core.model.Programme;
import dev.readout.core.model.Source;
import dev.readout.core.model.StatusChange;
import dev.readout.testkit.Plan.AppointmentPlan;
import dev.readout.testkit.Plan.CommitmentPlan;
import dev.readout.testkit.Plan.Cut;
import dev.readout.testkit.Plan.DatePlan;
import dev.readout.testkit.Plan.DatasetPlan;
import dev.readout.testkit.Plan.EngagementPlan;
import dev.readout.testkit.Plan.EngagementShape;
import dev.readout.testkit.Plan.InstrumentPlan;
import dev.readout.testkit.Plan.MilestonePlan;
import dev.readout.testkit.Plan.OrganizationPlan;
import dev.readout.testkit.Plan.PartnershipPlan;
import dev.readout.testkit.Plan.PersonPlan;
import dev.readout.testkit.Plan.ProgrammePlan;
import dev.readout.testkit.Plan.SourcePlan;
import dev.readout.testkit.Plan.StatusPlan;
import dev.readout.testkit.Plan.Texts;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Turns a {@link DatasetPlan} into a valid dataset, deterministically. Every record's evidence is
 * a sentence {@code "<Label> <statement>."} appended to the text of one source, and the quote is a
 * run of that sentence's space-separated words: since the sentence starts and ends with ASCII and
 * is cut only at ASCII spaces, the quote survives NFC and whitespace folding exactly as the source
 * text does, whatever the statement holds.
 */
final class PlanBuilder {
  /** The countries a dataset draws from, in order: the first {@code n} are used. */
  static final List<String> COUNTRY_POOL = countryPool();

  private final DatasetSpec spec;
  private final List<String> codes;
  private final List<List<String>> sentences = new ArrayList<>();
  private final Dataset.Builder out = Dataset.builder();
  private final List<Organization> extraOrganizations = new ArrayList<>();
  private final List<Person> extraPeople = new ArrayList<>();
  private int instruments;
  private int programmes;
  private int milestones;

  private PlanBuilder(DatasetSpec spec, DatasetPlan plan) {
    this.spec = spec;
    this.codes = COUNTRY_POOL.subList(0, plan.actors().countries());
    plan.actors().sources().forEach(s -> sentences.add(new ArrayList<>()));
  }

  static Dataset build(DatasetSpec spec, DatasetPlan plan) {
    return new PlanBuilder(spec, plan).records(plan).build();
  }

  private Dataset.Builder records(DatasetPlan plan) {
    codes.forEach(code -> out.addCountries(Country.of(code)));
    for (int i = 0; i < codes.size(); i++) {
      String code = codes.get(i);
      out.addOrganizations(Organization.builder().id(ministry(code)).name("Ministry of Defence of " + code)
          .organizationKind(OrganizationKind.MINISTRY).country(code).build());
      List<Texts> ministers = plan.actors().ministers();
      out.addPeople(minister(code, i < ministers.size() ? Optional.of(ministers.get(i)) : Optional.empty()));
    }
    List<OrganizationPlan> organizations = plan.actors().organizations();
    for (int i = 0; i < organizations.size(); i++) {
      extraOrganizations.add(organization(i, organizations.get(i)));
    }
    out.addOrganizations(extraOrganizations);
    List<PersonPlan> people = plan.actors().people();
    for (int i = 0; i < people.size(); i++) {
      extraPeople.add(person(i, people.get(i)));
    }
    out.addPeople(extraPeople);

    List<InstrumentPlan> instrumentPlans = plan.facts().instruments();
    instruments = instrumentPlans.size();
    for (int i = 0; i < instrumentPlans.size(); i++) {
      out.addInstruments(instrument(i, instrumentPlans.get(i)));
    }
    List<PartnershipPlan> partnerships = plan.facts().partnerships();
    for (int i = 0; i < partnerships.size(); i++) {
      out.addPartnerships(partnership(i, partnerships.get(i)));
    }
    List<ProgrammePlan> programmePlans = plan.facts().programmes();
    programmes = programmePlans.size();
    for (int i = 0; i < programmePlans.size(); i++) {
      out.addProgrammes(programme(i, programmePlans.get(i)));
    }
    List<MilestonePlan> milestonePlans = plan.facts().milestones();
    milestones = milestonePlans.size();
    for (int i = 0; i < milestonePlans.size(); i++) {
      out.addMilestones(milestone(i, milestonePlans.get(i)));
    }

    List<Engagement> engagements = new ArrayList<>();
    for (int i = 0; i < plan.engagements().size(); i++) {
      EngagementPlan e = plan.engagements().get(i);
      Engagement engagement = engagement(i, e, engagements);
      engagements.add(engagement);
      for (int j = 0; j < e.commitments().size(); j++) {
        out.addCommitments(commitment(engagement, j, e.commitments().get(j)));
      }
    }
    out.addEngagements(engagements);

    List<SourcePlan> sources = plan.actors().sources();
    for (int i = 0; i < sources.size(); i++) {
      out.addSources(source(i, sources.get(i)));
    }
    return out;
  }

  // ---- actors ----

  private Person minister(String code, Optional<Texts> texts) {
    int middle = (spec.firstYear() + spec.lastYear()) / 2;
    Person.Builder b = Person.builder().id(minister(code))
        .name(texts.map(Texts::title).orElse("Minister " + code)).country(code)
        .addAppointments(Appointment.builder().title("Minister of Defence").organization(ministry(code))
            .start(PartialDate.ofYear(spec.firstYear())).end(PartialDate.ofMonth(middle, 6)).build())
        .addAppointments(Appointment.builder().title("Deputy Prime Minister")
            .start(PartialDate.ofMonth(middle, 7)).build());
    texts.ifPresent(t -> {
      t.summary().ifPresent(b::nativeName);
      t.other().ifPresent(b::honorific);
      t.note().ifPresent(b::note);
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
    if (p.evidence()) {
      b.addEvidence(cite(p.cut(), "Organization o" + i + ":", t.statement(), Optional.empty()));
    }
    return b.build();
  }

  private Person person(int i, PersonPlan p) {
    Texts t = p.texts();
    Person.Builder b = Person.builder().id("x" + i).name(t.title()).country(country(p.country()));
    t.summary().ifPresent(b::nativeName);
    t.other().ifPresent(b::honorific);
    t.note().ifPresent(b::note);
    for (AppointmentPlan a : p.appointments()) {
      Appointment.Builder ab = Appointment.builder().title(t.statement());
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
      b.addEvidence(cite(p.cut(), "Person x" + i + ":", t.statement(), Optional.empty()));
    }
    return b.build();
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
    int year = spec.firstYear() + Math.max(p.signed(), 0);
    if (p.signed() >= 0) {
      b.signed(PartialDate.ofYear(year));
    }
    switch (p.validity()) {
      case 1 -> b.validity(DateInterval.of(PartialDate.ofYear(year), PartialDate.ofYear(year + 3)));
      case 2 -> b.validity(DateInterval.from(PartialDate.ofYear(year)));
      case 3 -> b.validity(DateInterval.of(Bound.DATE, Optional.of(PartialDate.ofYear(year)), Bound.UNKNOWN,
          Optional.empty()));
      default -> { }
    }
    t.summary().ifPresent(b::summary);
    t.note().ifPresent(b::note);
    return b.addEvidence(cite(p.cut(), "Instrument i" + i + ":", t.statement(), Optional.empty())).build();
  }

  private Partnership partnership(int i, PartnershipPlan p) {
    Texts t = p.texts();
    int a = p.a() % codes.size();
    int b = (a + 1 + p.b() % (codes.size() - 1)) % codes.size();
    int since = spec.firstYear() + p.since();
    Partnership.Builder pb = Partnership.builder().id("p" + i).addCountries(codes.get(a), codes.get(b))
        .level(p.level()).since(PartialDate.ofYear(since));
    if (p.length() >= 0) {
      pb.until(PartialDate.ofYear(since + p.length()));
    }
    t.summary().ifPresent(pb::name);
    t.note().ifPresent(pb::note);
    return pb.addEvidence(cite(p.cut(), "Partnership p" + i + ":", t.statement(), Optional.empty())).build();
  }

  private Programme programme(int i, ProgrammePlan p) {
    Texts t = p.texts();
    int a = p.party() % codes.size();
    Programme.Builder b = Programme.builder().id("pr" + i).title(t.title()).programmeKind(p.kind())
        .addParties(Party.country(codes.get(a))).addAllAreas(p.areas());
    if (p.withMinistry()) {
      b.addParties(Party.organization(ministry(codes.get((a + 1) % codes.size()))));
    }
    PartialDate first = PartialDate.ofYear(spec.firstYear());
    PartialDate last = PartialDate.ofYear(spec.lastYear());
    switch (p.period()) {
      case 1 -> b.period(DateInterval.of(first, last));
      case 2 -> b.period(DateInterval.from(first));
      case 3 -> b.period(DateInterval.until(last));
      case 4 -> b.period(DateInterval.of(Bound.UNKNOWN, Optional.empty(), Bound.DATE, Optional.of(last)));
      default -> { }
    }
    t.summary().ifPresent(b::summary);
    t.note().ifPresent(b::note);
    return b.addEvidence(cite(p.cut(), "Programme pr" + i + ":", t.statement(), Optional.empty())).build();
  }

  private Milestone milestone(int i, MilestonePlan p) {
    Texts t = p.texts();
    Milestone.Builder b = Milestone.builder().id("m" + i).title(t.title()).milestoneKind(p.kind())
        .date(date(p.date())).addParties(Party.country(country(p.party()))).addAllAreas(p.areas());
    t.summary().ifPresent(b::summary);
    t.note().ifPresent(b::note);
    return b.addEvidence(cite(p.cut(), "Milestone m" + i + ":", t.statement(), Optional.empty())).build();
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
    Optional<Engagement> parent = s.parent() > 0 && i - s.parent() >= 0
        ? Optional.of(earlier.get(i - s.parent())) : Optional.empty();
    Engagement.Builder eb = Engagement.builder().id("e" + i).title(t.title()).engagementKind(s.kind())
        .format(s.format()).date(parent.map(Engagement::date).orElseGet(() -> date(s.date())))
        .addAllSides(sides).addAllAreas(s.areas());
    parent.ifPresent(x -> eb.parent(x.id()));
    for (String side : sides) {
      eb.addParticipants(Participant.of(minister(side), side, ParticipantRole.PRINCIPAL));
    }
    if ((p.extras() & 1) != 0) {
      eb.addParticipants(Participant.builder().organization(ministry(a)).side(a)
          .role(ParticipantRole.DELEGATION_MEMBER).build());
    }
    if ((p.extras() & 2) != 0) {
      eb.addParticipants(Participant.builder().description(t.other().orElse("embassy staff")).side(b)
          .role(ParticipantRole.STAFF).build());
    }
    if ((p.extras() & 4) != 0) {
      extraPeople.stream().filter(x -> sides.contains(x.country())).findFirst().ifPresent(x ->
          eb.addParticipants(Participant.of(x.id(), x.country(), ParticipantRole.ATTENDEE)));
    }
    if ((p.extras() & 8) != 0) {
      eb.addActs(Act.builder().actKind(p.act()).addBy(Party.person(minister(a))).addTo(Party.country(b))
          .description(t.statement())
          .addEvidence(cite(p.cut(), "Act at e" + i + ":", t.title(), Optional.empty())).build());
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
    return eb.addEvidence(cite(p.cut(), "Engagement e" + i + ":", t.statement(), t.extra())).build();
  }

  private Commitment commitment(Engagement at, int j, CommitmentPlan p) {
    Plan.CommitmentShape s = p.shape();
    Texts t = p.texts();
    String id = at.id() + "-c" + j;
    String maker = at.sides().get(s.bySecondSide() ? 1 : 0);
    String other = at.sides().get(s.bySecondSide() ? 0 : 1);
    boolean joint = s.maker() == 3;
    Commitment.Builder cb = Commitment.builder().id(id).engagement(at.id()).text(t.title())
        .commitmentKind(joint ? CommitmentKind.AGREEMENT : s.kind()).addAllAreas(p.refs().areas());
    if (joint) {
      cb.addMakers(Party.country(at.sides().get(0)), Party.country(at.sides().get(1)));
    } else {
      cb.addMakers(party(s.maker(), maker));
      if (s.addressee() > 0) {
        cb.addAddressees(party(s.addressee() - 1, other));
      }
    }
    int year = at.date().earliest().getYear();
    if (s.due() >= 0) {
      int dueYear = year + s.due();
      if (s.due() == 0 || s.dueMonth() == 0) {
        cb.due(PartialDate.ofYear(dueYear));
      } else if (s.dueMonth() == 12) {
        cb.due(DateInterval.from(PartialDate.ofYear(dueYear)));
      } else {
        cb.due(PartialDate.ofMonth(dueYear, s.dueMonth()));
      }
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
      if (st.evidence()) {
        sb.addEvidence(cite(p.cut(), "Status " + q + " of " + id + ":",
            t.summary().orElse(st.status().name().toLowerCase(Locale.ROOT)), t.extra()));
      }
      cb.addStatusHistory(sb.build());
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
    return cb.addEvidence(cite(p.cut(), "Commitment " + id + ":", t.statement(), Optional.empty())).build();
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

  // ---- sources and quotes ----

  private Source source(int i, SourcePlan p) {
    Texts t = p.texts();
    StringBuilder text = new StringBuilder("Report ").append(t.statement()).append('.');
    List<String> own = sentences.get(i);
    for (int k = 0; k < own.size(); k++) {
      text.append(k % 3 == 2 ? "\n\n" : " ").append(own.get(k));
    }
    Source.Builder b = Source.builder().id("s" + i).title(t.title()).sourceKind(p.kind())
        .language(p.vietnamese() ? "vi" : "en").text(text.toString());
    if (p.url()) {
      b.url("https://example.org/readout/s" + i);
    }
    p.published().ifPresent(d -> b.published(date(d)));
    t.summary().ifPresent(b::publisher);
    t.other().ifPresent(b::author);
    t.extra().ifPresent(b::translator);
    t.note().ifPresent(b::note);
    return b.build();
  }

  /**
   * Adds the sentence {@code "<label> <statement>."} to a source's text and returns evidence that
   * quotes a run of its words.
   */
  private Evidence cite(Cut cut, String label, String statement, Optional<String> note) {
    int source = cut.source() % sentences.size();
    String sentence = label + " " + statement + ".";
    sentences.get(source).add(sentence);
    Evidence.Builder b = Evidence.builder().source("s" + source).quote(words(sentence, cut.from(), cut.length()));
    note.ifPresent(b::note);
    return b.build();
  }

  /** A run of the space-separated words of {@code sentence}; the whole sentence if the run would be blank. */
  static String words(String sentence, int from, int length) {
    List<Integer> starts = new ArrayList<>(List.of(0));
    List<Integer> ends = new ArrayList<>();
    for (int i = 0; i < sentence.length(); i++) {
      if (sentence.charAt(i) == ' ') {
        ends.add(i);
        starts.add(i + 1);
      }
    }
    ends.add(sentence.length());
    int first = from % starts.size();
    int last = first + length % (starts.size() - first);
    String quote = sentence.substring(starts.get(first), ends.get(last));
    return quote.isBlank() ? sentence : quote;
  }

  // ---- small helpers ----

  private EdtfDate date(DatePlan d) {
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
}
