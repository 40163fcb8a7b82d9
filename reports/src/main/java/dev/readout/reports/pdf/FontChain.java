package dev.readout.reports.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a renderer looks for a glyph the bundled Liberation fonts do not have: first the fallback
 * fonts it was given, in the order given (every face of a collection, in index order), then, when
 * allowed, the fonts installed on the machine ({@link SystemFonts}), in path order.
 *
 * <p>In each of the two lists the first face with a glyph for the character names the family; of
 * that family's faces with the glyph, the one closest to the wanted style is taken (the right
 * slant, then the nearest weight, then the normal width), so bold text gets the bold face when
 * there is one and the regular face otherwise. An Arabic letter needs its presentation forms too
 * ({@link ArabicForms}). The answers are kept, so each character is looked up once per style.
 * Immutable but for that cache, which is thread-safe: one chain serves a renderer's every render.
 */
final class FontChain {
  /** The default: no fonts given, the machine's fonts allowed. */
  static final FontChain DEFAULT = new FontChain(List.of(), List.of(), true);
  /** No fonts given, nor the machine's: the bundled fonts alone. */
  private static final FontChain NONE = new FontChain(List.of(), List.of(), false);

  private final List<Path> files;
  private final List<FontFace> given;
  private final boolean system;
  /** The face chosen per code point and style, {@code codePoint << 2 | bold | italic << 1}. */
  private final ConcurrentHashMap<Integer, Optional<FontFace>> chosen = new ConcurrentHashMap<>();

  private FontChain(List<Path> files, List<FontFace> given, boolean system) {
    this.files = List.copyOf(files);
    this.given = List.copyOf(given);
    this.system = system;
  }

  /**
   * The chain of the given fallback font files and, if {@code system}, the machine's fonts.
   *
   * @throws IllegalArgumentException if a file cannot be read or has no face OpenPDF can embed
   */
  static FontChain of(List<Path> files, boolean system) {
    if (files.isEmpty()) {
      return system ? DEFAULT : NONE; // shared, with what they have looked up
    }
    List<FontFace> faces = new ArrayList<>();
    for (Path file : files) {
      List<FontFace> read;
      try {
        if (!Files.isRegularFile(file)) {
          throw new IOException("there is no such file");
        }
        if (!Files.isReadable(file)) {
          throw new IOException("it cannot be read (permission denied)");
        }
        if (!SystemFonts.isFontFile(file)) {
          throw new IOException("its name does not end in .ttf, .otf, .ttc or .otc");
        }
        read = FontFileReader.read(file);
      } catch (IOException e) {
        throw new IllegalArgumentException(PdfMessages.fallbackFontUnreadable(file, e.getMessage()), e);
      }
      if (read.isEmpty()) {
        throw new IllegalArgumentException(PdfMessages.fallbackFontUnusable(file));
      }
      faces.addAll(read);
    }
    return new FontChain(files, faces, system);
  }

  /** The fallback font files, in the order given. */
  List<Path> files() {
    return files;
  }

  /** Whether the machine's fonts are searched after the given ones. */
  boolean system() {
    return system;
  }

  /** The face to show the code point in the style, or null when no font of the chain has a glyph for it. */
  FontFace find(int codePoint, boolean bold, boolean italic) {
    int key = codePoint << 2 | (bold ? 1 : 0) | (italic ? 2 : 0);
    return chosen.computeIfAbsent(key, k -> {
      FontFace face = search(given, codePoint, bold, italic);
      if (face == null && system) {
        face = search(SystemFonts.faces(), codePoint, bold, italic);
      }
      return Optional.ofNullable(face);
    }).orElse(null);
  }

  /**
   * The first face, in order, that shows the code point (with its Arabic forms), or a face of the
   * same family later in the list that is closer to the style. Only those faces are asked about
   * their glyphs, so a lazily read catalogue reads few character maps.
   */
  private static FontFace search(List<FontFace> faces, int codePoint, boolean bold, boolean italic) {
    int[] forms = ArabicForms.of(codePoint);
    FontFace best = null;
    for (FontFace face : faces) {
      if (best != null && !face.family().equalsIgnoreCase(best.family())) {
        continue;
      }
      if (!face.has(codePoint) || !face.hasAll(forms)) {
        continue;
      }
      if (best == null || face.styleDistance(bold, italic) < best.styleDistance(bold, italic)) {
        best = face;
      }
    }
    return best;
  }
}
