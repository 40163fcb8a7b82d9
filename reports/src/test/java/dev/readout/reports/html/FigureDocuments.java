package dev.readout.reports.html;

import dev.readout.reports.doc.AgeingChart;
import dev.readout.reports.doc.BarChart;
import dev.readout.reports.doc.Cover;
import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.Figure;
import dev.readout.reports.doc.Metadata;
import dev.readout.reports.doc.Quote;
import dev.readout.reports.doc.Text;
import dev.readout.reports.doc.TimelineChart;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** A document with a figure of each kind of chart and quotations in other languages, built from constants. */
final class FigureDocuments {
  static final String VIETNAMESE_QUOTE = "Việt Nam mong muốn tiếp tục hợp tác khắc phục hậu quả chiến tranh";

  private FigureDocuments() {}

  static Figure timeline() {
    return new Figure(new TimelineChart(List.of("United States", "Australia"), List.of("Visit", "Call", "Signing"),
        List.of(new TimelineChart.Event(0, 0, LocalDate.of(2022, 11, 11)), new TimelineChart.Event(0, 1, LocalDate.of(2024, 7, 3)),
            new TimelineChart.Event(1, 2, LocalDate.of(2023, 5, 20))),
        LocalDate.of(2022, 1, 1), LocalDate.of(2025, 12, 31),
        Optional.of(new TimelineChart.Marker(LocalDate.of(2024, 10, 1), "As of 1 October 2024"))),
        "Engagements by counterpart, 2022–2025", "A timeline: the United States, a visit in November 2022 and a call in"
            + " July 2024; Australia, an instrument signed in May 2023.");
  }

  static Figure bars() {
    return new Figure(new BarChart(List.of("Their undertakings", "Our requests"), List.of("open", "overdue"),
        List.of(List.of(3, 1), List.of(9, 0)), "Number of items"),
        "Open items by direction", "Their undertakings: 3 open, 1 overdue. Our requests: 9 open, none overdue.");
  }

  static Figure ageing() {
    return new Figure(new AgeingChart(List.of(
        new AgeingChart.Item("Dioxin treatment at Biên Hòa", 700, OptionalInt.of(365), true, "overdue by 335 days"),
        new AgeingChart.Item("Military medicine", 120, OptionalInt.empty(), false, "no due date")),
        "Days open", "Open", "Due"),
        "How long our requests have been open", "Dioxin treatment at Biên Hòa: open 700 days, due after 365, overdue"
            + " by 335 days. Military medicine: open 120 days, no due date.");
  }

  /** Three figures, a quotation in Vietnamese and one in English, in an English document. */
  static Document document() {
    return Document.builder()
        .metadata(Metadata.builder().title("Charts of the relationship").language("en").date(LocalDate.of(2024, 10, 1))
            .classification("UNCLASSIFIED").build())
        .add(Cover.of("Prepared for the Minister"))
        .heading(1, "Engagements")
        .paragraph(Text.of("The Minister said: "), new Quote(VIETNAMESE_QUOTE, "vi"), Text.of(". The Secretary replied: "),
            new Quote("We will keep working together", "en"), Text.of("."))
        .add(timeline())
        .heading(1, "Open items")
        .add(bars())
        .add(ageing())
        .build();
  }
}
