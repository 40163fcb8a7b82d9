package dev.readout.core.model;

import dev.readout.core.internal.Text;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person named in the sources, with the posts they held over time so that the title they held
 * on any date is known.
 */
@Value.Immutable
public abstract class Person implements Identified, Translated {
  /** {@return the person's id.} */
  @Override
  public abstract String id();

  /** {@return always {@link RecordKind#PERSON}.} */
  @Override
  public RecordKind kind() {
    return RecordKind.PERSON;
  }

  /** {@return the name as the sources spell it, e.g. "Phan Van Giang".} */
  public abstract String name();

  /** {@return the name in its native script and spelling, e.g. "Phan Văn Giang".} */
  public abstract Optional<String> nativeName();

  /** {@return the military rank or honorific used before the name, e.g. "General", "Lt. Gen.", "Mr.".} */
  public abstract Optional<String> honorific();

  /** {@return the ISO code of the person's country.} */
  public abstract String country();

  /** {@return the posts the person held, in any order.} */
  public abstract List<Appointment> appointments();

  /** {@return quotes that name the person.} */
  public abstract List<Evidence> evidence();

  /** {@return a remark, e.g. where the native spelling comes from.} */
  public abstract Optional<String> note();

  /** {@return the language of the record's own text: an ISO 639 code; {@code en} by default} */
  @Override
  @Value.Default
  public String language() {
    return "en";
  }

  /** {@return the record's text in other languages, one translation a language} */
  @Override
  public abstract List<Translation> translations();

  /** {@return the language of the native name, an ISO 639 code such as {@code ko} for 이종섭} */
  public abstract Optional<String> nativeNameLanguage();

  /** {@return a new builder.} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The post the person held on {@code day}: of the appointments that {@linkplain
   * Appointment#covers(LocalDate) cover} the day, the one that began last.
   *
   * @param day the day asked about
   * @return the appointment, or empty when none covers the day
   */
  public Optional<Appointment> appointmentAt(LocalDate day) {
    return appointments().stream()
        .filter(a -> a.covers(day))
        .max(Comparator.comparing((Appointment a) -> a.start().map(f -> f.earliest()).orElse(LocalDate.MIN)));
  }

  /**
   * The title the person held on {@code day}.
   *
   * @param day the day asked about
   * @return the title, or empty when no appointment covers the day
   */
  public Optional<String> titleAt(LocalDate day) {
    return appointmentAt(day).map(Appointment::title);
  }

  /**
   * {@return the name readers of any language know: the native spelling when it is written in Latin
   * letters ("Phan Văn Giang" rather than "Phan Van Giang"), else the name as the sources spell it
   * ("Lee Jong-sup", not 이종섭, which {@link #nativeName()} keeps)}
   */
  public String displayName() {
    return nativeName().filter(Person::isLatin).orElse(name());
  }

  private static boolean isLatin(String text) {
    return text.codePoints().filter(Character::isLetter)
        .allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN);
  }

  @Value.Check
  Person normalize() {
    Ids.requireTranslations("person '" + id() + "'", language(), translations());
    nativeNameLanguage().ifPresent(l -> Ids.requireLanguage("person '" + id() + "'", "nativeNameLanguage", l));
    Ids.requireSlug(kind(), "id", id());
    Ids.requireText("person '" + id() + "'", "name", name());
    Country.requireCode("person '" + id() + "' country", country());
    if (Text.isNfc(name()) && Text.isNfc(nativeName()) && Text.isNfc(honorific()) && Text.isNfc(note())) {
      return this;
    }
    return builder().from(this).name(Text.nfc(name())).nativeName(Text.nfc(nativeName()))
        .honorific(Text.nfc(honorific())).note(Text.nfc(note())).build();
  }

  /** Builds {@link Person} values. */
  public static final class Builder extends ImmutablePerson.Builder {}
}
