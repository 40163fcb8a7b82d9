package dev.readout.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readout.core.dataset.Dataset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link DatasetFiles#read(Path, java.util.function.Consumer)} tells which files a read opened or looked for. */
class FilesReadTest extends WithTempFiles {
  @Test
  void aChainTellsEveryFileOnceInTheOrderReadAndNotTheSeed() {
    files.write("2022/base.yaml", TempFiles.SOURCE + "engagements:\n" + TempFiles.engagement("first"));
    files.write("2023/left.yaml", "extends: ../2022/base.yaml\nengagements:\n" + TempFiles.engagement("second"));
    files.write("2023/right.yaml", "extends: [../2022/base.yaml]\n");
    Path top = files.write("2023/top.yaml", "extends: [left.yaml, right.yaml]\n");
    List<Path> told = new ArrayList<>();

    Dataset d = DatasetFiles.read(top, told::add);

    assertThat(d).isEqualTo(DatasetFiles.read(top));
    assertThat(told).containsExactly(abs("2023/top.yaml"), abs("2023/left.yaml"), abs("2022/base.yaml"),
        abs("2023/right.yaml"));
  }

  @Test
  void aRelativePathIsToldAbsolute() {
    Path top = files.write("top.yaml", "extends: seed\n");
    Path relative = Path.of("").toAbsolutePath().relativize(top);
    List<Path> told = new ArrayList<>();

    DatasetFiles.read(relative, told::add);

    assertThat(told).containsExactly(top.toAbsolutePath().normalize());
  }

  @Test
  void aReadThatFailsHasToldTheFilesItCameToAMissingBaseAmongThem() {
    files.write("base.yaml", "countries: [VN, XX]\n");
    Path top = files.write("main.yaml", "extends: [seed, base.yaml, later/missing.yaml]\n");
    List<Path> told = new ArrayList<>();

    assertThatThrownBy(() -> DatasetFiles.read(top, told::add)).isInstanceOf(DatasetFileException.class);

    assertThat(told).containsExactly(abs("main.yaml"), abs("base.yaml"), abs("later/missing.yaml"));
  }

  @Test
  void aFileThatDoesNotExistIsTold() {
    List<Path> told = new ArrayList<>();

    assertThatThrownBy(() -> DatasetFiles.read(dir.resolve("nowhere.yaml"), told::add))
        .isInstanceOf(DatasetFileException.class);

    assertThat(told).containsExactly(abs("nowhere.yaml"));
  }

  @Test
  void aFolderTellsEachOfItsFilesAndTheBasesOutsideIt() {
    files.write("shared/base.yaml", TempFiles.SOURCE);
    files.write("data/b.yaml", "extends: ../shared/base.yaml\nengagements:\n" + TempFiles.engagement("b"));
    files.write("data/a.yaml", "extends: ../shared/base.yaml\nengagements:\n" + TempFiles.engagement("a"));
    files.write("data/.hidden.yaml", "not: read\n");
    List<Path> told = new ArrayList<>();

    DatasetFiles.read(dir.resolve("data"), told::add);

    assertThat(told).containsExactly(abs("data/a.yaml"), abs("data/b.yaml"), abs("shared/base.yaml"));
  }

  @Test
  void aFolderReadTakesItsVisibleDatasetFilesAndFoldersAndNothingElse() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("data"));
    Files.createDirectories(folder.resolve("visits"));
    Files.createDirectories(folder.resolve(".git"));
    assertThat(DatasetFiles.readsInFolder(folder, folder)).isTrue();
    assertThat(DatasetFiles.readsInFolder(folder, folder.resolve("visits"))).isTrue();
    assertThat(DatasetFiles.readsInFolder(folder, folder.resolve("visits/2022.YAML"))).as("by name: need not exist").isTrue();
    assertThat(DatasetFiles.readsInFolder(folder, folder.resolve("a.json"))).isTrue();
    assertThat(DatasetFiles.readsInFolder(folder, folder.resolve("a.yml"))).isTrue();
    assertThat(DatasetFiles.readsInFolder(folder, folder.resolve("notes.txt"))).isFalse();
    assertThat(DatasetFiles.readsInFolder(folder, folder.resolve(".draft.yaml"))).as("hidden file").isFalse();
    assertThat(DatasetFiles.readsInFolder(folder, folder.resolve(".git"))).as("hidden folder").isFalse();
    assertThat(DatasetFiles.readsInFolder(folder, folder.resolve(".git/x.yaml"))).as("in a hidden folder").isFalse();
    assertThat(DatasetFiles.readsInFolder(folder, dir.resolve("elsewhere.yaml"))).as("outside").isFalse();
  }

  private Path abs(String name) {
    return dir.resolve(name).toAbsolutePath().normalize();
  }
}
