package dev.readout.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.dates.EdtfDate;
import dev.readout.core.model.Act;
import dev.readout.core.model.Amendment;
import dev.readout.core.model.Amount;
import dev.readout.core.model.Appointment;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.CooperationArea;
import dev.readout.core.model.Country;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.Evidence;
import dev.readout.core.model.Identified;
import dev.readout.core.model.Instrument;
import dev.readout.core.model.InstrumentStatusChange;
import dev.readout.core.model.Milestone;
import dev.readout.core.model.MilestoneOutcome;
import dev.readout.core.model.Organization;
import dev.readout.core.model.Participant;
import dev.readout.core.model.Partnership;
import dev.readout.core.model.Party;
import dev.readout.core.model.Person;
import dev.readout.core.model.Programme;
import dev.readout.core.model.RecordKind;
import dev.readout.core.model.Source;
import dev.readout.core.model.StatusChange;
import dev.readout.core.model.Translated;
import dev.readout.core.model.Translation;
import dev.readout.testkit.Adversarial;
import dev.readout.testkit.ReadoutArbitraries;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Builder round trips for every model type — records as added and as amended, amendments,
 * translations, amounts, status changes, outcomes — and NFC normalisation at the model boundary, on
 * adversarial text.
 */
@AddLifecycleHook(Tally.class)
class ModelProperties {

  @Provide
  Arbitrary<Dataset> datasets() {
    return ReadoutArbitraries.datasets().withAdversarialText(true);
  }

  @Property
  void everyValueSurvivesABuilderRoundTrip(@ForAll("datasets") Dataset d) {
    for (RecordKind kind : RecordKind.values()) {
      d.records(kind).forEach(ModelProperties::roundTrip);
      d.recordsAsAdded(kind).forEach(ModelProperties::roundTrip);
    }
    for (Amendment a : d.amendments()) {
      assertThat(Amendment.builder().from(a).build()).isEqualTo(a);
      assertThat(Amendment.of(a.record(), a.fields(), a.evidence().toArray(Evidence[]::new)))
          .isEqualTo(a.preferred() && a.note().isEmpty() ? a : Amendment.builder().from(a).preferred(true)
              .note(Optional.empty()).build());
      roundTrip(a.record());
      evidence(a.evidence());
    }
  }

  /** A record, and every value in it, built again from itself is equal to it. */
  private static void roundTrip(Identified record) {
    if (record instanceof Source x) {
      assertThat(Source.builder().from(x).build()).isEqualTo(x);
    } else if (record instanceof Country x) {
      assertThat(Country.of(x.code())).isEqualTo(x);
    } else if (record instanceof Organization x) {
      assertThat(Organization.builder().from(x).build()).isEqualTo(x);
      translations(x);
      evidence(x.evidence());
    } else if (record instanceof Person x) {
      assertThat(Person.builder().from(x).build()).isEqualTo(x);
      x.appointments().forEach(a -> {
        assertThat(Appointment.builder().from(a).build()).isEqualTo(a);
        translations(a);
        evidence(a.evidence());
      });
      translations(x);
      evidence(x.evidence());
    } else if (record instanceof Partnership x) {
      assertThat(Partnership.builder().from(x).build()).isEqualTo(x);
      translations(x);
    } else if (record instanceof Instrument x) {
      assertThat(Instrument.builder().from(x).build()).isEqualTo(x);
      x.parties().forEach(p -> assertThat(Party.parse(p.toString())).isEqualTo(p));
      x.areas().forEach(a -> assertThat(CooperationArea.of(a.id())).isEqualTo(a));
      x.statusHistory().forEach(s -> {
        assertThat(InstrumentStatusChange.builder().from(s).build()).isEqualTo(s);
        evidence(s.evidence());
      });
      translations(x);
    } else if (record instanceof Engagement x) {
      engagement(x);
    } else if (record instanceof Commitment x) {
      commitment(x);
    } else if (record instanceof Programme x) {
      assertThat(Programme.builder().from(x).build()).isEqualTo(x);
      translations(x);
    } else if (record instanceof Milestone x) {
      assertThat(Milestone.builder().from(x).build()).isEqualTo(x);
      x.outcomes().forEach(o -> {
        assertThat(MilestoneOutcome.builder().from(o).build()).isEqualTo(o);
        evidence(o.evidence());
      });
      translations(x);
    }
  }

  private static void engagement(Engagement x) {
    assertThat(Engagement.builder().from(x).build()).isEqualTo(x);
    assertThat(EdtfDate.parse(x.date().toString())).isEqualTo(x.date());
    x.participants().forEach(p -> assertThat(Participant.builder().from(p).build()).isEqualTo(p));
    x.acts().forEach(a -> {
      assertThat(Act.builder().from(a).build()).isEqualTo(a);
      translations(a);
    });
    translations(x);
    evidence(x.evidence());
  }

  private static void commitment(Commitment x) {
    assertThat(Commitment.builder().from(x).build()).isEqualTo(x);
    x.statusHistory().forEach(s -> assertThat(StatusChange.builder().from(s).build()).isEqualTo(s));
    x.makers().forEach(p -> assertThat(Party.parse(p.toString())).isEqualTo(p));
    x.addressees().forEach(p -> assertThat(Party.parse(p.toString())).isEqualTo(p));
    x.amounts().forEach(a -> {
      assertThat(Amount.builder().from(a).build()).isEqualTo(a);
      assertThat(Amount.isCurrency(a.currency())).isTrue();
      evidence(a.evidence());
    });
    translations(x);
    evidence(x.evidence());
  }

  /** Each translation built again from itself, or field by field into its language, is equal to it. */
  private static void translations(Translated record) {
    for (Translation t : record.translations()) {
      assertThat(Translation.builder().from(t).build()).isEqualTo(t);
      assertThat(Translation.into(t.language()).title(t.title()).name(t.name()).summary(t.summary()).text(t.text())
          .occasion(t.occasion()).place(t.place()).condition(t.condition()).honorific(t.honorific()).build())
          .isEqualTo(t);
      assertThat(t.with(t)).isEqualTo(t);
      assertThat(record.translation(t.language())).contains(t);
    }
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
      b.participants(e.participants().stream().map(p -> Participant.builder().from(p)
          .roleTitle(p.roleTitle().map(nfd)).description(p.description().map(nfd)).build()).toList());
      b.translations(e.translations().stream().map(t -> nfd(t, nfd)).toList());
      assertThat(b.build()).isEqualTo(e);
    }
    for (Commitment c : d.commitments()) {
      Commitment.Builder b = Commitment.builder().from(c).text(nfd.apply(c.text()));
      c.note().map(nfd).ifPresent(b::note);
      c.condition().map(nfd).ifPresent(b::condition);
      b.translations(c.translations().stream().map(t -> nfd(t, nfd)).toList());
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

  private static Translation nfd(Translation t, UnaryOperator<String> nfd) {
    return Translation.builder().from(t).title(t.title().map(nfd)).name(t.name().map(nfd))
        .summary(t.summary().map(nfd)).text(t.text().map(nfd)).occasion(t.occasion().map(nfd))
        .place(t.place().map(nfd)).condition(t.condition().map(nfd)).honorific(t.honorific().map(nfd)).build();
  }

  private static void evidence(List<Evidence> evidence) {
    evidence.forEach(e -> assertThat(Evidence.builder().from(e).build()).isEqualTo(e));
  }
}
