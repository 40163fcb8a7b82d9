package dev.readout.core.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A value of a parsed file with the place it starts at: a mapping, a sequence or a scalar. JSON
 * and YAML files both parse into these, so the rest of the package sees one shape.
 */
sealed interface Node permits Node.Mapping, Node.Sequence, Node.Scalar {
  /** {@return where the value starts.} */
  Mark mark();

  /**
   * Finds where the value at a path below a node is written, e.g. {@code participants[1].side}
   * below an engagement: the value itself, or the nearest value enclosing it when it is not there
   * (a missing field is placed at its mapping).
   *
   * @param root the node the path starts from
   * @param path the path, {@code name} and {@code [index]} steps; empty for the node itself
   * @return where the value, or the nearest enclosing one, starts
   */
  static Mark markOf(Node root, String path) {
    Node at = root;
    int i = 0;
    while (i < path.length()) {
      char c = path.charAt(i);
      if (c == '.') {
        i++;
        continue;
      }
      Node next;
      if (c == '[') {
        int close = path.indexOf(']', i);
        int index = Integer.parseInt(path.substring(i + 1, close));
        next = at instanceof Sequence s && index < s.items().size() ? s.items().get(index) : null;
        i = close + 1;
      } else {
        int end = i;
        while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
          end++;
        }
        Entry entry = at instanceof Mapping m ? m.get(path.substring(i, end)) : null;
        next = entry == null ? null : entry.value();
        i = end;
      }
      if (next == null) {
        break;
      }
      at = next;
    }
    return at.mark();
  }

  /** {@return how many values the subtree holds, itself included; a YAML alias costs this much again.} */
  int weight();

  /** What a scalar was written as. */
  enum Type {
    /** Text. */
    STRING,
    /** A number; in YAML, a plain scalar that reads as one. */
    NUMBER,
    /** {@code true} or {@code false}; in YAML also {@code yes}, {@code no} and the like. */
    BOOLEAN,
    /** {@code null}; in YAML also {@code ~}. */
    NULL,
    /** Anything else a parser can produce, such as YAML's binary values. */
    OTHER
  }

  /**
   * A mapping's entry: the key, where the key is written, and the value.
   *
   * @param key the key
   * @param keyMark where the key is written
   * @param value the value
   */
  record Entry(String key, Mark keyMark, Node value) {}

  /** A mapping (a JSON object), its entries in file order. */
  final class Mapping implements Node {
    private final Mark mark;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private int weight = 1;

    Mapping(Mark mark) {
      this.mark = mark;
    }

    /** Adds an entry unless the key is taken; returns the entry that holds the key before the call, or null. */
    Entry put(Entry entry) {
      Entry first = entries.putIfAbsent(entry.key(), entry);
      if (first == null) {
        weight += entry.value().weight();
      }
      return first;
    }

    Entry get(String key) {
      return entries.get(key);
    }

    Iterable<Entry> entries() {
      return Collections.unmodifiableCollection(entries.values());
    }

    @Override
    public Mark mark() {
      return mark;
    }

    @Override
    public int weight() {
      return weight;
    }
  }

  /** A sequence (a JSON array, a YAML list). */
  final class Sequence implements Node {
    private final Mark mark;
    private final List<Node> items = new ArrayList<>();
    private int weight = 1;

    Sequence(Mark mark) {
      this.mark = mark;
    }

    void add(Node item) {
      items.add(item);
      weight += item.weight();
    }

    List<Node> items() {
      return Collections.unmodifiableList(items);
    }

    @Override
    public Mark mark() {
      return mark;
    }

    @Override
    public int weight() {
      return weight;
    }
  }

  /**
   * A scalar: its type and its text as written (for a YAML number or boolean, the text of the file).
   *
   * @param mark where it starts
   * @param type what it was written as
   * @param text its text
   */
  record Scalar(Mark mark, Type type, String text) implements Node {
    @Override
    public int weight() {
      return 1;
    }
  }
}
