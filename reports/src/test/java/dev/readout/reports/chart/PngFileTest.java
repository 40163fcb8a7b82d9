package dev.readout.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readout.reports.doc.BarChart;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Inflater;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** {@link PngFile}: what ImageIO reads back is every pixel written, in a file laid out as the format says. */
class PngFileTest {
  private record Chunk(String type, byte[] data) {}

  @Test
  void everyPixelReadsBackAsWrittenWhateverTheSize() throws Exception {
    Random random = new Random(21);
    int[][] sizes = {{1, 1}, {1, 7}, {7, 1}, {3, 2}, {640, 3}, {97, 211}, {400, 300}};
    for (int[] size : sizes) {
      BufferedImage image = new BufferedImage(size[0], size[1], BufferedImage.TYPE_INT_RGB);
      for (int y = 0; y < size[1]; y++) {
        for (int x = 0; x < size[0]; x++) {
          image.setRGB(x, y, random.nextInt(0x1000000));
        }
      }
      byte[] png = PngFile.of(image);
      assertSamePixels(image, ImageIO.read(new ByteArrayInputStream(png)));
      List<Chunk> chunks = chunks(png);
      assertThat(chunks).filteredOn(c -> c.type().equals("IDAT"))
          .allSatisfy(c -> assertThat(c.data().length).isLessThanOrEqualTo(64 * 1024))
          .hasSizeGreaterThanOrEqualTo(size[0] * size[1] * 3 / (64 * 1024) + 1); // random pixels do not compress
    }
  }

  @Test
  void aChartReadsBackAsDrawnInAFileOfRgbRowsFilteredUpWithTheirChecksums() throws Exception {
    BarChart chart = new BarChart(List.of("Indonesia", "Republic of Korea"), List.of("open", "overdue"),
        List.of(List.of(3, 1), List.of(2, 0)), "commitments");
    byte[] png = PngCharts.png(chart, "en");
    BufferedImage read = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(read.getWidth()).isEqualTo(Drawings.WIDTH * PngCharts.SCALE);

    assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G', (byte) '\r', (byte) '\n', (byte) 0x1A, (byte) '\n');
    List<Chunk> chunks = chunks(png);
    assertThat(chunks.get(0).type()).isEqualTo("IHDR");
    ByteBuffer header = ByteBuffer.wrap(chunks.get(0).data());
    int width = header.getInt();
    int height = header.getInt();
    assertThat(new int[] {width, height}).containsExactly(read.getWidth(), read.getHeight());
    assertThat(new byte[] {header.get(), header.get(), header.get(), header.get(), header.get()})
        .as("8-bit RGB, deflate, adaptive filtering, not interlaced").containsExactly(8, 2, 0, 0, 0);
    assertThat(chunks.get(chunks.size() - 1).type()).isEqualTo("IEND");
    assertThat(chunks.stream().map(Chunk::type).distinct()).containsExactly("IHDR", "IDAT", "IEND");
    assertThat(chunks).filteredOn(c -> c.type().equals("IDAT"))
        .allSatisfy(c -> assertThat(c.data().length).isLessThanOrEqualTo(64 * 1024));

    ByteArrayOutputStream data = new ByteArrayOutputStream();
    chunks.stream().filter(c -> c.type().equals("IDAT")).forEach(c -> data.writeBytes(c.data()));
    Inflater inflater = new Inflater();
    inflater.setInput(data.toByteArray());
    byte[] rows = new byte[(3 * width + 1) * height];
    assertThat(inflater.inflate(rows)).isEqualTo(rows.length);
    assertThat(inflater.finished()).isTrue();
    for (int y = 0; y < height; y++) {
      assertThat(rows[y * (3 * width + 1)]).as("row %d's filter", y).isEqualTo((byte) 2);
    }

    BufferedImage drawn = new BufferedImage(read.getWidth(), read.getHeight(), BufferedImage.TYPE_INT_RGB);
    drawn.setData(read.getData());
    assertThat(PngFile.of(drawn)).as("the same pixels, the same bytes").isEqualTo(png);
  }

  @Test
  void onlyAnRgbImageIsTaken() {
    BufferedImage argb = new BufferedImage(2, 2, BufferedImage.TYPE_INT_ARGB);
    assertThatThrownBy(() -> PngFile.of(argb)).isInstanceOf(IllegalArgumentException.class);
  }

  /** The file's chunks, each checked against its CRC-32. */
  private static List<Chunk> chunks(byte[] png) {
    ByteBuffer in = ByteBuffer.wrap(png, 8, png.length - 8);
    List<Chunk> chunks = new ArrayList<>();
    while (in.hasRemaining()) {
      int length = in.getInt();
      byte[] type = new byte[4];
      in.get(type);
      byte[] data = new byte[length];
      in.get(data);
      CRC32 crc = new CRC32();
      crc.update(type);
      crc.update(data);
      String name = new String(type, StandardCharsets.US_ASCII);
      assertThat(in.getInt()).as("%s's CRC", name).isEqualTo((int) crc.getValue());
      chunks.add(new Chunk(name, data));
    }
    return chunks;
  }

  private static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
    assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
    assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
    for (int y = 0; y < expected.getHeight(); y++) {
      for (int x = 0; x < expected.getWidth(); x++) {
        assertThat(actual.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(expected.getRGB(x, y));
      }
    }
  }
}
