package dev.readout.testkit;

import dev.readout.core.dates.EdtfDate;
import dev.readout.core.model.Evidence;
import dev.readout.core.model.Source;
import dev.readout.testkit.Plan.Cut;
import dev.readout.testkit.Plan.SourcePlan;
import dev.readout.testkit.Plan.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sources of a generated dataset, written as records cite them. Every evidence is a sentence
 * {@code "<Label> <statement>."} appended to the text of one source, and the quote is a run of
 * that sentence's space-separated words: since the sentence starts and ends with ASCII and is cut
 * only at ASCII spaces, the quote survives NFC and whitespace folding exactly as the source text
 * does, whatever the statement holds.
 */
final class Quotes {
  private final String prefix;
  private final List<List<String>> sentences = new ArrayList<>();

  /**
   * Starts the texts of some sources.
   *
   * @param prefix the start of the sources' ids: {@code s} gives {@code s0}, {@code s1}…
   * @param count how many sources, at least one
   */
  Quotes(String prefix, int count) {
    this.prefix = prefix;
    for (int i = 0; i < count; i++) {
      sentences.add(new ArrayList<>());
    }
  }

  /** {@return the id of a source} */
  String id(int source) {
    return prefix + source;
  }

  /** {@return the source a cut quotes} */
  int sourceOf(Cut cut) {
    return cut.source() % sentences.size();
  }

  /**
   * Adds the sentence {@code "<label> <statement>."} to the text of the source the cut names and
   * returns evidence that quotes a run of its words.
   */
  Evidence cite(Cut cut, String label, String statement, Optional<String> note) {
    return citeIn(sourceOf(cut), cut, label, statement, note);
  }

  /** Like {@link #cite}, in a source other than {@code avoid} when there are two or more. */
  Evidence citeElsewhere(int avoid, Cut cut, String label, String statement) {
    int source = sourceOf(cut);
    if (source == avoid && sentences.size() > 1) {
      source = (source + 1) % sentences.size();
    }
    return citeIn(source, cut, label, statement, Optional.empty());
  }

  /**
   * Like {@link #cite}, with a quote that starts at the label and holds at least its first two
   * words: labels that differ in them (numbered labels, {@code "Amendment 3 …"}) give quotes that
   * differ. ({@code cite} with a cut from the first word may quote that word alone.)
   */
  Evidence citeFromLabel(Cut cut, String label, String statement) {
    String sentence = label + " " + statement + ".";
    int words = (int) sentence.chars().filter(c -> c == ' ').count() + 1;
    return citeIn(sourceOf(cut), new Cut(cut.source(), 0, 1 + cut.length() % (words - 1)), label, statement,
        Optional.empty());
  }

  private Evidence citeIn(int source, Cut cut, String label, String statement, Optional<String> note) {
    String sentence = label + " " + statement + ".";
    sentences.get(source).add(sentence);
    Evidence.Builder b = Evidence.builder().source(id(source)).quote(words(sentence, cut.from(), cut.length()));
    note.ifPresent(b::note);
    return b.build();
  }

  /**
   * The source, once every record has cited it: its text is {@code "Report <statement>."} and then
   * the sentences cited, three to a paragraph.
   */
  Source source(int i, SourcePlan p, Optional<EdtfDate> published) {
    Texts t = p.texts();
    StringBuilder text = new StringBuilder("Report ").append(t.statement()).append('.');
    List<String> own = sentences.get(i);
    for (int k = 0; k < own.size(); k++) {
      text.append(k % 3 == 2 ? "\n\n" : " ").append(own.get(k));
    }
    Source.Builder b = Source.builder().id(id(i)).title(t.title()).sourceKind(p.kind())
        .language(p.vietnamese() ? "vi" : "en").text(text.toString());
    if (p.url()) {
      b.url("https://example.org/readout/" + id(i));
    }
    published.ifPresent(b::published);
    t.summary().ifPresent(b::publisher);
    t.other().ifPresent(b::author);
    t.extra().ifPresent(b::translator);
    t.note().ifPresent(b::note);
    return b.build();
  }

  /** A run of the space-separated words of {@code sentence}; the whole sentence if the run would be blank. */
  static String words(String sentence, int from, int length) {
    List<Integer> starts = new ArrayList<>(List.of(0));
    List<Integer> ends = new ArrayList<>();
    for (int i = 0; i < sentence.length(); i++) {
      if (sentence.charAt(i) == ' ') {
        ends.add(i);
        starts.add(i + 1);
      }
    }
    ends.add(sentence.length());
    int first = from % starts.size();
    int last = first + length % (starts.size() - first);
    String quote = sentence.substring(starts.get(first), ends.get(last));
    return quote.isBlank() ? sentence : quote;
  }
}
