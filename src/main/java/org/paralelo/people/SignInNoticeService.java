package org.paralelo.people;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.paralelo.people.domain.SignInNotice;
import org.paralelo.people.domain.SignInNoticeRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in person's notices of failed sign-ins on their account, each handed out once. */
@Service
@Transactional
public class SignInNoticeService {

    /** Failed sign-ins counted in one burst, and when the notice was written. */
    public record FailedSignIns(int failures, Instant at) {
    }

    private final SignInNoticeRepository notices;
    private final CurrentPerson currentPerson;
    private final Clock clock;

    SignInNoticeService(SignInNoticeRepository notices, CurrentPerson currentPerson, Clock clock) {
        this.notices = notices;
        this.currentPerson = currentPerson;
        this.clock = clock;
    }

    /** The caller's notices not yet shown, oldest first; they count as seen from now on. */
    @PreAuthorize("isAuthenticated()")
    public List<FailedSignIns> takeUnseen() {
        return currentPerson.find().map(person -> {
            List<SignInNotice> unseen = notices.findByPersonIdAndSeenAtIsNullOrderByCreatedAt(
                    Objects.requireNonNull(person.getId()));
            Instant now = clock.instant();
            unseen.forEach(notice -> notice.markSeen(now));
            return unseen.stream().map(n -> new FailedSignIns(n.getFailures(), n.getCreatedAt())).toList();
        }).orElse(List.of());
    }
}
