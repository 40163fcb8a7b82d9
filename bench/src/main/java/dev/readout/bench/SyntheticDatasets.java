package dev.readout.bench;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.dates.EdtfDate;
import dev.readout.core.model.Act;
import dev.readout.core.model.ActKind;
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
import dev.readout.core.model.SourceKind;
import dev.readout.core.model.StatusChange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Valid synthetic datasets of any size, the same for the same size: one home country (Viet Nam)
 * and twelve counterparts, their ministries and people with posts over time, partnership levels,
 * framework instruments, programmes and milestones; then {@code n} engagements, each reported by a
 * source article of its own (about 2,000 characters), each with about five commitments whose quotes
 * are sentences cut from that article. Lengths follow the seed dataset: titles about 60 characters,
 * commitment texts 120–200, quotes about 150.
 *
 * <p>Everything comes from one {@link Random} with a fixed seed, so {@code of(1000)} is the same
 * dataset in every run and on every machine.
 */
public final class SyntheticDatasets {
  /** The seed of every generator. */
  public static final long SEED = 20_240_917L;
  /** The home country, whose perspective briefings take. */
  public static final String HOME = "VN";
  /** The counterparts, most engaged first. */
  public static final List<String> COUNTERPARTS =
      List.of("US", "IN", "KR", "JP", "ID", "AU", "FR", "GB", "DE", "SG", "TH", "PH");
  /** The day briefings are composed as of: after every synthetic engagement. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);

  private static final int FIRST_YEAR = 2000;
  private static final int LAST_YEAR = 2025;

  private SyntheticDatasets() {}

  /**
   * Returns the valid dataset with {@code engagements} engagements (about five commitments each).
   *
   * @param engagements how many engagements, at least 1
   * @return the dataset
   */
  public static Dataset of(int engagements) {
    return records(engagements).build();
  }

  /**
   * Returns the records of {@link #of(int)} before they are built into a dataset, so that building
   * and validating can be measured on its own.
   *
   * @param engagements how many engagements, at least 1
   * @return the records
   */
  public static Records records(int engagements) {
    if (engagements < 1) {
      throw new IllegalArgumentException("engagements must be at least 1, but was " + engagements);
    }
    return new Generator(new Random(SEED), engagements).generate();
  }

  /** The records of a synthetic dataset, kind by kind. */
  public record Records(
      List<Source> sources,
      List<Country> countries,
      List<Organization> organizations,
      List<Person> people,
      List<Partnership> partnerships,
      List<Instrument> instruments,
      List<Engagement> engagements,
      List<Commitment> commitments,
      List<Programme> programmes,
      List<Milestone> milestones) {

    /** Copies the lists. */
    public Records {
      sources = List.copyOf(sources);
      countries = List.copyOf(countries);
      organizations = List.copyOf(organizations);
      people = List.copyOf(people);
      partnerships = List.copyOf(partnerships);
      instruments = List.copyOf(instruments);
      engagements = List.copyOf(engagements);
      commitments = List.copyOf(commitments);
      programmes = List.copyOf(programmes);
      milestones = List.copyOf(milestones);
    }

    /**
     * Builds and validates the dataset: what the dataset benchmark measures.
     *
     * @return the dataset
     */
    public Dataset build() {
      return Dataset.builder()
          .addSources(sources).addCountries(countries).addOrganizations(organizations).addPeople(people)
          .addPartnerships(partnerships).addInstruments(instruments).addEngagements(engagements)
          .addCommitments(commitments).addProgrammes(programmes).addMilestones(milestones)
          .build();
    }
  }

