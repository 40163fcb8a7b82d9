package dev.readout.reports.pdf;

/**
 * Checks that the INDEX structures of a CFF font program are well formed: the Name, Top DICT,
 * String and global subroutine INDEXes, the CharStrings INDEX and, for a CID-keyed font, the
 * FDArray and each font dict's local subroutines — each with offsets that start at 1, never go
 * down and stay inside the font.
 *
 * <p>Why: OpenPDF 2.0.5's {@code CFFFontSubset.AssembleIndex} picks an INDEX's offset size from the
 * size of its data, not from the largest offset, which is one more; an INDEX of exactly 255 or
 * 65,535 bytes of data gets offsets one byte too small and its last offset wraps to 0. A subset of
 * Noto Sans CJK with a single blank glyph (U+3164, U+20000) has a CharStrings INDEX of exactly 65,535
 * bytes, and readers that check (PDFBox: "length is negative") cannot read the font.
 */
final class CffIndexes {
  private final byte[] cff;

  private CffIndexes(byte[] cff) {
    this.cff = cff;
  }

  /** Whether every INDEX the font program holds is well formed. */
  static boolean wellFormed(byte[] cff) {
    try {
      return new CffIndexes(cff).check();
    } catch (IndexOutOfBoundsException | IllegalStateException e) {
      return false;
    }
  }

  private boolean check() {
    int at = cff[2] & 0xFF; // header size
    at = skip(at); // Name
    int topStart = dataStart(at);
    int[] top = entry(at, 0);
    at = skip(at); // Top DICT
    at = skip(at); // String
    skip(at); // global subroutines
    Dict dict = new Dict(cff, topStart + top[0], topStart + top[1]);
    skip(dict.operand(17, 0)); // CharStrings
    int fdArray = dict.operand(1236, 0); // 12 36
    if (fdArray >= 0) {
      int count = count(fdArray);
      int start = dataStart(fdArray);
      skip(fdArray);
      for (int i = 0; i < count; i++) {
        int[] fd = entry(fdArray, i);
        Dict font = new Dict(cff, start + fd[0], start + fd[1]);
        int privateSize = font.operand(18, 0);
        int privateOffset = font.operand(18, 1);
        if (privateOffset >= 0) {
          Dict priv = new Dict(cff, privateOffset, privateOffset + privateSize);
          int subrs = priv.operand(19, 0);
          if (subrs > 0) {
            skip(privateOffset + subrs);
          }
        }
      }
    }
    return true;
  }

  private int count(int at) {
    return (cff[at] & 0xFF) << 8 | cff[at + 1] & 0xFF;
  }

  /** Where the INDEX at {@code at}'s data starts (offset 1 points there). */
  private int dataStart(int at) {
    int count = count(at);
    return count == 0 ? at + 2 : at + 3 + (count + 1) * (cff[at + 2] & 0xFF) - 1;
  }

  /** The start and end of entry {@code i}, relative to {@link #dataStart}. */
  private int[] entry(int at, int i) {
    int size = cff[at + 2] & 0xFF;
    return new int[] {offset(at + 3 + i * size, size), offset(at + 3 + (i + 1) * size, size)};
  }

  /** Checks the INDEX at {@code at} and returns where it ends. */
  private int skip(int at) {
    int count = count(at);
    if (count == 0) {
      return at + 2;
    }
    int size = cff[at + 2] & 0xFF;
    if (size < 1 || size > 4) {
      throw new IllegalStateException("offset size " + size);
    }
    int previous = offset(at + 3, size);
    if (previous != 1) {
      throw new IllegalStateException("first offset " + previous);
    }
    for (int i = 1; i <= count; i++) {
      int next = offset(at + 3 + i * size, size);
      if (next < previous) {
        throw new IllegalStateException("offsets go down at entry " + i);
      }
      previous = next;
    }
    int end = dataStart(at) + previous;
    if (end > cff.length) {
      throw new IllegalStateException("index runs past the font");
    }
    return end;
  }

  private int offset(int at, int size) {
    int value = 0;
    for (int i = 0; i < size; i++) {
      value = value << 8 | cff[at + i] & 0xFF;
    }
    return value;
  }

  /** A DICT's operators and their integer operands (real numbers are skipped). */
  private static final class Dict {
    private final java.util.Map<Integer, int[]> operands = new java.util.HashMap<>();

    Dict(byte[] b, int start, int end) {
      int[] stack = new int[48];
      int n = 0;
      int i = start;
      while (i < end) {
        int v = b[i] & 0xFF;
        if (v <= 21) {
          int op = v;
          if (v == 12) {
            op = 1200 + (b[i + 1] & 0xFF);
            i++;
          }
          operands.put(op, java.util.Arrays.copyOf(stack, n));
          n = 0;
          i++;
        } else if (v == 28) {
          stack[n++] = (short) ((b[i + 1] & 0xFF) << 8 | b[i + 2] & 0xFF);
          i += 3;
        } else if (v == 29) {
          stack[n++] = (b[i + 1] & 0xFF) << 24 | (b[i + 2] & 0xFF) << 16 | (b[i + 3] & 0xFF) << 8 | b[i + 4] & 0xFF;
          i += 5;
        } else if (v == 30) {
          i++;
          while ((b[i] & 0x0F) != 0x0F && (b[i] & 0xF0) != 0xF0) {
            i++;
          }
          i++;
          stack[n++] = 0;
        } else if (v <= 246) {
          stack[n++] = v - 139;
          i++;
        } else if (v <= 250) {
          stack[n++] = (v - 247) * 256 + (b[i + 1] & 0xFF) + 108;
          i += 2;
        } else if (v <= 254) {
          stack[n++] = -(v - 251) * 256 - (b[i + 1] & 0xFF) - 108;
          i += 2;
        } else {
          i++;
        }
        if (n == stack.length) {
          throw new IllegalStateException("a DICT operand stack overflows");
        }
      }
    }

    /** Operand {@code i} of an operator, or -1 when the DICT does not have it. */
    int operand(int op, int i) {
      int[] values = operands.get(op);
      return values == null || values.length <= i ? -1 : values[i];
    }
  }
}
