package dev.readout.core.model;

import dev.readout.core.internal.Text;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A ministry, armed force, embassy, agency, legislature, company or international body. */
@Value.Immutable
public abstract class Organization implements Identified, Translated {
  /** {@return the organisation's id.} */
  @Override
  public abstract String id();

  /** {@return always {@link RecordKind#ORGANIZATION}.} */
  @Override
  public RecordKind kind() {
    return RecordKind.ORGANIZATION;
  }

  /** {@return the name in English, e.g. "Ministry of National Defence".} */
  public abstract String name();

  /** {@return the name in the organisation's own language, e.g. "Bộ Quốc phòng".} */
  public abstract Optional<String> nativeName();

  /** {@return the short form the sources use, e.g. "MND" or "KOICA".} */
  public abstract Optional<String> acronym();

  /** {@return what kind of body it is.} */
  public abstract OrganizationKind organizationKind();

  /** {@return the ISO code of the country it belongs to; empty for an international body.} */
  public abstract Optional<String> country();

  /** {@return the id of the organisation it is part of.} */
  public abstract Optional<String> parent();

  /** {@return quotes that name the organisation; optional, since organisations are not facts.} */
  public abstract List<Evidence> evidence();

  /** {@return a remark, e.g. where a native name comes from.} */
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

  /** {@return the language and script of the native name, an ISO 639 code such as {@code ko}} */
  public abstract Optional<String> nativeNameLanguage();

  /** {@return a new builder.} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  Organization normalize() {
    Ids.requireTranslations("organization '" + id() + "'", language(), translations());
    nativeNameLanguage().ifPresent(l -> Ids.requireLanguage("organization '" + id() + "'", "nativeNameLanguage", l));
    Ids.requireSlug(kind(), "id", id());
    Ids.requireLine("organization '" + id() + "'", "name", name());
    country().ifPresent(c -> Country.requireCode("organization '" + id() + "' country", c));
    parent().ifPresent(p -> Ids.requireSlug(kind(), "parent", p));
    if (Text.isNfc(name()) && Text.isNfc(nativeName()) && Text.isNfc(acronym()) && Text.isNfc(note())) {
      return this;
    }
    return builder().from(this).name(Text.nfc(name())).nativeName(Text.nfc(nativeName()))
        .acronym(Text.nfc(acronym())).note(Text.nfc(note())).build();
  }

  /** Builds {@link Organization} values. */
  public static final class Builder extends ImmutableOrganization.Builder {}
}
