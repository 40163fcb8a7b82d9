package dev.readout.reports.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnWidthsTest {
  @Test
  void columnsThatHoldTheirWordsKeepTheirShares() {
    assertThat(ColumnWidths.fit(new double[] {3, 1}, new double[] {50, 60}, 400)).containsExactly(300, 100);
  }

  @Test
  void aNarrowColumnTakesItsWordsWidthFromTheOthersInProportionToTheirRoom() {
    // Shares of 100, 200 and 100; the last needs 130, so 30 come from the room beyond the first two's
    // words: 100 - 40 = 60 and 200 - 80 = 120, a third and two thirds of it.
    double[] widths = ColumnWidths.fit(new double[] {1, 2, 1}, new double[] {40, 80, 130}, 400);
    assertThat(widths[0]).isCloseTo(90, within(1e-9));
    assertThat(widths[1]).isCloseTo(180, within(1e-9));
    assertThat(widths[2]).isCloseTo(130, within(1e-9));
  }

  @Test
  void aTableWithoutRoomForItsWordsKeepsItsShares() {
    assertThat(ColumnWidths.fit(new double[] {1, 1}, new double[] {150, 260}, 400)).containsExactly(200, 200);
  }

  @Test
  void theLongestWordRunsAcrossPiecesAndNoBreakSpaces() {
    record Piece(String text, double charWidth) {}
    List<Piece> pieces = List.of(new Piece("at Indonesia's ASEAN Chair", 1), new Piece("manship (2023", 2),
        new Piece(" [inferred])\u00A0and", 1));
    // "Chairmanship" is "Chair" at 1 and "manship" at 2 a character; "[inferred])\u00A0and" is 15 at 1.
    assertThat(ColumnWidths.longestWord(pieces, Piece::text, (p, part) -> part.length() * p.charWidth()))
        .isEqualTo(19);
    assertThat(ColumnWidths.longestWord(List.<Piece>of(), Piece::text, (p, part) -> 1)).isZero();
  }
}
