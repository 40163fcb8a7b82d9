package dev.readout.reports.doc;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Heading anchor ids: the rule they follow and the slug made from a heading's text. */
final class Anchors {
  static final int MAX_LENGTH = 128;
  static final int MAX_SLUG_LENGTH = 48;
  static final String FALLBACK = "section";

  private static final Pattern ANCHOR = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

  private Anchors() {}

  static boolean isValid(String anchor) {
    return anchor.length() <= MAX_LENGTH && ANCHOR.matcher(anchor).matches();
  }

  static String requireValid(String anchor) {
    Checks.notNull(anchor, "heading anchor");
    if (!isValid(anchor)) {
      throw new DocumentException(Messages.invalidAnchor(anchor));
    }
    return anchor;
  }

  static String slug(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKD);
    folded = COMBINING_MARKS.matcher(folded).replaceAll("");
    StringBuilder ascii = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      ascii.append(foldLetter(folded.charAt(i)));
    }
    String slug = NOT_SLUG.matcher(ascii.toString().toLowerCase(Locale.ROOT)).replaceAll("-");
    slug = trimHyphens(slug);
    if (slug.length() > MAX_SLUG_LENGTH) {
      int cut = slug.lastIndexOf('-', MAX_SLUG_LENGTH);
      slug = trimHyphens(slug.substring(0, cut > 0 ? cut : MAX_SLUG_LENGTH));
    }
    return slug.isEmpty() ? FALLBACK : slug;
  }

  /** Latin letters that have no decomposition but an obvious ASCII reading. */
  private static String foldLetter(char c) {
    switch (c) {
      case 'đ': case 'Đ': return "d";
      case 'ø': case 'Ø': return "o";
      case 'ł': case 'Ł': return "l";
      case 'ħ': case 'Ħ': return "h";
      case 'ı': return "i";
      case 'æ': case 'Æ': return "ae";
      case 'œ': case 'Œ': return "oe";
      case 'ß': return "ss";
      case 'þ': case 'Þ': return "th";
      default: return String.valueOf(c);
    }
  }

  private static String trimHyphens(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && s.charAt(start) == '-') {
      start++;
    }
    while (end > start && s.charAt(end - 1) == '-') {
      end--;
    }
    return s.substring(start, end);
  }
}
