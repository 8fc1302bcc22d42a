package org.paralelo.base;

import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A short transaction for writes that must stay when the caller's work is refused (attempt and failure counts).
 * It refuses to start inside a caller's transaction: that one already holds a pooled connection, and taking a
 * second per request empties the pool under load, every request waiting for the others (issue 16). Callers count
 * before or after their own transaction instead.
 */
public final class OwnTransaction {

    private final TransactionTemplate template;

    public OwnTransaction(PlatformTransactionManager transactions) {
        this.template = new TransactionTemplate(transactions);
    }

    public <T> @Nullable T execute(TransactionCallback<T> work) {
        refuseInsideAnother();
        return template.execute(work);
    }

    public void run(Consumer<TransactionStatus> work) {
        refuseInsideAnother();
        template.executeWithoutResult(work);
    }

    private static void refuseInsideAnother() {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("A transaction of its own was asked for inside another transaction, "
                    + "which would hold a second database connection; count before or after the caller's one");
        }
    }
}
