package dev.readout.reports.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.Metadata;
import dev.readout.reports.doc.SampleDocuments;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Figures in Markdown: an SVG file beside the text, linked with its text alternative, or inlined as a data URI. */
class MarkdownFigureTest {

  private static Document figures() {
    return Document.builder().metadata(Metadata.of("Figures"))
        .add(SampleDocuments.timelineFigure())
        .add(SampleDocuments.barFigure())
        .add(SampleDocuments.ageingFigure())
        .build();
  }

  @Test
  void eachFigureIsAnSvgSideFileLinkedWithItsTextAlternativeAndFollowedByItsCaption() throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    MarkdownRenderer renderer = MarkdownRenderer.builder().figureFiles("brief us-", files::put).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(renderer.render(figures(), out).warnings()).isEmpty();
    String md = out.toString(StandardCharsets.UTF_8);
    assertThat(files).containsOnlyKeys("brief us-figure-1.svg", "brief us-figure-2.svg", "brief us-figure-3.svg");
    files.values().forEach(svg -> assertThat(new String(svg, StandardCharsets.UTF_8))
        .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg"));
    assertThat(md).contains("![" + SampleDocuments.barFigure().description() + "](<brief us-figure-2.svg>)");
    assertThat(md).contains("*Open items with Australia by direction and standing*");

    ParsedMarkdown parsed = ParsedMarkdown.parse(md);
    assertThat(parsed.text()).contains("Open items with Australia by direction and standing");
  }

  @Test
  void withoutSideFilesTheDrawingIsInlinedAsADataUri() {
    String md = MarkdownRenderer.create().renderToString(figures());
    int at = md.indexOf("(data:image/svg+xml;base64,");
    assertThat(at).isPositive();
    String encoded = md.substring(at + "(data:image/svg+xml;base64,".length(), md.indexOf(')', at));
    assertThat(new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8)).contains("<svg")
        .contains("<title>" + SampleDocuments.timelineFigure().description() + "</title>");
  }

  @Test
  void aSideFileThatCannotBeWrittenFailsTheRenderWithItsOwnError() {
    MarkdownRenderer renderer = MarkdownRenderer.builder()
        .figureFiles("x-", (name, bytes) -> { throw new IOException("disk full: " + name); }).build();
    assertThatThrownBy(() -> renderer.render(figures(), new ByteArrayOutputStream()))
        .isInstanceOf(IOException.class).hasMessage("disk full: x-figure-1.svg");
    assertThatThrownBy(() -> MarkdownRenderer.builder().figureFiles("../x-", (n, b) -> { }))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
