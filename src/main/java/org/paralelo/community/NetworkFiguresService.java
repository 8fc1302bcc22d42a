package org.paralelo.community;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.paralelo.community.domain.NetworkFiguresStore;
import org.paralelo.people.Caller;
import org.paralelo.people.PersonDirectory;
import org.paralelo.people.RegionScope;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts of network activity for reports. Admins looking at every region count everyone; otherwise (a region, or
 * a coordinator) only what the learners of those regions did, as people reads them for the caller.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
public class NetworkFiguresService {

    private final NetworkFiguresStore store;
    private final PersonDirectory directory;
    private final Caller caller;

    NetworkFiguresService(NetworkFiguresStore store, PersonDirectory directory, Caller caller) {
        this.store = store;
        this.directory = directory;
        this.caller = caller;
    }

    /** Activity from {@code start} (included) to {@code end} (excluded) in the regions wanted. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public NetworkActivity activity(Instant start, Instant end, RegionScope wanted) {
        @Nullable List<Long> people = caller.regionScope().all() && wanted.all() ? null
                : directory.learnersIn(wanted).stream().map(p -> p.id().value()).toList();
        return new NetworkActivity(store.threads(start, end, people), store.replies(start, end, people),
                store.publicProfiles(people), store.messages(start, end, people));
    }
}
