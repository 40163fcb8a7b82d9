package dev.readout.reports.pdf;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Noto fonts ({@code fonts-noto-core}, {@code fonts-noto-cjk}), which {@code .ci/run}
 * installs so that the multi-script tests draw with real fallback fonts. Without them those tests
 * are skipped, with the reason; with the environment variable {@code READOUT_FONTS=required} (CI
 * sets it) they fail instead.
 */
public final class NotoFonts {
  private static final Path TRUETYPE = Path.of("/usr/share/fonts/truetype/noto");
  private static final Path OPENTYPE = Path.of("/usr/share/fonts/opentype/noto");

  public static final Path DEVANAGARI = TRUETYPE.resolve("NotoSansDevanagari-Regular.ttf");
  public static final Path DEVANAGARI_BOLD = TRUETYPE.resolve("NotoSansDevanagari-Bold.ttf");
  public static final Path ARABIC = TRUETYPE.resolve("NotoSansArabic-Regular.ttf");
  public static final Path THAI = TRUETYPE.resolve("NotoSansThai-Regular.ttf");
  public static final Path KHMER = TRUETYPE.resolve("NotoSansKhmer-Regular.ttf");
  /** Noto Sans CJK, a collection of ten faces: JP, KR, SC, TC, HK and their monospaced forms. */
  public static final Path CJK = OPENTYPE.resolve("NotoSansCJK-Regular.ttc");
  public static final Path CJK_BOLD = OPENTYPE.resolve("NotoSansCJK-Bold.ttc");
  public static final Path SERIF_CJK = OPENTYPE.resolve("NotoSerifCJK-Regular.ttc");

  /** Every file above. */
  public static final List<Path> ALL = List.of(DEVANAGARI, DEVANAGARI_BOLD, ARABIC, THAI, KHMER, CJK, CJK_BOLD, SERIF_CJK);

  private NotoFonts() {}

  /** Skips the test when a font is missing, or fails it when {@code READOUT_FONTS=required}. */
  public static void assumeInstalled() {
    List<Path> missing = ALL.stream().filter(p -> !Files.isRegularFile(p)).toList();
    if (missing.isEmpty()) {
      return;
    }
    String message = "the multi-script tests need Debian's fonts-noto-core and fonts-noto-cjk, but " + missing
        + (missing.size() == 1 ? " is" : " are") + " missing";
    if ("required".equals(System.getenv("READOUT_FONTS"))) {
      fail(message + ", and READOUT_FONTS=required makes them mandatory");
    }
    Assumptions.abort(message + ": skipped (install them, or set READOUT_FONTS=required to fail instead)");
  }
}
