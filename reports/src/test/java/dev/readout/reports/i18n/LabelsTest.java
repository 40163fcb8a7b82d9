package dev.readout.reports.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readout.core.dates.EdtfDate;
import dev.readout.core.model.ActKind;
import dev.readout.core.model.CommitmentKind;
import dev.readout.core.model.CommitmentStatus;
import dev.readout.core.model.CooperationArea;
import dev.readout.core.model.EngagementFormat;
import dev.readout.core.model.EngagementKind;
import dev.readout.core.model.InstrumentKind;
import dev.readout.core.model.MilestoneKind;
import dev.readout.core.model.OrganizationKind;
import dev.readout.core.model.ParticipantRole;
import dev.readout.core.model.PartnershipLevel;
import dev.readout.core.model.ProgrammeKind;
import dev.readout.core.model.SourceKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabelsTest {
  private static final Labels EN = Labels.of("en");
  private static final Labels VI = Labels.of("vi");

  @Test
  void everyBundleHasTheKeysEveryOtherHas() {
    List<String> languages = Labels.supportedLanguages();
    assertThat(languages).contains("en", "vi");
    // The vocabulary of common terms (term.*) and the country names that differ from the JDK's
    // (country.*) are each language's own: English data needs none.
    java.util.function.Predicate<String> shared = k -> !k.startsWith("term.") && !k.startsWith("country.");
    List<String> reference = Labels.of(languages.get(0)).keys().stream().filter(shared).toList();
    for (String language : languages) {
      assertThat(Labels.of(language).keys().stream().filter(shared).toList())
          .as("keys of %s", language).isEqualTo(reference);
    }
  }

  @Test
  void commonTermsComeFromTheLanguagesVocabulary() {
    Labels vi = Labels.of("vi");
    assertThat(vi.term("General")).isEqualTo("Đại tướng");
    assertThat(vi.term("Lt. Gen.")).isEqualTo("Trung tướng");
    assertThat(vi.term("Minister of National Defence")).isEqualTo("Bộ trưởng Bộ Quốc phòng");
    assertThat(vi.term("former U.S. Senator")).isEqualTo("cựu Thượng nghị sĩ Hoa Kỳ");
    assertThat(vi.term("Chief Whip")).isEqualTo("Chief Whip");
    assertThat(Labels.of("en").term("General")).isEqualTo("General");
    assertThat(vi.country("ID")).isEqualTo("In-đô-nê-xi-a");
    assertThat(vi.country("US")).isEqualTo("Hoa Kỳ");
    assertThat(Labels.of("en").country("ID")).isEqualTo("Indonesia");
    assertThat(vi.has("point.ourRequests")).isTrue();
    assertThat(vi.has("point.ourRequests.PLEDGE")).isFalse();
  }

  @Test
  void everyEnumValueAndWellKnownAreaHasALabelInEveryLanguage() {
    List<Class<? extends Enum<?>>> enums = List.of(CommitmentKind.class, CommitmentStatus.class, EngagementKind.class,
        EngagementFormat.class, InstrumentKind.class, ParticipantRole.class, PartnershipLevel.class, MilestoneKind.class,
        ActKind.class, ProgrammeKind.class, SourceKind.class, dev.readout.core.model.InstrumentStatus.class,
        dev.readout.core.model.MilestoneOutcomeKind.class);
    for (String language : Labels.supportedLanguages()) {
      Labels labels = Labels.of(language);
      for (Class<? extends Enum<?>> type : enums) {
        for (Enum<?> value : type.getEnumConstants()) {
          assertThat(labels.label(value)).as("%s in %s", value, language).isNotBlank();
        }
      }
      for (CooperationArea area : CooperationArea.wellKnown()) {
        assertThat(labels.keys()).as("%s in %s", area, language).contains("area." + area.id());
      }
    }
    assertThat(OrganizationKind.values()).isNotEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2022-11-22 | 22 November 2022             | 22 tháng 11 năm 2022",
      "2022-11    | November 2022                | tháng 11 năm 2022",
      "2022       | 2022                         | năm 2022",
      "2022-11?   | November 2022 (inferred)     | tháng 11 năm 2022 (suy ra)",
      "2024-09~   | about September 2024         | khoảng tháng 9 năm 2024",
      "2022%      | about 2022 (inferred)        | khoảng năm 2022 (suy ra)",
      "2022/2024  | 2022 – 2024                  | 2022 – 2024",
      "2022-05/2022-11? | May 2022 – November 2022 (inferred) | tháng 5 năm 2022 – tháng 11 năm 2022 (suy ra)",
      "2025/..    | from 2025                    | từ năm 2025",
      "../2024    | until 2024                   | đến năm 2024",
      "1989/      | from 1989 (end unknown)      | từ năm 1989 (chưa rõ thời điểm kết thúc)",
      "/2030      | until 2030 (start unknown)   | đến năm 2030 (chưa rõ thời điểm bắt đầu)"})
  void datesFollowTheLanguageAndShowTheirPrecisionHonestly(String edtf, String english, String vietnamese) {
    assertThat(EN.date(EdtfDate.parse(edtf))).isEqualTo(english);
    assertThat(VI.date(EdtfDate.parse(edtf))).isEqualTo(vietnamese);
  }

  @Test
  void daysCountriesAreasAndEnums() {
    assertThat(EN.day(LocalDate.of(2022, 12, 1))).isEqualTo("1 December 2022");
    assertThat(VI.day(LocalDate.of(2022, 12, 1))).isEqualTo("1 tháng 12 năm 2022");
    assertThat(EN.country("US")).isEqualTo("United States");
    assertThat(VI.country("US")).isEqualTo("Hoa Kỳ");
    assertThat(VI.country("KR")).isEqualTo("Hàn Quốc");
    assertThat(EN.area(CooperationArea.WAR_LEGACY)).isEqualTo("war legacy");
    assertThat(VI.area(CooperationArea.WAR_LEGACY)).isEqualTo("khắc phục hậu quả chiến tranh");
    assertThat(VI.area(CooperationArea.of("space-cooperation"))).isEqualTo("space cooperation");
    assertThat(VI.label(EngagementFormat.PHONE)).isEqualTo("qua điện thoại");
    assertThat(EN.get("brief.title", "Indonesia")).isEqualTo("Country brief: Indonesia");
    assertThat(EN.get("common.list.separator")).isEqualTo(", ");
  }

  @Test
  void aCountTakesTheNumberItsLanguageGivesIt() {
    assertThat(EN.get("restsOn.sources", 1)).isEqualTo("1 source");
    assertThat(EN.get("restsOn.sources", 2)).isEqualTo("2 sources");
    assertThat(EN.get("brief.commitmentsMade", 1)).isEqualTo("1 commitment recorded");
    assertThat(EN.get("brief.commitmentsMade", 12)).isEqualTo("12 commitments recorded");
    assertThat(EN.get("bottomLine.changesSince", 1L)).isEqualTo("Since then, 1 change of status is recorded.");
    assertThat(EN.get("bottomLine.changesSince", 3L)).isEqualTo("Since then, 3 changes of status are recorded.");
    assertThat(EN.get("chart.ageing.days", 0)).isEqualTo("0 days");
    assertThat(EN.get("chart.ageing.days", 1)).isEqualTo("1 day");
    assertThat(EN.get("chart.ageing.daysFlag", 1495, "no news")).isEqualTo("1,495 days, no news");
    assertThat(EN.get("chart.ageing.description", 1, "4 December 2026", 1, 0))
        .startsWith("1 item is open on 4 December 2026; the oldest has been open 1 day, and none is past its due date or event.");
    assertThat(EN.get("chart.ageing.description", 13, "4 December 2026", 1679, 2))
        .startsWith("13 items are open on 4 December 2026; the oldest has been open 1,679 days, and 2 are past their due date or event.");
    // Vietnamese nouns do not change with the count; its numbers group by dots.
    assertThat(VI.get("restsOn.sources", 1)).isEqualTo("1 nguồn");
    assertThat(VI.get("chart.ageing.days", 1495)).isEqualTo("1.495 ngày");
    // An apostrophe is text, beside a count too.
    assertThat(EN.get("chart.ageing.label", "Our requests", "Gen. Giang's visit")).isEqualTo("Our requests: Gen. Giang's visit");
  }

  @Test
  void onlyLanguagesWithABundleAreAccepted() {
    assertThat(Labels.of("vi-VN").language()).isEqualTo("vi");
    assertThatThrownBy(() -> Labels.of("fr"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("language must be one of [en, vi], but was 'fr'");
  }
}
