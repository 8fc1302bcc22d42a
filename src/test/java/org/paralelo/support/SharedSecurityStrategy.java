package org.paralelo.support;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Every application context installs its own security-context strategy in the static SecurityContextHolder,
 * and the last one started wins. Before each test this points the holder back at the strategy of the test's own
 * context, so {@link As} and the services' method security agree whichever contexts started before. A class
 * with one instance for all its tests ({@code @TestInstance(PER_CLASS)}) has its context already when the class
 * starts, and gets the same before its {@code @BeforeAll} methods, which may then build a fixture shared by all tests.
 */
public class SharedSecurityStrategy implements TestExecutionListener {

    @Override
    public void beforeTestClass(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            useStrategyOf(testContext);
        }
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        useStrategyOf(testContext);
    }

    private static void useStrategyOf(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }
}
