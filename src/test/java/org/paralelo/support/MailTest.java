package org.paralelo.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * The application with mail configured, sending to {@link MailServer}. The worker's own schedule is slowed to an
 * hour so tests drive it explicitly; all classes with this annotation share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ParaleloSpringTest
@ContextConfiguration(initializers = MailServer.Initializer.class)
@TestPropertySource(properties = "paralelo.mail.poll-interval=1h")
public @interface MailTest {
}
