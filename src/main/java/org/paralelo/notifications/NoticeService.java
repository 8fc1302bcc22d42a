package org.paralelo.notifications;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.paralelo.base.Languages;
import org.paralelo.base.UserFacingException;
import org.paralelo.notifications.domain.NoticeRepository;
import org.paralelo.notifications.domain.NoticeRow;
import org.paralelo.people.Caller;
import org.paralelo.people.PersonId;
import org.paralelo.people.ProfileService;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in person's in-app notices: the bell's count, the list, marking read. Nobody reads another's. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class NoticeService {

    private final NoticeRepository notices;
    private final NoticeBroadcaster broadcaster;
    private final Caller caller;
    private final Clock clock;
    private final NoticeTexts texts;
    private final ProfileService profiles;

    NoticeService(NoticeRepository notices, NoticeBroadcaster broadcaster, Caller caller, Clock clock,
                  NoticeTexts texts, ProfileService profiles) {
        this.notices = notices;
        this.broadcaster = broadcaster;
        this.caller = caller;
        this.clock = clock;
        this.texts = texts;
        this.profiles = profiles;
    }

    /** The signed-in person's id, for registering a bell; empty for the system task. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<PersonId> me() {
        return caller.id();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public long myUnreadCount() {
        return caller.id().map(me -> notices.countByPersonIdAndReadAtIsNull(me.value())).orElse(0L);
    }

    /** My notices, newest first, in the language of my profile. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<NoticeView> mine(int offset, int limit) {
        return mine(offset, limit, profiles.myLanguage().orElse(Languages.SPANISH));
    }

    /**
     * My notices, newest first, their app's own words (dates, times, zone names, places) in {@code language}, the
     * one I read in now; what people wrote stays as written.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<NoticeView> mine(int offset, int limit, Locale language) {
        int size = Math.clamp(limit, 1, 100);
        Locale reading = Languages.supported(language);
        return notices.findRecent(requireMe().value(), PageRequest.of(Math.max(0, offset) / size, size)).stream()
                .map(row -> view(row, reading)).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public int countMine() {
        return (int) Math.min(Integer.MAX_VALUE, notices.countByPersonId(requireMe().value()));
    }

    /** Marks one of my notices read and returns where it leads; someone else's notice is "not found". */
    @PreAuthorize("isAuthenticated()")
    public String open(long noticeId) {
        PersonId me = requireMe();
        NoticeRow row = notices.findById(noticeId).filter(n -> n.getPersonId() == me.value())
                .orElseThrow(() -> new UserFacingException("notice.not-found"));
        row.markRead(clock.instant());
        broadcaster.changedAfterCommit(List.of(me));
        return row.getLink();
    }

    @PreAuthorize("isAuthenticated()")
    public int markAllRead() {
        PersonId me = requireMe();
        int changed = notices.markAllRead(me.value(), clock.instant());
        broadcaster.changedAfterCommit(List.of(me));
        return changed;
    }

    private PersonId requireMe() {
        return caller.id().orElseThrow(() -> new UserFacingException("error.person-not-found"));
    }

    private NoticeView view(NoticeRow row, Locale language) {
        String excerpt = texts.excerpt(row.getKind(), row.getExcerpt(), row.getFacts(), language);
        return new NoticeView(row.getId(), row.getKind(), row.getActorName(), row.getSubject(), excerpt,
                row.getLink(), row.getCreatedAt(), row.getReadAt());
    }
}
