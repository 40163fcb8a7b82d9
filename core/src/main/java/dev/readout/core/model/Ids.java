package dev.readout.core.model;

import java.util.regex.Pattern;

/** Checks of ids and references shared by the model's values. */
final class Ids {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private Ids() {}

  static boolean isSlug(String id) {
    return SLUG.matcher(id).matches();
  }

  static void requireSlug(RecordKind kind, String field, String id) {
    if (!isSlug(id)) {
      throw new ModelException(ModelMessages.notSlug(kind.label(), field, id));
    }
  }

  static void requireText(String owner, String field, String value) {
    if (value.isBlank()) {
      throw new ModelException(ModelMessages.blank(owner, field));
    }
  }
}