  /** One run of the generator: the random source and the records made so far. */
  private static final class Generator {
    private static final String[] CITIES = {
      "Hà Nội", "Washington, D.C.", "New Delhi", "Seoul", "Tokyo", "Jakarta", "Canberra", "Paris", "London",
      "Berlin", "Singapore", "Bangkok", "Manila"};
    private static final String[] GIVEN = {
      "Anh", "Minh", "Thành", "Hùng", "Quang", "Tuấn", "Lloyd", "Rajnath", "Jong-sup", "Yasukazu", "Prabowo",
      "Richard", "Sébastien", "Grant", "Boris", "Ng", "Sutin", "Gilberto", "Carlos", "Hiroshi", "Anjali",
      "Min-ho", "Dewi", "Charlotte", "Pierre", "Margaret", "Klaus", "Wei", "Somchai", "Maria"};
    private static final String[] FAMILY = {
      "Phan", "Nguyễn", "Hoàng", "Trần", "Lê", "Austin", "Singh", "Lee", "Hamada", "Subianto", "Marles",
      "Lecornu", "Shapps", "Pistorius", "Eng Hen", "Phromsuthirak", "Teodoro", "Kim", "Sato", "Sharma",
      "Park", "Lestari", "Dubois", "Thompson", "Weber", "Tan", "Srisai", "Reyes", "Nakamura", "Gupta"};
    private static final String[] HONORIFICS = {"General", "Senior Lieutenant General", "Mr.", "Ms.", "Admiral"};
    private static final String[] POSTS = {
      "Minister of National Defence", "Deputy Minister of National Defence", "Chief of the General Staff",
      "Ambassador to Viet Nam"};
    private static final String[] PUBLISHERS = {
      "Viet Nam News Agency", "People's Army Newspaper", "Ministry of National Defence", "Nhân Dân",
      "Defence Ministry Press Office", "Joint Press Service"};
    private static final String[] VERBS = {
      "strengthen", "expand", "promote", "deepen", "enhance", "sustain", "review", "coordinate", "accelerate",
      "institutionalise", "broaden", "consolidate", "support", "develop", "continue"};
    private static final String[] OBJECTS = {
      "the exchange of delegations at all levels", "deputy minister-level defence policy dialogues",
      "joint working groups on maritime security", "training of young officers in language and staff skills",
      "search and rescue drills between the two navies", "cooperation in military medicine and field hospitals",
      "the remediation of dioxin-contaminated land near former air bases", "information sharing on regional security",
      "the transfer of technology for the defence industry", "preparations for United Nations peacekeeping missions",
      "humanitarian assistance and disaster relief exercises", "cyber security consultations between the ministries",
      "logistics support arrangements for visiting ships", "the search for soldiers missing in action",
      "port calls by naval vessels and coast guard ships", "the annual defence cooperation plan"};
    private static final String[] QUALIFIERS = {
      "in line with the framework agreed by the two ministries", "as the two sides had discussed earlier in the year",
      "for the benefit of both peoples and of peace in the region", "on the basis of mutual respect and trust",
      "within the term of the current cooperation plan", "in the spirit of the comprehensive partnership",
      "so that the results would be practical and lasting", "while respecting each other's laws and practices"};
    private static final String[] FILLER = {
      "The talks took place in a frank and friendly atmosphere", "Both delegations reviewed the results of recent years",
      "The minister thanked his counterpart for the warm welcome extended to the delegation",
      "The two sides exchanged views on regional and international issues of mutual concern",
      "They noted that the relationship had developed substantially in many fields",
      "The guests laid a wreath at the monument before the talks",
      "Officials from both ministries attended the meeting and the working dinner that followed",
      "The host side briefed the guests on the outcome of the recent security conference",
      "Both ministers underlined the importance of maintaining peace, stability and the rule of law at sea"};
    private static final CommitmentKind[] KINDS = {
      CommitmentKind.PLEDGE, CommitmentKind.PLEDGE, CommitmentKind.AGREEMENT, CommitmentKind.AGREEMENT,
      CommitmentKind.REQUEST, CommitmentKind.PROPOSAL, CommitmentKind.INVITATION, CommitmentKind.SUPPORT,
      CommitmentKind.HOPE, CommitmentKind.ACCEPTANCE};
    private static final String[] KIND_VERBS = {
      "pledged to", "pledged to", "agreed to", "agreed to", "asked the other side to", "proposed to",
      "invited the other side to", "offered its support to", "expressed the hope to", "accepted the proposal to"};

