package dev.readout.reports.markdown;

import dev.readout.reports.doc.Emphasis;
import dev.readout.reports.doc.Footnote;
import dev.readout.reports.doc.Inline;
import dev.readout.reports.doc.InlineVisitor;
import dev.readout.reports.doc.Link;
import dev.readout.reports.doc.Quote;
import dev.readout.reports.doc.Strong;
import dev.readout.reports.doc.Text;
import dev.readout.reports.markdown.Syntax.Mode;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a run of inlines as Markdown. The inlines are first flattened into tokens (text, line
 * break, emphasis open/close, link open/close, footnote mark); white space is moved out of emphasis
 * so that delimiters touch text; then each emphasis is written with {@code *} / {@code **} when
 * CommonMark's flanking rules let those delimiters open and close exactly there, and with {@code
 * <em>} / {@code <strong>} when they do not (as in {@code "quoted"} emphasis inside a word), so the
 * text always reads back as written.
 */
final class InlineWriter {
  private final MarkdownContext context;
  private final Mode mode;

  private enum Kind { TEXT, BREAK, OPEN, CLOSE, LINK_OPEN, LINK_CLOSE, FOOTNOTE_MARK }

  /** One emphasis span; decided as Markdown delimiters or HTML tags before writing. */
  private static final class Span {
    final boolean strong;
    boolean html;

    Span(boolean strong) {
      this.strong = strong;
    }

    String open() {
      return html ? (strong ? "<strong>" : "<em>") : (strong ? "**" : "*");
    }

    String close() {
      return html ? (strong ? "</strong>" : "</em>") : (strong ? "**" : "*");
    }
  }

  private static final class Token {
    final Kind kind;
    String text;
    final Span span;

    Token(Kind kind, String text, Span span) {
      this.kind = kind;
      this.text = text;
      this.span = span;
    }

    boolean isDelimiter() {
      return kind == Kind.OPEN || kind == Kind.CLOSE;
    }
  }

  InlineWriter(MarkdownContext context, Mode mode) {
    this.context = context;
    this.mode = mode;
  }

