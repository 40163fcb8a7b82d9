package dev.readout.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readout.core.dates.EdtfDate;
import dev.readout.core.testing.Fixtures;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ModelTest {
  private static String nfd(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD);
  }

  @Test
  void textIsNormalisedToNfcWhenAValueIsBuilt() {
    Person p = Person.builder().id("giang").name("Phan Van Giang").nativeName(nfd("Phan Văn Giang"))
        .country("VN").build();
    assertThat(nfd("Phan Văn Giang")).isNotEqualTo("Phan Văn Giang");
    assertThat(p.nativeName()).contains("Phan Văn Giang");
    assertThat(p).isEqualTo(Person.builder().id("giang").name("Phan Van Giang").nativeName("Phan Văn Giang")
        .country("VN").build());

    Evidence e = Evidence.of("s", nfd("Nguyễn Quốc Dũng"), nfd("ghi chú"));
    assertThat(e.quote()).isEqualTo("Nguyễn Quốc Dũng");
    assertThat(e.note()).contains("ghi chú");
    Engagement engagement = Engagement.builder().from(Fixtures.meeting()).title(nfd("Gặp Bộ trưởng")).build();
    assertThat(engagement.title()).isEqualTo("Gặp Bộ trưởng");
  }

  @Test
  void idsMustBeSlugs() {
    assertThatThrownBy(() -> Source.builder().id("Bad Id").title("t").build())
        .isInstanceOf(ModelException.class)
        .hasMessage("source id must be a lowercase slug ([a-z0-9] words joined by '-', at most 100 characters), but was 'Bad Id'");
    assertThatThrownBy(() -> Engagement.builder().from(Fixtures.meeting()).id("-x").build())
        .hasMessage("engagement id must be a lowercase slug ([a-z0-9] words joined by '-', at most 100 characters), but was '-x'");
  }

  @Test
  void missingRequiredFieldsAreNamed() {
    assertThatThrownBy(() -> Source.builder().id("s").build())
        .isInstanceOf(ModelException.class)
        .hasMessage("Cannot build Source, some of required attributes are not set [title]");
  }

  @Test
  void countriesAreIsoCodesWithNamesFromTheJdk() {
    Country vn = Country.of("VN");
    assertThat(vn.id()).isEqualTo("VN");
    assertThat(vn.name(Locale.ENGLISH)).isEqualTo("Vietnam");
    assertThat(vn.name(Locale.forLanguageTag("vi"))).isEqualTo("Việt Nam");
    assertThatThrownBy(() -> Country.of("XX"))
        .isInstanceOf(ModelException.class)
        .hasMessage("country code must be an ISO 3166-1 alpha-2 country code such as 'VN', but was 'XX'");
    assertThatThrownBy(() -> Country.of("vn")).isInstanceOf(ModelException.class);
  }

  @Test
  void partiesHaveATextForm() {
    assertThat(Party.parse("person:phan-van-giang")).isEqualTo(Party.person("phan-van-giang"));
    assertThat(Party.parse("country:VN")).isEqualTo(Party.country("VN"));
    assertThat(Party.organization("us-dod")).hasToString("organization:us-dod");
    assertThatThrownBy(() -> Party.parse("ministry:x"))
        .hasMessage("party must be 'country:CC', 'organization:ID' or 'person:ID', but was 'ministry:x'");
    assertThatThrownBy(() -> Party.parse("vn-mnd"))
        .hasMessage("party must be 'country:CC', 'organization:ID' or 'person:ID', but was 'vn-mnd'");
    assertThatThrownBy(() -> Party.country("ZZ")).isInstanceOf(ModelException.class);
  }

  @Test
  void cooperationAreasAreAnOpenVocabulary() {
    assertThat(CooperationArea.of("war-legacy")).isEqualTo(CooperationArea.WAR_LEGACY);
    assertThat(CooperationArea.WAR_LEGACY.isWellKnown()).isTrue();
    assertThat(CooperationArea.of("space").isWellKnown()).isFalse();
    assertThat(CooperationArea.wellKnown()).hasSize(17).doesNotHaveDuplicates();
    assertThatThrownBy(() -> CooperationArea.of("War Legacy"))
        .hasMessage("cooperation area must be a lowercase slug such as 'war-legacy', but was 'War Legacy'");
  }

  @Test
  void theTitleAtADateFollowsTheAppointments() {
    Person p = Fixtures.counterpart();
    assertThat(p.titleAt(LocalDate.of(2018, 12, 31))).isEmpty();
    assertThat(p.titleAt(LocalDate.of(2019, 1, 1))).contains("Minister of Defence");
    assertThat(p.titleAt(LocalDate.of(2023, 6, 30))).contains("Minister of Defence");
    assertThat(p.titleAt(LocalDate.of(2023, 7, 1))).contains("Prime Minister");
    assertThat(p.titleAt(LocalDate.of(2030, 1, 1))).contains("Prime Minister");
    assertThat(Fixtures.minister().titleAt(LocalDate.of(2024, 9, 1))).contains("Minister of National Defence");
  }

  @Test
  void singleValueInvariantsAreChecked() {
    assertThatThrownBy(() -> Partnership.builder().from(Fixtures.partnership()).countries(java.util.List.of("VN", "VN")).build())
        .hasMessage("partnership 'vn-fi-partnership' countries must be two different countries, but was [VN, VN]");
    assertThatThrownBy(() -> Appointment.builder().title("Minister").start(EdtfDate.parse("2023"))
            .end(EdtfDate.parse("2021")).build())
        .hasMessage("appointment 'Minister' period must not end before it starts, but was 2023 to 2021");
    assertThatThrownBy(() -> Commitment.builder().from(Fixtures.pledge()).makers(java.util.List.of()).build())
        .hasMessage("commitment 'instructors' makers must hold at least one entry, but was empty");
    assertThatThrownBy(() -> Participant.builder().side("VN").build())
        .hasMessage("participant must name a person or an organization, or give a description, but named none");
    assertThatThrownBy(() -> Source.builder().id("s").title("t").url("javascript:alert(1)").build())
        .hasMessage("source 's' url must be an http or https URL with a host and no spaces, but was 'javascript:alert(1)'");
    assertThatThrownBy(() -> Evidence.of("s", "  "))
        .hasMessage("evidence quote must not be blank");
  }

  @Test
  void defaultsAreDocumentedValues() {
    Source s = Source.builder().id("s").title("t").build();
    assertThat(s.sourceKind()).isEqualTo(SourceKind.NEWS_ARTICLE);
    assertThat(s.language()).isEqualTo("en");
    assertThat(Participant.builder().person("p").side("VN").build().role()).isEqualTo(ParticipantRole.PRINCIPAL);
  }

  @Test
  void valuesAreEqualByValueAndCopyable() {
    assertThat(Commitment.builder().from(Fixtures.pledge()).build()).isEqualTo(Fixtures.pledge());
    assertThat(Fixtures.meeting()).isEqualTo(Fixtures.meeting()).hasSameHashCodeAs(Fixtures.meeting());
    assertThat(CommitmentStatus.IN_PROGRESS.isOpen()).isTrue();
    assertThat(CommitmentStatus.LAPSED.isOpen()).isFalse();
  }

  @Test
  void titlesAndNamesAreOneLineAndUrlsAreWebAddressesWithAHost() {
    assertThatThrownBy(() -> Source.builder().id("s").title("A title\nin two lines").build())
        .isInstanceOf(ModelException.class)
        .hasMessage("source 's' title must be one line, but was 'A title\\nin two lines'");
    assertThatThrownBy(() -> Source.builder().id("s").title("Para\u2029graph").build()).isInstanceOf(ModelException.class);
    for (String url : List.of("https://exa mple.org/", "https://example.org/a\nb", "https:///path", "http://", "javascript:alert(1)",
        "ftp://example.org/")) {
      assertThatThrownBy(() -> Source.builder().id("s").title("t").url(url).build()).as(url)
          .isInstanceOf(ModelException.class).hasMessageContaining("url must be an http or https URL");
    }
    assertThat(Source.builder().id("s").title("t").url("https://en.qdnd.vn/a?b=c#d").build().url()).isPresent();
    assertThatThrownBy(() -> Translation.builder().language("vi").title("Hai\ndòng").build()).isInstanceOf(ModelException.class);
    assertThatThrownBy(() -> Source.builder().id("a-".repeat(2_000) + "a").title("t").build())
        .isInstanceOf(ModelException.class).hasMessageContaining("at most 100 characters").hasMessageContaining("(4001 characters)");
  }
}
