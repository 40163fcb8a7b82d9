package dev.readout.testkit.properties;

import dev.readout.core.model.Evidence;
import dev.readout.core.model.Fact;
import dev.readout.core.model.Identified;
import dev.readout.core.model.Organization;
import dev.readout.core.model.Person;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The fields of records by their names in a dataset file, read the slow way: by their accessors. */
final class Fields {
  /**
   * The fields that gather items, which an amendment adds to (AmendableFields in core); every other
   * field an amendment can give holds one value, which it sets.
   */
  static final Set<String> ADDED = Set.of("participants", "areas", "instruments", "acts", "sameAs", "translations",
      "evidence", "appointments", "updates", "supersedes", "statusHistory", "programmes", "milestones", "amounts",
      "outcomes");

  private Fields() {}

  /** {@return the value of a field of a record: {@code kind} is the kind's own ({@code engagementKind}…)} */
  static Object value(Identified record, String field) {
    String accessor = field.equals("kind") ? record.kind().label() + "Kind" : field;
    try {
      return model(record.getClass()).getMethod(accessor).invoke(record);
    } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
      throw new AssertionError(record.kind().label() + " must have a field " + field + ", but has not", e);
    }
  }

  /**
   * {@return a record's fields by accessor, each list as the number of times it holds each item:
   * two records with the same fields and the same items in each list, in any order, are equal}
   */
  static Map<String, Object> unordered(Identified record) {
    Map<String, Object> fields = new TreeMap<>();
    for (Method m : model(record.getClass()).getMethods()) {
      if (m.getParameterCount() > 0 || Modifier.isStatic(m.getModifiers())
          || !m.getDeclaringClass().getPackageName().startsWith("dev.readout")) {
        continue;
      }
      try {
        Object value = m.invoke(record);
        fields.put(m.getName(), value instanceof List<?> list
            ? list.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting())) : value);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new AssertionError(m + " must answer, but threw", e);
      }
    }
    return fields;
  }

  /** {@return the quotes a record gives for itself: a fact's, a person's or an organisation's; none for a source} */
  static List<Evidence> evidence(Identified record) {
    if (record instanceof Fact f) {
      return f.evidence();
    } else if (record instanceof Person p) {
      return p.evidence();
    } else if (record instanceof Organization o) {
      return o.evidence();
    }
    return List.of();
  }

  /** The public model type of a generated implementation, whose accessors may be called from here. */
  private static Class<?> model(Class<?> type) {
    Class<?> c = type;
    while (!Modifier.isPublic(c.getModifiers())) {
      c = c.getSuperclass();
    }
    return c;
  }
}
