package dev.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TerminalTableTest {
  private static String print(TerminalTable table) {
    StringWriter out = new StringWriter();
    table.print(new PrintWriter(out));
    return out.toString().replace(System.lineSeparator(), "\n");
  }

  /** Columns on the screen, counted independently of picocli: Hangul syllables and CJK ideographs take two. */
  private static int screenWidth(String s) {
    return s.codePoints().map(cp -> (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0x4E00 && cp <= 0x9FFF) ? 2 : 1).sum();
  }

  @Test
  void columnsLineUpOnTheScreenWhenCellsHoldHangulAndChineseCharacters() {
    TerminalTable table = new TerminalTable("CODE", "NAME", "ENGAGEMENTS");
    table.row("KR", "대한민국", "1");
    table.row("CN", "中华人民共和国", "2");
    table.row("VN", "Vietnam", "11");
    String printed = print(table);
    assertThat(printed).isEqualTo("CODE  NAME            ENGAGEMENTS\n"
        + "KR    대한민국        1\n"
        + "CN    中华人民共和国  2\n"
        + "VN    Vietnam         11\n"
        + "3 rows\n");
    List<String> lines = printed.lines().limit(4).toList();
    for (String line : lines) {
      String beforeLast = line.substring(0, line.lastIndexOf(' ') + 1);
      assertThat(screenWidth(beforeLast)).as(line).isEqualTo(22);
    }
  }

  @Test
  void aWideCellIsCutByItsWidthOnTheScreen() {
    TerminalTable table = new TerminalTable("ID", "TITLE");
    table.row("ko", "한".repeat(40));
    table.row("en", "x".repeat(70));
    table.row("fits", "y".repeat(60));
    List<String> lines = print(table).lines().toList();
    assertThat(lines.get(1)).isEqualTo("ko    " + "한".repeat(29) + "…");
    assertThat(lines.get(2)).isEqualTo("en    " + "x".repeat(59) + "…");
    assertThat(lines.get(3)).isEqualTo("fits  " + "y".repeat(60));
    assertThat(lines.get(4)).isEqualTo("3 rows");
  }

  @Test
  void cellsArePrintedAsTheyAreNotReadAsPicocliMarkup() {
    TerminalTable table = new TerminalTable("ID", "TITLE");
    table.row("a", "@|bold,red alarm|@ and @|");
    table.row("b", "two\nlines");
    assertThat(print(table)).isEqualTo("ID  TITLE\n"
        + "a   @|bold,red alarm|@ and @|\n"
        + "b   two lines\n"
        + "2 rows\n");
  }

  @Test
  void oneRowIsARow() {
    TerminalTable table = new TerminalTable("ID");
    table.row("only");
    assertThat(print(table)).isEqualTo("ID\nonly\n1 row\n");
  }
}