    private final Random random;
    private final int size;
    private final List<Source> sources = new ArrayList<>();
    private final List<Country> countries = new ArrayList<>();
    private final List<Organization> organizations = new ArrayList<>();
    private final List<Person> people = new ArrayList<>();
    private final List<Partnership> partnerships = new ArrayList<>();
    private final List<Instrument> instruments = new ArrayList<>();
    private final List<Engagement> engagements = new ArrayList<>();
    private final List<Commitment> commitments = new ArrayList<>();
    private final List<Programme> programmes = new ArrayList<>();
    private final List<Milestone> milestones = new ArrayList<>();
    private final Map<String, String> firstQuotes = new HashMap<>();

    Generator(Random random, int size) {
      this.random = random;
      this.size = size;
    }

    Records generate() {
      List<String> all = new ArrayList<>();
      all.add(HOME);
      all.addAll(COUNTERPARTS);
      for (String code : all) {
        countries.add(Country.of(code));
      }
      frameworks(all);
      for (int i = 0; i < size; i++) {
        engagement(i);
      }
      return new Records(sources, countries, organizations, people, partnerships, instruments, engagements,
          commitments, programmes, milestones);
    }

    // ---- the frame: ministries, people, partnerships, instruments, programmes, milestones ----

    private void frameworks(List<String> all) {
      for (String code : all) {
        String lower = code.toLowerCase(Locale.ROOT);
        String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
        StringBuilder text = new StringBuilder();
        List<String> quotes = new ArrayList<>();
        for (int q = 0; q < 6; q++) {
          String quote = sentence(name + " and Viet Nam", 150);
          quotes.add(quote);
          text.append(sentence("The ministry", 180)).append(' ').append(quote).append(' ');
        }
        String sourceId = "frame-" + lower;
        firstQuotes.put(sourceId, quotes.get(0));
        sources.add(Source.builder().id(sourceId).title("Defence relations between Viet Nam and " + name + ": a record")
            .publisher(pick(PUBLISHERS)).url("https://example.org/frame/" + lower).sourceKind(SourceKind.REFERENCE)
            .published(EdtfDate.parse("2025")).text(text.toString().strip()).build());
        Evidence evidence = Evidence.of(sourceId, quotes.get(0));
        String ministry = "mod-" + lower;
        organizations.add(Organization.builder().id(ministry).name("Ministry of Defence of " + name)
            .organizationKind(OrganizationKind.MINISTRY).country(code).addEvidence(evidence).build());
        organizations.add(Organization.builder().id("army-" + lower).name("Armed Forces of " + name)
            .organizationKind(OrganizationKind.ARMED_FORCES).country(code).parent(ministry).build());
        for (int p = 0; p < POSTS.length; p++) {
          people.add(person(code, lower, p, ministry, evidence));
        }
        if (code.equals(HOME)) {
          continue;
        }
        partnerships.add(Partnership.builder().id("partnership-" + lower + "-1").addCountries(HOME, code)
            .level(PartnershipLevel.COMPREHENSIVE_PARTNERSHIP).since(EdtfDate.parse(year(2003, 2010) + ""))
            .until(EdtfDate.parse("2018")).addEvidence(Evidence.of(sourceId, quotes.get(1))).build());
        partnerships.add(Partnership.builder().id("partnership-" + lower + "-2").addCountries(HOME, code)
            .level(PartnershipLevel.COMPREHENSIVE_STRATEGIC_PARTNERSHIP).since(EdtfDate.parse(year(2018, 2023) + "-09"))
            .addEvidence(Evidence.of(sourceId, quotes.get(2))).build());
        InstrumentKind[] kinds = {InstrumentKind.MEMORANDUM_OF_UNDERSTANDING, InstrumentKind.JOINT_VISION_STATEMENT,
            InstrumentKind.COOPERATION_PLAN};
        for (int k = 0; k < kinds.length; k++) {
          int signed = year(FIRST_YEAR, LAST_YEAR - 2);
          instruments.add(Instrument.builder().id("instrument-" + lower + "-" + (k + 1))
              .title(title("Memorandum on defence cooperation between Viet Nam and " + name, 70))
              .instrumentKind(kinds[k]).addParties(Party.country(HOME), Party.country(code))
              .signed(EdtfDate.parse(signed + "-" + two(1 + random.nextInt(12))))
              .validity(EdtfDate.parse(signed + "/" + (signed + 3))).addAreas(area(), area())
              .addEvidence(Evidence.of(sourceId, quotes.get(3 + k))).build());
        }
      }
      programmes.add(Programme.builder().id("dioxin-remediation").title("Dioxin remediation at former air bases")
          .programmeKind(ProgrammeKind.PROJECT).addParties(Party.country(HOME), Party.country("US"))
          .period(EdtfDate.parse("2019/2030")).addEvidence(Evidence.of("frame-us", firstQuote("frame-us"))).build());
      int count = Math.max(3, size / 40);
      for (int m = 0; m < count; m++) {
        String code = pick(COUNTERPARTS);
        String lower = code.toLowerCase(Locale.ROOT);
        int year = FIRST_YEAR + (int) ((long) m * (LAST_YEAR + 2 - FIRST_YEAR) / count);
        milestones.add(Milestone.builder().id("milestone-" + (m + 1))
            .title(title("International defence exhibition hosted in " + pick(CITIES), 60))
            .milestoneKind(MilestoneKind.EXHIBITION).date(EdtfDate.parse(year + "-" + two(1 + random.nextInt(12))))
            .addParties(Party.country(HOME), Party.country(code)).addAreas(CooperationArea.DEFENCE_INDUSTRY)
            .addEvidence(Evidence.of("frame-" + lower, firstQuote("frame-" + lower))).build());
      }
    }

