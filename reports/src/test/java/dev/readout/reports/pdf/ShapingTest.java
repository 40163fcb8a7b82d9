package dev.readout.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.reports.chart.Java2dText;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The layout of scripts whose letters join and stack, and the lock it shares with the charts. */
class ShapingTest {
  private static final String NAME = "राजनाथ सिंह";

  @Test
  void devanagariIsLaidOutAsGlyphsOfItsOwnWithTheirPlaces() throws Exception {
    NotoFonts.assumeInstalled();
    FontFace face = FontFileReader.read(NotoFonts.DEVANAGARI).get(0);
    GlyphVector glyphs = Shaping.shape(face, 10f, NAME);
    assertThat(glyphs).isNotNull();
    // The vowel sign of "सि" is written after its consonant and drawn before it (in a form as wide as
    // the consonant): against the font's glyphs one a character in the order written, स comes one
    // later and something else stands in its place. Each glyph is placed at or after the one before.
    GlyphVector written = Font.createFonts(NotoFonts.DEVANAGARI.toFile())[0].deriveFont(10f)
        .createGlyphVector(new FontRenderContext(null, false, true), NAME);
    int consonant = NAME.indexOf('स');
    assertThat(glyphs.getNumGlyphs()).isEqualTo(written.getNumGlyphs());
    assertThat(glyphs.getGlyphCode(consonant + 1)).as("स after its vowel sign").isEqualTo(written.getGlyphCode(consonant));
    assertThat(glyphs.getGlyphCode(consonant)).as("the vowel sign first").isNotEqualTo(written.getGlyphCode(consonant));
    float x = -1f;
    for (int i = 0; i < glyphs.getNumGlyphs(); i++) {
      assertThat((float) glyphs.getGlyphPosition(i).getX()).isGreaterThanOrEqualTo(x);
      x = (float) glyphs.getGlyphPosition(i).getX();
    }
    assertThat(Shaping.shape(face, 10f, "Phan Văn Giang")).as("Latin needs no layout").isNull();
  }

  /**
   * Java 2D's font code is not safe on two threads at once: a render laying out Devanagari waits
   * while another thread draws a chart. Fails if the layout does not take the lock: the thread
   * then ends instead of waiting.
   */
  @Test
  void layoutWaitsWhileAnotherThreadHoldsTheJava2dTextLock() throws Exception {
    NotoFonts.assumeInstalled();
    FontFace face = FontFileReader.read(NotoFonts.DEVANAGARI).get(0);
    Shaping.shape(face, 10f, NAME); // the face opened: the thread below goes straight to the layout
    AtomicReference<GlyphVector> laidOut = new AtomicReference<>();
    Thread layout = new Thread(() -> laidOut.set(Shaping.shape(face, 11f, NAME)), "layout");
    Thread.State whileHeld = Java2dText.locked(() -> {
      layout.start();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      Thread.State state = layout.getState();
      while (state != Thread.State.BLOCKED && state != Thread.State.TERMINATED && System.nanoTime() < deadline) {
        Thread.onSpinWait();
        state = layout.getState();
      }
      return state;
    });
    layout.join(TimeUnit.SECONDS.toMillis(20));
    assertThat(whileHeld).isEqualTo(Thread.State.BLOCKED);
    assertThat(laidOut.get()).as("laid out once the lock was free").isNotNull();
  }
}
