package dev.readout.reports.doc;

import java.util.List;
import java.util.Locale;

/**
 * The catalogue of every message the document model throws, so wording stays consistent and tests
 * can assert the exact text. Messages follow "{@code <what> must <rule>, but was <value>}".
 */
final class Messages {
  private Messages() {}

  static String outOfRange(String what, String rule) {
    return what + " " + rule;
  }

  static String mustNotBeNull(String what) {
    return what + " must not be null";
  }

  static String mustNotContainNull(String what) {
    return what + " must not contain null";
  }

  static String mustNotBeEmpty(String what) {
    return what + " must not be empty";
  }

  static String mustNotBeBlank(String what, String value) {
    return what + " must not be blank, but was " + quote(value);
  }

  static String levelOutOfRange(String what, int level) {
    return what + " must be between 1 and 3, but was " + level;
  }

  static String invalidAnchor(String anchor) {
    return "heading anchor must be 1 to " + Anchors.MAX_LENGTH
        + " ASCII letters, digits, '-' or '_', starting with a letter or digit, but was " + quote(anchor);
  }

  static String invalidLinkTarget(String target) {
    return "link target must be an http(s) URL or an internal anchor '#id', but was " + quote(target);
  }

  static String nestedLink() {
    return "link text must not contain another link";
  }

  static String nestedFootnote() {
    return "footnote content must not contain another footnote";
  }

  static String invalidColumnWidth(double width) {
    return "table column width must be a positive finite number, but was " + width;
  }

  static String wrongCellCount(String rowKind, int row, int columns, int cells) {
    return "table " + rowKind + " row " + row + " must have " + columns + " cells, one per column, but had " + cells;
  }

  static String invalidLanguage(String tag) {
    return "metadata language must be a well-formed BCP 47 tag such as 'en' or 'vi-VN', but was " + quote(tag);
  }

  static String metadataNotSet() {
    return "document metadata must be set before build()";
  }

  // ---- render warnings, shared by every renderer ----

  static String charactersLeftOut(List<String> codePoints) {
    return String.join(", ", codePoints) + (codePoints.size() == 1 ? " is" : " are")
        + " not allowed in a document and " + (codePoints.size() == 1 ? "was" : "were") + " left out";
  }

  static String duplicateAnchor(String anchor, String writtenAs) {
    return "heading anchor '" + anchor + "' is used by an earlier heading; this one is written as '" + writtenAs + "'";
  }

  static String unknownAnchor(String target) {
    return "link target '" + target + "' names no heading of the document";
  }

  static String pageSizeUnknown(String name) {
    return "page size must be a4 or letter, but was " + quote(name);
  }

  private static String quote(String value) {
    // Control characters are shown by code point so that the message itself stays printable.
    StringBuilder sb = new StringBuilder("'");
    value.codePoints().limit(80).forEach(cp -> {
      if (Character.isISOControl(cp)) {
        sb.append(String.format(Locale.ROOT, "\\u%04X", cp));
      } else {
        sb.appendCodePoint(cp);
      }
    });
    if (value.codePointCount(0, value.length()) > 80) {
      sb.append('…');
    }
    return sb.append('\'').toString();
  }
}
