package org.paralelo.reporting;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.paralelo.courses.CourseCard;
import org.paralelo.people.PersonSummary;

/**
 * What the admin home says needs attention.
 *
 * @param pendingEssays            essays waiting for a trainer's grade, in every course
 * @param coursesWithoutTrainer    active courses where no enabled person with the trainer role teaches
 * @param signUpsThisWeek          accounts created in the last seven days
 * @param newestAccounts           the five accounts created last, newest first
 * @param pendingModeration        reported posts and shared resources waiting for a moderator; -1 when the admin
 *                                 moderates nothing (then the home does not link the queue)
 * @param lastBackup               when the newest backup archive was written; null when there is none
 */
public record AdminAttention(int pendingEssays, List<CourseCard> coursesWithoutTrainer, long signUpsThisWeek,
                             List<PersonSummary> newestAccounts, int pendingModeration,
                             @Nullable Instant lastBackup) {
}
