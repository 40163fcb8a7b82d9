package dev.readout.reports.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.apache.logging.log4j.LogManager;
import org.junit.jupiter.api.Test;

/**
 * POI logs through the Log4j API. Without a provider, Log4j prints an error line to the console the
 * first time POI is used; this module's tests run with log4j-to-jul (optional for users), so POI's messages go to
 * java.util.logging, where applications configure them like any other JDK logging.
 */
class PoiLoggingTest {

  @Test
  void log4jApiIsBoundToJavaUtilLogging() {
    assertThat(LogManager.getFactory().getClass().getName())
        .isEqualTo("org.apache.logging.log4j.tojul.JULLoggerContextFactory");
  }

  @Test
  void poiMessagesReachJavaUtilLoggingHandlers() {
    String name = "org.apache.poi.readout.probe";
    java.util.logging.Logger jul = java.util.logging.Logger.getLogger(name);
    List<LogRecord> records = new ArrayList<>();
    Handler handler = new Handler() {
      @Override
      public void publish(LogRecord record) {
        records.add(record);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    jul.addHandler(handler);
    jul.setUseParentHandlers(false);
    try {
      LogManager.getLogger(name).warn("probe from the Log4j API");
      LogManager.getLogger(name).debug("not shown at the default level");
    } finally {
      jul.removeHandler(handler);
      jul.setUseParentHandlers(true);
    }
    assertThat(records).singleElement().satisfies(r -> {
      assertThat(r.getLevel()).isEqualTo(Level.WARNING);
      assertThat(r.getMessage()).isEqualTo("probe from the Log4j API");
    });
  }
}