  /**
   * Returns the Markdown of the inlines. In {@link Mode#BLOCK} lines are separated by {@code \n}
   * (after a backslash hard break) and the caller indents the lines after the first.
   *
   * @param before the character written just before (a line start counts as {@code '\n'})
   * @param after the character written just after (a line end counts as {@code '\n'})
   */
  String write(List<Inline> inlines, int before, int after) {
    List<Token> tokens = new ArrayList<>();
    Flattener flattener = new Flattener(tokens);
    inlines.forEach(i -> i.accept(flattener));
    normalise(tokens);
    String[] rendered = renderNonDelimiters(tokens);
    decideSpans(tokens, rendered, before, after);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      sb.append(t.kind == Kind.OPEN ? t.span.open() : t.kind == Kind.CLOSE ? t.span.close() : rendered[i]);
    }
    return sb.toString();
  }

  /** Returns the Markdown of one plain text. */
  String write(String text, int before, int after) {
    return write(List.of(new Text(text)), before, after);
  }

  // ---- flattening ----

  private final class Flattener implements InlineVisitor<Void> {
    private final List<Token> tokens;
    /** Footnote marks met inside a link, written after it (a mark inside link text is not portable). */
    private List<Token> deferredMarks;

    Flattener(List<Token> tokens) {
      this.tokens = tokens;
    }

    @Override
    public Void visit(Quote quote) {
      return visit(new Text(quote.marked()));
    }

    @Override
    public Void visit(Text text) {
      String clean = context.renderable(text.text()).replace("\r\n", "\n").replace('\r', '\n');
      int start = 0;
      for (int nl = clean.indexOf('\n'); nl >= 0; nl = clean.indexOf('\n', start)) {
        add(Kind.TEXT, clean.substring(start, nl));
        tokens.add(new Token(Kind.BREAK, "", null));
        start = nl + 1;
      }
      add(Kind.TEXT, clean.substring(start));
      return null;
    }

    private void add(Kind kind, String text) {
      if (!text.isEmpty()) {
        tokens.add(new Token(kind, text, null));
      }
    }

    @Override
    public Void visit(Emphasis emphasis) {
      span(false, emphasis.children());
      return null;
    }

    @Override
    public Void visit(Strong strong) {
      span(true, strong.children());
      return null;
    }

    private void span(boolean strong, List<Inline> children) {
      Span span = new Span(strong);
      tokens.add(new Token(Kind.OPEN, "", span));
      children.forEach(c -> c.accept(this));
      tokens.add(new Token(Kind.CLOSE, "", span));
    }

    @Override
    public Void visit(Link link) {
      tokens.add(new Token(Kind.LINK_OPEN, "[", null));
      List<Token> outer = deferredMarks;
      deferredMarks = new ArrayList<>();
      link.children().forEach(c -> c.accept(this));
      List<Token> marks = deferredMarks;
      deferredMarks = outer;
      tokens.add(new Token(Kind.LINK_CLOSE, "](" + context.linkDestination(link) + ")", null));
      tokens.addAll(marks);
      return null;
    }

    @Override
    public Void visit(Footnote footnote) {
      Token mark = new Token(Kind.FOOTNOTE_MARK, "[^" + context.footnote(footnote) + "]", null);
      if (deferredMarks != null) {
        deferredMarks.add(mark);
      } else {
        tokens.add(mark);
      }
      return null;
    }
  }

  // ---- normalising ----

  private void normalise(List<Token> tokens) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (t.kind == Kind.OPEN && i + 1 < tokens.size()) {
          Token next = tokens.get(i + 1);
          if (next.kind == Kind.CLOSE && next.span == t.span) {
            tokens.remove(i + 1);
            tokens.remove(i);
            changed = true;
            break;
          }
          if (next.kind == Kind.BREAK) {
            tokens.set(i, next);
            tokens.set(i + 1, t);
            changed = true;
          } else if (next.kind == Kind.TEXT) {
            int ws = leadingWhitespace(next.text);
            if (ws > 0) {
              tokens.add(i, new Token(Kind.TEXT, next.text.substring(0, ws), null));
              next.text = next.text.substring(ws);
              if (next.text.isEmpty()) {
                tokens.remove(i + 2);
              }
              changed = true;
            }
          }
        } else if (t.kind == Kind.CLOSE && i > 0) {
          Token prev = tokens.get(i - 1);
          if (prev.kind == Kind.BREAK) {
            tokens.set(i - 1, t);
            tokens.set(i, prev);
            changed = true;
          } else if (prev.kind == Kind.TEXT) {
            int keep = prev.text.length() - trailingWhitespace(prev.text);
            if (keep < prev.text.length()) {
              tokens.add(i + 1, new Token(Kind.TEXT, prev.text.substring(keep), null));
              prev.text = prev.text.substring(0, keep);
              if (prev.text.isEmpty()) {
                tokens.remove(i - 1);
              }
              changed = true;
            }
          }
        }
      }
    }
    mergeTexts(tokens);
    if (mode != Mode.HEADING) {
      // A break at either end would leave a stray backslash or an empty line.
      while (!tokens.isEmpty() && tokens.get(0).kind == Kind.BREAK) {
        tokens.remove(0);
      }
      while (!tokens.isEmpty() && isBlankEnd(tokens.get(tokens.size() - 1))) {
        tokens.remove(tokens.size() - 1);
      }
    }
  }

  private static boolean isBlankEnd(Token t) {
    return t.kind == Kind.BREAK || (t.kind == Kind.TEXT && t.text.codePoints().allMatch(Syntax::isWhitespace));
  }

  private static void mergeTexts(List<Token> tokens) {
    for (int i = tokens.size() - 1; i > 0; i--) {
      Token t = tokens.get(i);
      Token prev = tokens.get(i - 1);
      if (t.kind == Kind.TEXT && prev.kind == Kind.TEXT) {
        prev.text = prev.text + t.text;
        tokens.remove(i);
      }
    }
  }

  private static int leadingWhitespace(String s) {
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      if (!Syntax.isWhitespace(cp)) {
        break;
      }
      i += Character.charCount(cp);
    }
    return i;
  }

  private static int trailingWhitespace(String s) {
    int i = s.length();
    while (i > 0) {
      int cp = s.codePointBefore(i);
      if (!Syntax.isWhitespace(cp)) {
        break;
      }
      i -= Character.charCount(cp);
    }
    return s.length() - i;
  }

  // ---- writing ----

  private String[] renderNonDelimiters(List<Token> tokens) {
    String[] rendered = new String[tokens.size()];
    boolean lineStart = true;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      rendered[i] = switch (t.kind) {
        case TEXT -> {
          boolean afterMark = i > 0 && tokens.get(i - 1).kind == Kind.FOOTNOTE_MARK;
          boolean beforeBracket = i + 1 < tokens.size()
              && (tokens.get(i + 1).kind == Kind.LINK_OPEN || tokens.get(i + 1).kind == Kind.FOOTNOTE_MARK);
          yield Syntax.escape(t.text, mode, lineStart, afterMark, beforeBracket);
        }
        case BREAK -> switch (mode) {
          case BLOCK -> "\\\n";
          case CELL -> "<br>";
          case HEADING -> " ";
        };
        case OPEN, CLOSE -> "";
        case LINK_OPEN, LINK_CLOSE, FOOTNOTE_MARK -> t.text;
      };
      lineStart = t.kind == Kind.BREAK && mode == Mode.BLOCK;
    }
    return rendered;
  }

  /**
   * Decides which spans keep {@code *} delimiters. Adjacent Markdown delimiters form one run, and
   * CommonMark decides by run: a run must be left-flanking to open and right-flanking to close; a
   * run that could also close must not have an enclosing Markdown span it could close early; a
   * closing run must not touch an opening run; and the rule of three must not stop a span's runs
   * from matching. A span breaking any rule is written as HTML, which changes its neighbours' runs,
   * so the check repeats until nothing changes.
   */
  private void decideSpans(List<Token> tokens, String[] rendered, int before, int after) {
    List<int[]> spans = new ArrayList<>(); // {open index, close index}
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).kind == Kind.OPEN) {
        int j = i + 1;
        while (tokens.get(j).span != tokens.get(i).span) {
          j++;
        }
        spans.add(new int[] {i, j});
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      int[] runStart = new int[tokens.size()];
      int[] runEnd = new int[tokens.size()];
      for (int i = 0; i < tokens.size(); i++) {
        if (isMarkdownDelimiter(tokens.get(i))) {
          runStart[i] = i > 0 && isMarkdownDelimiter(tokens.get(i - 1)) ? runStart[i - 1] : i;
        }
      }
      for (int i = tokens.size() - 1; i >= 0; i--) {
        if (isMarkdownDelimiter(tokens.get(i))) {
          runEnd[i] = i + 1 < tokens.size() && isMarkdownDelimiter(tokens.get(i + 1)) ? runEnd[i + 1] : i;
        }
      }
      List<Span> demote = new ArrayList<>();
      List<Span> touching = new ArrayList<>();
      for (int[] span : spans) {
        Span s = tokens.get(span[0]).span;
        if (s.html) {
          continue;
        }
        int o0 = runStart[span[0]];
        int o1 = runEnd[span[0]];
        int c0 = runStart[span[1]];
        int c1 = runEnd[span[1]];
        int openBefore = charBefore(tokens, rendered, o0, before);
        int openAfter = charAfter(tokens, rendered, o1, after);
        int closeBefore = charBefore(tokens, rendered, c0, before);
        int closeAfter = charAfter(tokens, rendered, c1, after);
        boolean openLeft = Syntax.leftFlanking(openBefore, openAfter);
        boolean openRight = Syntax.mayBeRightFlanking(openBefore, openAfter);
        boolean closeLeft = Syntax.mayBeLeftFlanking(closeBefore, closeAfter);
        boolean closeRight = Syntax.rightFlanking(closeBefore, closeAfter);
        boolean closeBeforeOpen = false;
        for (int k = o0; k < span[0]; k++) {
          closeBeforeOpen |= tokens.get(k).kind == Kind.CLOSE;
        }
        boolean enclosed = false;
        for (int[] other : spans) {
          enclosed |= other[0] < o0 && other[1] > span[1] && !tokens.get(other[0]).span.html;
        }
        int openLength = runLength(tokens, o0, o1);
        int closeLength = runLength(tokens, c0, c1);
        boolean ruleOfThree = (openRight || closeLeft)
            && (openLength + closeLength) % 3 == 0
            && !(openLength % 3 == 0 && closeLength % 3 == 0);
        if (closeBeforeOpen) {
          touching.add(s);
        } else if (!openLeft || !closeRight || (openRight && enclosed) || ruleOfThree) {
          demote.add(s);
        }
      }
      // Split touching runs first: that alone may make the other spans valid ("*one*<em>two</em>").
      for (Span s : touching.isEmpty() ? demote : touching) {
        s.html = true;
        changed = true;
      }
    }
  }

  private static boolean isMarkdownDelimiter(Token t) {
    return t.isDelimiter() && !t.span.html;
  }

  private static int runLength(List<Token> tokens, int from, int to) {
    int length = 0;
    for (int k = from; k <= to; k++) {
      length += tokens.get(k).span.strong ? 2 : 1;
    }
    return length;
  }

  /** The character written before token {@code i}: an HTML tag ends with {@code >}. */
  private static int charBefore(List<Token> tokens, String[] rendered, int i, int before) {
    for (int k = i - 1; k >= 0; k--) {
      Token t = tokens.get(k);
      if (t.isDelimiter()) {
        return t.span.html ? '>' : '*';
      }
      if (!rendered[k].isEmpty()) {
        return rendered[k].codePointBefore(rendered[k].length());
      }
    }
    return before;
  }

  /** The character written after token {@code i}: an HTML tag starts with {@code <}. */
  private static int charAfter(List<Token> tokens, String[] rendered, int i, int after) {
    for (int k = i + 1; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (t.isDelimiter()) {
        return t.span.html ? '<' : '*';
      }
      if (!rendered[k].isEmpty()) {
        return rendered[k].codePointAt(0);
      }
    }
    return after;
  }
}
