package dev.readout.reports.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.PlainText;
import dev.readout.reports.doc.RenderResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A document rendered as HTML and parsed back with jsoup, as a browser parses it (HTML5 tree
 * building), with the checks every HTML test makes: strict UTF-8, and every {@code #id} link leads
 * to an element of the page.
 *
 * @param bytes the file
 * @param html the file as text
 * @param dom the parsed page
 * @param result the renderer's warnings
 */
record HtmlReadBack(byte[] bytes, String html, org.jsoup.nodes.Document dom, RenderResult result) {

  static HtmlReadBack render(Document document) {
    return render(HtmlRenderer.create(), document);
  }

  static HtmlReadBack render(HtmlRenderer renderer, Document document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RenderResult result;
    try {
      result = renderer.render(document, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parse(out.toByteArray(), result);
  }

  static HtmlReadBack parse(byte[] bytes, RenderResult result) {
    String html;
    try {
      html = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new AssertionError("the file must be UTF-8", e);
    }
    return new HtmlReadBack(bytes, html, Jsoup.parse(html), result);
  }

  /** The words of the page's body as a reader sees them, without the note marks and the links back from notes. */
  static List<String> words(org.jsoup.nodes.Document dom) {
    Element body = dom.body().clone();
    body.select("a[role=doc-noteref], a[role=doc-backlink]").remove();
    return PlainText.words(body.text());
  }

  /** Asserts that every link to {@code #id} leads to an element with that id, and that no id is used twice. */
  static void assertLinksResolve(org.jsoup.nodes.Document dom) {
    Set<String> ids = new HashSet<>();
    for (Element e : dom.select("[id]")) {
      assertThat(ids.add(e.id())).as("id %s is unique", e.id()).isTrue();
    }
    for (Element a : dom.select("a[href^=\"#\"]")) {
      assertThat(ids).as("the target of %s", a.outerHtml()).contains(a.attr("href").substring(1));
    }
  }

  /** Asserts that the headings start with the one h1 and never skip a level going down. */
  static void assertHeadingOrder(org.jsoup.nodes.Document dom) {
    List<Integer> levels = dom.select("h1, h2, h3, h4, h5, h6").stream()
        .map(h -> Integer.parseInt(h.tagName().substring(1))).toList();
    assertThat(levels).isNotEmpty();
    assertThat(levels.get(0)).as("the first heading").isEqualTo(1);
    assertThat(levels.stream().filter(l -> l == 1).count()).as("h1 headings").isEqualTo(1);
    for (int i = 1; i < levels.size(); i++) {
      assertThat(levels.get(i)).as("heading %d after h%d", i, levels.get(i - 1)).isLessThanOrEqualTo(levels.get(i - 1) + 1);
    }
  }
}
