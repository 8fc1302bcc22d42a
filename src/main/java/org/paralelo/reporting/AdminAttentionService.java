package org.paralelo.reporting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.paralelo.assessment.GradingQueueService;
import org.paralelo.backup.ArchiveInfo;
import org.paralelo.backup.BackupService;
import org.paralelo.community.ModerationService;
import org.paralelo.community.ResourceModerationService;
import org.paralelo.courses.CatalogueService;
import org.paralelo.courses.CourseCard;
import org.paralelo.people.AccountService;
import org.paralelo.people.PersonDirectory;
import org.paralelo.people.PersonId;
import org.paralelo.people.PersonRef;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The admin home's figures, read through each owning module's service: nothing here is stored. Not one
 * transaction on purpose — each read is its own, so a slow module does not hold the others' connections.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class AdminAttentionService {

    static final Duration RECENT = Duration.ofDays(7);

    private final GradingQueueService grading;
    private final CatalogueService catalogue;
    private final PersonDirectory directory;
    private final AccountService accounts;
    private final ModerationService moderation;
    private final ResourceModerationService resourceModeration;
    private final ObjectProvider<BackupService> backups;
    private final Clock clock;

    AdminAttentionService(GradingQueueService grading, CatalogueService catalogue, PersonDirectory directory,
                          AccountService accounts, ModerationService moderation,
                          ResourceModerationService resourceModeration, ObjectProvider<BackupService> backups,
                          Clock clock) {
        this.grading = grading;
        this.catalogue = catalogue;
        this.directory = directory;
        this.accounts = accounts;
        this.moderation = moderation;
        this.resourceModeration = resourceModeration;
        this.backups = backups;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public AdminAttention attention() {
        Instant weekAgo = clock.instant().minus(RECENT);
        return new AdminAttention(grading.myQueue().size(), coursesWithoutTrainer(),
                accounts.countCreatedSince(weekAgo), accounts.newestAccounts(), pendingModeration(), lastBackup());
    }

    /** A course's owner may have left or lost the trainer role; with no co-trainer, nobody answers its learners. */
    private List<CourseCard> coursesWithoutTrainer() {
        Set<PersonId> trainers = directory.trainers().stream().map(PersonRef::id).collect(Collectors.toSet());
        return catalogue.coursesITeach().stream()
                .filter(course -> catalogue.trainersOf(course.id()).stream().noneMatch(trainers::contains))
                .toList();
    }

    private int pendingModeration() {
        if (!moderation.mayModerate()) {
            return -1;
        }
        return moderation.queue().size() + resourceModeration.queue().size();
    }

    private @Nullable Instant lastBackup() {
        BackupService service = backups.getIfAvailable();
        if (service == null) {
            return null;
        }
        List<ArchiveInfo> archives = service.archives();
        return archives.isEmpty() ? null : archives.getFirst().createdAt();
    }
}
