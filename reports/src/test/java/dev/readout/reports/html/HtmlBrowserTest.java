package dev.readout.reports.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.seed.Datasets;
import dev.readout.reports.briefing.BriefingOptions;
import dev.readout.reports.briefing.Briefings;
import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.Metadata;
import dev.readout.reports.doc.Figure;
import dev.readout.reports.doc.PlainText;
import dev.readout.reports.doc.Table;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Opens the rendered HTML in a real browser, Debian's headless Chromium: the DOM it builds (read
 * back with jsoup from {@code --dump-dom}), a screenshot of the page as drawn, and the accessibility
 * check of axe-core (WCAG 2.0 and 2.1 A and AA, and axe's best practices), run inside the page
 * with zero violations allowed.
 *
 * <p>Chromium is looked for on the PATH ({@code chromium}, {@code chromium-browser}); axe-core's
 * {@code axe.min.js} where the environment variable {@code READOUT_AXE} (or the system property
 * {@code readout.axe}) says, as {@code .ci/run} installs it from npm. Without them the tests are
 * skipped with a message, unless {@code READOUT_INTEROP=required} is set: then a missing tool fails
 * them. The browser runs with a new profile each time, no network services and no sandbox (the tests
 * may run as root in a container).
 */
class HtmlBrowserTest {
  private static final Path WORK = Path.of("target", "html-browser");
  private static final long TIMEOUT_SECONDS = 120;
  private static final Dataset SEED = Datasets.seed();
  private static final LocalDate AS_OF = LocalDate.of(2024, 10, 1);
  /** The rule sets axe runs: WCAG 2.0 and 2.1, levels A and AA, and axe's best practices. */
  private static final String AXE_TAGS = "'wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'";
  private static final Pattern AXE_RESULT = Pattern.compile("<pre id=\"axe-result\">(.*?)</pre>", Pattern.DOTALL);

  private static Path chromium;
  private static Path axe;

  @BeforeAll
  static void createWorkDirectory() throws IOException {
    Files.createDirectories(WORK);
  }

  /** Per test, so that a missing tool shows as each test skipped with the reason. */
  @BeforeEach
  void findChromium() {
    chromium = onPath("chromium", "chromium-browser");
  }

  private static Document book(String language) {
    return Briefings.briefingBook(SEED, options(language));
  }

  private static BriefingOptions options(String language) {
    return BriefingOptions.builder().asOf(AS_OF).language(language).classification("UNCLASSIFIED").build();
  }

  // ---- the live DOM ----

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"en", "vi"})
  void theBrowsersDomOfTheSeedBookHasItsHeadingsTablesNotesAndLinks(String language) throws Exception {
    Document book = book(language);
    org.jsoup.nodes.Document dom = Jsoup.parse(dumpDom(write(book, "book-" + language)));

    assertThat(dom.selectFirst("html").attr("lang")).isEqualTo(language);
    assertThat(dom.title()).isEqualTo(book.metadata().title());
    HtmlReadBack.assertHeadingOrder(dom);
    assertThat(dom.select("main > h2, main > h3, main > h4")).extracting(Element::id)
        .containsExactlyElementsOf(book.uniqueAnchors());
    assertThat(dom.select("nav.contents a")).isNotEmpty().allSatisfy(a ->
        assertThat(dom.getElementById(a.attr("href").substring(1))).as(a.attr("href")).isNotNull());

    List<Table> tables = book.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
    Elements shown = dom.select("main > table");
    assertThat(shown).hasSameSizeAs(tables);
    for (int i = 0; i < tables.size(); i++) {
      assertThat(shown.get(i).select("thead > tr")).hasSameSizeAs(tables.get(i).headerRows());
      assertThat(shown.get(i).select("tbody > tr")).hasSameSizeAs(tables.get(i).bodyRows());
      assertThat(shown.get(i).select("thead th")).allSatisfy(th -> assertThat(th.attr("scope")).isEqualTo("col"));
    }

    int notes = PlainText.footnotes(book).size();
    assertThat(dom.select("section[role=doc-endnotes] > ol > li")).hasSize(notes);
    assertThat(dom.select("a[role=doc-noteref]")).isNotEmpty();
    assertThat(dom.select("a[role=doc-backlink]")).hasSameSizeAs(dom.select("a[role=doc-noteref]"));
    HtmlReadBack.assertLinksResolve(dom);

    assertThat(dom.select("main > figure")).hasSize((int) book.blocks().stream().filter(Figure.class::isInstance).count());
    assertThat(HtmlReadBack.words(dom)).containsSubsequence(PlainText.words(PlainText.of(book)));
    assertThat(dom.select("header.marking, footer.marking")).extracting(Element::text)
        .containsExactly("UNCLASSIFIED", "UNCLASSIFIED");
  }

  /**
   * In a window as wide as the page's text gets, Chromium sets every word of the seed book's
   * tables and of a table with a narrow column on one line: each word's text range has one box.
   */
  @org.junit.jupiter.api.Test
  void noWordOfATableIsBrokenAcrossLines() throws Exception {
    Document narrow = Document.builder().metadata(Metadata.of("Columns")).heading(1, "A table")
        .add(dev.readout.reports.doc.SampleDocuments.narrowDueColumn()).build();
    for (Document document : List.of(narrow, book("en"), book("vi"))) {
      String name = "words-" + document.metadata().title().hashCode();
      String page = Files.readString(write(document, name), StandardCharsets.UTF_8);
      String checker = "<script>\n"
          + "function lineTop(node, i) {\n"
          + "  var r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 1);\n"
          + "  return Math.round(r.getBoundingClientRect().top);\n"
          + "}\n"
          + "window.addEventListener('load', function () {\n"
          + "  var broken = [], words = 0;\n"
          + "  document.querySelectorAll('td, th').forEach(function (cell) {\n"
          + "    var walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT), node;\n"
          + "    while ((node = walker.nextNode())) {\n"
          + "      var re = /[^\\s\\-\u2013\u2014]+[\\-\u2013\u2014]?/g, m;\n"
          + "      while ((m = re.exec(node.data))) {\n"
          + "        words++;\n"
          + "        // The word's first and last letters, each a range of its own, stand on one line.\n"
          + "        var last = m[0].replace(/[\\-\u2013\u2014]$/, '').length - 1;\n"
          + "        if (last > 0 && lineTop(node, m.index) !== lineTop(node, m.index + last)) { broken.push(m[0]); }\n"
          + "      }\n"
          + "    }\n"
          + "  });\n"
          + "  var pre = document.createElement('pre'); pre.id = 'words-result';\n"
          + "  pre.textContent = 'words ' + words + '\\nbroken ' + broken.length + '\\n' + broken.slice(0, 20).join('\\n');\n"
          + "  document.body.appendChild(pre);\n"
          + "});\n</script>\n";
      Path checked = WORK.resolve(name + "-words.html").toAbsolutePath();
      Files.writeString(checked, page.replace("</body>", checker + "</body>"), StandardCharsets.UTF_8);
      String dom = chromium(List.of("--window-size=1200,2000", "--virtual-time-budget=10000", "--dump-dom",
          checked.toUri().toString()), name + "-words");
      Matcher m = Pattern.compile("<pre id=\"words-result\">(.*?)</pre>", Pattern.DOTALL).matcher(dom);
      assertThat(m.find()).as("the check wrote its result into the page").isTrue();
      String result = org.jsoup.parser.Parser.unescapeEntities(m.group(1), false);
      assertThat(result).as(document.metadata().title()).doesNotStartWith("words 0").contains("\nbroken 0\n");
    }
  }

  @org.junit.jupiter.api.Test
  void theBrowserDrawsFiguresAsNamedImagesWithTheirCaptions() throws Exception {
    Document d = FigureDocuments.document();
    org.jsoup.nodes.Document dom = Jsoup.parse(dumpDom(write(d, "figures")));
    List<Figure> model = d.blocks().stream().filter(Figure.class::isInstance).map(Figure.class::cast).toList();
    Elements figures = dom.select("main > figure");
    assertThat(figures).hasSameSizeAs(model);
    for (int i = 0; i < model.size(); i++) {
      Element svg = figures.get(i).selectFirst("svg[role=img]");
      assertThat(svg).isNotNull();
      assertThat(svg.attr("aria-label")).isEqualTo(model.get(i).description());
      assertThat(figures.get(i).selectFirst("figcaption").text()).isEqualTo(model.get(i).caption());
    }
    assertThat(dom.select("q[lang=vi]").text()).isEqualTo(FigureDocuments.VIETNAMESE_QUOTE);
  }

  // ---- the page as drawn ----

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"en", "vi"})
  void aScreenshotOfTheBookShowsAPageOfText(String language) throws Exception {
    Path html = write(book(language), "book-" + language);
    Path png = WORK.resolve("book-" + language + ".png").toAbsolutePath();
    Files.deleteIfExists(png);
    chromium(List.of("--hide-scrollbars", "--window-size=1200,2000", "--screenshot=" + png, html.toUri().toString()),
        "screenshot-" + language);
    assertThat(png).as("the screenshot").exists();
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1200);
    assertThat(image.getHeight()).isEqualTo(2000);

    long ink = 0;
    double sum = 0;
    double squares = 0;
    int pixels = image.getWidth() * image.getHeight();
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        double luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        sum += luminance;
        squares += luminance * luminance;
        if (luminance < 160) {
          ink++;
        }
      }
    }
    double mean = sum / pixels;
    double deviation = Math.sqrt(squares / pixels - mean * mean);
    double inkShare = (double) ink / pixels;
    // A white page with dark text on it: neither blank nor a block of colour.
    assertThat(mean).as("mean luminance").isGreaterThan(200);
    assertThat(deviation).as("standard deviation of luminance").isGreaterThan(20);
    assertThat(inkShare).as("share of dark pixels").isBetween(0.01, 0.4);
    // The classification banner is drawn at the top, in the centre column of the page.
    assertThat(darkPixels(image, 300, 0, 900, 120)).as("dark pixels of the banner").isGreaterThan(500);
  }

  private static long darkPixels(BufferedImage image, int x0, int y0, int x1, int y1) {
    long dark = 0;
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        int rgb = image.getRGB(x, y);
        if (((rgb >> 16) & 0xFF) < 100 && ((rgb >> 8) & 0xFF) < 100 && (rgb & 0xFF) < 100) {
          dark++;
        }
      }
    }
    return dark;
  }

  // ---- accessibility ----

  static Stream<Arguments> accessibilityPages() {
    List<Arguments> pages = new ArrayList<>();
    for (String language : List.of("en", "vi")) {
      pages.add(Arguments.of("book-" + language, book(language)));
      pages.add(Arguments.of("brief-us-" + language, Briefings.countryBrief(SEED, "US", options(language))));
    }
    pages.add(Arguments.of("figures", FigureDocuments.document()));
    pages.add(Arguments.of("every-block-type", dev.readout.reports.doc.SampleDocuments.everyBlockType()));
    return pages.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("accessibilityPages")
  void axeFindsNoAccessibilityViolations(String name, Document document) throws Exception {
    Path axeScript = axe();
    Path html = write(document, name);
    String page = Files.readString(html, StandardCharsets.UTF_8);
    String script = Files.readString(axeScript, StandardCharsets.UTF_8).replace("</script", "<\\/script");
    // Runs axe on the page and writes its findings, one line each, into the page for --dump-dom.
    String runner = "<script>" + script + "</script>\n<script>\n"
        + "axe.run(document, {runOnly: [" + AXE_TAGS + "]}).then(function (r) {\n"
        + "  // What axe could not decide, outside the charts' drawings (their text is dark on white).\n"
        + "  var unreviewed = [];\n"
        + "  r.incomplete.forEach(function (v) {\n"
        + "    v.nodes.forEach(function (n) {\n"
        + "      var e = document.querySelector(n.target[0]);\n"
        + "      if (!e || !e.closest('figure > svg')) { unreviewed.push(v.id + ' at ' + n.target.join(' ')); }\n"
        + "    });\n"
        + "  });\n"
        + "  var lines = ['axe ' + axe.version, 'passes ' + r.passes.length, 'violations ' + r.violations.length,\n"
        + "    'incomplete ' + r.incomplete.map(function (v) { return v.id; }).join(' '),\n"
        + "    'unreviewed ' + unreviewed.length].concat(unreviewed.slice(0, 10));\n"
        + "  r.violations.forEach(function (v) {\n"
        + "    lines.push('violation ' + v.id + ' (' + v.impact + '): ' + v.help);\n"
        + "    v.nodes.slice(0, 10).forEach(function (n) {\n"
        + "      lines.push('  at ' + n.target.join(' ') + ': ' + (n.failureSummary || '').replace(/\\s+/g, ' '));\n"
        + "    });\n"
        + "  });\n"
        + "  report(lines.join('\\n'));\n"
        + "}, function (e) { report('error ' + e); });\n"
        + "function report(text) {\n"
        + "  var pre = document.createElement('pre'); pre.id = 'axe-result'; pre.textContent = text;\n"
        + "  document.body.appendChild(pre);\n"
        + "}\n</script>\n";
    assertThat(page).contains("</body>");
    Path checked = WORK.resolve(name + "-axe.html").toAbsolutePath();
    Files.writeString(checked, page.replace("</body>", runner + "</body>"), StandardCharsets.UTF_8);

    String dom = chromium(List.of("--virtual-time-budget=30000", "--dump-dom", checked.toUri().toString()), name + "-axe");
    Matcher m = AXE_RESULT.matcher(dom);
    assertThat(m.find()).as("axe wrote its result into the page (see %s)", WORK.resolve(name + "-axe.out")).isTrue();
    String result = org.jsoup.parser.Parser.unescapeEntities(m.group(1), false);
    System.out.printf(Locale.ROOT, "HtmlBrowserTest: %s: %s%n", name, result.lines().limit(5).toList());
    assertThat(result).as("axe's result").doesNotStartWith("error").contains("violations 0\n");
    // Only the charts' text may be left undecided (axe cannot see the colour behind SVG text).
    assertThat(result).as("axe's result").contains("unreviewed 0");
    assertThat(result.lines().filter(l -> l.startsWith("passes ")).findFirst().orElseThrow())
        .as("axe ran its rules").isNotEqualTo("passes 0");
  }

  // ---- the tools ----

  private static Path write(Document document, String name) throws IOException {
    Path file = WORK.resolve(name + ".html").toAbsolutePath();
    try (OutputStream out = Files.newOutputStream(file)) {
      HtmlRenderer.create().render(document, out);
    }
    return file;
  }

  private static String dumpDom(Path html) throws Exception {
    String name = html.getFileName().toString().replace(".html", "") + "-dom";
    return chromium(List.of("--dump-dom", html.toUri().toString()), name);
  }

  /**
   * Runs headless Chromium with a new profile and the given arguments; returns its standard output.
   * Its standard error (D-Bus complaints of a machine without a desktop, mostly) goes to a log.
   */
  private static String chromium(List<String> arguments, String name) throws Exception {
    Path profile = Files.createTempDirectory(WORK.toAbsolutePath(), "chromium-profile-");
    Path out = WORK.resolve(name + ".out").toAbsolutePath();
    Path log = WORK.resolve(name + ".log").toAbsolutePath();
    List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + profile));
    command.addAll(arguments);
    try {
      Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(log.toFile()).start();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        fail("chromium did not finish within %d s (see %s)", TIMEOUT_SECONDS, log);
      }
      assertThat(process.exitValue()).as("exit status of chromium (see %s)", log).isZero();
      return Files.readString(out, StandardCharsets.UTF_8);
    } finally {
      deleteRecursively(profile);
    }
  }

  /** axe-core's script; a skip, or a failure when READOUT_INTEROP=required, when it is not there. */
  private static Path axe() {
    String configured = System.getenv("READOUT_AXE");
    if (configured == null || configured.isBlank()) {
      configured = System.getProperty("readout.axe", "");
    }
    if (!configured.isBlank() && Files.isRegularFile(Path.of(configured))) {
      return Path.of(configured);
    }
    missing("axe-core's axe.min.js is not where READOUT_AXE (or -Dreadout.axe) says ('" + configured + "'); the"
        + " accessibility tests need it (npm install axe-core, as .ci/run does)");
    return null;
  }

  /** The first of the programs found on the PATH; a skip, or a failure when READOUT_INTEROP=required. */
  private static Path onPath(String... names) {
    for (String name : names) {
      for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
        Path candidate = dir.isEmpty() ? null : Path.of(dir, name);
        if (candidate != null && Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          return candidate;
        }
      }
    }
    missing(String.join(" or ", names) + " is not on the PATH; the browser tests need headless Chromium");
    return null;
  }

  private static void missing(String message) {
    if ("required".equals(System.getenv("READOUT_INTEROP"))) {
      fail(message + ", and READOUT_INTEROP=required makes them mandatory");
    }
    Assumptions.abort(message + ": skipped (set READOUT_INTEROP=required to fail instead)");
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
