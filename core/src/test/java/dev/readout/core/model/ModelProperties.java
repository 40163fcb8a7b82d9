package dev.readout.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.internal.Text;
import dev.readout.core.testing.ModelArbitraries;
import java.text.Normalizer;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Builder round trips for every model type, and NFC normalisation at the model boundary. */
class ModelProperties {

  @Provide
  Arbitrary<Dataset> datasets() {
    return ModelArbitraries.datasets();
  }

  @Property
  void everyValueSurvivesABuilderRoundTrip(@ForAll("datasets") Dataset d) {
    d.sources().forEach(x -> assertThat(Source.builder().from(x).build()).isEqualTo(x));
    d.countries().forEach(x -> assertThat(Country.of(x.code())).isEqualTo(x));
    d.organizations().forEach(x -> assertThat(Organization.builder().from(x).build()).isEqualTo(x));
    d.people().forEach(x -> {
      assertThat(Person.builder().from(x).build()).isEqualTo(x);
      x.appointments().forEach(a -> assertThat(Appointment.builder().from(a).build()).isEqualTo(a));
    });
    d.partnerships().forEach(x -> assertThat(Partnership.builder().from(x).build()).isEqualTo(x));
    d.instruments().forEach(x -> assertThat(Instrument.builder().from(x).build()).isEqualTo(x));
    d.engagements().forEach(x -> {
      assertThat(Engagement.builder().from(x).build()).isEqualTo(x);
      x.participants().forEach(p -> assertThat(Participant.builder().from(p).build()).isEqualTo(p));
      x.evidence().forEach(e -> assertThat(Evidence.builder().from(e).build()).isEqualTo(e));
      x.acts().forEach(a -> assertThat(Act.builder().from(a).build()).isEqualTo(a));
    });
    d.commitments().forEach(x -> {
      assertThat(Commitment.builder().from(x).build()).isEqualTo(x);
      x.statusHistory().forEach(s -> assertThat(StatusChange.builder().from(s).build()).isEqualTo(s));
      x.makers().forEach(p -> assertThat(Party.parse(p.toString())).isEqualTo(p));
    });
    d.programmes().forEach(x -> assertThat(Programme.builder().from(x).build()).isEqualTo(x));
    d.milestones().forEach(x -> assertThat(Milestone.builder().from(x).build()).isEqualTo(x));
  }

  @Property
  void textIsNfcWhateverFormItArrivesIn(@ForAll String raw) {
    String nfd = Normalizer.normalize(raw, Normalizer.Form.NFD);
    String text = "x" + nfd;
    Evidence e = Evidence.of("s", text, nfd.isEmpty() ? "n" : nfd);
    assertThat(Normalizer.isNormalized(e.quote(), Normalizer.Form.NFC)).isTrue();
    assertThat(e.quote()).isEqualTo(Text.nfc(text));
    assertThat(Evidence.builder().from(e).build()).isEqualTo(e);
    assertThat(Text.nfc(Text.nfc(text))).isEqualTo(Text.nfc(text));
    assertThat(Text.fold(Text.fold(text))).isEqualTo(Text.fold(text));
  }
}
