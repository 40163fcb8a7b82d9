package dev.readout.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.dates.EdtfDate;
import dev.readout.core.model.Act;
import dev.readout.core.model.Appointment;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.CooperationArea;
import dev.readout.core.model.Country;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.Evidence;
import dev.readout.core.model.Instrument;
import dev.readout.core.model.Milestone;
import dev.readout.core.model.Organization;
import dev.readout.core.model.Participant;
import dev.readout.core.model.Partnership;
import dev.readout.core.model.Party;
import dev.readout.core.model.Person;
import dev.readout.core.model.Programme;
import dev.readout.core.model.Source;
import dev.readout.core.model.StatusChange;
import dev.readout.testkit.Adversarial;
import dev.readout.testkit.ReadoutArbitraries;
import java.text.Normalizer;
import java.util.List;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/** Builder round trips for every model type, and NFC normalisation at the model boundary, on adversarial text. */
@AddLifecycleHook(Tally.class)
class ModelProperties {

  @Provide
  Arbitrary<Dataset> datasets() {
    return ReadoutArbitraries.datasets().withAdversarialText(true);
  }

  @Property
  void everyValueSurvivesABuilderRoundTrip(@ForAll("datasets") Dataset d) {
    d.sources().forEach(x -> assertThat(Source.builder().from(x).build()).isEqualTo(x));
    d.countries().forEach(x -> assertThat(Country.of(x.code())).isEqualTo(x));
    d.organizations().forEach(x -> {
      assertThat(Organization.builder().from(x).build()).isEqualTo(x);
      evidence(x.evidence());
    });
    d.people().forEach(x -> {
      assertThat(Person.builder().from(x).build()).isEqualTo(x);
      x.appointments().forEach(a -> assertThat(Appointment.builder().from(a).build()).isEqualTo(a));
    });
    d.partnerships().forEach(x -> assertThat(Partnership.builder().from(x).build()).isEqualTo(x));
    d.instruments().forEach(x -> {
      assertThat(Instrument.builder().from(x).build()).isEqualTo(x);
      x.parties().forEach(p -> assertThat(Party.parse(p.toString())).isEqualTo(p));
      x.areas().forEach(a -> assertThat(CooperationArea.of(a.id())).isEqualTo(a));
    });
    d.engagements().forEach(x -> {
      assertThat(Engagement.builder().from(x).build()).isEqualTo(x);
      assertThat(EdtfDate.parse(x.date().toString())).isEqualTo(x.date());
      x.participants().forEach(p -> assertThat(Participant.builder().from(p).build()).isEqualTo(p));
      x.acts().forEach(a -> assertThat(Act.builder().from(a).build()).isEqualTo(a));
      evidence(x.evidence());
    });
    d.commitments().forEach(x -> {
      assertThat(Commitment.builder().from(x).build()).isEqualTo(x);
      x.statusHistory().forEach(s -> assertThat(StatusChange.builder().from(s).build()).isEqualTo(s));
      x.makers().forEach(p -> assertThat(Party.parse(p.toString())).isEqualTo(p));
      x.addressees().forEach(p -> assertThat(Party.parse(p.toString())).isEqualTo(p));
      evidence(x.evidence());
    });
    d.programmes().forEach(x -> assertThat(Programme.builder().from(x).build()).isEqualTo(x));
    d.milestones().forEach(x -> assertThat(Milestone.builder().from(x).build()).isEqualTo(x));
  }

  @Property
  void everyTextOfABuiltValueIsNfcAndNfdInputBuildsTheSameValue(@ForAll("datasets") Dataset d) {
    assertThat(DatasetTexts.of(d)).allMatch(t -> Normalizer.isNormalized(t, Normalizer.Form.NFC));
    UnaryOperator<String> nfd = t -> Normalizer.normalize(t, Normalizer.Form.NFD);
    for (Engagement e : d.engagements()) {
      Engagement.Builder b = Engagement.builder().from(e).title(nfd.apply(e.title()));
      e.summary().map(nfd).ifPresent(b::summary);
      e.place().map(nfd).ifPresent(b::place);
      e.occasion().map(nfd).ifPresent(b::occasion);
      e.note().map(nfd).ifPresent(b::note);
      assertThat(b.build()).isEqualTo(e);
    }
    for (Commitment c : d.commitments()) {
      Commitment.Builder b = Commitment.builder().from(c).text(nfd.apply(c.text()));
      c.note().map(nfd).ifPresent(b::note);
      assertThat(b.build()).isEqualTo(c);
    }
    for (Source s : d.sources()) {
      Source.Builder b = Source.builder().from(s).title(nfd.apply(s.title()));
      s.text().map(nfd).ifPresent(b::text);
      assertThat(b.build()).isEqualTo(s);
    }
  }

  @Property
  void nfcNormalisationIsIdempotentWhateverFormTextArrivesIn(@ForAll @Adversarial String raw) {
    String nfc = Normalizer.normalize(raw, Normalizer.Form.NFC);
    String nfd = Normalizer.normalize(raw, Normalizer.Form.NFD);

    Evidence fromRaw = Evidence.of("s", raw, raw);
    Evidence fromNfd = Evidence.of("s", nfd, nfd);

    assertThat(fromRaw.quote()).isEqualTo(nfc);
    assertThat(fromRaw.note()).hasValue(nfc);
    assertThat(fromNfd).isEqualTo(fromRaw);
    assertThat(Evidence.of("s", fromRaw.quote(), fromRaw.note().orElseThrow())).isEqualTo(fromRaw);
    assertThat(Evidence.builder().from(fromRaw).build()).isEqualTo(fromRaw);
  }

  private static void evidence(List<Evidence> evidence) {
    evidence.forEach(e -> assertThat(Evidence.builder().from(e).build()).isEqualTo(e));
  }
}
