package dev.readout.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotedTest {
  @Test
  void ordinaryValuesStandAsTheyAre() {
    assertThat(Quoted.of("FR")).isEqualTo("'FR'");
    assertThat(Quoted.of("Phan Văn Giang")).isEqualTo("'Phan Văn Giang'");
    assertThat(Quoted.prose("Vietnam's minister")).isEqualTo("\"Vietnam's minister\"");
    assertThat(Quoted.of("이종섭")).isEqualTo("'이종섭'");
  }

  @Test
  void controlCharactersEscapesAndBidiOverridesCannotReachTheTerminal() {
    assertThat(Quoted.of("a\nb\tc\r")).isEqualTo("'a\\nb\\tc\\r'");
    assertThat(Quoted.of("\u001B[31mred")).isEqualTo("'\\u{001B}[31mred'");
    assertThat(Quoted.of("abc\u202Edcb")).isEqualTo("'abc\\u{202E}dcb'");
    assertThat(Quoted.of("x\u0000y\u009Bz")).isEqualTo("'x\\u{0000}y\\u{009B}z'");
    assertThat(Quoted.of("lone \uD800 half")).isEqualTo("'lone \\u{D800} half'");
    assertThat(Quoted.of("\u2028")).isEqualTo("'\\u{2028}'");
  }

  @Test
  void aLongValueIsCutAndSaysHowLongItWas() {
    String value = "x".repeat(500_000);
    assertThat(Quoted.of(value)).isEqualTo("'" + "x".repeat(Quoted.MAX_SHOWN) + "…' (500000 characters)");
    String emoji = "😀".repeat(Quoted.MAX_SHOWN + 1);
    assertThat(Quoted.of(emoji)).isEqualTo("'" + "😀".repeat(Quoted.MAX_SHOWN) + "…' (81 characters)");
    assertThat(Quoted.of("x".repeat(Quoted.MAX_SHOWN))).isEqualTo("'" + "x".repeat(Quoted.MAX_SHOWN) + "'");
  }
}
