package dev.readout.reports.pdf;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

/**
 * The fonts installed on this machine, found the same way every time: every TrueType and OpenType
 * file and collection under the standard font folders of Linux and other Unix systems ({@code
 * /usr/share/fonts}, {@code /usr/local/share/fonts}, {@code ~/.fonts}, {@code
 * ~/.local/share/fonts}), Windows ({@code %WINDIR%\Fonts}, {@code
 * %LOCALAPPDATA%\Microsoft\Windows\Fonts}) and macOS ({@code /System/Library/Fonts}, {@code
 * /Library/Fonts}, {@code ~/Library/Fonts}), sorted by path, each face read by {@link
 * FontFileReader} (its character map only when a search reaches it). The folders are walked rather than fontconfig asked ({@code fc-list}): a library
 * starts no process, and the result is the same with or without fontconfig. A file that cannot be
 * read as a font is passed over.
 *
 * <p>Nothing is read until a render meets a character the bundled and the given fonts cannot
 * show; the catalogue is then made once and kept for the life of the JVM (fonts installed later
 * are seen by a new JVM).
 */
final class SystemFonts {
  private static final Set<String> EXTENSIONS = Set.of("ttf", "otf", "ttc", "otc");

  private SystemFonts() {}

  /** The catalogue, made on first use. */
  private static final class Catalogue {
    static final List<FontFace> FACES = read(directories());
  }

  /** Every face of the machine's fonts, in path order (a collection's faces in index order). */
  static List<FontFace> faces() {
    return Catalogue.FACES;
  }

  /** The standard font folders of every platform; those that do not exist are passed over. */
  static List<Path> directories() {
    List<Path> dirs = new ArrayList<>();
    String home = System.getProperty("user.home", "");
    dirs.add(Path.of("/usr/share/fonts"));
    dirs.add(Path.of("/usr/local/share/fonts"));
    if (!home.isEmpty()) {
      dirs.add(Path.of(home, ".fonts"));
      dirs.add(Path.of(home, ".local", "share", "fonts"));
      dirs.add(Path.of(home, "Library", "Fonts"));
    }
    dirs.add(Path.of("/System/Library/Fonts"));
    dirs.add(Path.of("/Library/Fonts"));
    String windows = System.getenv("WINDIR");
    if (windows != null) {
      dirs.add(Path.of(windows, "Fonts"));
    }
    String local = System.getenv("LOCALAPPDATA");
    if (local != null) {
      dirs.add(Path.of(local, "Microsoft", "Windows", "Fonts"));
    }
    return dirs;
  }

  /** Reads the faces of every font file under the folders, in path order; a file found twice once. */
  static List<FontFace> read(List<Path> directories) {
    TreeMap<String, Path> files = new TreeMap<>();
    for (Path dir : directories) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try {
        Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            if (attributes.isRegularFile() && isFontFile(file)) {
              files.put(file.toAbsolutePath().normalize().toString(), file);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            return FileVisitResult.CONTINUE; // an unreadable folder or a link loop hides only its own fonts
          }
        });
      } catch (IOException e) {
        // The folder itself cannot be read: its fonts are not found, the others are.
      }
    }
    Set<Path> seen = new LinkedHashSet<>();
    List<FontFace> faces = new ArrayList<>();
    for (Path file : files.values()) {
      try {
        if (seen.add(file.toRealPath())) {
          faces.addAll(FontFileReader.readLazily(file));
        }
      } catch (IOException | RuntimeException e) {
        // Not a font OpenPDF can use (a damaged file, a format of its own): passed over.
      }
    }
    return List.copyOf(faces);
  }

  /** Whether the file's name has a TrueType or OpenType extension. */
  static boolean isFontFile(Path path) {
    String name = String.valueOf(path.getFileName());
    int dot = name.lastIndexOf('.');
    return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }
}
