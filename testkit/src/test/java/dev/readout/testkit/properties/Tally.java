package dev.readout.testkit.properties;

import dev.readout.core.dataset.Dataset;
import dev.readout.testkit.AmendedDataset;
import dev.readout.testkit.InvalidDataset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.lifecycle.AfterContainerHook;
import net.jqwik.api.lifecycle.AroundTryHook;
import net.jqwik.api.lifecycle.ContainerLifecycleContext;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.TryExecutionResult;
import net.jqwik.api.lifecycle.TryExecutor;
import net.jqwik.api.lifecycle.TryLifecycleContext;

/**
 * Counts the tries of a property class and the generated datasets (valid, {@link AmendedDataset} or
 * {@link InvalidDataset}) passed to them, and prints one line when the class is done, e.g.
 * {@code DatasetFilesProperties: 4 properties, 800 tries, 600 datasets}. Register it with
 * {@code @AddLifecycleHook(Tally.class)} on the class.
 */
public final class Tally implements AroundTryHook, AfterContainerHook {
  private static final Map<Class<?>, Counts> COUNTS = new ConcurrentHashMap<>();

  /** The counts of one property class. */
  private static final class Counts {
    final Set<String> properties = ConcurrentHashMap.newKeySet();
    final AtomicLong tries = new AtomicLong();
    final AtomicLong datasets = new AtomicLong();
  }

  /** Creates the hook; jqwik does. */
  public Tally() {}

  /** {@return direct descendants: registered on a class, the hook counts the tries of its properties} */
  @Override
  public PropagationMode propagateTo() {
    return PropagationMode.DIRECT_DESCENDANTS;
  }

  @Override
  public TryExecutionResult aroundTry(TryLifecycleContext context, TryExecutor aTry, List<Object> parameters) {
    Counts counts = COUNTS.computeIfAbsent(context.containerClass(), k -> new Counts());
    counts.properties.add(context.targetMethod().getName());
    counts.tries.incrementAndGet();
    counts.datasets.addAndGet(parameters.stream()
        .filter(p -> p instanceof Dataset || p instanceof AmendedDataset || p instanceof InvalidDataset).count());
    return aTry.execute(parameters);
  }

  @Override
  public void afterContainer(ContainerLifecycleContext context) {
    context.optionalContainerClass().ifPresent(container -> {
      Counts counts = Optional.ofNullable(COUNTS.remove(container)).orElseGet(Counts::new);
      System.out.println(String.format(Locale.ROOT, "%s: %d properties, %,d tries, %,d datasets",
          container.getSimpleName(), counts.properties.size(), counts.tries.get(), counts.datasets.get()));
    });
  }
}
