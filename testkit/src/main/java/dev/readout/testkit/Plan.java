package dev.readout.testkit;

import dev.readout.core.dates.Qualifier;
import dev.readout.core.model.ActKind;
import dev.readout.core.model.CommitmentKind;
import dev.readout.core.model.CommitmentStatus;
import dev.readout.core.model.CooperationArea;
import dev.readout.core.model.EngagementFormat;
import dev.readout.core.model.EngagementKind;
import dev.readout.core.model.InstrumentKind;
import dev.readout.core.model.MilestoneKind;
import dev.readout.core.model.OrganizationKind;
import dev.readout.core.model.PartnershipLevel;
import dev.readout.core.model.ProgrammeKind;
import dev.readout.core.model.SourceKind;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * The plan of a dataset: small integers, enum values and generated strings that say which country
 * meets which, when, who commits to what and what the texts say. {@link PlanBuilder} turns a plan
 * into records deterministically, so every reference resolves and every quote is cut from its
 * source's text; jqwik shrinks the plan — fewer engagements, smaller numbers, plainer text — and
 * the dataset shrinks with it.
 */
final class Plan {
  private Plan() {}

  /** The texts of one record; each kind of record uses the ones it has fields for. */
  record Texts(String title, String statement, Optional<String> summary, Optional<String> note,
               Optional<String> other, Optional<String> extra) {}

  /** Which source a record's evidence quotes, and which words of its sentence the quote keeps. */
  record Cut(int source, int from, int length) {}

  /** A date: year offset, month (0 for none), day (0 for none), qualifier, and days spanned (0 for one day). */
  record DatePlan(int year, int month, int day, Qualifier qualifier, int span) {}

  record SourcePlan(SourceKind kind, boolean vietnamese, boolean url, Optional<DatePlan> published, Texts texts) {}

  record OrganizationPlan(int country, boolean international, OrganizationKind kind, boolean underMinistry,
                          boolean evidence, Texts texts, Cut cut) {}

  record AppointmentPlan(int start, int length, int organization) {}

  record PersonPlan(int country, List<AppointmentPlan> appointments, boolean evidence, Texts texts, Cut cut) {}

  record InstrumentPlan(InstrumentKind kind, int party, int otherParty, int signed, int validity,
                        List<CooperationArea> areas, Texts texts, Cut cut) {}

  record PartnershipPlan(int a, int b, PartnershipLevel level, int since, int length, Texts texts, Cut cut) {}

  record ProgrammePlan(ProgrammeKind kind, int party, boolean withMinistry, int period, List<CooperationArea> areas,
                       Texts texts, Cut cut) {}

  record MilestonePlan(MilestoneKind kind, int party, DatePlan date, List<CooperationArea> areas, Texts texts, Cut cut) {}

  record StatusPlan(CommitmentStatus status, int step, int month, boolean note, boolean evidence) {}

  /** Who makes a commitment (0 country, 1 ministry, 2 minister, 3 both sides jointly) and to whom (0 none, 1–3 likewise). */
  record CommitmentShape(int maker, boolean bySecondSide, int addressee, CommitmentKind kind, int due, int dueMonth,
                         boolean startsOpen, List<StatusPlan> statuses) {}

  record CommitmentRefs(int instrument, int programme, int milestone, List<CooperationArea> areas) {}

  record CommitmentPlan(CommitmentShape shape, CommitmentRefs refs, Texts texts, Cut cut) {}

  /** Sides (indexes into the countries; third 0 for none), what, when, part of which earlier engagement. */
  record EngagementShape(int a, int b, int third, EngagementKind kind, EngagementFormat format, DatePlan date,
                         int parent, List<CooperationArea> areas) {}

  /** Extras: bit 1 a ministry participant, 2 a described participant, 4 another person, 8 an act, 16 a place. */
  record EngagementPlan(List<CommitmentPlan> commitments, EngagementShape shape, int extras, ActKind act,
                        List<Integer> instruments, Texts texts, Cut cut) {}

  record Actors(int countries, List<SourcePlan> sources, List<OrganizationPlan> organizations,
                List<Texts> ministers, List<PersonPlan> people) {}

  record Facts(List<InstrumentPlan> instruments, List<PartnershipPlan> partnerships, List<ProgrammePlan> programmes,
               List<MilestonePlan> milestones) {}

  /** Lists of records come first in every combination: jqwik shrinks the parts in order, so records go before text. */
  record DatasetPlan(List<EngagementPlan> engagements, Facts facts, Actors actors) {}

