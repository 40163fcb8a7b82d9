package dev.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir
  Path dir;

  private List<String> names() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  private static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void stagedFilesGoToTemporaryFilesBesideTheirTargetsAndReplaceThemOnlyOnCommit() throws IOException {
    Path a = dir.resolve("a.md");
    Path b = dir.resolve("b.md");
    Files.writeString(a, "earlier a");
    try (AtomicFiles files = AtomicFiles.open()) {
      write(files.stage(a), "new a");
      OutputStream toB = files.stage(b);
      write(toB, "new b");
      toB.flush();
      assertThat(Files.readString(a)).isEqualTo("earlier a");
      assertThat(b).doesNotExist();
      assertThat(names()).hasSize(3).contains("a.md").filteredOn(n -> !n.equals("a.md"))
          .allSatisfy(n -> assertThat(n).matches("\\.(a|b)\\.md\\.[0-9]+\\.tmp"));
      assertThat(files.commit()).containsExactly(a, b);
    }
    assertThat(Files.readString(a)).isEqualTo("new a");
    assertThat(Files.readString(b)).isEqualTo("new b");
    assertThat(names()).containsExactly("a.md", "b.md");
  }

  /**
   * A commit is all or nothing: when the third move fails (its target became a folder that is not
   * empty), the file replaced before it is the earlier one again and the file created is gone.
   */
  @Test
  void aMoveThatFailsPutsBackEveryFileTheCommitHadReplaced() throws IOException {
    Path a = dir.resolve("a.md");
    Path b = dir.resolve("b.md");
    Path c = dir.resolve("c.md");
    Files.writeString(a, "earlier a");
    try (AtomicFiles files = AtomicFiles.open()) {
      write(files.stage(a), "new a");
      write(files.stage(b), "new b");
      write(files.stage(c), "new c");
      Files.createDirectories(c);
      Files.writeString(c.resolve("inside"), "x");
      assertThatThrownBy(files::commit).isInstanceOf(CliException.class).hasMessageStartingWith("cannot write " + c + ": ");
      assertThat(AtomicFiles.pending()).as("the temporary files a stop would delete").isNotEmpty();
    }
    assertThat(Files.readString(a)).isEqualTo("earlier a");
    assertThat(b).doesNotExist();
    assertThat(names()).containsExactly("a.md", "c.md");
    assertThat(AtomicFiles.pending()).filteredOn(p -> p.startsWith(dir)).isEmpty();
  }

  @Test
  void aBatchClosedWithoutCommitLeavesEveryTargetAsItWasAndNoTemporaryFile() throws IOException {
    Path a = dir.resolve("a.md");
    Files.writeString(a, "earlier a");
    try (AtomicFiles files = AtomicFiles.open()) {
      write(files.stage(a), "new a");
      write(files.stage(dir.resolve("b.md")), "new b");
    }
    assertThat(Files.readString(a)).isEqualTo("earlier a");
    assertThat(names()).containsExactly("a.md");
  }

  @Test
  void aReplacedFileKeepsItsPermissionsAndANewOneIsReadableByAll() throws IOException {
    Path kept = dir.resolve("kept.md");
    Files.writeString(kept, "earlier");
    Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-------"));
    try (AtomicFiles files = AtomicFiles.open()) {
      write(files.stage(kept), "new");
      write(files.stage(dir.resolve("new.md")), "new");
      files.commit();
    }
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kept))).isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("new.md")))).isEqualTo("rw-r--r--");
  }

  @Test
  void theTargetsDirectoryIsCreated() throws IOException {
    Path deep = dir.resolve("out/briefs/a.md");
    try (AtomicFiles files = AtomicFiles.open()) {
      write(files.stage(deep), "a");
      files.commit();
    }
    assertThat(Files.readString(deep)).isEqualTo("a");
  }

  @Test
  void aTargetThatIsADirectoryIsRefusedWhenStaged() throws IOException {
    Path target = Files.createDirectories(dir.resolve("a.md"));
    try (AtomicFiles files = AtomicFiles.open()) {
      assertThatThrownBy(() -> files.stage(target)).isInstanceOf(CliException.class)
          .hasMessage("cannot write " + target + ": is a directory");
    }
    assertThat(names()).containsExactly("a.md");
  }

  @Test
  void aDirectoryThatIsAFileIsNamed() throws IOException {
    Path file = Files.writeString(dir.resolve("out"), "a file");
    Path target = file.resolve("a.md");
    try (AtomicFiles files = AtomicFiles.open()) {
      assertThatThrownBy(() -> files.stage(target))
          .hasMessage("cannot write " + target + ": '" + file + "' is not a directory");
    }
  }

  @Test
  void aFailedWriteIsReportedByItsTargetAndTheBatchIsNotCommitted() throws IOException {
    Path a = dir.resolve("a.md");
    Files.writeString(a, "earlier a");
    try (AtomicFiles files = AtomicFiles.open()) {
      OutputStream out = files.stage(a);
      files.checkWritten(a);
      out.close();
      // More than the buffer holds: the bytes reach the closed file and fail there.
      assertThatThrownBy(() -> out.write(new byte[200_000])).isInstanceOf(IOException.class);
      assertThatThrownBy(() -> files.checkWritten(a)).isInstanceOf(CliException.class)
          .hasMessage("cannot write " + a + ": ClosedChannelException");
      assertThatThrownBy(files::commit).hasMessage("cannot write " + a + ": ClosedChannelException");
    }
    assertThat(Files.readString(a)).isEqualTo("earlier a");
    assertThat(names()).containsExactly("a.md");
  }

  @Test
  void aReasonNeverNamesTheTemporaryFile() {
    String temp = dir.resolve(".a.md.123.tmp").toString();
    assertThat(AtomicFiles.reason(new AccessDeniedException(temp))).isEqualTo("permission denied");
    assertThat(AtomicFiles.reason(new NoSuchFileException(temp))).isEqualTo("no such file or directory");
    assertThat(AtomicFiles.reason(new FileSystemException(temp, null, "Read-only file system")))
        .isEqualTo("read-only file system");
    assertThat(AtomicFiles.reason(new IOException("No space left on device"))).isEqualTo("no space left on device");
    assertThat(AtomicFiles.reason(new IOException("EOF reached"))).isEqualTo("EOF reached");
    assertThat(AtomicFiles.cannotWrite(Path.of("out", "x.pdf"), new AccessDeniedException(temp)))
        .hasMessage("cannot write out/x.pdf: permission denied")
        .satisfies(e -> assertThat(e.status()).isEqualTo(Main.INVALID));
  }
}
