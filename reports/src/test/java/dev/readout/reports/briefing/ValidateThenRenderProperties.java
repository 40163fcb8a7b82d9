package dev.readout.reports.briefing;

import static org.assertj.core.api.Assertions.assertThatCode;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.io.DatasetFileException;
import dev.readout.core.io.DatasetFiles;
import dev.readout.core.io.Format;
import dev.readout.reports.doc.Document;
import dev.readout.reports.docx.DocxRenderer;
import dev.readout.reports.html.HtmlRenderer;
import dev.readout.reports.markdown.MarkdownRenderer;
import dev.readout.reports.pdf.PdfRenderer;
import dev.readout.testkit.ReadoutArbitraries;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * What reading a dataset file accepts, every briefing renders: a generated dataset with adversarial
 * text, written to YAML and made hostile by one of the mutations issue 19 found (a title in two
 * lines, an id too long for an anchor, a web address with a space or without a host, a control
 * character, a 4,000-character hyphenated id), is either refused when read — with a problem, not an
 * exception of another kind — or renders its book and every country brief in PDF, Word, Markdown
 * and HTML without an exception. Never accepted, then refused by a renderer.
 */
class ValidateThenRenderProperties {
  private static final AtomicInteger REFUSED = new AtomicInteger();
  private static final AtomicInteger RENDERED = new AtomicInteger();

  private static final List<UnaryOperator<String>> MUTATIONS = List.of(
      yaml -> yaml,
      yaml -> yaml.replaceFirst("(?m)^(\\s*)title: .*$", "$1title: |\n$1  First line\n$1  second line"),
      yaml -> yaml.replaceFirst("(?m)^(\\s*- )id: e0$", "$1id: e0" + "-x".repeat(60)),
      yaml -> yaml.replaceFirst("(?m)^(\\s*- )id: (\\S+)$", "$1id: " + "a-".repeat(2_000) + "a"),
      yaml -> yaml.replaceFirst("(?m)^(\\s*)title: (.*)$", "$1title: $2\n$1url: https://exa mple.org/a"),
      yaml -> yaml.replaceFirst("(?m)^(\\s*)title: (.*)$", "$1title: $2\n$1url: 'https:///nohost'"),
      yaml -> yaml.replaceFirst("(?m)^(\\s*)title: (.*)$", "$1title: \"bell\\a and \\e[31m escape\""),
      yaml -> yaml.replaceFirst("(?m)^(\\s*)title: (.*)$", "$1title: \"line\\u2028separator\""));

  @Provide
  Arbitrary<Dataset> datasets() {
    return ReadoutArbitraries.datasets().withEngagements(1, 2).withCommitmentsPerEngagement(1, 2).withAdversarialText(true);
  }

  @Provide
  Arbitrary<Integer> mutations() {
    return Arbitraries.integers().between(0, MUTATIONS.size() - 1);
  }

  @Property(tries = 60)
  void whatReadingAcceptsEveryBriefingRenders(@ForAll("datasets") Dataset generated, @ForAll("mutations") int mutation) {
    String yaml = MUTATIONS.get(mutation).apply(DatasetFiles.toString(generated, Format.YAML));
    Dataset read;
    try {
      read = DatasetFiles.read("hostile.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
          Format.YAML, Dataset.empty());
    } catch (DatasetFileException refused) {
      REFUSED.incrementAndGet();
      return;
    }
    RENDERED.incrementAndGet();
    for (String language : List.of("en", "vi")) {
      BriefingOptions options = BriefingOptions.builder().asOf(LocalDate.of(2030, 1, 1)).language(language).build();
      List<Document> documents = new ArrayList<>();
      documents.add(Briefings.briefingBook(read, options));
      Briefings.counterparts(read, options).forEach(code -> documents.add(Briefings.countryBrief(read, code, options)));
      for (Document d : documents) {
        assertThatCode(() -> {
          PdfRenderer.create().render(d, new ByteArrayOutputStream());
          DocxRenderer.create().render(d, new ByteArrayOutputStream());
          MarkdownRenderer.create().render(d, new ByteArrayOutputStream());
          HtmlRenderer.create().render(d, new ByteArrayOutputStream());
        }).as("mutation %d, %s, %s", mutation, language, d.metadata().title()).doesNotThrowAnyException();
      }
    }
  }

  @AfterContainer
  static void printCounts() {
    System.out.printf(java.util.Locale.ROOT, "ValidateThenRenderProperties: %d files refused when read, %d rendered%n",
        REFUSED.get(), RENDERED.get());
  }
}
