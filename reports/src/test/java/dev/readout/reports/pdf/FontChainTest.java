package dev.readout.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link FontChain}: which face a character is drawn in, and the fonts it refuses. */
class FontChainTest {
  @TempDir
  Path dir;

  @Test
  void theFirstFamilyWithTheGlyphGivesTheFaceNearestTheStyle() {
    NotoFonts.assumeInstalled();
    FontChain chain = FontChain.of(List.of(NotoFonts.CJK_BOLD, NotoFonts.DEVANAGARI_BOLD, NotoFonts.DEVANAGARI,
        NotoFonts.CJK, NotoFonts.SERIF_CJK), false);
    assertThat(chain.find('र', false, false).file()).isEqualTo(NotoFonts.DEVANAGARI);
    assertThat(chain.find('र', true, false).file()).isEqualTo(NotoFonts.DEVANAGARI_BOLD);
    // No italic face: the upright one of the weight asked for.
    assertThat(chain.find('र', true, true).file()).isEqualTo(NotoFonts.DEVANAGARI_BOLD);
    // Hangul: the Sans CJK family, given first (its bold file), in the first face of the
    // collection with the glyph (JP); Noto Serif CJK, given later, is not used.
    FontFace hangul = chain.find('이', false, false);
    assertThat(hangul.file()).isEqualTo(NotoFonts.CJK);
    assertThat(hangul.family()).isEqualTo("Noto Sans CJK JP");
    assertThat(chain.find('이', true, false).file()).isEqualTo(NotoFonts.CJK_BOLD);
    assertThat(chain.find(0x1FAE1, false, false)).isNull();
    assertThat(chain.files()).hasSize(5);
    assertThat(chain.system()).isFalse();
  }

  @Test
  void anArabicLetterNeedsAFontWithItsPresentationForms() throws IOException {
    assertThat(ArabicForms.of(0x0628)).contains(0xFE8F, 0xFE90, 0xFE91, 0xFE92);
    assertThat(ArabicForms.of(0x0644)).contains(0xFEDD, 0xFEFB, 0xFEFC);
    // Persian peh has no form in Presentation Forms-B: those of Forms-A.
    assertThat(ArabicForms.of(0x067E)).containsExactlyInAnyOrder(0xFB56, 0xFB57, 0xFB58, 0xFB59);
    assertThat(ArabicForms.of('A')).isEmpty();
    assertThat(ArabicForms.of(0x05D0)).as("Hebrew is not joined").isEmpty();
    NotoFonts.assumeInstalled();
    assertThat(FontChain.of(List.of(NotoFonts.ARABIC), false).find(0x0628, false, false).file()).isEqualTo(NotoFonts.ARABIC);
  }

  @Test
  void aFallbackFontThatCannotBeUsedIsRefusedByName() throws IOException {
    Path missing = dir.resolve("missing.ttf");
    assertThatThrownBy(() -> FontChain.of(List.of(missing), true)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fallback font " + missing + " must be a TrueType or OpenType font or collection (.ttf, .otf, .ttc,"
            + " .otc), but there is no such file");
    Path woff = Files.writeString(dir.resolve("font.woff2"), "wOF2");
    assertThatThrownBy(() -> FontChain.of(List.of(woff), true))
        .hasMessage("fallback font " + woff + " must be a TrueType or OpenType font or collection (.ttf, .otf, .ttc,"
            + " .otc), but its name does not end in .ttf, .otf, .ttc or .otc");
    Path text = Files.writeString(dir.resolve("font.ttf"), "hello");
    assertThatThrownBy(() -> FontChain.of(List.of(text), true))
        .hasMessage("fallback font " + text + " must be a TrueType or OpenType font or collection (.ttf, .otf, .ttc,"
            + " .otc), but it is not a TrueType or OpenType font");
    assertThatThrownBy(() -> PdfRenderer.builder().fallbackFonts(List.of(text)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fallback font " + text);
  }
}