    private Person person(String code, String lower, int post, String ministry, Evidence evidence) {
      Person.Builder b = Person.builder().id("person-" + lower + "-" + (post + 1))
          .name(pick(GIVEN) + " " + pick(FAMILY)).country(code).honorific(pick(HONORIFICS)).addEvidence(evidence);
      if (code.equals(HOME)) {
        b.nativeName(pick(FAMILY) + " Văn " + pick(GIVEN));
      }
      int start = year(FIRST_YEAR - 5, FIRST_YEAR + 5);
      b.addAppointments(Appointment.builder().title("Deputy " + POSTS[post].replace("Deputy ", ""))
          .organization(ministry).start(EdtfDate.parse(Integer.toString(start - 4)))
          .end(EdtfDate.parse(Integer.toString(start))).build());
      b.addAppointments(Appointment.builder().title(POSTS[post]).organization(ministry)
          .start(EdtfDate.parse(start + "-" + two(1 + random.nextInt(12)))).build());
      return b.build();
    }

    private String firstQuote(String sourceId) {
      return firstQuotes.get(sourceId);
    }

    // ---- engagements, their articles and their commitments ----

    private void engagement(int index) {
      String number = String.format(Locale.ROOT, "%05d", index + 1);
      String id = "engagement-" + number;
      String code = counterpart();
      String lower = code.toLowerCase(Locale.ROOT);
      String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
      boolean abroad = random.nextBoolean();
      String placeCountry = abroad ? code : HOME;
      String city = abroad ? CITIES[1 + COUNTERPARTS.indexOf(code)] : CITIES[0];
      // Spread evenly over the years, with the day drawn within the engagement's slot.
      long span = LocalDate.of(LAST_YEAR, 12, 31).toEpochDay() - LocalDate.of(FIRST_YEAR, 1, 1).toEpochDay();
      LocalDate day = LocalDate.of(FIRST_YEAR, 1, 1).plusDays(span * index / size + random.nextInt((int) Math.max(1, span / size)));
      EdtfDate date = date(day);
      EngagementKind kind = random.nextInt(10) < 7 ? EngagementKind.MEETING : random.nextBoolean() ? EngagementKind.CALL
          : EngagementKind.VISIT;
      EngagementFormat format = kind == EngagementKind.CALL ? EngagementFormat.PHONE
          : random.nextInt(10) == 0 ? EngagementFormat.VIDEO : EngagementFormat.IN_PERSON;
      String vnMinister = "person-vn-" + (1 + random.nextInt(2));
      String theirMinister = "person-" + lower + "-" + (1 + random.nextInt(2));

      // The article: a lead sentence (the engagement's evidence), one sentence per commitment, filler.
      String sourceId = "source-" + number;
      String lead = sentence("The defence ministers of Viet Nam and " + name + " met in " + city, 150);
      int commitmentCount = 3 + random.nextInt(5);
      List<String> quotes = new ArrayList<>();
      StringBuilder text = new StringBuilder(lead);
      for (int c = 0; c < commitmentCount; c++) {
        text.append(' ').append(pick(FILLER)).append('.');
        String quote = sentence(c % 2 == 0 ? "The Vietnamese side" : "The " + adjective(code) + " side", 150);
        quotes.add(quote);
        text.append(' ').append(quote);
      }
      while (text.length() < 2000) {
        text.append(' ').append(pick(FILLER)).append('.');
      }
      sources.add(Source.builder().id(sourceId).title(title("Viet Nam and " + name + " hold defence talks in " + city, 70))
          .publisher(pick(PUBLISHERS)).url("https://example.org/news/" + number).sourceKind(SourceKind.OFFICIAL_READOUT)
          .published(date).author(pick(GIVEN) + " " + pick(FAMILY)).text(text.toString()).build());
      Evidence leadEvidence = Evidence.of(sourceId, lead);

      Engagement.Builder e = Engagement.builder().id(id)
          .title(title("Defence ministers of Viet Nam and " + name + " meet in " + city, 60))
          .engagementKind(kind).format(format).date(date).place(city).placeCountry(placeCountry)
          .addSides(HOME, code)
          .addParticipants(Participant.of(vnMinister, HOME, abroad ? ParticipantRole.PRINCIPAL : ParticipantRole.HOST))
          .addParticipants(Participant.of(theirMinister, code, abroad ? ParticipantRole.HOST : ParticipantRole.PRINCIPAL))
          .addParticipants(Participant.of("person-vn-3", HOME, ParticipantRole.DELEGATION_MEMBER))
          .addParticipants(Participant.of("person-" + lower + "-4", code, ParticipantRole.DELEGATION_MEMBER))
          .addAreas(area(), area(), area())
          .summary(sentence("The two ministers", 160) + " " + sentence("They", 120))
          .addEvidence(leadEvidence);
      if (random.nextInt(4) == 0) {
        e.addInstruments("instrument-" + lower + "-" + (1 + random.nextInt(3)));
      }
      if (random.nextInt(8) == 0) {
        e.addActs(Act.builder().actKind(ActKind.GIFT).addBy(Party.person(vnMinister)).addTo(Party.person(theirMinister))
            .description("A lacquer painting of Hạ Long Bay").addEvidence(leadEvidence).build());
      }
      // Now and then a meeting during a visit recorded just before, to the same counterpart.
      if (index > 0 && random.nextInt(10) == 0) {
        Engagement previous = engagements.get(index - 1);
        if (previous.sides().equals(List.of(HOME, code)) && !previous.date().isAfter(date)) {
          e.parent(previous.id());
        }
      }
      engagements.add(e.build());

      for (int c = 0; c < commitmentCount; c++) {
        commitments.add(commitment(id + "-" + (c + 1), id, code, c, date, day, Evidence.of(sourceId, quotes.get(c)),
            vnMinister, theirMinister));
      }
    }

