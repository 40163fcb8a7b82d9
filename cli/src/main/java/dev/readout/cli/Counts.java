package dev.readout.cli;

/** Counts in the command line's English messages: "1 warning", "2 warnings". */
final class Counts {
  private Counts() {}

  /** {@return the count and the noun in the number it takes: "1 person", "3 people"} */
  static String of(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /** {@return the count and a noun whose plural adds an s: "1 source", "2 sources"} */
  static String of(long n, String noun) {
    return of(n, noun, noun + "s");
  }
}
