package dev.readout.cli;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * Ctrl-C (SIGINT) handled by the command rather than by ending the JVM, so that a command that runs
 * until interrupted ({@code watch}) can stop cleanly and exit with status 0. Uses {@code
 * sun.misc.Signal} of the {@code jdk.unsupported} module, which every JDK since 9 has, through
 * reflection (javac warns of any direct use of it); where it is missing or the signal is taken,
 * nothing changes: Ctrl-C ends the JVM as usual (status 130), its shutdown hooks deleting the
 * temporary files. {@link #close} puts the handler before back.
 */
final class CtrlC implements AutoCloseable {
  private final Runnable restore;

  private CtrlC(Runnable restore) {
    this.restore = restore;
  }

  /**
   * Runs {@code action} (on a thread of the JVM's) on each Ctrl-C until {@link #close()}.
   *
   * @param action what Ctrl-C does: it should make the command return soon
   * @return the handle that puts the handler before back
   */
  static CtrlC handle(Runnable action) {
    try {
      Class<?> signalClass = Class.forName("sun.misc.Signal");
      Class<?> handlerClass = Class.forName("sun.misc.SignalHandler");
      Object signal = signalClass.getConstructor(String.class).newInstance("INT");
      InvocationHandler calls = (proxy, method, args) -> switch (method.getName()) {
        case "handle" -> {
          action.run();
          yield null;
        }
        case "equals" -> proxy == args[0];
        case "hashCode" -> System.identityHashCode(proxy);
        case "toString" -> "readout Ctrl-C handler";
        default -> throw new UnsupportedOperationException(method.getName());
      };
      Object handler = Proxy.newProxyInstance(CtrlC.class.getClassLoader(), new Class<?>[] {handlerClass}, calls);
      Method handle = signalClass.getMethod("handle", signalClass, handlerClass);
      Object before = handle.invoke(null, signal, handler);
      return new CtrlC(() -> {
        try {
          handle.invoke(null, signal, before);
        } catch (ReflectiveOperationException | RuntimeException e) {
          // the handler stays: it only interrupts a thread that no longer waits
        }
      });
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      return new CtrlC(() -> { });
    }
  }

  @Override
  public void close() {
    restore.run();
  }
}
