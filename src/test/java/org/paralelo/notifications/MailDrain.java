package org.paralelo.notifications;

import org.springframework.context.ApplicationContext;

/** For mail tests of other modules: runs the outbox worker until nothing more leaves. */
public final class MailDrain {

    private MailDrain() {
    }

    /** Rounds of the worker until a round sends nothing: other tests' mail shares the outbox and may come first. */
    public static void sendAllDue(ApplicationContext context) {
        MailWorker worker = context.getBean(MailWorker.class);
        for (int round = 0; round < 200 && worker.sendDue() > 0; round++) {
            // each round sends a batch
        }
    }
}
