package dev.readout.core.model;

import dev.readout.core.dates.EdtfDate;
import dev.readout.core.internal.Text;
import dev.readout.core.internal.Urls;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A document that states facts: a news article, an official readout, a joint statement. When its
 * full {@link #text()} is part of the dataset, every quote citing it is verified against it.
 */
@Value.Immutable
public abstract class Source implements Identified {
  /** {@return the source's id.} */
  @Override
  public abstract String id();

  /** {@return always {@link RecordKind#SOURCE}.} */
  @Override
  public RecordKind kind() {
    return RecordKind.SOURCE;
  }

  /** {@return the title, as published or, for an untitled copy, a description of it.} */
  public abstract String title();

  /** {@return who published it, e.g. a ministry or a newspaper.} */
  public abstract Optional<String> publisher();

  /** {@return where it is published: an http or https URL.} */
  public abstract Optional<String> url();

  /** {@return what kind of document it is; defaults to {@link SourceKind#NEWS_ARTICLE}.} */
  @Value.Default
  public SourceKind sourceKind() {
    return SourceKind.NEWS_ARTICLE;
  }

  /** {@return the language of the text as a BCP 47 tag; defaults to {@code "en"}.} */
  @Value.Default
  public String language() {
    return "en";
  }

  /** {@return when it was published, as precisely as known.} */
  public abstract Optional<EdtfDate> published();

  /** {@return who wrote or reported it.} */
  public abstract Optional<String> author();

  /** {@return who translated it, when the text is a translation.} */
  public abstract Optional<String> translator();

  /** {@return the full text; when present, quotes citing this source must occur in it.} */
  public abstract Optional<String> text();

  /** {@return a remark on the source: its provenance, what the copy lacks.} */
  public abstract Optional<String> note();

  /** {@return a new builder.} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  Source normalize() {
    Ids.requireSlug(kind(), "id", id());
    Ids.requireLine("source '" + id() + "'", "title", title());
    url().ifPresent(u -> {
      if (!Urls.isWebUrl(u)) {
        throw new ModelException(ModelMessages.notUrl("source '" + id() + "'", u));
      }
    });
    if (Text.isNfc(title(), language()) && Text.isNfc(publisher()) && Text.isNfc(author())
        && Text.isNfc(translator()) && Text.isNfc(text()) && Text.isNfc(note())) {
      return this;
    }
    return builder().from(this).title(Text.nfc(title())).publisher(Text.nfc(publisher()))
        .author(Text.nfc(author())).translator(Text.nfc(translator())).text(Text.nfc(text()))
        .note(Text.nfc(note())).build();
  }

  /** Builds {@link Source} values. */
  public static final class Builder extends ImmutableSource.Builder {}
}
