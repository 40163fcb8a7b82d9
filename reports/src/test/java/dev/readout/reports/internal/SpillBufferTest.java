package dev.readout.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SpillBufferTest {
  private static byte[] bytes(int n) {
    byte[] b = new byte[n];
    new Random(n).nextBytes(b);
    return b;
  }

  @Test
  void keepsSmallContentInMemory() throws IOException {
    byte[] data = bytes(1000);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (SpillBuffer buffer = new SpillBuffer(4096, ".test.part")) {
      buffer.write(data, 0, 600);
      buffer.write(data, 600, 400);
      assertThat(buffer.file()).isEmpty();
      buffer.writeTo(out);
    }
    assertThat(out.toByteArray()).isEqualTo(data);
  }

  @Test
  void movesLargeContentToATemporaryFileAndDeletesItWhenClosed() throws IOException {
    byte[] data = bytes(10_000);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SpillBuffer buffer = new SpillBuffer(4096, ".test.part");
    for (int i = 0; i < data.length; i += 700) {
      buffer.write(data, i, Math.min(700, data.length - i));
    }
    buffer.write(7);
    Path file = buffer.file().orElseThrow();
    assertThat(file.getFileName().toString()).startsWith("readout-").endsWith(".test.part");
    assertThat(file).exists();
    buffer.writeTo(out);
    buffer.writeTo(out); // twice: reading does not consume
    buffer.close();
    assertThat(Files.exists(file)).isFalse();
    byte[] expected = Arrays.copyOf(data, data.length + 1);
    expected[data.length] = 7;
    byte[] twice = Arrays.copyOf(expected, 2 * expected.length);
    System.arraycopy(expected, 0, twice, expected.length, expected.length);
    assertThat(out.toByteArray()).isEqualTo(twice);
  }
}
