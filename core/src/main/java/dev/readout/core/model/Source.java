package dev.readout.core.model;

import dev.readout.core.dates.EdtfDate;
import dev.readout.core.internal.Text;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A document that states facts: a news article, an official readout, a joint statement. When its
 * full {@link #text()} is part of the dataset, every quote citing it is verified against it.
 */
@Value.Immutable
public abstract class Source implements Identified {
  /** The source's id. */
  @Override
  public abstract String id();

  /** Always {@link RecordKind#SOURCE}. */
  @Override
  public RecordKind kind() {
    return RecordKind.SOURCE;
  }

  /** The title, as published or, for an untitled copy, a description of it. */
  public abstract String title();

  /** Who published it, e.g. a ministry or a newspaper. */
  public abstract Optional<String> publisher();

  /** Where it is published: an http or https URL. */
  public abstract Optional<String> url();

  /** What kind of document it is; defaults to {@link SourceKind#NEWS_ARTICLE}. */
  @Value.Default
  public SourceKind sourceKind() {
    return SourceKind.NEWS_ARTICLE;
  }

  /** The language of the text as a BCP 47 tag; defaults to {@code "en"}. */
  @Value.Default
  public String language() {
    return "en";
  }

  /** When it was published, as precisely as known. */
  public abstract Optional<EdtfDate> published();

  /** Who wrote or reported it. */
  public abstract Optional<String> author();

  /** Who translated it, when the text is a translation. */
  public abstract Optional<String> translator();

  /** The full text; when present, quotes citing this source must occur in it. */
  public abstract Optional<String> text();

  /** A remark on the source: its provenance, what the copy lacks. */
  public abstract Optional<String> note();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  Source normalize() {
    Ids.requireSlug(kind(), "id", id());
    Ids.requireText("source '" + id() + "'", "title", title());
    url().ifPresent(u -> {
      if (!u.startsWith("https://") && !u.startsWith("http://")) {
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
