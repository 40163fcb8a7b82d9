package dev.readout.testkit;

import dev.readout.core.dates.Qualifier;
import dev.readout.core.model.ActKind;
import dev.readout.core.model.AmountBasis;
import dev.readout.core.model.CommitmentKind;
import dev.readout.core.model.CommitmentStatus;
import dev.readout.core.model.CooperationArea;
import dev.readout.core.model.EngagementFormat;
import dev.readout.core.model.EngagementKind;
import dev.readout.core.model.Firmness;
import dev.readout.core.model.InstrumentKind;
import dev.readout.core.model.InstrumentStatus;
import dev.readout.core.model.MilestoneKind;
import dev.readout.core.model.MilestoneOutcomeKind;
import dev.readout.core.model.OrganizationKind;
import dev.readout.core.model.PartnershipLevel;
import dev.readout.core.model.PartnershipTrack;
import dev.readout.core.model.ProgrammeKind;
import dev.readout.core.model.SourceKind;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * The plan of a dataset: small integers, enum values and generated strings that say which country
 * meets which, when, who commits to what, what the texts say and how later sources amend them.
 * {@link PlanBuilder} and {@link Amender} turn a plan into records deterministically, so every
 * reference resolves and every quote is cut from its source's text; jqwik shrinks the plan — fewer
 * engagements and amendments, smaller numbers, plainer text — and the dataset shrinks with it. The
 * part of a plan for a {@link Construct} the spec leaves out is a constant, so it adds nothing to
 * shrink.
 */
final class Plan {
  private Plan() {}

  /**
   * The texts of one record; each kind of record uses the ones it has fields for. The title, which
   * also serves as a name, is one line, as the model requires of titles and names.
   */
  record Texts(String title, String statement, Optional<String> summary, Optional<String> note,
               Optional<String> other, Optional<String> extra, Languages languages) {
    Texts {
      title = oneLine(title);
    }
  }

