package dev.readout.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks {@link ReadoutDomain} for adversarial text: on a {@code @ForAll} parameter of type
 * {@code Dataset}, {@code AmendedDataset}, {@code Engagement}, {@code Commitment} or
 * {@code InvalidDataset} it generates values {@linkplain DatasetArbitrary#withAdversarialText(boolean)
 * with adversarial text}; on a
 * {@code @ForAll String} it generates {@link TextArbitraries#adversarial()} (lone surrogates
 * included).
 *
 * <pre>
 * &#64;Property
 * void titlesSurvive(&#64;ForAll &#64;Adversarial Dataset dataset) { … }
 * </pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.TYPE_USE})
public @interface Adversarial {}
