package dev.readout.core.testing;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.dates.DateInterval;
import dev.readout.core.dates.EdtfDate;
import dev.readout.core.dates.PartialDate;
import dev.readout.core.dates.Qualifier;
import dev.readout.core.model.Appointment;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.CommitmentKind;
import dev.readout.core.model.CommitmentStatus;
import dev.readout.core.model.CooperationArea;
import dev.readout.core.model.Country;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.EngagementFormat;
import dev.readout.core.model.EngagementKind;
import dev.readout.core.model.Evidence;
import dev.readout.core.model.Instrument;
import dev.readout.core.model.InstrumentKind;
import dev.readout.core.model.Milestone;
import dev.readout.core.model.MilestoneKind;
import dev.readout.core.model.Organization;
import dev.readout.core.model.OrganizationKind;
import dev.readout.core.model.Participant;
import dev.readout.core.model.ParticipantRole;
import dev.readout.core.model.Partnership;
import dev.readout.core.model.PartnershipLevel;
import dev.readout.core.model.Party;
import dev.readout.core.model.Person;
import dev.readout.core.model.Programme;
import dev.readout.core.model.ProgrammeKind;
import dev.readout.core.model.Source;
import dev.readout.core.model.StatusChange;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators for valid datasets. A dataset is generated as a plan — small integers and enum
 * values that say which country meets which, when, and who commits to what — and the plan is then
 * turned into records whose references resolve and whose quotes are cut from the generated source
 * text, so every generated dataset is valid by construction and shrinks towards fewer, simpler
 * records. The testkit module publishes the same generators to users.
 */
public final class ModelArbitraries {
  /** The countries generated datasets draw from, in order. */
  public static final List<String> COUNTRY_POOL = List.of("VN", "US", "ID", "KR", "IN", "JP", "AU", "FR");
  private static final String SOURCE = "generated";

  private ModelArbitraries() {}

  /** One engagement of the plan: which two countries (as indexes), when, what about. */
  record EngagementPlan(int a, int b, int year, int month, Qualifier qualifier, EngagementFormat format,
                        List<CooperationArea> areas, boolean partOfPrevious) {}

  /** One commitment of the plan: at which engagement, by which side, what kind, due and status. */
  record CommitmentPlan(int engagement, boolean bySideA, CommitmentKind kind, int dueInYears,
                        List<CommitmentStatus> laterStatuses, List<CooperationArea> areas, boolean toOrganization) {}

  /** A dataset plan. */
  record DatasetPlan(int countries, List<EngagementPlan> engagements, List<CommitmentPlan> commitments,
                     int instruments, int milestones) {}

  /**
   * Generates valid datasets of up to {@code maxEngagements} engagements, with about two
   * commitments each, and people, organisations, instruments, partnerships, programmes and
   * milestones around them.
   *
   * @param maxEngagements the largest number of engagements
   * @return datasets that build without problems
   */
  public static Arbitrary<Dataset> datasets(int maxEngagements) {
    return plans(maxEngagements).map(ModelArbitraries::build);
  }

  /** Generates valid datasets of up to 12 engagements. */
  public static Arbitrary<Dataset> datasets() {
    return datasets(12);
  }

