package org.paralelo.people;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.paralelo.base.SystemTask;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * {@link SystemTask} (people owns "who is calling") for a background thread of this application context: it runs the work through this context's
 * security-context strategy, the one its method security reads, rather than whichever strategy the static holder
 * points at (the last context started, when several share a JVM as in the test suite).
 */
@Component
public class SystemTasks {

    private final @Nullable SecurityContextHolderStrategy strategy;

    SystemTasks(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.strategy = strategy.getIfAvailable();
    }

    public <T> T call(Supplier<T> work) {
        return SystemTask.call(strategy, work);
    }

    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
