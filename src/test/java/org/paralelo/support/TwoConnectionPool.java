package org.paralelo.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * The application with mail (as {@link MailTest}) and a database pool of two connections (Flyway needs two at
 * startup) that gives up after three seconds. {@link OneConnectionTest} holds one of them throughout each test; a
 * test that needs both uses this annotation alone. All classes with either annotation share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ParaleloSpringTest
@ContextConfiguration(initializers = MailServer.Initializer.class)
@TestPropertySource(properties = {"paralelo.mail.poll-interval=1h", "spring.datasource.hikari.maximum-pool-size=2",
        "spring.datasource.hikari.connection-timeout=3000"})
public @interface TwoConnectionPool {
}
