package dev.readout.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A library user's module on the module path: it compiles against Readout's API packages, and the
 * packages Readout keeps to itself are not visible to it. Compiled with the JDK's own javac, against
 * the jars (or class directories) of Readout and its dependencies that this test runs with.
 */
class ModuleBoundaryTest {

  private static final String MODULE = "module consumer {\n  requires dev.readout.reports;\n  requires dev.readout.testkit;\n}\n";

  private static final String USES_THE_API = """
      package consumer;

      import dev.readout.core.dataset.Dataset;
      import dev.readout.core.io.DatasetFiles;
      import dev.readout.core.model.Engagement;
      import dev.readout.core.seed.Datasets;
      import dev.readout.reports.briefing.BriefingOptions;
      import dev.readout.reports.briefing.Briefings;
      import dev.readout.reports.doc.Document;
      import dev.readout.reports.doc.PageSize;
      import dev.readout.reports.docx.DocxRenderer;
      import dev.readout.reports.markdown.MarkdownRenderer;
      import dev.readout.reports.pdf.PdfRenderer;
      import dev.readout.testkit.ReadoutArbitraries;
      import java.io.OutputStream;
      import java.nio.file.Files;
      import java.nio.file.Path;

      public final class App {
        public static void main(String[] args) throws Exception {
          Dataset seed = Datasets.seed();
          Engagement first = seed.engagements().get(0);
          Document brief = Briefings.countryBrief(seed, "US", BriefingOptions.builder().language("vi").build());
          Path dir = Path.of(args[0]);
          try (OutputStream pdf = Files.newOutputStream(dir.resolve("brief.pdf"));
               OutputStream docx = Files.newOutputStream(dir.resolve("brief.docx"));
               OutputStream md = Files.newOutputStream(dir.resolve("brief.md"))) {
            PdfRenderer.builder().pageSize(PageSize.US_LETTER).build().render(brief, pdf);
            DocxRenderer.create().render(brief, docx);
            MarkdownRenderer.create().render(brief, md);
          }
          System.out.println(first.id() + " " + (DatasetFiles.schema().length() > 0) + " " + (ReadoutArbitraries.datasets() != null));
        }
      }
      """;

  @Test
  void aModuleOnTheModulePathCompilesAgainstTheApiAndRendersQuietly(@TempDir Path dir) throws Exception {
    Result result = compile(dir, USES_THE_API);
    assertThat(result.errors()).as(result.output()).isZero();

    // Run it as a user would: every module from the module path, resources read inside named modules
    // (the label bundles, the fonts, the seed's texts, the schema), POI's logging routed quietly.
    Path out = Files.createDirectories(dir.resolve("out"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "--module-path", dir.resolve("classes") + File.pathSeparator + modulePath(),
        "-m", "consumer/consumer.App", out.toString())
        .redirectErrorStream(false).start();
    String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(stderr).isZero();
    assertThat(stderr).isEmpty();
    assertThat(stdout).endsWith(" true true" + System.lineSeparator());
    assertThat(Files.readAllBytes(out.resolve("brief.pdf"))).startsWith("%PDF-1.4".getBytes(StandardCharsets.US_ASCII));
    assertThat(Files.readAllBytes(out.resolve("brief.docx"))).startsWith('P', 'K');
    assertThat(Files.readString(out.resolve("brief.md"))).contains("Hoa Kỳ");
  }

  @Test
  void theInternalPackagesAndGeneratedClassesAreNotVisible(@TempDir Path dir) throws IOException {
    Result internal = compile(dir.resolve("internal"), """
        package consumer;
        public final class Internal {
          String nfc = dev.readout.core.internal.Text.nfc("e\\u0301");
        }
        """);
    assertThat(internal.errors()).isPositive();
    assertThat(internal.output()).contains("package dev.readout.core.internal is declared in module dev.readout.core,"
        + " which does not export it to module consumer");

    Result generated = compile(dir.resolve("generated"), """
        package consumer;
        public final class Generated {
          Object builder = dev.readout.core.model.ImmutableEngagement.builder();
        }
        """);
    assertThat(generated.errors()).isPositive();
    assertThat(generated.output()).contains("ImmutableEngagement is not public in dev.readout.core.model");

    Result style = compile(dir.resolve("style"), """
        package consumer;
        @dev.readout.core.model.ReadoutStyle
        public final class Style {}
        """);
    assertThat(style.errors()).isPositive();
    assertThat(style.output()).contains("ReadoutStyle is not public in dev.readout.core.model");
  }

  private record Result(int errors, String output) {}

  /** Compiles the module {@code consumer} with one class of the given source. */
  private static Result compile(Path dir, String source) throws IOException {
    Path src = dir.resolve("src");
    String className = source.lines().filter(l -> l.startsWith("public final class "))
        .map(l -> l.substring("public final class ".length()).split("[ {]")[0]).findFirst().orElseThrow();
    Files.createDirectories(src.resolve("consumer"));
    Files.writeString(src.resolve("module-info.java"), MODULE);
    Files.writeString(src.resolve("consumer").resolve(className + ".java"), source);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    // An empty class path: in-process javac would otherwise take this JVM's as its own.
    Path emptyClassPath = Files.createDirectories(dir.resolve("no-classes"));
    int status = javac.run(null, output, output, "-d", dir.resolve("classes").toString(),
        "--class-path", emptyClassPath.toString(), "--module-path", modulePath(), "-Xlint:-requires-automatic,-requires-transitive-automatic",
        src.resolve("module-info.java").toString(), src.resolve("consumer").resolve(className + ".java").toString());
    String text = output.toString(StandardCharsets.UTF_8);
    int errors = (int) text.lines().filter(l -> l.contains("error:")).count();
    return new Result(status == 0 ? 0 : Math.max(errors, 1), text);
  }

  /**
   * Readout's modules and every library this test runs with, but this module's own classes (they
   * have no module descriptor): what a user's build puts on the module path.
   */
  private static String modulePath() {
    String classPath = System.getProperty("java.class.path");
    Path own = Path.of("target").toAbsolutePath();
    return Stream.of(classPath.split(File.pathSeparator))
        .filter(entry -> !entry.isBlank())
        .map(Path::of)
        .filter(Files::exists)
        .filter(p -> !p.toAbsolutePath().startsWith(own))
        .filter(p -> !p.getFileName().toString().startsWith("surefire"))
        .map(Path::toString)
        .collect(Collectors.joining(File.pathSeparator));
  }
}
