package dev.readout.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of Readout's value types, applied in each model package's
 * {@code package-info.java}: generated classes stay package-private behind the public abstract
 * types and their nested {@code Builder}, collections use the JDK only, and a value that cannot be
 * built throws {@link dev.readout.core.model.ModelException}; no annotation is added to the generated
 * code from the classpath.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    depluralize = true,
    depluralizeDictionary = {"evidence:evidence", "person:people", "programme:programmes"},
    get = {"is*", "get*"},
    defaults = @Value.Immutable(copy = false),
    throwForInvalidImmutableState = dev.readout.core.model.ModelException.class,
    throwForNullPointer = dev.readout.core.model.ModelException.class,
    // No @org.immutables.value.Generated on the generated classes: Immutables is not a dependency
    // of code built against readout-core, whose javac would warn that it cannot find it.
    allowedClasspathAnnotations = {Override.class})
public @interface ReadoutStyle {}
