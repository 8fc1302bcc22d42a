package org.paralelo.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Shows a background task's progress on a screen: while the task runs the page polls twice a second and shows each
 * status; when it stops, polling ends and {@code finished} runs. A screen opened while the task is running starts
 * polling at once; leaving the screen stops it.
 */
public final class ProgressPolling<S> {

    private static final int INTERVAL_MS = 500;

    private final Component screen;
    private final Supplier<S> status;
    private final Predicate<S> running;
    private final Consumer<S> show;
    private final Runnable finished;
    private @Nullable Registration polling;

    public ProgressPolling(Component screen, Supplier<S> status, Predicate<S> running, Consumer<S> show,
                           Runnable finished) {
        this.screen = screen;
        this.status = status;
        this.running = running;
        this.show = show;
        this.finished = finished;
        screen.addAttachListener(attach -> {
            if (running.test(status.get())) {
                start();
            }
        });
        screen.addDetachListener(detach -> stop());
    }

    /** Polls until the task stops (after the screen started it). */
    public void start() {
        screen.getUI().ifPresent(ui -> {
            ui.setPollInterval(INTERVAL_MS);
            if (polling == null) {
                polling = ui.addPollListener(poll -> {
                    S now = status.get();
                    show.accept(now);
                    if (!running.test(now)) {
                        stop();
                        finished.run();
                    }
                });
            }
        });
    }

    private void stop() {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        screen.getUI().ifPresent(ui -> ui.setPollInterval(-1));
    }
}