  static Arbitrary<DatasetPlan> plans(int maxEngagements) {
    Arbitrary<List<CooperationArea>> areas = Arbitraries.of(CooperationArea.wellKnown()).list().ofMaxSize(3).uniqueElements();
    Arbitrary<EngagementPlan> engagement = Combinators.combine(
            Arbitraries.integers().between(0, 7), Arbitraries.integers().between(0, 7),
            Arbitraries.integers().between(2018, 2026), Arbitraries.integers().between(0, 12),
            Arbitraries.of(Qualifier.class), Arbitraries.of(EngagementFormat.class), areas,
            Arbitraries.of(false, false, true))
        .as(EngagementPlan::new);
    Arbitrary<CommitmentPlan> commitment = Combinators.combine(
            Arbitraries.integers().between(0, 99), Arbitraries.of(true, false), Arbitraries.of(CommitmentKind.class),
            Arbitraries.integers().between(-1, 3),
            Arbitraries.of(CommitmentStatus.class).list().ofMaxSize(3), areas, Arbitraries.of(true, false))
        .as(CommitmentPlan::new);
    return Combinators.combine(
            Arbitraries.integers().between(2, COUNTRY_POOL.size()),
            engagement.list().ofMaxSize(maxEngagements),
            commitment.list().ofMaxSize(maxEngagements * 2),
            Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 3))
        .as(DatasetPlan::new);
  }

  static Dataset build(DatasetPlan plan) {
    List<String> sentences = new ArrayList<>();
    Dataset.Builder b = Dataset.builder();
    List<String> codes = COUNTRY_POOL.subList(0, plan.countries());
    codes.forEach(code -> b.addCountries(Country.of(code)));
    for (String code : codes) {
      String lower = code.toLowerCase(java.util.Locale.ROOT);
      b.addOrganizations(Organization.builder().id(lower + "-mod").name("Ministry of Defence of " + code)
          .organizationKind(OrganizationKind.MINISTRY).country(code).build());
      b.addPeople(Person.builder().id(lower + "-minister").name("Minister " + code).country(code)
          .addAppointments(Appointment.builder().title("Minister of Defence").organization(lower + "-mod")
              .start(PartialDate.ofYear(2018)).end(PartialDate.ofMonth(2022, 6)).build())
          .addAppointments(Appointment.builder().title("Deputy Prime Minister")
              .start(PartialDate.ofMonth(2022, 7)).build())
          .build());
    }
    List<Engagement> engagements = new ArrayList<>();
    for (int i = 0; i < plan.engagements().size(); i++) {
      EngagementPlan e = plan.engagements().get(i);
      String a = codes.get(e.a() % codes.size());
      String other = codes.get(e.b() % codes.size());
      String c = other.equals(a) ? codes.get((e.b() + 1) % codes.size()) : other;
      PartialDate date = (e.month() == 0 ? PartialDate.ofYear(e.year()) : PartialDate.ofMonth(e.year(), e.month()))
          .withQualifier(e.qualifier());
      String quote = "Engagement " + i + " took place between " + a + " and " + c + ".";
      sentences.add(quote);
      Engagement.Builder eb = Engagement.builder().id("e" + i).title("Meeting " + i)
          .engagementKind(EngagementKind.MEETING).format(e.format()).date(date)
          .addSides(a, c)
          .addParticipants(Participant.of(a.toLowerCase(java.util.Locale.ROOT) + "-minister", a, ParticipantRole.PRINCIPAL))
          .addParticipants(Participant.of(c.toLowerCase(java.util.Locale.ROOT) + "-minister", c, ParticipantRole.PRINCIPAL))
          .addAllAreas(e.areas())
          .addEvidence(Evidence.of(SOURCE, quote));
      if (e.partOfPrevious() && i > 0) {
        eb.parent("e" + (i - 1));
      }
      engagements.add(eb.build());
    }
    b.addEngagements(engagements);
    if (!engagements.isEmpty()) {
      for (int i = 0; i < plan.commitments().size(); i++) {
        CommitmentPlan p = plan.commitments().get(i);
        Engagement at = engagements.get(p.engagement() % engagements.size());
        String maker = at.sides().get(p.bySideA() ? 0 : 1);
        String addressee = at.sides().get(p.bySideA() ? 1 : 0);
        int year = at.date().earliest().getYear();
        String quote = "Commitment " + i + " was made by " + maker + ".";
        sentences.add(quote);
        Commitment.Builder cb = Commitment.builder().id("c" + i).commitmentKind(p.kind())
            .addMakers(Party.country(maker))
            .addAddressees(p.toOrganization()
                ? Party.organization(addressee.toLowerCase(java.util.Locale.ROOT) + "-mod")
                : Party.country(addressee))
            .engagement(at.id()).text("Commitment " + i).addAllAreas(p.areas())
            .addStatusHistory(StatusChange.of(at.date(), CommitmentStatus.OPEN))
            .addEvidence(Evidence.of(SOURCE, quote));
        if (p.dueInYears() >= 0) {
          cb.due(PartialDate.ofYear(year + p.dueInYears()));
        }
        for (int s = 0; s < p.laterStatuses().size(); s++) {
          cb.addStatusHistory(StatusChange.of(PartialDate.ofYear(year + 1 + s), p.laterStatuses().get(s)));
        }
        b.addCommitments(cb.build());
      }
    }
    for (int i = 0; i < plan.instruments(); i++) {
      String quote = "Instrument " + i + " was signed.";
      sentences.add(quote);
      b.addInstruments(Instrument.builder().id("i" + i).title("Memorandum " + i)
          .instrumentKind(InstrumentKind.MEMORANDUM_OF_UNDERSTANDING)
          .addParties(Party.country(codes.get(0)), Party.organization(codes.get(1 + i % (codes.size() - 1)).toLowerCase(java.util.Locale.ROOT) + "-mod"))
          .signed(PartialDate.ofYear(2015 + i)).validity(DateInterval.of(PartialDate.ofYear(2015 + i), PartialDate.ofYear(2020 + i)))
          .addEvidence(Evidence.of(SOURCE, quote)).build());
      b.addPartnerships(Partnership.builder().id("p" + i).addCountries(codes.get(0), codes.get(1 + i % (codes.size() - 1)))
          .level(PartnershipLevel.values()[i % PartnershipLevel.values().length]).since(PartialDate.ofYear(2010 + i))
          .addEvidence(Evidence.of(SOURCE, quote)).build());
      b.addProgrammes(Programme.builder().id("pr" + i).title("Programme " + i).programmeKind(ProgrammeKind.PROJECT)
          .addParties(Party.country(codes.get(i % codes.size()))).period(PartialDate.ofYear(2019 + i))
          .addEvidence(Evidence.of(SOURCE, quote)).build());
    }
    for (int i = 0; i < plan.milestones(); i++) {
      String quote = "Milestone " + i + " is coming.";
      sentences.add(quote);
      b.addMilestones(Milestone.builder().id("m" + i).title("Milestone " + i).milestoneKind(MilestoneKind.ANNIVERSARY)
          .date(PartialDate.ofYear(2020 + 2 * i)).addParties(Party.country(codes.get(i % codes.size())))
          .addEvidence(Evidence.of(SOURCE, quote)).build());
    }
    b.addSources(Source.builder().id(SOURCE).title("Generated source").text(String.join(" ", sentences)).build());
    return b.build();
  }

  /**
   * Generates days from 2017 to 2028, the span the generated records fall in.
   *
   * @return days to ask queries about
   */
  public static Arbitrary<java.time.LocalDate> days() {
    return Arbitraries.integers().between(0, 12 * 366).map(n -> java.time.LocalDate.of(2017, 1, 1).plusDays(n));
  }

  /**
   * Generates periods to ask about: single dates and intervals.
   *
   * @return dates
   */
  public static Arbitrary<EdtfDate> periods() {
    return dev.readout.core.dates.EdtfDateArbitraries.edtfDates();
  }
}