    private Commitment commitment(String id, String engagement, String code, int c, EdtfDate made, LocalDate day,
        Evidence evidence, String vnMinister, String theirMinister) {
      int k = random.nextInt(KINDS.length);
      Commitment.Builder b = Commitment.builder().id(id).commitmentKind(KINDS[k]).engagement(engagement)
          .text(commitmentText(KIND_VERBS[k])).addAreas(area()).addEvidence(evidence);
      if (random.nextBoolean()) {
        b.addAreas(area());
      }
      boolean ours = c % 2 == 0;
      if (KINDS[k] == CommitmentKind.AGREEMENT) {
        b.addMakers(Party.country(HOME), Party.country(code));
      } else {
        String maker = ours ? HOME : code;
        String addressee = ours ? code : HOME;
        int who = random.nextInt(3);
        b.addMakers(who == 0 ? Party.country(maker) : who == 1
            ? Party.person(ours ? vnMinister : theirMinister) : Party.organization("mod-" + maker.toLowerCase(Locale.ROOT)));
        b.addAddressees(Party.country(addressee));
      }
      if (random.nextInt(10) < 6) {
        LocalDate due = day.plusDays(90 + random.nextInt(900));
        b.due(random.nextBoolean() ? EdtfDate.parse(Integer.toString(due.getYear()))
            : EdtfDate.parse(due.getYear() + "-" + two(due.getMonthValue())));
      }
      if (KINDS[k] == CommitmentKind.INVITATION && !milestones.isEmpty()) {
        b.addMilestones(milestones.get(random.nextInt(milestones.size())).id());
      }
      int history = random.nextInt(10);
      if (history >= 4) {
        b.addStatusHistory(StatusChange.of(made, CommitmentStatus.OPEN));
      }
      if (history >= 6) {
        b.addStatusHistory(StatusChange.of(date(day.plusDays(60 + random.nextInt(300))), CommitmentStatus.IN_PROGRESS));
      }
      if (history >= 8) {
        CommitmentStatus end = history == 8 ? CommitmentStatus.FULFILLED : random.nextBoolean()
            ? CommitmentStatus.LAPSED : CommitmentStatus.WITHDRAWN;
        b.addStatusHistory(StatusChange.builder().date(date(day.plusDays(400 + random.nextInt(800)))).status(end)
            .note(sentence("A later report", 90)).build());
      }
      return b.build();
    }

