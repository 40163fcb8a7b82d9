package dev.readout.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextTest {
  /** What fold did before it was written as one pass: the rule it must keep. */
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

  private static String reference(String s) {
    return WHITESPACE.matcher(Normalizer.normalize(s, Normalizer.Form.NFC)).replaceAll(" ").strip();
  }

  @Test
  void foldMakesEveryRunOfWhiteSpaceOneSpaceAndTrimsTheEnds() {
    assertThat(Text.fold("  The two\u00A0ministers \t met\r\n in\u2007Hanoi\u202F.  ")).isEqualTo("The two ministers met in Hanoi .");
    assertThat(Text.fold("already folded")).isEqualTo("already folded");
    assertThat(Text.fold("")).isEmpty();
    assertThat(Text.fold(" \n\u00A0 ")).isEmpty();
    assertThat(Text.fold("Phan Va\u0306n Giang")).as("in NFC").isEqualTo("Phan V\u0103n Giang");
    assertThat(Text.fold("\u2003em spaces at the ends\u2003")).as("strip() trims them, the fold keeps them inside")
        .isEqualTo("em spaces at the ends");
    assertThat(Text.fold("an\u2003em space")).isEqualTo("an\u2003em space");
  }

  @Test
  void nfcComposesOnlyWhatNeedsIt() {
    assertThat(Text.nfc("Phan Va\u0306n Giang")).isEqualTo("Phan V\u0103n Giang");
    assertThat(Text.nfc("A\u030A and \u00C5")).isEqualTo("\u00C5 and \u00C5");
    String plain = "Latin-1 only: caf\u00E9, \u00C5ngstr\u00F6m, \u0103";
    assertThat(Text.nfc(plain)).isSameAs(plain);
    for (char c = 0; c < 0x300; c++) {
      String s = "x" + c;
      assertThat(Normalizer.isNormalized(s, Normalizer.Form.NFC)).as("U+%04X", (int) c).isTrue();
    }
  }

  @Test
  void foldAgreesWithTheRegularExpressionOnRandomText() {
    List<Character> alphabet = List.of('a', 'B', ' ', ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u2007',
        '\u202F', '\u2003', '\u3000', '\u0306', '\u0103', '.', '\u00E9', '\u001C', '\u0085', '\u007F', '\u02FF');
    Random random = new Random(42);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder s = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        s.append(alphabet.get(random.nextInt(alphabet.size())));
      }
      assertThat(Text.fold(s.toString())).as("fold of %s", s.codePoints().mapToObj(Integer::toHexString).toList())
          .isEqualTo(reference(s.toString()));
    }
  }
}
