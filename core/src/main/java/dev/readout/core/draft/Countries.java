package dev.readout.core.draft;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The countries the drafter recognises in English text, by name ("Indonesia", "the Republic of
 * Korea", "the U.S.") and by adjective ("Indonesian", "Korean"): each ISO code's English name from
 * the JDK and the names and adjectives of {@code countries.tsv}. Names are matched as written
 * (proper nouns, so "US" is not "us"), whole words only.
 */
final class Countries {
  private static final Countries INSTANCE = load();

  /** A country named in a text: where, which, and whether by its adjective. */
  record Found(int start, int end, String code, boolean adjective) {}

  private final Map<String, String> codeOfWord;
  private final Pattern words;

  private Countries(Map<String, String> codeOfWord) {
    this.codeOfWord = codeOfWord;
    List<String> all = new ArrayList<>(codeOfWord.keySet());
    all.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    StringBuilder alternatives = new StringBuilder();
    for (String w : all) {
      alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(w));
    }
    this.words = Pattern.compile("(?<![\\p{L}\\p{N}.])(?:the )?(" + alternatives + ")(?![\\p{L}\\p{N}]|\\.\\p{L})");
  }

  static Countries get() {
    return INSTANCE;
  }

  /** The countries named in a stretch of the text, in text order. */
  List<Found> find(String text, int from, int to) {
    List<Found> found = new ArrayList<>();
    Matcher m = words.matcher(text).region(from, to);
    while (m.find()) {
      String word = m.group(1);
      String code = codeOfWord.get(word);
      found.add(new Found(m.start(), m.end(), code.substring(1), code.charAt(0) == 'a'));
    }
    return found;
  }

  /** A regular expression that matches any adjective of the table ("Indonesian", "U.S."), longest first. */
  String adjectives() {
    List<String> all = new ArrayList<>();
    codeOfWord.forEach((word, code) -> {
      if (code.charAt(0) == 'a' || word.equals("U.S.")) {
        all.add(word);
      }
    });
    all.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    StringBuilder b = new StringBuilder();
    for (String w : all) {
      b.append(b.length() == 0 ? "" : "|").append(Pattern.quote(w));
    }
    return "(?:" + b + ")";
  }

  /** The country's English name from the JDK ("Indonesia"). */
  static String name(String code) {
    return new Locale("", code).getDisplayCountry(Locale.ENGLISH);
  }

  private static Countries load() {
    Map<String, String> codeOfWord = new HashMap<>();
    for (String code : Locale.getISOCountries()) {
      String name = name(code);
      if (!name.isEmpty() && !name.equals(code)) {
        codeOfWord.putIfAbsent(name, "n" + code);
      }
    }
    try (InputStream in = Countries.class.getResourceAsStream("countries.tsv")) {
      if (in == null) {
        throw new IllegalStateException("countries.tsv is missing from the drafter's resources");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t");
        String code = cells[0];
        for (String name : cells[1].split("\\|")) {
          codeOfWord.put(name, "n" + code);
        }
        if (cells.length > 2) {
          String[] adjectives = cells[2].split("\\|");
          for (String adjective : adjectives) {
            codeOfWord.putIfAbsent(adjective, "a" + code);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Countries(codeOfWord);
  }
}
