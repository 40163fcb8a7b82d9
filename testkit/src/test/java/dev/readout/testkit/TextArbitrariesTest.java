package dev.readout.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.core.model.Commitment;
import dev.readout.core.model.CommitmentKind;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.EngagementFormat;
import dev.readout.core.model.EngagementKind;
import dev.readout.core.model.Evidence;
import dev.readout.core.model.OrganizationKind;
import dev.readout.core.model.Organization;
import dev.readout.core.model.Party;
import dev.readout.core.dates.PartialDate;
import java.text.Normalizer;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Example;

class TextArbitrariesTest {
  private static final List<String> ADVERSARIAL = Samples.of(TextArbitraries.adversarial(), 3_000);

  @Example
  void adversarialTextHoldsEveryClassOfNastyCharacterButIsNeverBlank() {
    for (Hazard h : EnumSet.complementOf(EnumSet.of(Hazard.WHITESPACE_ONLY))) {
      assertThat(ADVERSARIAL).as(h.name()).anyMatch(h::occursIn);
    }
    assertThat(ADVERSARIAL).noneMatch(String::isBlank);
    assertThat(ADVERSARIAL).as("some look empty").anyMatch(Hazard::looksEmpty);
    assertThat(ADVERSARIAL).as("some are plain").anyMatch(s -> s.chars().allMatch(c -> c >= ' ' && c < 0x7F));
  }

  @Example
  void eachHazardClassHasTheCharactersItDocuments() {
    List<String> all = ADVERSARIAL;
    assertThat(all).anyMatch(s -> s.contains("\u200F")).anyMatch(s -> s.contains("\u202E"))
        .anyMatch(s -> s.contains("\u2066")).anyMatch(s -> s.contains("\u2069"));
    assertThat(all).anyMatch(s -> s.contains("\uD83D\uDE00")).anyMatch(s -> s.contains("\u200D\uD83D\uDE80"));
    assertThat(all).anyMatch(s -> s.contains("e\u0301\u0323"));
    assertThat(all).anyMatch(s -> s.contains(Normalizer.normalize("Phan Văn Giang", Normalizer.Form.NFD)))
        .anyMatch(s -> s.contains(Normalizer.normalize("Nguyễn Quốc Dũng", Normalizer.Form.NFD)));
    for (char c : new char[] {0, 1, 8, 0x0B, 0x0C, 0x0E, 0x1F, 0xFFFE, 0xFFFF}) {
      assertThat(all).as("U+%04X", (int) c).anyMatch(s -> s.indexOf(c) >= 0);
    }
    assertThat(all).anyMatch(s -> s.contains("\uD800")).anyMatch(s -> s.contains("\uDFFF"));
    assertThat(all).anyMatch(s -> s.contains("\u200B")).anyMatch(s -> s.contains("\uFEFF"));
  }

  @Example
  void everyFragmentOfAHazardIsRecognisedAsIt() {
    for (Hazard h : Hazard.values()) {
      assertThat(Samples.of(h.fragments(), 200)).as(h.name()).allMatch(h::occursIn);
    }
    assertThat(Samples.of(Hazard.LONG_WORD.fragments(), 50)).allSatisfy(w ->
        assertThat(w.length()).isGreaterThanOrEqualTo(Hazard.LONG_WORD_LENGTH).isLessThanOrEqualTo(3_000));
  }

  @Example
  void plainTextHasNoHazard() {
    for (String s : Samples.of(TextArbitraries.plain(), 500)) {
      assertThat(s).isNotBlank();
      assertThat(Hazard.values()).noneMatch(h -> h.occursIn(s));
    }
  }

  @Example
  void optionalTextIsSometimesBlank() {
    List<String> optional = Samples.of(TextArbitraries.adversarialAllowingBlank(), 1_000);
    assertThat(optional).anyMatch(String::isEmpty).anyMatch(s -> !s.isEmpty() && s.isBlank()).anyMatch(s -> !s.isBlank());
  }

  @Example
  void restrictedAdversarialTextUsesOnlyTheHazardsAskedFor() {
    List<String> bidiOnly = Samples.of(TextArbitraries.adversarial(Set.of(Hazard.BIDI)), 500);
    assertThat(bidiOnly).anyMatch(Hazard.BIDI::occursIn);
    for (Hazard h : EnumSet.complementOf(EnumSet.of(Hazard.BIDI, Hazard.WHITESPACE_ONLY))) {
      assertThat(bidiOnly).as(h.name()).noneMatch(h::occursIn);
    }
    assertThat(Samples.of(TextArbitraries.adversarial(Set.of()), 100)).noneMatch(Hazard.BIDI::occursIn);
  }

  @Example
  void everyRequiredTextFieldAcceptsAdversarialTextAndOptionalOnesBlankText() {
    List<String> blank = Samples.of(Hazard.WHITESPACE_ONLY.fragments(), 50);
    for (int i = 0; i < 500; i++) {
      String text = ADVERSARIAL.get(i);
      String optional = i % 5 == 0 ? blank.get(i % blank.size()) : text;
      Engagement engagement = Engagement.builder().id("e").title(text).engagementKind(EngagementKind.MEETING)
          .format(EngagementFormat.IN_PERSON).date(PartialDate.ofYear(2022)).summary(optional).note(optional)
          .place(optional).occasion(optional).addEvidence(Evidence.of("s", text, optional)).build();
      Commitment commitment = Commitment.builder().id("c").commitmentKind(CommitmentKind.PLEDGE)
          .addMakers(Party.country("VN")).text(text).note(optional).build();
      Organization organization = Organization.builder().id("o").name(text).nativeName(optional).acronym(optional)
          .organizationKind(OrganizationKind.MINISTRY).build();
      // Every text is kept as given, only composed to NFC; blank optional text is kept, not dropped.
      String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
      String optionalNfc = Normalizer.normalize(optional, Normalizer.Form.NFC);
      assertThat(engagement.title()).as("text %d", i).isEqualTo(nfc);
      assertThat(List.of(engagement.summary(), engagement.note(), engagement.place(), engagement.occasion(),
          engagement.evidence().get(0).note(), commitment.note(), organization.nativeName(), organization.acronym()))
          .as("text %d", i).containsOnly(Optional.of(optionalNfc));
      assertThat(engagement.evidence().get(0).quote()).as("text %d", i).isEqualTo(nfc);
      assertThat(commitment.text()).as("text %d", i).isEqualTo(nfc);
      assertThat(organization.name()).as("text %d", i).isEqualTo(nfc);
    }
  }
}