  /** The text with each line break (those the model counts) written as the visible symbol for a newline, U+2424. */
  static String oneLine(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean lineBreak = c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
      out.append(lineBreak ? '\u2424' : c);
    }
    return out.toString();
  }

  /**
   * Languages of a record: whether its own text is Vietnamese rather than English, which native
   * name of {@link Translating}'s pools it takes (0 for none, or its own text), and its translations.
   */
  record Languages(boolean vietnamese, int script, List<TranslationPlan> translations) {}

  /** A translation: into which language of those the record is not in, which of its texts (bits), and the words. */
  record TranslationPlan(int language, int fields, String first, String second) {}

  /** Which source a record's evidence quotes, and which words of its sentence the quote keeps. */
  record Cut(int source, int from, int length) {}

  /** A date: year offset, month (0 for none), day (0 for none), qualifier, and days spanned (0 for one day). */
  record DatePlan(int year, int month, int day, Qualifier qualifier, int span) {}

  record SourcePlan(SourceKind kind, boolean vietnamese, boolean url, Optional<DatePlan> published, Texts texts) {}

  record OrganizationPlan(int country, boolean international, OrganizationKind kind, boolean underMinistry,
                          boolean evidence, Texts texts, Cut cut) {}

  record AppointmentPlan(int start, int length, int organization) {}

  record PersonPlan(int country, List<AppointmentPlan> appointments, boolean evidence, Texts texts, Cut cut) {}

  /** When an instrument was signed (-1 unknown; else a year offset) and its validity (0 none, 1–3 a kind of period). */
  record InstrumentDates(int signed, int validity) {}

  /** An entry of an instrument's status history: years after the one before, at an engagement (-1 none), evidence. */
  record InstrumentStatusPlan(InstrumentStatus status, int step, int engagement, boolean evidence) {}

  /** The engagement an instrument was signed at (-1 none), the instruments it updates and supersedes, its status history. */
  record InstrumentLife(int signedAt, List<Integer> updates, List<Integer> supersedes,
                        List<InstrumentStatusPlan> history) {}

  record InstrumentPlan(InstrumentKind kind, int party, int otherParty, InstrumentDates dates,
                        List<CooperationArea> areas, Texts texts, Cut cut, InstrumentLife life) {}

  record PartnershipPlan(int a, int b, PartnershipLevel level, int since, int length, Texts texts, Cut cut,
                         PartnershipTrack track) {}

  record ProgrammePlan(ProgrammeKind kind, int party, boolean withMinistry, int period, List<CooperationArea> areas,
                       Texts texts, Cut cut) {}

  /** What became of a milestone: when (-1 unknown; else a year offset), moved by years (-1 unknown), note, evidence. */
  record OutcomePlan(MilestoneOutcomeKind outcome, int date, int moved, boolean note, boolean evidence) {}

  record MilestoneLife(boolean undated, List<OutcomePlan> outcomes) {}

  record MilestonePlan(MilestoneKind kind, int party, DatePlan date, List<CooperationArea> areas, Texts texts, Cut cut,
                       MilestoneLife life) {}

  /** A status change: how many years after the one before, month, note, evidence, at which engagement (-1 none). */
  record StatusPlan(CommitmentStatus status, int step, int month, boolean note, boolean evidence, int engagement) {}

  /** Who makes a commitment (0 country, 1 ministry, 2 minister, 3 both sides jointly) and to whom (0 none, 1–3 likewise). */
  record CommitmentShape(int maker, boolean bySecondSide, int addressee, CommitmentKind kind, int due, int dueMonth,
                         boolean startsOpen, List<StatusPlan> statuses) {}

  record CommitmentRefs(int instrument, int programme, int milestone, List<CooperationArea> areas) {}

  /** A sum of money: units and scale of its value, currency (an index into a pool), basis, dated, with a note. */
  record AmountPlan(long units, int scale, int currency, AmountBasis basis, boolean dated, boolean note) {}

  /**
   * A second record of the same engagement or commitment, from another source: who declares the two
   * the same (0 the second, 1 the first, 2 both, 3 an amendment), whether it comes first, whether a
   * commitment's second record is made at its engagement's second record, how it differs, its quote.
   */
  record TwinPlan(int link, boolean first, boolean atTwin, int variant, Cut cut) {}

  /** How firmly, whether the international body makes it, the milestone it is due at (-1 none), amounts, a second record. */
  record CommitmentExtras(Firmness firmness, boolean byBody, int dueAt, List<AmountPlan> amounts,
                          Optional<TwinPlan> twin) {}

  record CommitmentPlan(CommitmentShape shape, CommitmentRefs refs, Texts texts, Cut cut, CommitmentExtras extras) {}

  /** Sides (indexes into the countries; third 0 for none), what, when, part of which earlier engagement. */
  record EngagementShape(int a, int b, int third, EngagementKind kind, EngagementFormat format, DatePlan date,
                         int parent, List<CooperationArea> areas) {}

  /** Whether the international body is a side, and a second record. */
  record EngagementExtras(boolean body, Optional<TwinPlan> twin) {}

  /**
   * Extras: bit 1 a ministry participant, 2 a described participant, 4 another person, 8 an act,
   * 16 a place, 32 the last participant in a private capacity, 64 the first principal acting for
   * the international body.
   */
  record EngagementPlan(List<CommitmentPlan> commitments, EngagementShape shape, int extras, ActKind act,
                        List<Integer> instruments, Texts texts, Cut cut, EngagementExtras more) {}

  record Actors(int countries, List<SourcePlan> sources, List<OrganizationPlan> organizations,
                List<Texts> ministers, List<PersonPlan> people) {}

  record Facts(List<InstrumentPlan> instruments, List<PartnershipPlan> partnerships, List<ProgrammePlan> programmes,
               List<MilestonePlan> milestones) {}

  /**
   * An amendment: the kind (an index into the kinds that have records to amend) and record it
   * amends, what it says (an index into the kind's changes), whether it is preferred, a number
   * that varies the values it gives, its texts and its quote of a later source.
   */
  record AmendmentPlan(int kind, int target, int change, boolean preferred, int variant, Texts texts, Cut cut) {}

  /** The home side (an index into the countries; -1 for none), the later sources and the amendments. */
  record Accounts(int home, List<SourcePlan> later, List<AmendmentPlan> amendments) {}

  /** Lists of records come first in every combination: jqwik shrinks the parts in order, so records go before text. */
  record DatasetPlan(List<EngagementPlan> engagements, Accounts accounts, Facts facts, Actors actors) {}

  /** Generates plans within a spec. */
  static Arbitrary<DatasetPlan> plans(DatasetSpec spec) {
    Arbitrary<String> required = spec.requiredText();
    Arbitrary<Optional<String>> optional = maybe(spec.optionalText());
    Arbitrary<Texts> texts = Combinators.combine(required, required, optional, optional, optional, optional,
        languages(spec, required)).as(Texts::new);
    Arbitrary<Cut> cut = Combinators.combine(small(2), small(15), small(15)).as(Cut::new);
    int years = spec.lastYear() - spec.firstYear();
    Arbitrary<Integer> year = Arbitraries.integers().between(0, years);
    Arbitrary<DatePlan> date = Combinators.combine(year, Arbitraries.integers().between(0, 12),
            Arbitraries.integers().between(0, 31), EdtfArbitraries.qualifiers(),
            Arbitraries.frequency(Tuple.of(4, 0), Tuple.of(1, 1), Tuple.of(1, 4)))
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

    Arbitrary<InstrumentDates> instrumentDates = Combinators.combine(Arbitraries.integers().between(-1, years),
        small(3)).as(InstrumentDates::new);
    Arbitrary<InstrumentStatusPlan> instrumentStatus = Combinators.combine(Arbitraries.of(InstrumentStatus.class),
        small(2), Arbitraries.integers().between(-1, 20), bool()).as(InstrumentStatusPlan::new);
    Arbitrary<InstrumentLife> instrumentLife = when(spec, Construct.INSTRUMENT_LIFE,
        Combinators.combine(Arbitraries.integers().between(-1, 20), small(20).list().ofMaxSize(1),
            small(20).list().ofMaxSize(1), instrumentStatus.list().ofMaxSize(3)).as(InstrumentLife::new),
        new InstrumentLife(-1, List.of(), List.of(), List.of()));
    Arbitrary<InstrumentPlan> instrument = Combinators.combine(Arbitraries.of(InstrumentKind.class), small(20),
        small(2), instrumentDates, areas, texts, cut, instrumentLife).as(InstrumentPlan::new);
    Arbitrary<PartnershipTrack> track = when(spec, Construct.PARTNERSHIP_TRACKS,
        Arbitraries.of(PartnershipTrack.OVERALL, PartnershipTrack.OVERALL, PartnershipTrack.DEFENCE),
        PartnershipTrack.OVERALL);
    Arbitrary<PartnershipPlan> partnership = Combinators.combine(small(20), small(20),
        Arbitraries.of(PartnershipLevel.class), year, Arbitraries.integers().between(-1, 5), texts, cut, track)
        .as(PartnershipPlan::new);
    Arbitrary<ProgrammePlan> programme = Combinators.combine(Arbitraries.of(ProgrammeKind.class), small(20), bool(),
        small(4), areas, texts, cut).as(ProgrammePlan::new);
    Arbitrary<OutcomePlan> outcome = Combinators.combine(Arbitraries.of(MilestoneOutcomeKind.class),
        Arbitraries.integers().between(-1, years), Arbitraries.integers().between(-1, 2), bool(), bool())
        .as(OutcomePlan::new);
    Arbitrary<MilestoneLife> milestoneLife = when(spec, Construct.MILESTONE_LIFE,
        Combinators.combine(Arbitraries.of(false, false, true), outcome.list().ofMaxSize(2)).as(MilestoneLife::new),
        new MilestoneLife(false, List.of()));
    Arbitrary<MilestonePlan> milestone = Combinators.combine(Arbitraries.of(MilestoneKind.class), small(20), date,
        areas, texts, cut, milestoneLife).as(MilestonePlan::new);
    Arbitrary<Facts> facts = Combinators.combine(instrument.list().ofMaxSize(3), partnership.list().ofMaxSize(3),
        programme.list().ofMaxSize(2), milestone.list().ofMaxSize(3)).as(Facts::new);

    Arbitrary<Integer> atEngagement = when(spec, Construct.STATUS_AT_ENGAGEMENTS,
        Arbitraries.integers().between(-1, 20), -1);
    Arbitrary<StatusPlan> status = Combinators.combine(Arbitraries.of(CommitmentStatus.class), small(2), small(12),
        bool(), bool(), atEngagement).as(StatusPlan::new);
    Arbitrary<CommitmentShape> shape = Combinators.combine(small(3), bool(), small(3), Arbitraries.of(CommitmentKind.class),
        Arbitraries.integers().between(-1, 3), small(12), Arbitraries.of(false, true, true),
        status.list().ofMaxSize(3)).as(CommitmentShape::new);
    Arbitrary<CommitmentRefs> refs = Combinators.combine(Arbitraries.integers().between(-1, 3),
        Arbitraries.integers().between(-1, 2), Arbitraries.integers().between(-1, 3), areas).as(CommitmentRefs::new);
    Arbitrary<TwinPlan> twin = Combinators.combine(small(3), Arbitraries.of(false, false, true), bool(), small(2), cut)
        .as(TwinPlan::new);
    Arbitrary<Optional<TwinPlan>> maybeTwin = when(spec, Construct.SAME_AS, twin.optional(0.15), Optional.empty());
    Arbitrary<CommitmentExtras> commitmentExtras = Combinators.combine(
            when(spec, Construct.FIRMNESS, Arbitraries.of(Firmness.FIRM, Firmness.FIRM, Firmness.CONDITIONAL,
                Firmness.TO_BE_CONSIDERED), Firmness.FIRM),
            when(spec, Construct.ORGANIZATION_SIDES, bool(), false),
            when(spec, Construct.DUE_AT, Arbitraries.integers().between(-3, 3), -1),
            when(spec, Construct.AMOUNTS, amounts(), List.of()),
            maybeTwin)
        .as(CommitmentExtras::new);
    Arbitrary<CommitmentPlan> commitment = Combinators.combine(shape, refs, texts, cut, commitmentExtras)
        .as(CommitmentPlan::new);

    Arbitrary<EngagementShape> engagementShape = Combinators.combine(small(20), small(20), small(20),
        Arbitraries.of(EngagementKind.class), Arbitraries.of(EngagementFormat.class), date,
        Arbitraries.of(0, 0, 0, 1, 2), areas).as(EngagementShape::new);
    Arbitrary<EngagementExtras> engagementExtras = Combinators.combine(
        when(spec, Construct.ORGANIZATION_SIDES, Arbitraries.of(false, false, true), false), maybeTwin)
        .as(EngagementExtras::new);
    int extras = spec.has(Construct.PARTICIPANT_ROLES) ? 127 : 31;
    Arbitrary<EngagementPlan> engagement = Combinators.combine(
        commitment.list().ofMinSize(spec.minCommitments()).ofMaxSize(spec.maxCommitments()),
        engagementShape, small(extras), Arbitraries.of(ActKind.class), small(3).list().ofMaxSize(2), texts, cut,
        engagementExtras).as(EngagementPlan::new);

    Arbitrary<AmendmentPlan> amendment = Combinators.combine(small(20), small(50), small(50),
        spec.has(Construct.AMENDMENTS) && spec.has(Construct.OTHER_ACCOUNTS) ? Arbitraries.of(true, true, false)
            : Arbitraries.just(spec.has(Construct.AMENDMENTS)), small(50), texts, cut).as(AmendmentPlan::new);
    Arbitrary<Accounts> accounts = Combinators.combine(
            when(spec, Construct.HOME, Arbitraries.integers().between(-1, 20), -1),
            spec.amends() ? source.list().ofMinSize(1).ofMaxSize(2) : Arbitraries.just(List.<SourcePlan>of()),
            spec.amends() ? amendment.list().ofMaxSize(5) : Arbitraries.just(List.<AmendmentPlan>of()))
        .as(Accounts::new);

    return Combinators.combine(engagement.list().ofMinSize(spec.minEngagements()).ofMaxSize(spec.maxEngagements()),
            accounts, facts, actors)
        .as(DatasetPlan::new);
  }

  private static Arbitrary<Languages> languages(DatasetSpec spec, Arbitrary<String> text) {
    if (!spec.has(Construct.TRANSLATIONS) && !spec.has(Construct.NATIVE_NAMES)) {
      return Arbitraries.just(new Languages(false, 0, List.of()));
    }
    Arbitrary<TranslationPlan> translation = Combinators.combine(small(3), small(15), text, text)
        .as(TranslationPlan::new);
    return Combinators.combine(
            when(spec, Construct.TRANSLATIONS, Arbitraries.of(false, false, true), false),
            when(spec, Construct.NATIVE_NAMES, small(Translating.SCRIPTS), 0),
            when(spec, Construct.TRANSLATIONS, translation.list().ofMaxSize(2), List.of()))
        .as(Languages::new);
  }

  private static Arbitrary<List<AmountPlan>> amounts() {
    Arbitrary<AmountPlan> amount = Combinators.combine(Arbitraries.longs().between(0, 999_999_999L), small(2),
        small(Translating.CURRENCIES.size() - 1), Arbitraries.of(AmountBasis.class), bool(), bool())
        .as(AmountPlan::new);
    return amount.list().ofMaxSize(2);
  }

  /** The arbitrary when the spec holds the construct, else the constant that leaves it out. */
  private static <T> Arbitrary<T> when(DatasetSpec spec, Construct construct, Arbitrary<T> arbitrary, T without) {
    return spec.has(construct) ? arbitrary : Arbitraries.just(without);
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
