package dev.readout.testkit;

import java.text.Normalizer;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * A class of text that breaks naive code: the pieces {@link TextArbitraries#adversarial()} mixes
 * into otherwise plain text. Each constant lists exactly the characters it uses, offers them as
 * {@link #fragments()} and tells whether a string {@link #occursIn(String) contains} one.
 *
 * <p>What Readout's model accepts: every hazard except {@link #WHITESPACE_ONLY} may stand in any
 * text field, required or optional, as long as the whole value is not blank; blank text (empty or
 * only {@linkplain String#isBlank() white space}) is accepted only by optional fields such as
 * notes, summaries and places. Ids are never touched: they stay slugs. NFC is applied by the model
 * when a value is built, so {@link #NFD} and {@link #COMBINING} input arrives composed.
 */
public enum Hazard {
  /**
   * Right-to-left text and bidirectional controls: U+200E LRM, U+200F RLM, U+061C ALM, the
   * embeddings and overrides U+202A–U+202E (LRE, RLE, PDF, LRO, RLO), the isolates U+2066–U+2069
   * (LRI, RLI, FSI, PDI), and Arabic ("وزارة الدفاع") and Hebrew ("משרד הביטחון") words, alone,
   * wrapped in isolates, or with an unterminated override.
   */
  BIDI(List.of("\u200F", "\u200E", "\u061C", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E",
      "\u2066", "\u2067", "\u2068", "\u2069", "وزارة الدفاع", "משרד הביטחון",
      "\u2067وزارة الدفاع\u2069 2022", "\u202Egnitaem\u202C", "\u202Eunterminated override",
      "\u200Fמשרד\u200F (MND)")),

  /**
   * Emoji and other astral (supplementary-plane) characters, and emoji sequences: U+1F600 😀, the ZWJ sequences
   * 👩‍🚀 (U+1F469 U+200D U+1F680) and 👨‍👩‍👧‍👦, the flag 🇻🇳 (two regional indicators), a skin-tone
   * modifier 👍🏽, the keycap 1️⃣ (U+0031 U+FE0F U+20E3), the rainbow flag 🏳️‍🌈, U+1D54F 𝕏 and the
   * CJK Extension B ideograph U+20000 𠀀.
   */
  EMOJI(List.of("😀", "👩‍🚀", "👨‍👩‍👧‍👦", "🇻🇳", "👍🏽", "1️⃣", "🏳️‍🌈", "\uD835\uDD4F", "\uD840\uDC00",
      "🇻🇳🇺🇸", "😀😀😀")),

  /**
   * Combining sequences: e + U+0301 + U+0323 (two marks that NFC reorders and partly composes),
   * a + U+0308 + U+0304, o + U+031B + U+0309, a stack of five marks on Z, a combining mark with no
   * base (U+0301 alone) and the conjoining Hangul jamo U+1100 U+1161 U+11A8 that NFC composes to 각.
   */
  COMBINING(List.of("e\u0301\u0323", "a\u0308\u0304", "o\u031B\u0309", "Z\u0351\u036B\u0343\u036A\u0358",
      "\u0301", "\u1100\u1161\u11A8", "Qu\u0301o\u0302\u0301c")),

  /**
   * Vietnamese in Normalization Form D, as some keyboards and PDFs produce it: "Phan Văn Giang",
   * "Nguyễn Quốc Dũng", "Bộ Quốc phòng", "Việt Nam", "Hà Nội" and "Trường Sa", each decomposed into
   * base letters and combining marks.
   */
  NFD(List.of(nfd("Phan Văn Giang"), nfd("Nguyễn Quốc Dũng"), nfd("Bộ Quốc phòng"), nfd("Việt Nam"),
      nfd("Hà Nội"), nfd("Trường Sa"))),

  /**
   * Characters that XML 1.0 forbids, so a DOCX or a PDF's XMP metadata cannot hold them as they
   * are: the controls U+0000–U+0008, U+000B, U+000C and U+000E–U+001F, and the noncharacters
   * U+FFFE and U+FFFF; each alone, between letters, and an ANSI colour escape (U+001B [31m).
   */
  XML_ILLEGAL(xmlIllegal()),

  /**
   * Lone surrogates, which are UTF-16 code units but not characters: a high surrogate alone
   * (U+D800, U+DBFF, or U+D83D at the end of a word), a low surrogate alone (U+DC00, U+DFFF), and a
   * reversed pair (U+DE00 U+D83D). No UTF-8 file can hold them; see {@link DatasetArbitrary} for why
   * generated datasets leave them out unless asked.
   */
  LONE_SURROGATE(List.of("\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uDE00\uD83D", "x\uD83D")),

  /**
   * Words of 2,000 to 3,000 characters with no white space to break them at: random ASCII letters,
   * a Vietnamese syllable repeated, and a long URL-like path.
   */
  LONG_WORD(List.of()),

  /**
   * Strings that look empty but are not blank to {@link String#isBlank()}: U+200B zero width
   * space, U+200C ZWNJ, U+200D ZWJ, U+2060 word joiner, U+FEFF byte order mark, U+00AD soft
   * hyphen, U+034F combining grapheme joiner, U+180E Mongolian vowel separator, U+3164 Hangul
   * filler, U+2800 Braille blank, U+0085 next line, and the no-break spaces U+00A0, U+2007 and
   * U+202F, alone or in runs. Required fields accept them.
   */
  EMPTY_LOOKING(List.of("\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\u034F", "\u180E",
      "\u3164", "\u2800", "\u0085", "\u00A0", "\u2007", "\u202F", "\u200B\u200B\u200B", "\u00A0\u200B\uFEFF")),

  /**
   * Blank strings: the empty string, spaces, tabs, line ends ({@code \n}, {@code \r\n}), U+2028
   * line separator, U+2029 paragraph separator, U+3000 ideographic space and U+1680 Ogham space
   * mark. Required text rejects them, so generators put them only in optional fields.
   */
  WHITESPACE_ONLY(List.of("", " ", "   ", "\t", "\n", "\r\n", " \t\n ", "\u2028", "\u2029", "\u3000", "\u1680"));

  /** The length every {@link #LONG_WORD} reaches at least. */
  public static final int LONG_WORD_LENGTH = 2_000;

  private final List<String> fixed;

  Hazard(List<String> fixed) {
    this.fixed = fixed;
  }

  /**
   * {@return the fragments of this class as an arbitrary: one of the listed strings, or for
   * {@link #LONG_WORD} a generated word of {@value #LONG_WORD_LENGTH} to 3,000 characters}
   */
  public Arbitrary<String> fragments() {
    if (this == LONG_WORD) {
      return Arbitraries.oneOf(
          Arbitraries.strings().withCharRange('a', 'z').ofMinLength(LONG_WORD_LENGTH).ofMaxLength(3_000),
          Arbitraries.integers().between(LONG_WORD_LENGTH / 6 + 1, 500).map(n -> "Nguyễn".repeat(n)),
          Arbitraries.integers().between(LONG_WORD_LENGTH / 8 + 1, 372)
              .map(n -> "https://example.org/" + "segment/".repeat(n)));
    }
    return Arbitraries.of(fixed);
  }

  /**
   * Tells whether a string holds something of this class.
   *
   * @param text the string to look at
   * @return true when {@code text} contains a character or sequence of this class; for
   *     {@link #WHITESPACE_ONLY}, when the whole string is blank
   */
  public boolean occursIn(String text) {
    return switch (this) {
      case BIDI -> text.codePoints().anyMatch(Hazard::isBidi);
      case EMOJI -> text.codePoints().anyMatch(c -> Character.isSupplementaryCodePoint(c) || c == 0x20E3 || c == 0xFE0F);
      case COMBINING -> text.codePoints().anyMatch(Hazard::isCombining);
      case NFD -> !Normalizer.isNormalized(text, Normalizer.Form.NFC);
      case XML_ILLEGAL -> text.chars().anyMatch(Hazard::isXmlIllegal);
      case LONE_SURROGATE -> hasLoneSurrogate(text);
      case LONG_WORD -> longestWord(text) >= LONG_WORD_LENGTH;
      case EMPTY_LOOKING -> text.chars().anyMatch(c -> EMPTY_LOOKING.fixed.contains(String.valueOf((char) c)));
      case WHITESPACE_ONLY -> text.isBlank();
    };
  }

  /**
   * Tells whether a string looks empty without being blank: it is made only of the characters of
   * {@link #EMPTY_LOOKING}.
   *
   * @param text the string to look at
   * @return true for a non-empty string of invisible characters only
   */
  public static boolean looksEmpty(String text) {
    return !text.isEmpty() && text.chars().allMatch(c -> EMPTY_LOOKING.fixed.contains(String.valueOf((char) c)));
  }

  private static boolean isBidi(int c) {
    byte d = Character.getDirectionality(c);
    return c == 0x200E || c == 0x200F || c == 0x061C || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
        || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
  }

  private static boolean isCombining(int c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK || (c >= 0x1100 && c <= 0x11FF);
  }

  private static boolean isXmlIllegal(int c) {
    return (c <= 0x08) || c == 0x0B || c == 0x0C || (c >= 0x0E && c <= 0x1F) || c == 0xFFFE || c == 0xFFFF;
  }

  private static boolean hasLoneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  private static int longestWord(String text) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      run = Character.isWhitespace(text.charAt(i)) ? 0 : run + 1;
      longest = Math.max(longest, run);
    }
    return longest;
  }

  private static String nfd(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD);
  }

  private static List<String> xmlIllegal() {
    StringBuilder all = new StringBuilder();
    java.util.ArrayList<String> list = new java.util.ArrayList<>();
    for (char c = 0; c < 0x20; c++) {
      if (c != '\t' && c != '\n' && c != '\r') {
        list.add(String.valueOf(c));
        all.append(c);
      }
    }
    list.add("\uFFFE");
    list.add("\uFFFF");
    list.add("a\u0000b");
    list.add("x\u000Bv\u000Cy");
    list.add("\u001B[31mred\u001B[0m");
    list.add(all.append("\uFFFE\uFFFF").toString());
    return List.copyOf(list);
  }
}
