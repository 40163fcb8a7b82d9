package dev.readout.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PassBufferTest {
  private static byte[] bytes(int n) {
    byte[] b = new byte[n];
    new Random(n).nextBytes(b);
    return b;
  }

  private static long tempParts() throws IOException {
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files.filter(p -> p.getFileName().toString().endsWith(".pdf.part")).count();
    }
  }

  @Test
  void keepsASmallPassInMemory() throws IOException {
    byte[] data = bytes(1000);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PassBuffer buffer = new PassBuffer(4096)) {
      buffer.write(data, 0, 600);
      buffer.write(data, 600, 400);
      assertThat(buffer.spilled()).isFalse();
      buffer.writeTo(out);
    }
    assertThat(out.toByteArray()).isEqualTo(data);
  }

  @Test
  void movesALargePassToATemporaryFileAndDeletesItWhenClosed() throws IOException {
    long before = tempParts();
    byte[] data = bytes(10_000);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PassBuffer buffer = new PassBuffer(4096);
    for (int i = 0; i < data.length; i += 700) {
      buffer.write(data, i, Math.min(700, data.length - i));
    }
    buffer.write(7);
    assertThat(buffer.spilled()).isTrue();
    assertThat(tempParts()).isEqualTo(before + 1);
    buffer.writeTo(out);
    buffer.close();
    assertThat(tempParts()).isEqualTo(before);
    byte[] expected = java.util.Arrays.copyOf(data, data.length + 1);
    expected[data.length] = 7;
    assertThat(out.toByteArray()).isEqualTo(expected);
  }
}
