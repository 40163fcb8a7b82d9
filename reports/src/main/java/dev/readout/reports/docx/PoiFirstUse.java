package dev.readout.reports.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Apache POI's first document of the process, made by one thread at a time: by a renderer's
 * {@code prepare}, on a thread of its own while the caller composes, and by every render and
 * template read before it touches POI, which so waits for a prepare under way rather than racing
 * it. The first document initialises POI's and XMLBeans' classes and the schema types, about 80 ms
 * of a cold Word render; those types initialise one another, and two threads initialising them at
 * once can block each other for good (apache/tika#467), which the lock rules out for Readout's own
 * threads.
 */
final class PoiFirstUse {
  private static volatile boolean done;

  private PoiFirstUse() {}

  /**
   * Makes a small document with a paragraph and a table, once in the process, and returns once it
   * is made, here or on another thread. Throws nothing: what fails here is left for the render,
   * which reports it.
   */
  static void await() {
    if (done) {
      return;
    }
    synchronized (PoiFirstUse.class) {
      if (!done) {
        try (XWPFDocument first = new XWPFDocument()) {
          first.createParagraph().createRun().setText("Readout");
          first.createTable(1, 1);
        } catch (Exception | LinkageError e) {
          // left for the render
        }
        done = true;
      }
    }
  }
}
