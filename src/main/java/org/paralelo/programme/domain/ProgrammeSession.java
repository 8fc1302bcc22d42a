package org.paralelo.programme.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.paralelo.people.MexicanState;
import org.paralelo.programme.SessionKind;

/**
 * An on-site session of a run. The venue's local date and times and its zone are kept as typed; the instants are
 * derived from them on every change, for ordering and overlap checks.
 */
@Entity
@Table(name = "programme_session")
public class ProgrammeSession {

    public static final int MAX_TITLE = 200;
    public static final int MAX_VENUE = 200;
    public static final int MAX_ADDRESS = 300;
    public static final int MAX_MUNICIPALITY = 120;
    public static final int MAX_AGENDA = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    /** Exactly one of run and series is set (a check constraint holds it in the database too). */
    @Column(name = "run_id")
    private @Nullable Long runId;

    @Column(name = "series_id")
    private @Nullable Long seriesId;

    /** Organisations marked present at a debate session, beside people's attendance. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "programme_session_organisation", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "organisation_id")
    private Set<Long> organisationsPresent = new LinkedHashSet<>();

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SessionKind kind;

    @Column(name = "session_date", nullable = false)
    private LocalDate date;

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @Column(name = "end_time", nullable = false)
    private LocalTime endTime;

    @Column(name = "zone_id", nullable = false, length = 40)
    private String zoneId;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "venue_name", nullable = false, length = MAX_VENUE)
    private String venueName;

    @Column(name = "venue_address", nullable = false, length = MAX_ADDRESS)
    private String venueAddress;

    @Column(name = "venue_municipality", nullable = false, length = MAX_MUNICIPALITY)
    private String venueMunicipality;

    @Enumerated(EnumType.STRING)
    @Column(name = "venue_state", nullable = false, length = 3)
    private MexicanState venueState;

    private @Nullable Integer capacity;

    @Column(name = "closes_hours", nullable = false)
    private int closesHours;

    /** Mapped with a LONGTEXT's length (as lessons are) so H2 and MariaDB validate alike; MAX_AGENDA is checked. */
    @Column(nullable = false, length = 1_000_000)
    private String agenda;

    @Column(name = "cancelled_at")
    private @Nullable Instant cancelledAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "programme_session_facilitator", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "person_id")
    private Set<Long> facilitatorIds = new LinkedHashSet<>();

    /** Changes of time, place or cancellation so far: iCalendar's SEQUENCE. */
    @Column(name = "ical_sequence", nullable = false)
    private int sequence;

    @Version
    private long version;

    protected ProgrammeSession() {
        this.title = "";
        this.kind = SessionKind.WORKSHOP;
        this.date = LocalDate.EPOCH;
        this.startTime = LocalTime.MIDNIGHT;
        this.endTime = LocalTime.MIDNIGHT;
        this.zoneId = "UTC";
        this.startsAt = Instant.EPOCH;
        this.endsAt = Instant.EPOCH;
        this.venueName = "";
        this.venueAddress = "";
        this.venueMunicipality = "";
        this.venueState = MexicanState.CMX;
        this.agenda = "";
    }

    public ProgrammeSession(long runId) {
        this();
        this.runId = runId;
    }

    /** A session of a debate series rather than of a course run. */
    public static ProgrammeSession ofSeries(long seriesId) {
        ProgrammeSession session = new ProgrammeSession();
        session.seriesId = seriesId;
        return session;
    }

    /** Sets what and when; the zone is the venue's. End after start on the same day. */
    public void schedule(String title, SessionKind kind, LocalDate date, LocalTime start, LocalTime end, ZoneId zone) {
        if (title.isBlank() || title.strip().length() > MAX_TITLE || !end.isAfter(start)) {
            throw new IllegalArgumentException("session title or times");
        }
        this.title = title.strip();
        this.kind = kind;
        this.date = date;
        this.startTime = start;
        this.endTime = end;
        this.zoneId = zone.getId();
        this.startsAt = ZonedDateTime.of(date, start, zone).toInstant();
        this.endsAt = ZonedDateTime.of(date, end, zone).toInstant();
    }

    public void setVenue(String name, String address, String municipality, MexicanState state) {
        this.venueName = name.strip();
        this.venueAddress = address.strip();
        this.venueMunicipality = municipality.strip();
        this.venueState = state;
    }

    public void setCapacity(@Nullable Integer capacity) {
        if (capacity != null && capacity < 1) {
            throw new IllegalArgumentException("capacity");
        }
        this.capacity = capacity;
    }

    /** Registration closes this many hours before the start. */
    public void setClosesHours(int hours) {
        if (hours < 0) {
            throw new IllegalArgumentException("closes hours");
        }
        this.closesHours = hours;
    }

    public int getClosesHours() {
        return closesHours;
    }

    public Instant getRegistrationClosesAt() {
        return startsAt.minusSeconds(closesHours * 3600L);
    }

    public void setAgenda(String agenda) {
        if (agenda.length() > MAX_AGENDA) {
            throw new IllegalArgumentException("agenda");
        }
        this.agenda = agenda;
    }

    public void setFacilitatorIds(Collection<Long> ids) {
        facilitatorIds.clear();
        facilitatorIds.addAll(ids);
    }

    /** Returns whether it was cancelled now (false when it already was). */
    public boolean cancel(Instant now) {
        if (cancelledAt == null) {
            cancelledAt = now;
            sequence++;
            return true;
        }
        return false;
    }

    /** Counts a change of time or place, so calendars replace their copy. */
    public void changed() {
        sequence++;
    }

    public int getSequence() {
        return sequence;
    }

    public long getId() {
        if (id == null) {
            throw new IllegalStateException("session not saved yet");
        }
        return id;
    }

    /** The run; only for sessions of a run (check {@link #isOfSeries()} first). */
    public long getRunId() {
        if (runId == null) {
            throw new IllegalStateException("a session of a series has no run");
        }
        return runId;
    }

    public boolean isOfSeries() {
        return seriesId != null;
    }

    public @Nullable Long getSeriesId() {
        return seriesId;
    }

    public Set<Long> getOrganisationsPresent() {
        return Set.copyOf(organisationsPresent);
    }

    public void setOrganisationsPresent(Collection<Long> ids) {
        organisationsPresent.clear();
        organisationsPresent.addAll(ids);
    }

    public String getTitle() {
        return title;
    }

    public SessionKind getKind() {
        return kind;
    }

    public ZonedDateTime getStarts() {
        return ZonedDateTime.of(date, startTime, ZoneId.of(zoneId));
    }

    public ZonedDateTime getEnds() {
        return ZonedDateTime.of(date, endTime, ZoneId.of(zoneId));
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getVenueName() {
        return venueName;
    }

    public String getVenueAddress() {
        return venueAddress;
    }

    public String getVenueMunicipality() {
        return venueMunicipality;
    }

    public MexicanState getVenueState() {
        return venueState;
    }

    public @Nullable Integer getCapacity() {
        return capacity;
    }

    public String getAgenda() {
        return agenda;
    }

    public @Nullable Instant getCancelledAt() {
        return cancelledAt;
    }

    public Set<Long> getFacilitatorIds() {
        return Set.copyOf(facilitatorIds);
    }

    public long getVersion() {
        return version;
    }
}
