package dev.readout.reports.docx;

import java.lang.Character.UnicodeScript;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The fonts a run names for East Asian and complex-script text. Word draws each character in one of
 * a run's four font slots: Latin text in {@code w:ascii}/{@code w:hAnsi}, Hangul, Han and Kana in
 * {@code w:eastAsia}, Arabic, Hebrew, Devanagari, Thai and the other complex scripts in {@code
 * w:cs}. The styles name Liberation Serif and Sans in every slot, which have none of those
 * scripts; a run with such text names, in the slot its script uses, a font that has them, and the
 * language of that text ({@code w:lang w:eastAsia} or {@code w:bidi}), which also picks the
 * regional forms of Han characters. A run of East Asian text with no Latin letter also gets {@code
 * w:hint="eastAsia"}, so that its punctuation is drawn in the East Asian font too. Other runs are
 * written as before.
 *
 * <p>The fonts named are Google's Noto fonts, free and installed with LibreOffice on most Linux
 * systems (Debian: {@code fonts-noto-core}, {@code fonts-noto-cjk}); the font table gives each the
 * Windows font Word substitutes where it is not installed ({@code w:altName}: Malgun Gothic, Yu
 * Gothic, Microsoft YaHei, Microsoft JhengHei, Nirmala UI, Times New Roman, Leelawadee UI, Khmer
 * UI, ...) and its character set, and LibreOffice falls back through fontconfig anyway.
 */
record FontSlots(String eastAsia, String eastAsiaLanguage, String complex, String complexLanguage, boolean hint) {

  /** The complex scripts with a font of their own, and the language their text is marked with. */
  private static final Map<UnicodeScript, String[]> COMPLEX = Map.ofEntries(
      Map.entry(UnicodeScript.ARABIC, new String[] {"Noto Naskh Arabic", "ar-SA"}),
      Map.entry(UnicodeScript.DEVANAGARI, new String[] {"Noto Sans Devanagari", "hi-IN"}),
      Map.entry(UnicodeScript.BENGALI, new String[] {"Noto Sans Bengali", "bn-IN"}),
      Map.entry(UnicodeScript.GURMUKHI, new String[] {"Noto Sans Gurmukhi", "pa-IN"}),
      Map.entry(UnicodeScript.GUJARATI, new String[] {"Noto Sans Gujarati", "gu-IN"}),
      Map.entry(UnicodeScript.ORIYA, new String[] {"Noto Sans Oriya", "or-IN"}),
      Map.entry(UnicodeScript.TAMIL, new String[] {"Noto Sans Tamil", "ta-IN"}),
      Map.entry(UnicodeScript.TELUGU, new String[] {"Noto Sans Telugu", "te-IN"}),
      Map.entry(UnicodeScript.KANNADA, new String[] {"Noto Sans Kannada", "kn-IN"}),
      Map.entry(UnicodeScript.MALAYALAM, new String[] {"Noto Sans Malayalam", "ml-IN"}),
      Map.entry(UnicodeScript.SINHALA, new String[] {"Noto Sans Sinhala", "si-LK"}),
      Map.entry(UnicodeScript.THAI, new String[] {"Noto Sans Thai", "th-TH"}),
      Map.entry(UnicodeScript.LAO, new String[] {"Noto Sans Lao", "lo-LA"}),
      Map.entry(UnicodeScript.MYANMAR, new String[] {"Noto Sans Myanmar", "my-MM"}),
      Map.entry(UnicodeScript.KHMER, new String[] {"Noto Sans Khmer", "km-KH"}));

  /**
   * The slots of a run of the text in a document of the language (a BCP 47 tag), or null when the
   * text has no East Asian and no complex-script character (Hebrew, which Liberation has, needs no
   * font of its own).
   */
  static FontSlots of(String text, String documentLanguage) {
    boolean hangul = false;
    boolean kana = false;
    boolean han = false;
    boolean latin = false;
    UnicodeScript complex = null;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp < 0x0600) {
        latin |= Character.isLetter(cp);
        continue;
      }
      UnicodeScript script = UnicodeScript.of(cp);
      switch (script) {
        case HANGUL -> hangul = true;
        case HIRAGANA, KATAKANA -> kana = true;
        case HAN, BOPOMOFO -> han = true;
        default -> {
          if (complex == null && COMPLEX.containsKey(script)) {
            complex = script;
          }
        }
      }
    }
    if (!hangul && !kana && !han && complex == null) {
      return null;
    }
    String[] eastAsia = hangul || kana || han ? eastAsia(hangul, kana, documentLanguage) : new String[] {null, null};
    String[] cs = complex == null ? new String[] {null, null} : COMPLEX.get(complex);
    return new FontSlots(eastAsia[0], eastAsia[1], cs[0], cs[1], eastAsia[0] != null && !latin);
  }

  /**
   * The East Asian font and language: Korean for Hangul, Japanese for Kana, and for Han alone the
   * document's language where it is Korean, Japanese or traditional Chinese, else simplified Chinese.
   */
  private static String[] eastAsia(boolean hangul, boolean kana, String documentLanguage) {
    Locale locale = Locale.forLanguageTag(documentLanguage);
    String language = locale.getLanguage();
    if (hangul || !kana && language.equals("ko")) {
      return new String[] {"Noto Sans CJK KR", "ko-KR"};
    }
    if (kana || language.equals("ja")) {
      return new String[] {"Noto Sans CJK JP", "ja-JP"};
    }
    boolean traditional = language.equals("zh")
        && (locale.getScript().equals("Hant") || Set.of("TW", "HK", "MO").contains(locale.getCountry()));
    return traditional ? new String[] {"Noto Sans CJK TC", "zh-TW"} : new String[] {"Noto Sans CJK SC", "zh-CN"};
  }

  /** Writes {@code w:rFonts}, in its place in {@code w:rPr}: after the run style, before bold. */
  void writeFonts(WordXml xml) {
    xml.empty("rFonts");
    attribute(xml, "hint", hint ? "eastAsia" : null);
    attribute(xml, "eastAsia", eastAsia);
    attribute(xml, "cs", complex);
  }

  /** Writes {@code w:lang}, in its place in {@code w:rPr}: after bold and italic. */
  void writeLanguage(WordXml xml) {
    xml.empty("lang");
    attribute(xml, "eastAsia", eastAsiaLanguage);
    attribute(xml, "bidi", complexLanguage);
  }

  /** Adds the attribute to the element just opened, unless its value is null. */
  private static void attribute(WordXml xml, String name, String value) {
    if (value != null) {
      xml.attr(name, value);
    }
  }

  /** Writes the run properties of a run that has no other: {@code w:rPr} with the fonts and language. */
  void writeProperties(WordXml xml) {
    xml.start("rPr");
    writeFonts(xml);
    writeLanguage(xml);
    xml.end();
  }
}