  /** Generates plans within a spec. */
  static Arbitrary<DatasetPlan> plans(DatasetSpec spec) {
    Arbitrary<String> required = spec.requiredText();
    Arbitrary<Optional<String>> optional = maybe(spec.optionalText());
    Arbitrary<Texts> texts = Combinators.combine(required, required, optional, optional, optional, optional)
        .as(Texts::new);
    Arbitrary<Cut> cut = Combinators.combine(small(2), small(15), small(15)).as(Cut::new);
    int years = spec.lastYear() - spec.firstYear();
    Arbitrary<DatePlan> date = Combinators.combine(Arbitraries.integers().between(0, years),
            Arbitraries.integers().between(0, 12), Arbitraries.integers().between(0, 31),
            EdtfArbitraries.qualifiers(), Arbitraries.frequency(
                net.jqwik.api.Tuple.of(4, 0), net.jqwik.api.Tuple.of(1, 1), net.jqwik.api.Tuple.of(1, 4)))
        .as(DatePlan::new);
    Arbitrary<List<CooperationArea>> areas = Arbitraries.of(CooperationArea.wellKnown()).list().ofMaxSize(3)
        .uniqueElements();

    Arbitrary<SourcePlan> source = Combinators.combine(Arbitraries.of(SourceKind.class), bool(), bool(),
        date.optional(0.5), texts).as(SourcePlan::new);
    Arbitrary<OrganizationPlan> organization = Combinators.combine(small(20), Arbitraries.of(false, false, false, true),
        Arbitraries.of(OrganizationKind.class), bool(), bool(), texts, cut).as(OrganizationPlan::new);
    Arbitrary<AppointmentPlan> appointment = Combinators.combine(Arbitraries.integers().between(-1, years),
        Arbitraries.integers().between(-1, 4), small(2)).as(AppointmentPlan::new);
    Arbitrary<PersonPlan> person = Combinators.combine(small(20), appointment.list().ofMaxSize(2), bool(), texts, cut)
        .as(PersonPlan::new);
    Arbitrary<Actors> actors = Combinators.combine(
            Arbitraries.integers().between(spec.minCountries(), spec.maxCountries()),
            source.list().ofMinSize(1).ofMaxSize(3), organization.list().ofMaxSize(3),
            texts.list().ofMaxSize(Math.min(spec.maxCountries(), 4)), person.list().ofMaxSize(4))
        .as(Actors::new);

    Arbitrary<InstrumentPlan> instrument = Combinators.combine(Arbitraries.of(InstrumentKind.class), small(20),
        small(2), Arbitraries.integers().between(-1, years), small(3), areas, texts, cut).as(InstrumentPlan::new);
    Arbitrary<PartnershipPlan> partnership = Combinators.combine(small(20), small(20),
        Arbitraries.of(PartnershipLevel.class), Arbitraries.integers().between(0, years),
        Arbitraries.integers().between(-1, 5), texts, cut).as(PartnershipPlan::new);
    Arbitrary<ProgrammePlan> programme = Combinators.combine(Arbitraries.of(ProgrammeKind.class), small(20), bool(),
        small(4), areas, texts, cut).as(ProgrammePlan::new);
    Arbitrary<MilestonePlan> milestone = Combinators.combine(Arbitraries.of(MilestoneKind.class), small(20), date,
        areas, texts, cut).as(MilestonePlan::new);
    Arbitrary<Facts> facts = Combinators.combine(instrument.list().ofMaxSize(3), partnership.list().ofMaxSize(3),
        programme.list().ofMaxSize(2), milestone.list().ofMaxSize(3)).as(Facts::new);

    Arbitrary<StatusPlan> status = Combinators.combine(Arbitraries.of(CommitmentStatus.class), small(2), small(12),
        bool(), bool()).as(StatusPlan::new);
    Arbitrary<CommitmentShape> shape = Combinators.combine(small(3), bool(), small(3), Arbitraries.of(CommitmentKind.class),
        Arbitraries.integers().between(-1, 3), small(12), Arbitraries.of(false, true, true),
        status.list().ofMaxSize(3)).as(CommitmentShape::new);
    Arbitrary<CommitmentRefs> refs = Combinators.combine(Arbitraries.integers().between(-1, 3),
        Arbitraries.integers().between(-1, 2), Arbitraries.integers().between(-1, 3), areas).as(CommitmentRefs::new);
    Arbitrary<CommitmentPlan> commitment = Combinators.combine(shape, refs, texts, cut).as(CommitmentPlan::new);

    Arbitrary<EngagementShape> engagementShape = Combinators.combine(small(20), small(20), small(20),
        Arbitraries.of(EngagementKind.class), Arbitraries.of(EngagementFormat.class), date,
        Arbitraries.of(0, 0, 0, 1, 2), areas).as(EngagementShape::new);
    Arbitrary<EngagementPlan> engagement = Combinators.combine(
        commitment.list().ofMinSize(spec.minCommitments()).ofMaxSize(spec.maxCommitments()),
        engagementShape, small(31), Arbitraries.of(ActKind.class), small(3).list().ofMaxSize(2), texts, cut)
        .as(EngagementPlan::new);

    return Combinators.combine(engagement.list().ofMinSize(spec.minEngagements()).ofMaxSize(spec.maxEngagements()),
            facts, actors)
        .as(DatasetPlan::new);
  }

  private static Arbitrary<Integer> small(int max) {
    return Arbitraries.integers().between(0, max);
  }

  private static Arbitrary<Boolean> bool() {
    return Arbitraries.of(false, true);
  }

  private static Arbitrary<Optional<String>> maybe(Arbitrary<String> text) {
    return Arbitraries.oneOf(Arbitraries.just(Optional.<String>empty()), text.map(Optional::of));
  }
}
