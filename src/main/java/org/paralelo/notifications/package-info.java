/**
 * Notifications: outgoing e-mail through one outbox (written in the same transaction as the change it reports)
 * and one sending worker with retries; per-person mail preferences per kind and signed one-click unsubscribe
 * links. It listens to other modules' events (today people's {@code PasswordResetRequested} and
 * {@code ActivationLinksCreated}, reporting's {@code CoordinatorWeekSummarised} (the weekly summary),
 * community's {@code PostPublished} and {@code MessageSent}, programme's {@code SessionChanged}, and courses'
 * {@code CoursePublished} (a later version, told to the learners enrolled as learning's {@code
 * EnrolmentFactsService} lists them), which become in-app notices shown by the header bell through server
 * push); no module calls it to send. It answers {@code base.MailAvailability}.
 */
@ApplicationModule(allowedDependencies = {"base", "base :: ui", "people", "courses", "learning", "community",
    "programme", "reporting"})
@NullMarked
package org.paralelo.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
