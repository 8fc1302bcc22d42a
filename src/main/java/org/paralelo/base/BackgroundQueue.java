package org.paralelo.base;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * One named background thread working through a queue of tasks (search indexing, text extraction, backups), and a
 * stop that never interrupts the running task unless it outlasts the wait: an interrupt during a read closes the
 * embedded H2 database's file channel, leaving the database unusable until the JVM ends.
 */
public final class BackgroundQueue {

    private final ThreadPoolExecutor executor;

    public BackgroundQueue(String threadName) {
        this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                Thread.ofPlatform().name(threadName).daemon().factory());
    }

    public void execute(Runnable task) {
        executor.execute(task);
    }

    public Future<?> submit(Runnable task) {
        return executor.submit(task);
    }

    public <T> Future<T> submit(Callable<T> task) {
        return executor.submit(task);
    }

    /**
     * Drops the queued tasks and waits up to {@code wait} for the running one to end; only then interrupts it.
     * Answers how many queued tasks were dropped.
     */
    public int stop(Duration wait) {
        int dropped = executor.getQueue().size();
        executor.getQueue().clear();
        executor.shutdown();
        try {
            if (!executor.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        return dropped;
    }
}
