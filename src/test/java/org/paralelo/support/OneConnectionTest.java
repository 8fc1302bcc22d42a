package org.paralelo.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The application with mail and one free database connection: the {@link TwoConnectionPool}, one of whose two
 * connections each test holds throughout. Code that asks for a second connection while its transaction holds the
 * first fails here within the pool's timeout, where under load it would empty the pool (issue 16). All classes with
 * this annotation share one context (with those of {@link TwoConnectionPool}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@TwoConnectionPool
@ExtendWith(OneConnectionTest.HoldOneConnection.class)
public @interface OneConnectionTest {

    /** Takes one of the pool's two connections before each test and gives it back after. */
    class HoldOneConnection implements BeforeEachCallback, AfterEachCallback {

        private static final ExtensionContext.Namespace HELD = ExtensionContext.Namespace.create(
                HoldOneConnection.class);

        @Override
        public void beforeEach(ExtensionContext context) throws Exception {
            DataSource pool = SpringExtension.getApplicationContext(context).getBean(DataSource.class);
            context.getStore(HELD).put(Connection.class, pool.getConnection());
        }

        @Override
        public void afterEach(ExtensionContext context) throws Exception {
            Connection held = context.getStore(HELD).remove(Connection.class, Connection.class);
            if (held != null) {
                held.close();
            }
        }
    }
}
