package dev.readout.reports.briefing;

import static dev.readout.reports.briefing.Documents.headings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.model.Evidence;
import dev.readout.core.seed.Datasets;
import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.PlainText;
import dev.readout.reports.i18n.Labels;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Nothing English is left in a Vietnamese briefing except names, titles and quotes from the data. */
class VietnameseBriefingTest {
  private static final Dataset SEED = Datasets.seed();
  private static final BriefingOptions VI = BriefingOptions.builder().asOf(LocalDate.of(2024, 10, 1)).language("vi").build();

  /** The plain text with every string that comes from the data (names, titles, quotes, notes) taken out. */
  private static String labelsOnly(Document d) {
    String text = PlainText.of(d);
    List<String> data = new ArrayList<>();
    SEED.engagements().forEach(e -> {
      data.add(e.title());
      e.summary().ifPresent(data::add);
      e.occasion().ifPresent(data::add);
      e.place().ifPresent(data::add);
      e.note().ifPresent(data::add);
      e.acts().forEach(a -> {
        data.add(a.description());
        a.evidence().forEach(x -> addEvidence(data, x));
      });
      e.evidence().forEach(x -> addEvidence(data, x));
    });
    SEED.commitments().forEach(c -> {
      data.add(c.text());
      c.note().ifPresent(data::add);
      c.evidence().forEach(x -> addEvidence(data, x));
      c.statusHistory().forEach(h -> h.evidence().forEach(x -> addEvidence(data, x)));
    });
    SEED.instruments().forEach(i -> {
      data.add(i.title());
      i.evidence().forEach(x -> addEvidence(data, x));
    });
    SEED.milestones().forEach(m -> {
      data.add(m.title());
      m.evidence().forEach(x -> addEvidence(data, x));
    });
    SEED.partnerships().forEach(p -> {
      p.name().ifPresent(data::add);
      p.evidence().forEach(x -> addEvidence(data, x));
    });
    SEED.people().forEach(p -> {
      data.add(p.name());
      p.honorific().ifPresent(data::add);
      p.evidence().forEach(x -> addEvidence(data, x));
      p.appointments().forEach(a -> {
        data.add(a.title());
        a.evidence().forEach(x -> addEvidence(data, x));
      });
    });
    SEED.organizations().forEach(o -> {
      data.add(o.name());
      o.evidence().forEach(x -> addEvidence(data, x));
    });
    SEED.programmes().forEach(p -> {
      data.add(p.title());
      p.evidence().forEach(x -> addEvidence(data, x));
    });
    SEED.sources().forEach(s -> {
      data.add(s.title());
      s.author().ifPresent(data::add);
      s.translator().ifPresent(data::add);
    });
    data.sort((a, b) -> b.length() - a.length());
    for (String s : data) {
      text = text.replace(s, " ");
    }
    return text;
  }

  private static void addEvidence(List<String> data, Evidence e) {
    data.add(e.quote());
    e.note().ifPresent(data::add);
  }

  @Test
  void noEnglishLabelIsLeftInAVietnameseBriefing() {
    Labels en = Labels.of("en");
    Labels vi = Labels.of("vi");
    List<Document> documents = List.of(Briefings.briefingBook(SEED, VI), Briefings.countryBrief(SEED, "US", VI),
        Briefings.commitmentTracker(SEED, VI), Briefings.engagementReadout(SEED, "giang-leahy-call-2024", VI));
    for (Document d : documents) {
      String remaining = labelsOnly(d);
      for (String key : en.keys()) {
        String english = en.get(key);
        if (english.equals(vi.get(key))) {
          continue;
        }
        for (String fragment : english.split("\\{\\d\\}")) {
          String f = fragment.strip();
          int at = remaining.indexOf(f);
          if (f.length() >= 5 && f.chars().anyMatch(Character::isLetter) && at >= 0) {
            String context = remaining.substring(Math.max(0, at - 120), Math.min(remaining.length(), at + f.length() + 60));
            throw new AssertionError("English label " + key + " (\"" + f + "\") in " + d.metadata().title() + ": …" + context + "…");
          }
        }
      }
    }
  }

  @Test
  void everyWordTheBriefingWritesIsVietnameseOnlyQuotesAndNamesStayAsTheyAre() {
    List<Document> documents = List.of(Briefings.briefingBook(SEED, VI), Briefings.countryBrief(SEED, "US", VI),
        Briefings.commitmentTracker(SEED, VI), Briefings.engagementReadout(SEED, "giang-leahy-call-2024", VI));
    for (Document d : documents) {
      // The blocks without the notes (the quotes stand in the notes), without the sources' own titles and names,
      // and without people's names: what is left must read as Vietnamese.
      String text = PlainText.body(d);
      for (var s : SEED.sources()) {
        text = text.replace(s.title(), " ");
        text = text.replace(s.author().orElse("\u0000"), " ").replace(s.translator().orElse("\u0000"), " ");
      }
      for (var p : SEED.people()) {
        text = text.replace(p.name(), " ").replace(p.displayName(), " ");
      }
      String padded = " " + String.join(" ", PlainText.words(text)) + " ";
      for (String english : List.of(" the ", " of ", " and ", " to ", " with ", " for ", " inferred ", " meets ",
          " Minister ", " Defense ", " Defence ", " Agreement ", " Request ")) {
        int at = padded.indexOf(english);
        assertThat(at).as("English%s in %s: …%s…", english, d.metadata().title(),
            at < 0 ? "" : padded.substring(Math.max(0, at - 100), Math.min(padded.length(), at + 60))).isNegative();
      }
    }
  }

  @Test
  void vietnameseHeadingsDatesAndCountryNames() {
    Document d = Briefings.countryBrief(SEED, "US", VI);
    assertThat(d.metadata().title()).isEqualTo("Tài liệu tóm tắt: Hoa Kỳ");
    assertThat(d.metadata().subtitle()).contains("Tính đến 1 tháng 10 năm 2024");
    assertThat(headings(d, 2)).startsWith("Những điểm chính", "Mục tiêu của ta: các đề nghị ta đã nêu",
        "Các vấn đề phía bạn có thể nêu", "Các nội dung cần trao đổi");
    assertThat(PlainText.of(d)).contains("tháng 9 năm 2024 (suy ra)", "Đại tướng Phan Văn Giang",
        "Nhắc lại đề nghị của ta: Đẩy nhanh tiến độ dự án xử lý ô nhiễm dioxin tại sân bay Biên Hòa.")
        .doesNotContain("suy đoán");
  }
}
