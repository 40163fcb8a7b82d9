package dev.readout.core.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of the model's value types, applied to the whole package in its
 * {@code package-info.java}: generated classes stay package-private behind the public abstract
 * types and their nested {@code Builder}, collections use the JDK only, and a value that cannot be
 * built throws {@link ModelException}; no annotation is added to the generated code from the
 * classpath. Package-private like the classes it shapes: the annotation processor reads it from
 * the source, and nothing outside the model needs it.
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
    throwForInvalidImmutableState = ModelException.class,
    throwForNullPointer = ModelException.class,
    // No @org.immutables.value.Generated on the generated classes: Immutables is not a dependency
    // of code built against readout-core, whose javac would warn that it cannot find it.
    allowedClasspathAnnotations = {Override.class})
@interface ReadoutStyle {}
