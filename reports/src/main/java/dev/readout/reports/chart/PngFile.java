package dev.readout.reports.chart;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A PNG file of an opaque picture (ISO/IEC 15948): 8-bit RGB, every row filtered by its difference
 * from the row above ("Up", filter type 2), deflated at the fastest level; the chunks IHDR, IDAT
 * and IEND only, so the same pixels always give the same bytes.
 *
 * <p>Why not ImageIO's PNG writer: it tries all five filters on every row and keeps the one that
 * looks best, which was most of a cold Word render's picture time (about 20 ms a chart), and on
 * charts — white, flat colours, anti-aliased edges — "Up" alone gives files about 5% smaller than
 * its choice. Why not the pngencoder library, which is fast too: it has no module name, and {@code
 * readout-reports} is a named module. What is left here is the format's framing; the compression
 * is {@link Deflater}'s.
 */
final class PngFile {
  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final int RGB = 2;
  private static final int UP = 2;
  /** The largest IDAT chunk written: readers take any size, but some stream a chunk at a time. */
  private static final int CHUNK = 64 * 1024;

  private PngFile() {}

  /**
   * Returns the PNG file of the picture.
   *
   * @param image an image of type {@link BufferedImage#TYPE_INT_RGB}
   * @return the file's bytes
   * @throws IllegalArgumentException if the image is of another type
   */
  static byte[] of(BufferedImage image) {
    if (image.getType() != BufferedImage.TYPE_INT_RGB) {
      throw new IllegalArgumentException("a PNG is written here of an RGB image, not of type " + image.getType());
    }
    int width = image.getWidth();
    int height = image.getHeight();
    int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    ByteArrayOutputStream file = new ByteArrayOutputStream(width * height / 2);
    try {
      DataOutputStream out = new DataOutputStream(file);
      out.write(SIGNATURE);
      ByteArrayOutputStream header = new ByteArrayOutputStream(13);
      DataOutputStream h = new DataOutputStream(header);
      h.writeInt(width);
      h.writeInt(height);
      h.writeByte(8); // bits a sample
      h.writeByte(RGB);
      h.writeByte(0); // deflate
      h.writeByte(0); // adaptive filtering, a filter type a row
      h.writeByte(0); // not interlaced
      chunk(out, "IHDR", header.toByteArray(), 0, header.size());
      ByteArrayOutputStream data = new ByteArrayOutputStream(width * height / 2);
      Deflater deflater = new Deflater(Deflater.BEST_SPEED);
      try (DeflaterOutputStream z = new DeflaterOutputStream(data, deflater, CHUNK)) {
        byte[] filtered = new byte[3 * width + 1];
        filtered[0] = UP;
        for (int y = 0; y < height; y++) {
          int at = y * width;
          int above = at - width;
          for (int x = 0; x < width; x++) {
            int p = pixels[at + x];
            int q = y == 0 ? 0 : pixels[above + x];
            // Each sample less the one above, modulo 256: the low bits of a difference depend on the
            // low bits alone, so the other channels' bits in the shifted words do not matter.
            filtered[3 * x + 1] = (byte) ((p >> 16) - (q >> 16));
            filtered[3 * x + 2] = (byte) ((p >> 8) - (q >> 8));
            filtered[3 * x + 3] = (byte) (p - q);
          }
          z.write(filtered);
        }
      } finally {
        deflater.end();
      }
      byte[] compressed = data.toByteArray();
      for (int from = 0; from < compressed.length; from += CHUNK) {
        chunk(out, "IDAT", compressed, from, Math.min(CHUNK, compressed.length - from));
      }
      chunk(out, "IEND", new byte[0], 0, 0);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a stream in memory: not expected
    }
    return file.toByteArray();
  }

  /** Writes a chunk: its length, type, data and the CRC-32 of type and data. */
  private static void chunk(DataOutputStream out, String type, byte[] data, int offset, int length) throws IOException {
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data, offset, length);
    out.writeInt(length);
    out.write(name);
    out.write(data, offset, length);
    out.writeInt((int) crc.getValue());
  }
}
