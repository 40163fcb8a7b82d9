package dev.readout.cli;

import dev.readout.core.io.DatasetFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The text of an article that {@code readout draft} drafts from: a UTF-8 file (a byte-order mark
 * skipped), its line ends made {@code \n}. A file that cannot be the source's text is refused in one
 * line that names it and says why, as a dataset file is ("{@code x.txt: file must be UTF-8 text, but
 * byte 0xE9 on line 3 is not}"): missing, a folder or a pipe, not UTF-8, empty or blank, or longer
 * than a dataset file can hold in one string.
 */
final class Article {
  /** The most bytes read: no UTF-8 text longer than this fits in {@link DatasetFiles#MAX_STRING_LENGTH} characters. */
  private static final long MAX_BYTES = 3L * DatasetFiles.MAX_STRING_LENGTH;

  private Article() {}

  /**
   * Reads the article.
   *
   * @param path the article's file
   * @return its text, line ends {@code \n}
   * @throws CliException (exit status 1) if the file cannot be read or holds no usable text
   */
  static String read(Path path) {
    if (Files.isDirectory(path)) {
      throw refused(path, "file cannot be read: it is a folder, not a file");
    }
    if (Files.exists(path) && !Files.isRegularFile(path)) {
      throw refused(path, "file cannot be read: it is not a regular file (a pipe, device or socket)");
    }
    byte[] bytes;
    try {
      if (Files.size(path) > MAX_BYTES) {
        throw refused(path, tooLong(Files.size(path) + " bytes"));
      }
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      throw CliException.io(path + ": file cannot be read: " + AtomicFiles.reason(e), e);
    }
    String text = decode(path, bytes);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isEmpty()) {
      throw refused(path, "file must hold the article's text, but was empty");
    }
    if (text.isBlank()) {
      throw refused(path, "file must hold the article's text, but held only white space");
    }
    if (text.length() > DatasetFiles.MAX_STRING_LENGTH) {
      throw refused(path, tooLong(text.length() + " characters"));
    }
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  /** The bytes as UTF-8; a byte that is not is refused with its line. */
  private static String decode(Path path, byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int at = in.position();
      int line = 1;
      for (int i = 0; i < at; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw refused(path, "file must be UTF-8 text, but byte 0x" + String.format(Locale.ROOT, "%02X", bytes[at] & 0xFF)
          + " on line " + line + " is not");
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  private static String tooLong(String size) {
    return "file must hold at most " + DatasetFiles.MAX_STRING_LENGTH
        + " characters (the longest text a dataset file holds), but held " + size;
  }

  private static CliException refused(Path path, String message) {
    return CliException.io(path + ": " + message, null);
  }
}
