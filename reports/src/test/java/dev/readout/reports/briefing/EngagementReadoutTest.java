package dev.readout.reports.briefing;

import static dev.readout.reports.briefing.Documents.headings;
import static dev.readout.reports.briefing.Documents.rows;
import static dev.readout.reports.briefing.Documents.section;
import static dev.readout.reports.briefing.Documents.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.model.Amendment;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.Participant;
import dev.readout.core.model.ParticipantRole;
import dev.readout.core.model.Translation;
import dev.readout.core.seed.Datasets;
import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.KeyValueBlock;
import dev.readout.reports.doc.PlainText;
import dev.readout.reports.doc.Table;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngagementReadoutTest {
  private static final Dataset SEED = Datasets.seed();
  private static final BriefingOptions OPTIONS = BriefingOptions.builder().asOf(LocalDate.of(2024, 10, 1)).build();

  private static List<String> facts(Document d) {
    KeyValueBlock kv = (KeyValueBlock) d.blocks().get(2);
    return kv.entries().stream().map(e -> e.key() + ": " + PlainText.of(e.value())).toList();
  }

  @Test
  void theReadoutSaysWhenWhereHowAndOnWhatOccasion() {
    Document d = Briefings.engagementReadout(SEED, "giang-leahy-call-2024", OPTIONS);
    assertThat(d.metadata().title()).isEqualTo("Readout: Phan Văn Giang's phone talks with Patrick Leahy");
    assertThat(PlainText.of(d.blocks().get(0))).startsWith("Readout of Phan Văn Giang's phone talks with Patrick Leahy,"
        + " written for Vietnam");
    assertThat(facts(d)).startsWith("When: September 2024 (inferred)");
    assertThat(facts(d)).contains("Kind: Call", "Format: By phone");
    assertThat(facts(d)).anyMatch(f -> f.startsWith("Where: Embassy of Vietnam"));
    assertThat(facts(d)).anyMatch(f -> f.startsWith("Part of: ") && f.endsWith("September 2024 (inferred)"));
    assertThat(headings(d, 2)).containsExactly("Participants", "Areas discussed", "Commitments", "Other acts",
        "Sources", "How dates and other facts were worked out");
  }

  @Test
  void participantsAreListedBySideWithTheirTitlesAsConfirmedAndWhoSpokeForHimself() {
    Document austin = Briefings.engagementReadout(SEED, "giang-austin-2022", OPTIONS);
    assertThat(text(section(austin, "readout-giang-austin-2022-participants"))).contains("Side of Vietnam",
        "General Phan Văn Giang, Minister of National Defence, confirmed November 2022 (inferred) — principal",
        "Side of United States", "Lloyd Austin, Secretary of Defense, confirmed November 2022 (inferred) — principal");
    Document leahy = Briefings.engagementReadout(SEED, "giang-leahy-call-2024", OPTIONS);
    assertThat(text(section(leahy, "readout-giang-leahy-call-2024-participants")))
        .contains("Mr. Patrick Leahy, former U.S. Senator — principal, in a private capacity",
            "Mr. Tim Rieser, former assistant to Patrick Leahy — intermediary, in a private capacity");
  }

  @Test
  void aParticipantsRoleTitleAndDescriptionAreInTheBriefingsLanguage() {
    BriefingOptions vi = BriefingOptions.builder().asOf(LocalDate.of(2024, 10, 1)).language("vi").build();
    String anchor = "readout-giang-leahy-call-2024-participants";
    assertThat(text(section(Briefings.engagementReadout(SEED, "giang-leahy-call-2024", vi), anchor)))
        .as("the seed's own translations").contains("Ông Tim Rieser, cựu trợ lý của ông Patrick Leahy — ");

    Engagement call = SEED.engagement("giang-leahy-call-2024").orElseThrow();
    Participant aide = Participant.builder().from(call.participants().get(2)).roleTitle("long-time aide to Patrick Leahy")
        .translations(List.of(Translation.into("vi").title("trợ lý lâu năm của ông Patrick Leahy").build())).build();
    Participant staff = Participant.builder().description("embassy staff").side("VN").role(ParticipantRole.STAFF)
        .addTranslations(Translation.into("vi").text("cán bộ Đại sứ quán").build()).build();
    Dataset d = SEED.toBuilder().addAmendments(Amendment.of(
        Engagement.builder().from(call).participants(List.of(aide, staff)).build(), List.of("participants"),
        call.evidence().get(0))).build();

    assertThat(text(section(Briefings.engagementReadout(d, "giang-leahy-call-2024", vi), anchor)))
        .contains("Ông Tim Rieser, trợ lý lâu năm của ông Patrick Leahy — ", "cán bộ Đại sứ quán — ")
        .doesNotContain("aide", "embassy staff");
    assertThat(text(section(Briefings.engagementReadout(d, "giang-leahy-call-2024", OPTIONS), anchor)))
        .contains("Mr. Tim Rieser, long-time aide to Patrick Leahy — ", "embassy staff — ");
  }

  @Test
  void aGroupIsNamedByItsOrganisationWithTheSourcesWordsBesideIt() {
    String anchor = "readout-giang-embassy-staff-2024-participants";
    assertThat(text(section(Briefings.engagementReadout(SEED, "giang-embassy-staff-2024", OPTIONS), anchor)))
        .contains("Ministry of National Defence (Gen. Giang's entourage) — delegation member",
            "Embassy of Vietnam in the United States (other embassy staff) — staff");
    BriefingOptions vi = BriefingOptions.builder().asOf(LocalDate.of(2024, 10, 1)).language("vi").build();
    assertThat(text(section(Briefings.engagementReadout(SEED, "giang-embassy-staff-2024", vi), anchor)))
        .contains("Bộ Quốc phòng (đoàn tùy tùng của Đại tướng Phan Văn Giang) — thành viên đoàn");
  }

  @Test
  void commitmentsAreGroupedByDirectionFromOurSide() {
    Document d = Briefings.engagementReadout(SEED, "giang-prabowo-2022", OPTIONS);
    List<String> paragraphs = section(d, "readout-giang-prabowo-2022-commitments").stream()
        .filter(dev.readout.reports.doc.Paragraph.class::isInstance).map(PlainText::of).toList();
    assertThat(paragraphs).containsExactly("Agreed jointly with Indonesia", "Our undertakings to Indonesia");
    List<Table> tables = section(d, "readout-giang-prabowo-2022-commitments").stream()
        .filter(Table.class::isInstance).map(Table.class::cast).toList();
    assertThat(rows(tables.get(0))).extracting(r -> r.get(1)).allMatch(w -> w.startsWith("Agreement: ")).hasSize(10);
    assertThat(rows(tables.get(1))).extracting(r -> r.get(1).substring(0, r.get(1).indexOf(':')))
        .containsExactlyInAnyOrder("Support", "Invitation");
    assertThat(d.blocks()).as("the record's notes close the readout").contains(dev.readout.reports.doc.Note.of(dev.readout.reports.doc.Note.Kind.INFO, "Notes on the record",
            SEED.engagement("giang-prabowo-2022").orElseThrow().note().orElseThrow()));
  }

  @Test
  void theHistoryOfACommitmentThatMovedIsShownWithEachQuote() {
    Document d = Briefings.engagementReadout(SEED, "prabowo-vn-visit-2022", OPTIONS);
    List<List<String>> rows = rows(section(d, "readout-prabowo-vn-visit-2022-commitments").stream()
        .filter(Table.class::isInstance).map(Table.class::cast).findFirst().orElseThrow());
    assertThat(rows.get(0).get(3)).isEqualTo("in progress\nMay 2022 (inferred): open\nNovember 2022 (inferred): in progress");
  }

  @Test
  void areasActsAndInstrumentsCited() {
    Document d = Briefings.engagementReadout(SEED, "giang-austin-2022", OPTIONS);
    assertThat(text(section(d, "readout-giang-austin-2022-areas"))).contains("War legacy", "UN peacekeeping", "military medicine");
    assertThat(text(section(d, "readout-giang-austin-2022-instruments")))
        .contains("Memorandum of Understanding on Promoting Bilateral Defense Cooperation (memorandum of understanding, 2011)")
        .contains("Three-year defence cooperation plan for 2022–2024 (cooperation plan, 2022 – 2024)");
    assertThat(text(section(d, "readout-giang-austin-2022-acts"))).contains("Thanks (General Phan Văn Giang): Thanked the U.S."
        + " Department of Defense");
  }

  @Test
  void anUnknownEngagementAndOneNotYetReportedAreRefused() {
    assertThatThrownBy(() -> Briefings.engagementReadout(SEED, "nope", OPTIONS))
        .hasMessage("engagement must be the id of one of the dataset's 11 engagements, but was 'nope'");
    assertThatThrownBy(() -> Briefings.engagementReadout(SEED, "giang-leahy-call-2024",
        BriefingOptions.builder().asOf(LocalDate.of(2022, 12, 1)).build()))
        .hasMessage("engagement 'giang-leahy-call-2024' must be known on 2022-12-01 (reported by a source published by"
            + " then), but no such source is in the dataset");
  }
}
