package dev.readout.reports.pdf;

import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.Emphasis;
import dev.readout.reports.doc.KeyValueBlock;
import dev.readout.reports.doc.ListBlock;
import dev.readout.reports.doc.Metadata;
import dev.readout.reports.doc.Note;
import dev.readout.reports.doc.Strong;
import dev.readout.reports.doc.Table;
import dev.readout.reports.doc.Text;
import java.time.LocalDate;

/**
 * A briefing whose names and quotes are in Hangul, Devanagari, Arabic, Han, Kana, Thai and Khmer,
 * built from the document model alone, for the tests of the font chain.
 */
public final class MultiScriptDocument {
  public static final String LEE = "이종섭";
  public static final String RAJNATH = "राजनाथ सिंह";
  public static final String KOREAN_QUOTE = "한미동맹은 굳건하다";
  public static final String HINDI_QUOTE = "भारत और वियतनाम के बीच रक्षा सहयोग मज़बूत है";
  public static final String ARABIC_MINISTRY = "وزارة الدفاع";
  public static final String ARABIC_QUOTE = "التعاون الدفاعي مستمر";
  public static final String CHINESE_MINISTRY = "国防部";
  public static final String CHINESE_QUOTE = "中越两军关系发展良好";
  public static final String JAPANESE_MINISTRY = "防衛省（ぼうえいしょう）";
  public static final String THAI_MINISTRY = "กระทรวงกลาโหม";
  public static final String KHMER_MINISTRY = "ក្រសួងការពារជាតិ";

  private MultiScriptDocument() {}

  public static Document document() {
    return Document.builder()
        .metadata(Metadata.builder().title("Readout: talks with " + LEE + " and " + RAJNATH)
            .date(LocalDate.of(2024, 5, 12)).language("en").classification("UNCLASSIFIED").build())
        .heading(1, "Korea: Lee Jong-sup (" + LEE + ")")
        .paragraph(Text.of("Minister "), Strong.of(LEE), Text.of(" said: “" + KOREAN_QUOTE + "”."))
        .heading(1, "India: Rajnath Singh (" + RAJNATH + ")")
        .paragraph(Text.of("Shri "), Strong.of(RAJNATH), Text.of(" said: “" + HINDI_QUOTE + "”."))
        .heading(1, "Egypt and China")
        .paragraph("The " + ARABIC_MINISTRY + " said: “" + ARABIC_QUOTE + "”.")
        .paragraph(Text.of("China's "), Emphasis.of(CHINESE_MINISTRY), Text.of(" said: “" + CHINESE_QUOTE + "”."))
        .add(Table.builder()
            .column(Table.Column.left(2))
            .column(Table.Column.left(2))
            .header("Counterpart", "Native name")
            .row("Lee Jong-sup", LEE)
            .row("Rajnath Singh", RAJNATH)
            .row("Ministry of Defence, Egypt", ARABIC_MINISTRY)
            .row("Ministry of National Defense, China", CHINESE_MINISTRY)
            .row("Ministry of Defense, Japan", JAPANESE_MINISTRY)
            .row("Ministry of Defence, Thailand", THAI_MINISTRY)
            .row("Ministry of National Defence, Cambodia", KHMER_MINISTRY)
            .caption("Counterparts")
            .build())
        .add(KeyValueBlock.of(
            KeyValueBlock.Entry.of("Korean side", LEE),
            KeyValueBlock.Entry.of("Indian side", RAJNATH)))
        .add(Note.of(Note.Kind.INFO, "Quote", RAJNATH + ": “" + HINDI_QUOTE + "”"))
        .add(ListBlock.bulleted("— " + LEE + ", 국방부 (repost)", "— " + RAJNATH + ", रक्षा मंत्रालय",
            "— " + ARABIC_MINISTRY, "— " + THAI_MINISTRY + ", " + KHMER_MINISTRY))
        .build();
  }
}
