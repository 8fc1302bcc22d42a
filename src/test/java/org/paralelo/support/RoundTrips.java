package org.paralelo.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Records what the application asks of the database on this thread while an action runs: every statement executed
 * and every transaction boundary (auto-commit, read-only and isolation switches, commit, rollback). On H2 these are
 * calls inside the JVM; on MariaDB each is a network round trip, which is why a step that is cheap on H2 can cost
 * ten times more there (issue 16). Tests that pin a step's count import {@link Configuration}.
 */
public final class RoundTrips {

    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate",
            "executeBatch", "executeLargeUpdate", "executeLargeBatch");
    private static final Set<String> BOUNDARIES = Set.of("setAutoCommit", "setReadOnly", "setTransactionIsolation",
            "commit", "rollback");
    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

    private RoundTrips() {
    }

    /** What {@code action} asked of the database, in order: SQL text, or a boundary such as "commit". */
    public static List<String> of(Runnable action) {
        List<String> recorded = new ArrayList<>();
        RECORDING.set(recorded);
        try {
            action.run();
        } finally {
            RECORDING.remove();
        }
        return recorded;
    }

    /** Only the statements of a recording, without transaction boundaries. */
    public static List<String> statements(List<String> recorded) {
        return recorded.stream().filter(entry -> !BOUNDARIES.contains(entry.split("\\(")[0])).toList();
    }

    /** How many transactions a recording began (auto-commit switched off). */
    public static int transactions(List<String> recorded) {
        return (int) recorded.stream().filter("setAutoCommit(false)"::equals).count();
    }

    private static void record(String entry) {
        List<String> recorded = RECORDING.get();
        if (recorded != null) {
            recorded.add(entry);
        }
    }

    /** Wraps the application's data source so that {@link #of} sees its connections. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @org.springframework.context.annotation.Bean
        static BeanPostProcessor recordingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource source && !(bean instanceof Recording)
                            ? new Recording(source) : bean;
                }
            };
        }
    }

    private static final class Recording extends DelegatingDataSource {

        Recording(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws java.sql.SQLException {
            return (Connection) proxy(Connection.class, super.getConnection(), null);
        }

        @Override
        public Connection getConnection(String username, String password) throws java.sql.SQLException {
            return (Connection) proxy(Connection.class, super.getConnection(username, password), null);
        }
    }

    /** A connection whose boundaries are recorded, or a statement whose executions are (with its SQL if prepared). */
    private static Object proxy(Class<?> type, Object target, String sql) {
        InvocationHandler handler = (self, method, args) -> {
            String name = method.getName();
            if (type == Connection.class && BOUNDARIES.contains(name)) {
                record(args == null ? name : name + "(" + args[0] + ")");
            } else if (type != Connection.class && EXECUTIONS.contains(name)) {
                record(args != null && args.length > 0 && args[0] instanceof String text ? text : sql);
            }
            Object result = invoke(method, target, args);
            if (result instanceof Statement statement && type == Connection.class) {
                String prepared = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
                return proxy(method.getReturnType(), statement, prepared);
            }
            return result;
        };
        return Proxy.newProxyInstance(RoundTrips.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
