package dev.readout.reports.chart;

/**
 * A dataset key: JFreeChart keys rows and columns by value, so two bars or series with the same
 * label would merge; the index keeps them apart and orders them, the label is what is shown.
 */
record Key(int index, String label) implements Comparable<Key> {
  @Override
  public int compareTo(Key other) {
    return Integer.compare(index, other.index);
  }

  @Override
  public String toString() {
    return label;
  }
}
