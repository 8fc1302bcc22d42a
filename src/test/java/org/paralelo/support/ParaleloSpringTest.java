package org.paralelo.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one Spring test configuration most tests share, so the context starts once per run: the whole application
 * on a mock servlet environment, the test profile, a clock tests can move and the shared test password hashed once
 * ({@link SharedPasswordHash}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("test")
@Import({TestClock.Configuration.class, SharedPasswordHash.Configuration.class})
public @interface ParaleloSpringTest {
}
