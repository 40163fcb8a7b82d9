package dev.readout.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link FontFileReader} and {@link SystemFonts}: what is read of a font file, and in which order. */
class FontFileReaderTest {
  @TempDir
  Path dir;

  /** Copies a Liberation font of openpdf-fonts-extra to the folder. */
  private Path liberation(String file, Path to) throws IOException {
    Files.createDirectories(to.getParent());
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("liberation/" + file)) {
      Files.copy(in, to);
    }
    return to;
  }

  @Test
  void readsFamilyStyleAndCharacterMap() throws IOException {
    FontFace serif = FontFileReader.read(liberation("LiberationSerif-BoldItalic.ttf", dir.resolve("a.ttf"))).get(0);
    assertThat(serif.family()).isEqualTo("Liberation Serif");
    assertThat(serif.weight()).isEqualTo(700);
    assertThat(serif.italic()).isTrue();
    assertThat(serif.width()).isEqualTo(5);
    assertThat(serif.index()).isZero();
    // Latin, Vietnamese, Greek, Cyrillic and Hebrew, as the renderer's own check finds them.
    assertThat("AzỹΩЖש€".codePoints()).allMatch(serif::has);
    assertThat("이国ह\u0627😀".codePoints()).noneMatch(serif::has);
    assertThat(serif.has(0)).as(".notdef is not a glyph of U+0000").isFalse();
  }

  @Test
  void aLazilyReadFaceReadsItsCharacterMapOnFirstUseAndAgreesWithAnEagerRead() throws IOException {
    Path file = liberation("LiberationSans-Regular.ttf", dir.resolve("lazy.ttf"));
    FontFace eager = FontFileReader.read(file).get(0);
    FontFace lazy = FontFileReader.readLazily(file).get(0);
    assertThat(lazy).isEqualTo(eager);
    assertThat(lazy.family()).isEqualTo(eager.family());
    assertThat(lazy.weight()).isEqualTo(eager.weight());
    String sample = "AzỹΩЖש€이国ह\u0627😀\u0000";
    assertThat(sample.codePoints().mapToObj(lazy::has).toList())
        .isEqualTo(sample.codePoints().mapToObj(eager::has).toList());
  }

  @Test
  void aLazilyReadFaceWhoseFileIsGoneBeforeFirstUseHasNoGlyphs() throws IOException {
    Path file = liberation("LiberationSans-Regular.ttf", dir.resolve("gone.ttf"));
    FontFace lazy = FontFileReader.readLazily(file).get(0);
    Files.delete(file);
    assertThat(lazy.has('A')).isFalse();
  }

  @Test
  void aFileThatIsNoFontIsRefused() throws IOException {
    Path text = Files.writeString(dir.resolve("notes.ttf"), "not a font, though its name says so");
    assertThatThrownBy(() -> FontFileReader.read(text)).isInstanceOf(IOException.class)
        .hasMessage("it is not a TrueType or OpenType font");
    Path empty = Files.write(dir.resolve("empty.otf"), new byte[0]);
    assertThatThrownBy(() -> FontFileReader.read(empty)).hasMessage("it ends before its tables do");
  }

  @Test
  void theMachinesFontsAreReadInPathOrderEachFileOnce() throws IOException {
    liberation("LiberationSans-Regular.ttf", dir.resolve("b/LiberationSans-Regular.TTF"));
    liberation("LiberationSerif-Regular.ttf", dir.resolve("a/z/LiberationSerif-Regular.ttf"));
    liberation("LiberationMono-Regular.ttf", dir.resolve("a/LiberationMono-Regular.ttf"));
    Files.writeString(dir.resolve("a/broken.ttf"), "passed over");
    Files.writeString(dir.resolve("a/readme.txt"), "not a font file");
    Files.createSymbolicLink(dir.resolve("c.ttf"), dir.resolve("a/LiberationMono-Regular.ttf"));
    List<FontFace> faces = SystemFonts.read(List.of(dir.resolve("b"), dir, dir.resolve("missing")));
    assertThat(faces).extracting(f -> dir.relativize(f.file()).toString())
        .containsExactly("a/LiberationMono-Regular.ttf", "a/z/LiberationSerif-Regular.ttf", "b/LiberationSans-Regular.TTF");
  }

  @Test
  void everyFaceOfACollectionIsRead() throws IOException {
    NotoFonts.assumeInstalled();
    List<FontFace> faces = FontFileReader.read(NotoFonts.CJK);
    assertThat(faces).extracting(FontFace::family).containsExactly("Noto Sans CJK JP", "Noto Sans CJK KR",
        "Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK HK", "Noto Sans Mono CJK JP", "Noto Sans Mono CJK KR",
        "Noto Sans Mono CJK SC", "Noto Sans Mono CJK TC", "Noto Sans Mono CJK HK");
    assertThat(faces).extracting(FontFace::index).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    assertThat(faces.get(1).openPdfName()).isEqualTo(NotoFonts.CJK + ",1");
    assertThat(faces.get(1).fileName()).isEqualTo("NotoSansCJK-Regular.ttc,1");
    assertThat("이종섭国防部ぼ".codePoints()).allMatch(faces.get(1)::has);
    assertThat(FontFileReader.read(NotoFonts.CJK_BOLD).get(0).weight()).isEqualTo(700);
  }
}
