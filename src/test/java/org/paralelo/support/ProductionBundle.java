package org.paralelo.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * Vaadin in production mode, as the jar runs it: the pre-compiled bundle (brotli files, hashed names) instead of
 * the development bundle the test classpath would otherwise pick (vaadin-dev is on it). For tests that measure
 * what a browser downloads; test classes carrying it on a real server share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@TestPropertySource(properties = "vaadin.productionMode=true")
public @interface ProductionBundle {
}
