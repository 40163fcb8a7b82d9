package dev.readout.cli;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import dev.readout.core.io.DatasetFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Waits for files to change, with the platform's {@link WatchService}: it watches the folders that
 * hold the files (a file is often replaced rather than written in place — an editor writes a
 * temporary file and renames it over the old one — which only its folder sees), and counts only
 * the events on the files it was given, on dataset files ({@code .json}, {@code .yaml}, {@code
 * .yml}, not hidden) anywhere under the folders it was given, and on a folder created on the way to
 * a file that does not exist yet. A change is reported once the files have been quiet for a moment,
 * so that the several events of one save make one change. Not thread-safe.
 */
final class FileWatch implements AutoCloseable {
  private final WatchService service;
  private final Map<Path, WatchKey> keys = new HashMap<>();
  private Set<Path> files = Set.of();
  private Set<Path> folders = Set.of();

  private FileWatch(WatchService service) {
    this.service = service;
  }

  /** {@return a watch of nothing yet} */
  static FileWatch open() {
    try {
      return new FileWatch(FileSystems.getDefault().newWatchService());
    } catch (IOException e) {
      throw CliException.io("cannot watch files: " + AtomicFiles.reason(e), e);
    }
  }

  /**
   * Watches these files and folders from now on, instead of those watched before.
   *
   * @param files files, absolute and normalized; they need not exist
   * @param folders folders, absolute and normalized, every dataset file under which is watched
   */
  void watch(Set<Path> files, Set<Path> folders) {
    this.files = Set.copyOf(files);
    this.folders = Set.copyOf(folders);
    Set<Path> dirs = new LinkedHashSet<>();
    for (Path file : files) {
      Path dir = existing(file.getParent());
      if (dir != null) {
        dirs.add(dir);
      }
    }
    for (Path folder : folders) {
      Path parent = existing(folder.getParent());
      if (parent != null) {
        dirs.add(parent);
      }
      if (Files.isDirectory(folder)) {
        try (Stream<Path> walk = Files.walk(folder)) {
          walk.filter(Files::isDirectory).filter(d -> DatasetFiles.readsInFolder(folder, d)).forEach(dirs::add);
        } catch (IOException | UncheckedIOException e) {
          // a folder that went away while it was walked: its parent sees it come back
        }
      }
    }
    keys.entrySet().removeIf(k -> {
      if (dirs.contains(k.getKey()) && k.getValue().isValid()) {
        return false;
      }
      k.getValue().cancel();
      return true;
    });
    for (Path dir : dirs) {
      if (!keys.containsKey(dir)) {
        try {
          keys.put(dir, dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE));
        } catch (IOException e) {
          // gone since it was seen: the next change to its parent brings it back
        }
      }
    }
  }

  /**
   * Waits for a change, then until nothing more changed for {@code quiet}, or for {@code most}
   * after the first change, whichever comes first.
   *
   * @param quiet how long the files must stay unchanged
   * @param most the longest wait after the first change
   * @return the files changed, in the order first seen (a folder's files, or every file watched
   *     when the system lost count of the events)
   * @throws InterruptedException if the thread is interrupted while it waits
   */
  Set<Path> next(Duration quiet, Duration most) throws InterruptedException {
    Set<Path> changed = new LinkedHashSet<>();
    while (changed.isEmpty()) {
      collect(service.take(), changed);
    }
    return quiet(changed, quiet, System.nanoTime(), most);
  }

  /**
   * As {@link #next}, but waits at most {@code within} for the first change.
   *
   * @param within the longest wait for a change
   * @param quiet how long the files must stay unchanged after it
   * @param most the longest wait after the first change
   * @return the files changed; none when nothing changed within {@code within}
   * @throws InterruptedException if the thread is interrupted while it waits
   */
  Set<Path> next(Duration within, Duration quiet, Duration most) throws InterruptedException {
    Set<Path> changed = new LinkedHashSet<>();
    long end = System.nanoTime() + within.toNanos();
    while (changed.isEmpty()) {
      long wait = end - System.nanoTime();
      WatchKey key = wait <= 0 ? null : service.poll(wait, TimeUnit.NANOSECONDS);
      if (key == null) {
        return changed;
      }
      collect(key, changed);
    }
    return quiet(changed, quiet, System.nanoTime(), most);
  }

  /**
   * The changes seen since the last look, without waiting.
   *
   * @return the files changed, in the order first seen; none when nothing changed
   */
  Set<Path> poll() {
    Set<Path> changed = new LinkedHashSet<>();
    for (WatchKey key = service.poll(); key != null; key = service.poll()) {
      collect(key, changed);
    }
    return changed;
  }

  /**
   * Adds to {@code changed} the changes that follow until the files are quiet, or {@code most}
   * has passed since {@code since}.
   *
   * @param changed the changes seen so far, added to
   * @param quiet how long the files must stay unchanged
   * @param since when the wait began, as {@link System#nanoTime()}
   * @param most the longest wait after {@code since}
   * @return {@code changed}
   * @throws InterruptedException if the thread is interrupted while it waits
   */
  Set<Path> quiet(Set<Path> changed, Duration quiet, long since, Duration most) throws InterruptedException {
    long end = since + most.toNanos();
    while (true) {
      long wait = Math.min(quiet.toNanos(), end - System.nanoTime());
      if (wait <= 0) {
        return changed;
      }
      WatchKey key = service.poll(wait, TimeUnit.NANOSECONDS);
      if (key == null) {
        return changed;
      }
      collect(key, changed);
    }
  }

  private void collect(WatchKey key, Set<Path> changed) {
    Path dir = (Path) key.watchable();
    List<WatchEvent<?>> events = key.pollEvents();
    if (!key.reset()) {
      keys.remove(dir, key);
    }
    for (WatchEvent<?> event : events) {
      if (event.kind() == OVERFLOW) {
        changed.addAll(files);
        changed.addAll(folders);
        continue;
      }
      Path path = dir.resolve((Path) event.context()).normalize();
      if (counts(path)) {
        changed.add(path);
      }
    }
  }

  /** Whether a change to this path changes what is watched. */
  private boolean counts(Path path) {
    if (files.contains(path) || folders.contains(path)) {
      return true;
    }
    for (Path folder : folders) {
      if (DatasetFiles.readsInFolder(folder, path)) {
        return true;
      }
    }
    // A folder made (or removed) on the way to a file that is to be created in it.
    for (Path file : files) {
      if (file.startsWith(path) && !file.equals(path)) {
        return true;
      }
    }
    return false;
  }

  /** The folder, or its nearest ancestor that exists; null when none does. */
  private static Path existing(Path dir) {
    Path d = dir;
    while (d != null && !Files.isDirectory(d)) {
      d = d.getParent();
    }
    return d;
  }

  @Override
  public void close() {
    try {
      service.close();
    } catch (IOException ignored) {
      // nothing more is watched either way
    }
  }
}