    // ---- words ----

    /** A sentence that opens with {@code subject} and runs to about {@code length} characters. */
    private String sentence(String subject, int length) {
      StringBuilder s = new StringBuilder(subject).append(' ').append(pick(KIND_VERBS).replace("the other side ", ""))
          .append(' ').append(pick(VERBS)).append(' ').append(pick(OBJECTS));
      while (s.length() < length - 40) {
        s.append(random.nextBoolean() ? " and " : ", ").append(pick(OBJECTS));
      }
      if (s.length() < length) {
        s.append(", ").append(pick(QUALIFIERS));
      }
      return s.append('.').toString();
    }

    /** What a commitment says, 120–200 characters, starting with a verb. */
    private String commitmentText(String kindVerb) {
      int target = 120 + random.nextInt(60);
      String verb = pick(VERBS);
      StringBuilder s = new StringBuilder(Character.toUpperCase(verb.charAt(0)) + verb.substring(1)).append(' ')
          .append(pick(OBJECTS));
      while (s.length() < target - 30) {
        s.append(" and ").append(pick(OBJECTS));
      }
      s.append(", ").append(pick(QUALIFIERS));
      return s.length() >= 200 ? s.substring(0, 199).strip() + "." : s.append('.').toString();
    }

    /** A title about {@code length} characters long: the base, and an occasion when it is short. */
    private String title(String base, int length) {
      if (base.length() >= length - 10) {
        return base;
      }
      return base + " on " + pick(OBJECTS).replace("the ", "");
    }

    private String adjective(String code) {
      return new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    }

    // ---- dates and picks ----

    /** Mostly days, some months, a few inferred or approximate months: the mix sources give. */
    private EdtfDate date(LocalDate day) {
      int r = random.nextInt(20);
      String month = day.getYear() + "-" + two(day.getMonthValue());
      if (r < 16) {
        return EdtfDate.parse(month + "-" + two(day.getDayOfMonth()));
      }
      return EdtfDate.parse(r < 19 ? month : month + (r % 2 == 0 ? "?" : "~"));
    }

    /** A counterpart, the first ones more often. */
    private String counterpart() {
      int i = Math.min(random.nextInt(COUNTERPARTS.size()), random.nextInt(COUNTERPARTS.size()));
      return COUNTERPARTS.get(i);
    }

    private CooperationArea area() {
      List<CooperationArea> areas = CooperationArea.wellKnown();
      return areas.get(random.nextInt(areas.size()));
    }

    private int year(int from, int to) {
      return from + random.nextInt(to - from + 1);
    }

    private String pick(String[] values) {
      return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
      return values.get(random.nextInt(values.size()));
    }

    private static String two(int n) {
      return n < 10 ? "0" + n : Integer.toString(n);
    }
  }
}
