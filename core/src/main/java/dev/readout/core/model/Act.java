package dev.readout.core.model;

import dev.readout.core.internal.Text;
import java.util.List;
import org.immutables.value.Value;

/** Something done at an engagement that is worth a line in a briefing: a gift, thanks, a tribute. */
@Value.Immutable
public abstract class Act implements Translated {
  /** {@return what kind of act it was.} */
  public abstract ActKind actKind();

  /** {@return who did it.} */
  public abstract List<Party> by();

  /** {@return towards whom.} */
  public abstract List<Party> to();

  /** {@return what was done, in a sentence.} */
  public abstract String description();

  /** {@return the quotes that state it.} */
  public abstract List<Evidence> evidence();

  /** {@return the language of the record's own text: an ISO 639 code; {@code en} by default} */
  @Override
  @Value.Default
  public String language() {
    return "en";
  }

  /** {@return the record's text in other languages, one translation a language} */
  @Override
  public abstract List<Translation> translations();

  /** {@return a new builder.} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  Act normalize() {
    Ids.requireTranslations("act", language(), translations());
    Ids.requireText("act", "description", description());
    if (Text.isNfc(description())) {
      return this;
    }
    return builder().from(this).description(Text.nfc(description())).build();
  }

  /** Builds {@link Act} values. */
  public static final class Builder extends ImmutableAct.Builder {}
}
