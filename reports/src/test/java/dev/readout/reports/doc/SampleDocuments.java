package dev.readout.reports.doc;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Two fixed documents for the tests of every renderer (Markdown, PDF, DOCX). Both are built from
 * constants only (no clock, no randomness, no default locale), so every call returns an equal
 * document and a renderer's output can be compared byte for byte between runs. Change them only
 * by adding to the end of a list, and say so in the commit: other modules' tests count on their
 * content.
 *
 * <ul>
 *   <li>{@link #everyBlockType()}: a realistic briefing in English with Vietnamese names, using
 *       every block and inline type at least once — cover, table of contents, three heading
 *       levels, nested lists, a key–value block, notes of every kind, a page break, and a
 *       three-column table of 120 body rows (three pages or more in A4) with two header rows, a
 *       caption, and two footnotes.
 *   <li>{@link #adversarial()}: text meant to break renderers — Markdown and XML punctuation,
 *       right-to-left marks U+200F and U+202E, emoji including astral characters and ZWJ
 *       sequences, combining sequences, Vietnamese in NFD, characters XML forbids (U+0000–U+0008,
 *       U+FFFE, U+FFFF, an unpaired surrogate), a 10,000-character word, duplicate and
 *       emoji-only headings, empty cells and items, and line breaks everywhere.
 * </ul>
 */
public final class SampleDocuments {
  /** The number of body rows of the long table in {@link #everyBlockType()}. */
  public static final int LONG_TABLE_ROWS = 120;

  /** The date of both documents. */
  public static final LocalDate DATE = LocalDate.of(2024, 5, 12);

  /** The length of the long word in {@link #adversarial()}. */
  public static final int LONG_WORD_LENGTH = 10_000;

  private SampleDocuments() {}

  /**
   * Returns a document that uses every block and inline type, with Vietnamese text, footnotes,
   * nested lists and a table of {@value #LONG_TABLE_ROWS} body rows.
   *
   * @return the same document on every call
   */
  public static Document everyBlockType() {
    Metadata metadata = Metadata.builder()
        .title("Readout: Viet Nam – Australia defence talks")
        .subtitle("Hà Nội, 12 May 2024")
        .author("Nguyễn Quốc Dũng")
        .organisation("Bộ Quốc phòng Việt Nam")
        .date(DATE)
        .language("en")
        .classification("UNCLASSIFIED")
        .keyword("defence diplomacy")
        .keyword("Viet Nam")
        .build();
    return Document.builder()
        .metadata(metadata)
        .add(new Cover(List.of(
            Paragraph.of("Prepared for General Phan Văn Giang"),
            Paragraph.of(Emphasis.of("Draft for review"))))
        )
        .add(TableOfContents.of("Contents"))
        .heading(1, "Summary")
        .paragraph(
            Text.of("General "),
            Strong.of("Phan Văn Giang"),
            Text.of(" received the delegation led by "),
            Emphasis.of("Senior Lieutenant General Nguyễn Quốc Dũng"),
            Text.of(" and discussed "),
            Link.of("https://example.org/readouts/2024-05-12?lang=vi", "the joint vision statement"),
            Footnote.of(Text.of("Joint Vision Statement on Defence Cooperation, signed in "), Strong.of("2018"), Text.of(".")),
            Text.of(". See "),
            Link.of("#commitments", "Commitments"),
            Text.of(" for what each side pledged."))
        .add(Note.of(Note.Kind.INFO, "Background", "The two countries upgraded relations to a comprehensive strategic partnership in 2024."))
        .add(new Heading(2, "participants", List.of(Text.of("Participants"))))
        .add(KeyValueBlock.of(
            KeyValueBlock.Entry.of("Date", "12 May 2024"),
            KeyValueBlock.Entry.of("Place", "Hà Nội, Việt Nam"),
            KeyValueBlock.Entry.of("Format", Strong.of("In person"), Text.of(", plenary and one-on-one")),
            KeyValueBlock.Entry.of("Vietnamese side", "Phan Văn Giang; Nguyễn Quốc Dũng; Hoàng Xuân Chiến")))
        .add(new Heading(2, "agenda", List.of(Text.of("Agenda and areas discussed"))))
        .add(ListBlock.bulleted(
            ListBlock.Item.of("War legacy", ListBlock.ordered(
                new ListBlock.Item(List.of(Text.of("Search for the missing")), Optional.of(ListBlock.bulleted(
                    "Data sharing on "+ "Quảng Trị", "Joint field teams"))),
                ListBlock.Item.of("Dioxin remediation at Biên Hòa"))),
            ListBlock.Item.of(Text.of("UN peacekeeping: "), Emphasis.of("engineering unit"), Text.of(" rotation")),
            ListBlock.Item.of("Training and education")))
        .add(ListBlock.ordered("Opening remarks", "Plenary session", "Signing ceremony"))
        .add(Note.of(Note.Kind.IMPORTANT, "Follow-up", "Both ministries report progress before the next dialogue."))
        .add(Note.of(Note.Kind.WARNING, "Dates for the field work are not yet agreed."))
        .add(PageBreak.of())
        .add(new Heading(1, "commitments", List.of(Text.of("Commitments"))))
        .paragraph("Every commitment made during the visit, by the side that made it.")
        .add(longTable())
        .add(Heading.of(2, "Sources"))
        .add(ListBlock.bulleted(ListBlock.Item.of(Link.of("https://example.org/vna/2024/05/12", "Vietnam News Agency, 12 May 2024"))))
        .add(Heading.of(3, "Notes on the sources"))
        .paragraph("Quotes are verbatim; translations from Vietnamese are the editor's.")
        .paragraph(Text.of("The Vietnamese release says "), new Quote("Hai bên nhất trí tăng cường hợp tác quốc phòng", "vi"),
            Text.of(" and the minister added "), new Quote("we will meet again in Canberra", "en"), Text.of("."))
        .add(timelineFigure())
        .add(barFigure())
        .add(ageingFigure())
        .build();
  }

  /** A relationship's timeline: three lanes, the day marked, one event ahead. */
  public static Figure timelineFigure() {
    TimelineChart chart = new TimelineChart(List.of("Visits", "Meetings", "Calls", "Milestones ahead"),
        List.of("Visits", "Meetings", "Calls", "Milestones ahead"),
        List.of(new TimelineChart.Event(0, 0, LocalDate.of(2023, 9, 10)), new TimelineChart.Event(1, 1, LocalDate.of(2022, 11, 22)),
            new TimelineChart.Event(1, 1, LocalDate.of(2024, 5, 12)), new TimelineChart.Event(2, 2, LocalDate.of(2024, 9, 8)),
            new TimelineChart.Event(3, 3, LocalDate.of(2025, 3, 1))),
        LocalDate.of(2022, 11, 22), LocalDate.of(2025, 3, 1),
        Optional.of(new TimelineChart.Marker(DATE, "As of 12 May 2024")));
    return new Figure(chart, "The relationship with Australia over time, as of 12 May 2024",
        "Timeline from November 2022 to March 2025: one visit, two meetings, one call, one milestone ahead.");
  }

  /** Open items by direction and standing, one count zero. */
  public static Figure barFigure() {
    BarChart chart = new BarChart(List.of("Their undertakings", "Our requests", "Joint agreements"),
        List.of("Open", "Due soon", "Overdue", "Event passed"),
        List.of(List.of(2, 1, 0, 1), List.of(3, 0, 1, 0), List.of(1, 0, 0, 0)), "Open items");
    return new Figure(chart, "Open items with Australia by direction and standing",
        "Their undertakings: 2 open, 1 due soon, 1 event passed; our requests: 3 open, 1 overdue; joint agreements: 1 open.");
  }

  /** Three open items, one late, one without a due date. */
  public static Figure ageingFigure() {
    AgeingChart chart = new AgeingChart(List.of(
            new AgeingChart.Item("Australia: train engineers for peacekeeping", 540, OptionalInt.of(365), true, "540 days, Overdue"),
            new AgeingChart.Item("Viet Nam: host the next dialogue in Hà Nội", 200, OptionalInt.of(400), false, "200 days"),
            new AgeingChart.Item("Joint: exchange data on the missing", 90, OptionalInt.empty(), false, "90 days")),
        "Days since it was made", "Days open", "Due");
    return new Figure(chart, "How long each open item has been open, against when it is due",
        "Three items are open; the oldest for 540 days, one past its due date.");
  }

  private static Table longTable() {
    Table.Builder table = Table.builder()
        .column(Table.Column.right(1))
        .column(Table.Column.left(5))
        .column(Table.Column.center(2))
        .header("No.", "Commitment", "Status")
        .header(Table.Row.of(Table.Cell.of(""), Table.Cell.of(Emphasis.of("made by / towards")), Table.Cell.of("as of 2024-05-12")))
        .caption("Commitments made during the visit");
    String[] makers = {"Việt Nam → Australia", "Australia → Việt Nam"};
    String[] statuses = {"open", "in progress", "fulfilled"};
    for (int i = 1; i <= LONG_TABLE_ROWS; i++) {
      List<Inline> commitment = new ArrayList<>();
      commitment.add(Strong.of(makers[i % 2]));
      commitment.add(Text.of(": exchange delegation no. " + i + " on training and education"));
      if (i == 7) {
        commitment.add(Footnote.of("Confirmed in a phone call on 3 June 2024."));
      }
      table.row(Table.Row.of(Table.Cell.of(String.valueOf(i)), new Table.Cell(commitment), Table.Cell.of(statuses[i % 3])));
    }
    return table.build();
  }

  /** The characters XML 1.0 forbids that {@link #adversarial()} contains, for tests to look for. */
  public static final String XML_ILLEGAL =
      "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\uFFFE\uFFFF\uD800";

  /** "Nguyễn Quốc Dũng" in Unicode NFD (base letters followed by combining marks). */
  public static final String NFD_VIETNAMESE = Normalizer.normalize("Nguyễn Quốc Dũng", Normalizer.Form.NFD);

  /**
   * Returns a document of hostile text; see the class description. Every renderer must render it
   * without throwing, leaving out only the characters of {@link #XML_ILLEGAL}.
   *
   * @return the same document on every call
   */
  public static Document adversarial() {
    String longWord = "Quốcphòng".repeat(LONG_WORD_LENGTH / 9 + 1).substring(0, LONG_WORD_LENGTH);
    String punctuation = "# not a heading *not em* _nor this_ `code` [link](https://x.y) ![img](a.png) "
        + "<b>html</b> &amp; &copy; a|b ~~strike~~ $x$ \\ ^caret [^1] {braces} \"quotes\" 'apostrophe' <>&";
    return Document.builder()
        .metadata(Metadata.builder()
            .title("# *Title* with | pipes, <tags> & [brackets] \u200F")
            .subtitle("Sub\ntitle \uD83C\uDDFB\uD83C\uDDF3")
            .author(NFD_VIETNAMESE)
            .organisation("Org\u0000 with NUL")
            .date(DATE)
            .language("vi-VN")
            .classification("RESTRICTED \u202E (reversed) \u202C")
            .build())
        .add(Cover.of("- cover line that looks like a list", "1. and one like a numbered list"))
        .add(TableOfContents.of("*Contents*"))
        .heading(1, "😀🫡")
        .heading(1, "😀🫡")
        .paragraph(punctuation)
        .paragraph("- dash\n+ plus\n* star\n1. one\n2) two\n> quote\n=== setext\n--- rule\n    indented code\n\ttab\n```fence\n~~~fence\n<div>html block</div>\n[ref]: https://x.y\n[^1]: not a footnote\n| a | b |\n|---|---|")
        .paragraph("Right-to-left: \u200Fשלום\u200F and \u202Eevil override\u202C and \u0627\u0644\u0633\u0644\u0627\u0645 \u0639\u0644\u064A\u0643\u0645")
        .paragraph("Emoji: 😀 🫡 👨‍👩‍👧 🇻🇳 🏳️‍🌈 👍🏽 and a lone astral 𝔘𝔫𝔦𝔠𝔬𝔡𝔢")
        .paragraph("Combining: e\u0301 a\u0308\u0301 Z\u0351\u0313\u0300\u0316\u0317a\u0337l\u0334g\u0335o and NFD "
            + NFD_VIETNAMESE + " next to NFC Nguyễn Quốc Dũng")
        .paragraph("Controls: [" + XML_ILLEGAL + "] between brackets, and a\u0000b joined")
        .paragraph(Text.of("Long word: "), Text.of(longWord))
        .paragraph(
            Emphasis.of("  spaced emphasis  "),
            Text.of("a"), Emphasis.of("\"quoted\""), Text.of("b "),
            Strong.of(Emphasis.of("nested")), Text.of(" "),
            Emphasis.of("one"), Emphasis.of("two"), Text.of(" "),
            Strong.of(Text.of("line\nbreak")), Text.of(" "),
            Emphasis.of(""), Text.of("!"),
            Link.of("https://example.org/path_(with)_parens?q=a&b=*c*", Text.of("link "), Strong.of("*bold*"), Footnote.of("Footnote *inside* a link.")),
            Text.of(" "),
            Link.of("#section", "to the emoji heading"),
            Text.of(" "),
            Link.of("#nowhere", "to nowhere"))
        .add(ListBlock.ordered(
            new ListBlock.Item(List.of(), Optional.of(ListBlock.bulleted("- nested under an empty item", "# hash"))),
            ListBlock.Item.of("10. looks numbered\nsecond line"),
            ListBlock.Item.of("")))
        .add(ListBlock.ordered("a list right after a list"))
        .add(Table.builder()
            .column(Table.Column.left(1))
            .column(Table.Column.center(1))
            .header("a|b", "")
            .row("line\nbreak", "| --- |")
            .row("", "\\|escaped\\|")
            .row("`tick`", NFD_VIETNAMESE)
            .caption("Caption with *stars* | pipes")
            .build())
        .add(KeyValueBlock.of(
            KeyValueBlock.Entry.of("Key\nwith break", "value\nwith break"),
            KeyValueBlock.Entry.of("**Not bold**:", ""),
            KeyValueBlock.Entry.of("Empty", new Inline[0])))
        .add(new Note(Note.Kind.WARNING, Optional.of("[!NOTE] not an alert"), List.of(Text.of("> nested quote?\n\nblank line inside"))))
        .add(Heading.of(2, "Trailing hashes ##"))
        .add(Heading.of(3, "Ends with a footnote"))
        .paragraph(Text.of("Footnote at the start of a line:"), Footnote.of("Note\nwith a break."), Text.of(": colon after the mark"))
        .build();
  }

  /** A commitments table whose Due column is narrower than "Chairmanship" and "Vietnam–U.S.". */
  public static Table narrowDueColumn() {
    return Table.builder()
        .column(Table.Column.left(1.5)).column(Table.Column.left(3.2)).column(Table.Column.left(0.6)).column(Table.Column.left(1.6))
        .header("Made at", "What", "Due", "Where it stands")
        .row(Table.Row.of("Phan Văn Giang meets Prabowo Subianto", "Support: Support Indonesia's ASEAN chairmanship.",
            "at Indonesia's ASEAN Chairmanship (2023 [inferred])", "open — no news since November 2022"))
        .row(Table.Row.of("Phan Văn Giang's phone talks", "Hope: Coordinate closely.",
            "at 30th anniversary of Vietnam–U.S. diplomatic ties (2025)", "open"))
        .build();
  }
}
