package dev.readout.core.model;

import dev.readout.core.internal.Text;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who took part in an {@link Engagement}, on which side and in what role: a person, an
 * organisation (a delegation, embassy staff), or a description of a group the sources do not name.
 * Its own text — the {@linkplain #roleTitle() role title} and the {@linkplain #description()
 * description} — may be given in other languages: a translation's {@link Translation#title() title}
 * is the role title, its {@link Translation#text() text} the description.
 */
@Value.Immutable
public abstract class Participant implements Translated {
  /** {@return the id of the person taking part.} */
  public abstract Optional<String> person();

  /** {@return the id of the organisation taking part or that the person represents here.} */
  public abstract Optional<String> organization();

  /** {@return a description of who took part when the sources name no one, e.g. "other embassy staff".} */
  public abstract Optional<String> description();

  /** {@return the side the participant was on, one of the engagement's sides: a country's ISO code or an organisation's id} */
  public abstract String side();

  /** {@return the participant's role; defaults to {@link ParticipantRole#PRINCIPAL}.} */
  @Value.Default
  public ParticipantRole role() {
    return ParticipantRole.PRINCIPAL;
  }

  /**
   * {@return in what capacity they took part; defaults to {@link ParticipantCapacity#OFFICIAL}. A
   * former official speaking for themselves is {@link ParticipantCapacity#PRIVATE}: what they say is
   * theirs, not their country's}
   */
  @Value.Default
  public ParticipantCapacity capacity() {
    return ParticipantCapacity.OFFICIAL;
  }

  /**
   * {@return the id of the organisation or grouping they acted for, where it is not their own side:
   * Vietnam's minister acting as the ASEAN–ROK dialogue coordinator acts for {@code asean}}
   */
  public abstract Optional<String> actingFor();

  /** {@return the role they held for it, in words, e.g. "ASEAN–ROK dialogue coordinator"} */
  public abstract Optional<String> roleTitle();

  /** {@return the language of the role title and the description: an ISO 639 code; {@code en} by default} */
  @Override
  @Value.Default
  public String language() {
    return "en";
  }

  /** {@return the role title and the description in other languages, one translation a language} */
  @Override
  public abstract List<Translation> translations();

  /** {@return a new builder.} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a person on a side in a role.
   *
   * @param person the person's id
   * @param side the side's ISO country code
   * @param role the role
   * @return the participant
   */
  public static Participant of(String person, String side, ParticipantRole role) {
    return builder().person(person).side(side).role(role).build();
  }

  @Value.Check
  Participant normalize() {
    if (person().isEmpty() && organization().isEmpty() && description().isEmpty()) {
      throw new ModelException(ModelMessages.participantWithoutWho());
    }
    Ids.requireSide("participant side", side());
    Ids.requireTranslations("participant", language(), translations());
    actingFor().ifPresent(a -> Ids.requireSlug(RecordKind.ORGANIZATION, "participant actingFor", a));
    if (Text.isNfc(description()) && Text.isNfc(roleTitle())) {
      return this;
    }
    return builder().from(this).description(Text.nfc(description())).roleTitle(Text.nfc(roleTitle())).build();
  }

  /** Builds {@link Participant} values. */
  public static final class Builder extends ImmutableParticipant.Builder {}
}
