package dev.readout.core.model;

import dev.readout.core.internal.Text;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A verbatim quote from a {@link Source} that states a fact, with an optional note — for example
 * how a date was inferred from the quote. A dataset checks that the quote occurs in its source's
 * text (after NFC and whitespace folding) whenever the text is known.
 */
@Value.Immutable
public abstract class Evidence implements Translated {
  /** {@return the id of the source quoted.} */
  @Value.Parameter
  public abstract String source();

  /** {@return the passage of the source, word for word.} */
  @Value.Parameter
  public abstract String quote();

  /** {@return a remark on the quote: how something was inferred from it, or where an outside fact comes from.} */
  public abstract Optional<String> note();

  /** {@return the language of the note (the quote itself stays in its source's language): an ISO 639 code; {@code en} by default} */
  @Override
  @Value.Default
  public String language() {
    return "en";
  }

  /** {@return the note (the quote itself stays in its source's language) in other languages, one translation a language} */
  @Override
  public abstract List<Translation> translations();

  /** {@return a new builder.} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns evidence quoting {@code quote} from source {@code source}.
   *
   * @param source the source id
   * @param quote the verbatim passage
   * @return the evidence
   */
  public static Evidence of(String source, String quote) {
    return builder().source(source).quote(quote).build();
  }

  /**
   * Returns evidence quoting {@code quote} from {@code source}, with a note.
   *
   * @param source the source id
   * @param quote the verbatim passage
   * @param note how the quote supports the fact
   * @return the evidence
   */
  public static Evidence of(String source, String quote, String note) {
    return builder().source(source).quote(quote).note(note).build();
  }

  @Value.Check
  Evidence normalize() {
    Ids.requireText("evidence", "quote", quote());
    if (Text.isNfc(source(), quote()) && Text.isNfc(note())) {
      return this;
    }
    return builder().source(Text.nfc(source())).quote(Text.nfc(quote())).note(Text.nfc(note())).build();
  }

  /** Builds {@link Evidence} values. */
  public static final class Builder extends ImmutableEvidence.Builder {}
}
