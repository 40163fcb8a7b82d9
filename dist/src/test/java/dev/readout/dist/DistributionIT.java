package dev.readout.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution as staff get it: the zip the build made, unzipped into an empty folder (whose name
 * has a space), run with a {@code PATH} on which there is no Java and no {@code JAVA_HOME}: the
 * launcher must use the runtime inside, make its class-data archive for that folder, and render.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class DistributionIT {
  private static final String VERSION = System.getProperty("readout.version");

  @TempDir
  static Path temp;

  private static Path home;
  /** The POSIX tools the launcher calls, and nothing else: no java, no javac. */
  private static final List<String> TOOLS = List.of("readlink", "cat", "mkdir", "mv", "rm", "cksum", "ln", "nproc", "getconf");
  private static Path tools;

  @BeforeAll
  static void unzip() throws IOException {
    Path zip = Path.of(System.getProperty("readout.dist.zip"));
    assertThat(zip).isRegularFile();
    Path folder = Files.createDirectories(temp.resolve("unzipped here"));
    extract(zip, folder);
    home = folder.resolve("readout-" + VERSION);
    assertThat(home.resolve("lib/readout.jsa")).as("the archive is made where it runs, not shipped").doesNotExist();
    tools = Files.createDirectories(temp.resolve("tools"));
    for (String tool : TOOLS) {
      Path real = locate(tool);
      Files.createSymbolicLink(tools.resolve(tool), real);
    }
  }

  /** The links to the tools point outside the temporary folder: removed here, so JUnit need not. */
  @AfterAll
  static void removeLinks() throws IOException {
    for (String tool : TOOLS) {
      Files.deleteIfExists(tools.resolve(tool));
    }
  }

  @Test
  void theZipHoldsTheRuntimeLaunchersJarLicencesCompletionAndManual() throws IOException {
    assertThat(home.resolve("runtime/bin/java")).isExecutable();
    assertThat(home.resolve("runtime/legal")).isDirectory();
    assertThat(home.resolve("bin/readout")).isExecutable();
    assertThat(home.resolve("bin/readout.cmd")).isRegularFile();
    assertThat(home.resolve("lib/readout.jar")).isRegularFile();
    assertThat(Files.readAllLines(home.resolve("lib/readout.classlist")))
        .as("the training run's classes").hasSizeGreaterThan(3000)
        .anyMatch(l -> l.startsWith("dev/readout/reports/pdf/PdfRenderer"))
        .anyMatch(l -> l.startsWith("dev/readout/reports/docx/DocxRenderer"));
    assertThat(home.resolve("LICENSE")).isRegularFile();
    assertThat(home.resolve("README.txt")).content().contains("Readout " + VERSION).contains("bin/readout render book");
    assertThat(home.resolve("licences/liberation/LICENSE")).content().contains("SIL Open Font License");
    assertThat(home.resolve("licences/META-INF/NOTICE")).isRegularFile();
    assertThat(home.resolve("licences/THIRD-PARTY.txt")).content()
        .contains("picocli (info.picocli:picocli:").contains("Apache POI").contains("openpdf");
    // Readout is Apache-2.0 and embedded in applications: nothing it bundles may be under the GPL
    // (the Lesser GPL, which JFreeChart and OpenPDF offer, allows it).
    assertThat(Files.readAllLines(home.resolve("licences/THIRD-PARTY.txt")))
        .noneMatch(line -> line.matches("(?i).*\\((GNU )?General Public Licen[cs]e.*|.*\\(GPL[^)]*\\).*")
            && !line.toLowerCase(Locale.ROOT).contains("lesser"));
    assertThat(home.resolve("completion/readout")).content().contains("_complete_readout").contains("render");
    assertThat(home.resolve("man/man1/readout.1")).content().contains(".TH \"READOUT\" \"1\"");
    assertThat(home.resolve("man/man1/readout-render.1")).content().contains("as\\-of");
  }

  @Test
  void rendersTheBookWithNoJavaOnThePath() throws Exception {
    assertThat(run(List.of("/bin/sh", "-c", "command -v java || command -v javac"), temp, Map.of()).status)
        .as("no Java on the test's PATH").isNotZero();
    Path work = Files.createDirectories(temp.resolve("work"));

    Result render = run(List.of(home.resolve("bin/readout").toString(), "render", "book", "--format", "pdf,docx",
        "--as-of", "2022-12-01"), work, Map.of());

    assertThat(render.err).as("quiet").isEmpty();
    assertThat(render.status).isZero();
    assertThat(render.out.lines()).containsExactly("out/briefing-book.pdf", "out/briefing-book.docx");
    try (PDDocument pdf = Loader.loadPDF(work.resolve("out/briefing-book.pdf").toFile())) {
      assertThat(pdf.getNumberOfPages()).isGreaterThan(30);
      assertThat(new PDFTextStripper().getText(pdf)).contains("Phan Văn Giang");
    }
    try (InputStream in = Files.newInputStream(work.resolve("out/briefing-book.docx"));
        XWPFDocument docx = new XWPFDocument(in);
        XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
      assertThat(text.getText()).contains("Phan Văn Giang");
    }
    // The first run made the archive for this folder; -Xshare:on fails unless the JVM can map it.
    assertThat(home.resolve("lib/readout.jsa")).isRegularFile();
    String id = Files.readString(home.resolve("lib/readout.id")).strip();
    assertThat(id).as("the jar's SHA-256").matches("[0-9a-f]{64}");
    assertThat(home.resolve("lib/readout.jsa.home")).content().isEqualToIgnoringNewLines(home.toRealPath() + " " + id);
    Result version = run(List.of(home.resolve("bin/readout").toString(), "--version"), work,
        Map.of("READOUT_JAVA_OPTS", "-Xshare:on"));
    assertThat(version.err).isEmpty();
    assertThat(version.status).isZero();
    assertThat(version.out).contains("readout " + VERSION).contains(home.toRealPath().resolve("runtime").toString());
    // Every class a command line's reading needs comes from the archive: picocli's converters too
    // (its Java 5 class files are left out of an archive whose dump linked them), and in this folder,
    // whose path has a space, reached through a link in the user's cache.
    Result loaded = run(List.of(home.resolve("bin/readout").toString(), "--version"), work,
        Map.of("READOUT_JAVA_OPTS", "-Xlog:class+load=info:stdout"));
    assertThat(loaded.out.lines().filter(l -> l.contains(" picocli.")))
        .isNotEmpty().allMatch(l -> l.endsWith("source: shared objects file"));

    // Another jar unzipped over this one (its identity from the build changed): a new archive.
    Files.writeString(home.resolve("lib/readout.id"), "0".repeat(64) + "\n");
    assertThat(run(List.of(home.resolve("bin/readout").toString(), "--version"), work, Map.of()).status).isZero();
    assertThat(home.resolve("lib/readout.jsa.home")).content()
        .isEqualToIgnoringNewLines(home.toRealPath() + " " + "0".repeat(64));
    Files.writeString(home.resolve("lib/readout.id"), id + "\n");
  }

  @Test
  void runsThroughALinkOnThePathAndReportsAUsageError() throws Exception {
    Path links = Files.createDirectories(temp.resolve("links"));
    Files.createSymbolicLink(links.resolve("readout"), home.resolve("bin/readout"));
    String path = links + ":" + tools;

    Result help = run(List.of("/bin/sh", "-c", "readout help validate"), temp, Map.of("PATH", path));
    assertThat(help.status).isZero();
    assertThat(help.out).contains("Usage: readout validate");

    Result wrong = run(List.of("/bin/sh", "-c", "readout render leaflet"), temp, Map.of("PATH", path));
    assertThat(wrong.status).isEqualTo(2);
    assertThat(wrong.err).contains("readout: ").doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void theCompletionScriptLoadsIntoBash() throws Exception {
    Path bash = Path.of("/bin/bash");
    assumeTrue(Files.isExecutable(bash), "bash is not installed");
    Result loaded = run(List.of(bash.toString(), "-c", "source \"$1\" && complete -p readout", "bash",
        home.resolve("completion/readout").toString()), temp, Map.of());
    assertThat(loaded.err).isEmpty();
    assertThat(loaded.out).contains("-F _complete_readout readout");
  }

  @Test
  void theWindowsZipHoldsTheCommandScriptAndTheJarItRuns() throws Exception {
    Path zip = Path.of(System.getProperty("readout.dist.windows.zip"));
    Path folder = Files.createDirectories(temp.resolve("windows"));
    extract(zip, folder);
    Path windows = folder.resolve("readout-" + VERSION);
    assertThat(windows.resolve("runtime")).as("no runtime: built off Windows").doesNotExist();
    byte[] script = Files.readAllBytes(windows.resolve("bin/readout.cmd"));
    String text = new String(script, StandardCharsets.US_ASCII);
    assertThat(text).as("CRLF line ends throughout").doesNotContainPattern("[^\r]\n");
    assertThat(text).contains("\"%READOUT_HOME%\\lib\\readout.jar\" dev.readout.cli.Main %*")
        .contains("JAVA_HOME").contains("runtime\\bin\\java.exe");
    // The smoke test the script's own command line allows here: the same class path and main class.
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Result version = run(List.of(java.toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp",
        windows.resolve("lib/readout.jar").toString(), "dev.readout.cli.Main", "--version"), temp, Map.of("PATH", "/usr/bin:/bin"));
    assertThat(version.status).isZero();
    assertThat(version.out).contains("readout " + VERSION);
  }

  private record Result(int status, String out, String err) {}

  /** Runs the command with the tools-only PATH (unless {@code env} gives one) and no JAVA_HOME. */
  private static Result run(List<String> command, Path directory, Map<String, String> env) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).directory(directory.toFile());
    Map<String, String> e = pb.environment();
    e.remove("JAVA_HOME");
    e.remove("JDK_JAVA_OPTIONS");
    e.remove("JAVA_TOOL_OPTIONS");
    e.remove("_JAVA_OPTIONS");
    e.put("PATH", tools.toString());
    e.put("HOME", temp.toString());
    e.putAll(env);
    Path out = Files.createTempFile(temp, "out", ".txt");
    Path err = Files.createTempFile(temp, "err", ".txt");
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("timed out: " + command);
    }
    return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  /** Unzips with the Unix modes the zip records, as unzip(1) does. */
  private static void extract(Path zip, Path into) throws IOException {
    try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
      for (ZipArchiveEntry entry : Collections.list(file.getEntries())) {
        Path target = into.resolve(entry.getName()).normalize();
        assertThat(target.startsWith(into)).as("%s stays inside the folder", entry.getName()).isTrue();
        if (entry.isDirectory()) {
          Files.createDirectories(target);
          continue;
        }
        Files.createDirectories(target.getParent());
        try (InputStream in = file.getInputStream(entry)) {
          Files.copy(in, target);
        }
        int mode = entry.getUnixMode();
        if (mode != 0) {
          Files.setPosixFilePermissions(target, permissions(mode));
        }
      }
    }
  }

  private static Set<PosixFilePermission> permissions(int mode) {
    Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
    PosixFilePermission[] order = {PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE,
        PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE,
        PosixFilePermission.GROUP_READ, PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE,
        PosixFilePermission.OWNER_READ};
    for (int i = 0; i < order.length; i++) {
      if ((mode & (1 << i)) != 0) {
        set.add(order[i]);
      }
    }
    return set;
  }

  private static Path locate(String tool) {
    List<Path> tried = new ArrayList<>();
    for (String dir : List.of("/usr/bin", "/bin", "/usr/local/bin")) {
      Path p = Path.of(dir, tool);
      tried.add(p);
      if (Files.isExecutable(p)) {
        return p;
      }
    }
    throw new AssertionError(tool + " is not installed: looked at " + tried);
  }
}
