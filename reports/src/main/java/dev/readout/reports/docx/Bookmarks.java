package dev.readout.reports.docx;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * The Word bookmark name of each heading anchor. Word's names are at most 40 characters, start with
 * a letter and hold only letters, digits and {@code _}, while anchors may be 128 characters long
 * and contain {@code -}. A name is {@code h_} followed by the anchor with {@code -} written as
 * {@code _}; when that is too long or already taken by another anchor, it is cut and ends with
 * {@code _} and the anchor's CRC-32 in hex instead. Names depend only on the anchors and their
 * order, so two renders of a document give the same names.
 */
final class Bookmarks {
  static final int MAX_LENGTH = 40;
  private static final String PREFIX = "h_";

  private final Map<String, String> names = new HashMap<>();
  private final Set<String> taken = new HashSet<>();

  /** Names the anchors, in order (the unique anchors of the document's headings). */
  Bookmarks(List<String> anchors) {
    anchors.forEach(this::register);
  }

  private void register(String anchor) {
    if (names.containsKey(anchor)) {
      return;
    }
    String plain = PREFIX + anchor.replace('-', '_');
    String name = plain;
    if (name.length() > MAX_LENGTH || taken.contains(name)) {
      String hash = "_" + crc(anchor);
      name = plain.substring(0, Math.min(plain.length(), MAX_LENGTH - hash.length())) + hash;
      for (int n = 2; taken.contains(name); n++) {
        String suffix = hash + "_" + n;
        name = plain.substring(0, Math.min(plain.length(), MAX_LENGTH - suffix.length())) + suffix;
      }
    }
    taken.add(name);
    names.put(anchor, name);
  }

  /** The bookmark name of a registered anchor. */
  String name(String anchor) {
    String name = names.get(anchor);
    if (name == null) {
      throw new IllegalArgumentException("anchor '" + anchor + "' has no bookmark");
    }
    return name;
  }

  private static String crc(String anchor) {
    CRC32 crc = new CRC32();
    crc.update(anchor.getBytes(StandardCharsets.US_ASCII));
    return String.format(Locale.ROOT, "%08x", crc.getValue());
  }
}
