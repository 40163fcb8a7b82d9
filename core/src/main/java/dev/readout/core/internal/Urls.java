package dev.readout.core.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The one rule for web addresses, shared by the model (a source's URL) and the documents (a link's
 * target), so that what the dataset accepts every renderer can write: an absolute {@code http} or
 * {@code https} URL with a host, no white space or control character anywhere, no broken surrogate
 * pair, and RFC 3986 syntax as {@link URI} reads it.
 */
public final class Urls {
  private Urls() {}

  /** {@return whether the text is an http(s) URL with a host} */
  public static boolean isWebUrl(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c <= ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
          || Character.isSurrogate(c) && !validSurrogateAt(text, i)) {
        return false;
      }
    }
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme();
      if (scheme == null) {
        return false;
      }
      String lower = scheme.toLowerCase(Locale.ROOT);
      return (lower.equals("http") || lower.equals("https")) && uri.getHost() != null && !uri.getHost().isEmpty();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static boolean validSurrogateAt(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }
}
