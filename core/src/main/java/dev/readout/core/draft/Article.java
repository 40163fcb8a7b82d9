package dev.readout.core.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An article's text cut into paragraphs (at blank lines) and sentences, with captions told apart:
 * a paragraph of one sentence that does not end in a full stop ("A view of the talks") is a photo's
 * caption and states nothing.
 */
final class Article {
  /** A paragraph: where it is, its sentences, and whether it is a caption. */
  record Paragraph(int index, int start, int end, List<Sentence> sentences, boolean caption) {}

  private final String text;
  private final List<Paragraph> paragraphs;

  Article(String text, Locale locale) {
    this.text = text;
    List<Sentence> sentences = Sentences.split(text, locale);
    List<Paragraph> found = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int blank = text.indexOf("\n\n", start);
      int end = blank < 0 ? text.length() : blank;
      if (!text.substring(start, end).isBlank()) {
        int from = start;
        int to = end;
        List<Sentence> in = sentences.stream().filter(s -> s.start() >= from && s.start() < to).toList();
        String trimmed = text.substring(start, end).strip();
        boolean caption = in.size() <= 1 && !trimmed.matches("(?s).*[.!?”\"]$");
        found.add(new Paragraph(found.size(), start, end, in, caption));
      }
      start = blank < 0 ? text.length() : blank + 2;
    }
    this.paragraphs = List.copyOf(found);
  }

  String text() {
    return text;
  }

  List<Paragraph> paragraphs() {
    return paragraphs;
  }

  /** The sentence that holds an offset, if any. */
  java.util.Optional<Sentence> sentenceAt(int offset) {
    for (Paragraph p : paragraphs) {
      for (Sentence s : p.sentences()) {
        if (s.contains(offset)) {
          return java.util.Optional.of(s);
        }
      }
    }
    return java.util.Optional.empty();
  }

  /** The paragraph that holds an offset. */
  Paragraph paragraphAt(int offset) {
    for (Paragraph p : paragraphs) {
      if (offset >= p.start() && offset < p.end()) {
        return p;
      }
    }
    return paragraphs.get(paragraphs.size() - 1);
  }
}
