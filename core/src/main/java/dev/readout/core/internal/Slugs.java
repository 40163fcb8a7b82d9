package dev.readout.core.internal;

/**
 * Ids and cooperation areas are slugs: 1 to {@value #MAX_LENGTH} characters, words of {@code a–z}
 * and {@code 0–9} joined by single hyphens, such as {@code giang-austin-2022}. The limit keeps the
 * anchors a briefing makes from an id (such as {@code readout-<id>-participants}) within the 128
 * characters a heading anchor may have. Checked by a plain scan: a regular expression's recursion
 * overflowed the stack on a few thousand hyphenated words.
 */
public final class Slugs {
  /** The most characters a slug may have. */
  public static final int MAX_LENGTH = 100;

  private Slugs() {}

  /**
   * Makes a slug of a text: diacritics dropped, letters lower-cased, every run of other characters
   * a single hyphen, cut to {@value #MAX_LENGTH} characters at a word; {@code x} for a text with no
   * letter or digit.
   *
   * @param text any text, such as a name ("Lee Jong-sup" gives {@code lee-jong-sup})
   * @return the slug
   */
  public static String of(String text) {
    String plain = java.text.Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'),
        java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(java.util.Locale.ROOT);
    String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() > MAX_LENGTH) {
      slug = slug.substring(0, MAX_LENGTH);
      int cut = slug.lastIndexOf('-');
      slug = cut > 0 ? slug.substring(0, cut) : slug;
    }
    return slug.isEmpty() ? "x" : slug;
  }

  /** {@return whether the text is a slug, at most {@value #MAX_LENGTH} characters long} */
  public static boolean isSlug(String text) {
    int n = text.length();
    if (n == 0 || n > MAX_LENGTH || text.charAt(0) == '-' || text.charAt(n - 1) == '-') {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (!word && !(c == '-' && text.charAt(i - 1) != '-')) {
        return false;
      }
    }
    return true;
  }
}
