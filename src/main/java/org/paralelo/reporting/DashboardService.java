package org.paralelo.reporting;

import java.text.Collator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.paralelo.base.ProgrammeZone;
import org.paralelo.base.Translations;
import org.paralelo.courses.CatalogueService;
import org.paralelo.courses.CourseCard;
import org.paralelo.people.Caller;
import org.paralelo.people.PersonDirectory;
import org.paralelo.people.PersonFacts;
import org.paralelo.people.RegionScope;
import org.paralelo.people.RegionService;
import org.paralelo.people.RegionView;
import org.paralelo.programme.DeliveryFigures;
import org.paralelo.programme.DeliveryFiguresService;
import org.paralelo.reporting.domain.ProgressGroups;
import org.paralelo.reporting.domain.ProgressSummary;
import org.paralelo.reporting.domain.ProgressSummaryStore;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme dashboard. Admins see every region; a coordinator only theirs: the people are read through
 * {@link PersonDirectory#learnersIn}, which keeps to the caller's regions, and a place outside them is refused.
 * Progress comes from the {@code report_progress} summary: a small place's rows are streamed and added up in one
 * pass; a large one (the whole programme) is added up by the database ({@link ProgressGroups}).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
public class DashboardService {

    /** "Active" means a recorded activity in this many days before the end of the period (or today). */
    public static final int ACTIVE_DAYS = 30;
    /** Below this many people, the summary is read for them only instead of scanned whole. */
    private static final int SMALL_GROUP = 2_000;

    private final PersonDirectory directory;
    private final Caller caller;
    private final ProgressSummaryStore store;
    private final ProgressGroups groups;
    private final TargetService targets;
    private final RegionService regions;
    private final CatalogueService catalogue;
    private final Translations translations;
    private final DeliveryFiguresService deliveries;
    private final Clock clock;

    DashboardService(PersonDirectory directory, Caller caller, ProgressSummaryStore store, ProgressGroups groups,
                     TargetService targets,
                     RegionService regions, CatalogueService catalogue, Translations translations,
                     DeliveryFiguresService deliveries, Clock clock) {
        this.deliveries = deliveries;
        this.directory = directory;
        this.caller = caller;
        this.store = store;
        this.groups = groups;
        this.targets = targets;
        this.regions = regions;
        this.catalogue = catalogue;
        this.translations = translations;
        this.clock = clock;
    }

    /** The regions the caller may look at, for choosing a place. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public List<RegionView> myRegions() {
        RegionScope scope = caller.regionScope();
        return regions.list().stream().filter(r -> scope.covers(r.id())).toList();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public Dashboard dashboard(ReportPeriod period, Place place, Locale locale) {
        return dashboard(period, place, locale, Addition.BY_SIZE);
    }

    /** How a request adds up the summary; tests compare the two ways on the same data. */
    enum Addition { BY_SIZE, STREAMED, IN_THE_DATABASE }

    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    Dashboard dashboard(ReportPeriod period, Place place, Locale locale, Addition addition) {
        return dashboard(period, place, locale, addition, deliveries.delivery(period.start(), period.end()));
    }

    /**
     * The dashboard with the period's delivery figures already read (the funder report reads them once for its own
     * figures and the dashboard's).
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    Dashboard dashboard(ReportPeriod period, Place place, Locale locale, DeliveryFigures delivery) {
        return dashboard(period, place, locale, Addition.BY_SIZE, delivery);
    }

    private Dashboard dashboard(ReportPeriod period, Place place, Locale locale, Addition addition,
                                DeliveryFigures delivery) {
        return new Builder(period, place, people(place), locale, place.level(), delivery).build(addition);
    }

    /** Every person of the place (within the caller's regions) with their progress, by name: the people export. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
    public List<ReportRow> people(ReportPeriod period, Place place, Locale locale) {
        return new Builder(period, place, people(place), locale, Place.Level.MUNICIPALITY, null)
                .build(Addition.BY_SIZE).places();
    }

    private Map<Long, PersonFacts> people(Place place) {
        RegionScope scope = caller.regionScope();
        if (place.regionId() != null && !scope.covers(place.regionId())) {
            throw new AccessDeniedException("region outside the caller's scope");
        }
        Map<Long, PersonFacts> people = new HashMap<>();
        for (PersonFacts person : directory.learnersIn(place.regionId() == null ? RegionScope.EVERY_REGION
                : RegionScope.of(Set.of(place.regionId())))) {
            if (place.contains(person)) {
                people.put(person.id().value(), person);
            }
        }
        return people;
    }

    /** One request's adding up. */
    private final class Builder {

        private final ReportPeriod period;
        private final Place place;
        private final Map<Long, PersonFacts> people;
        private final Locale locale;
        private final Place.Level rowsLevel;
        private final Instant start;
        private final Instant end;
        private final Instant activeSince;
        private final Map<Long, Tally> perPerson = new HashMap<>();
        private final Map<Long, Tally> perCourse = new HashMap<>();
        private final Map<YearMonth, int[]> months = new LinkedHashMap<>();
        private final Set<Long> started = new HashSet<>();
        private final @Nullable DeliveryFigures delivery;
        /** Person id → course id → run id, for the people of the place who belong to a run. */
        private final Map<Long, Map<Long, Long>> runOf = new HashMap<>();
        private final Map<Long, Tally> perRun = new HashMap<>();

        Builder(ReportPeriod period, Place place, Map<Long, PersonFacts> people, Locale locale,
                Place.Level rowsLevel, @Nullable DeliveryFigures delivery) {
            this.delivery = delivery;
            if (delivery != null) {
                for (DeliveryFigures.Member member : delivery.members()) {
                    if (people.containsKey(member.personId())) {
                        runOf.computeIfAbsent(member.personId(), k -> new HashMap<>())
                                .put(member.courseId(), member.runId());
                    }
                }
            }
            this.rowsLevel = rowsLevel;
            this.period = period;
            this.place = place;
            this.people = people;
            this.locale = locale;
            this.start = period.start();
            this.end = period.end();
            Instant now = clock.instant();
            this.activeSince = (end.isBefore(now) ? end : now).minus(Duration.ofDays(ACTIVE_DAYS));
            for (YearMonth m = YearMonth.from(period.from()); !m.isAfter(YearMonth.from(period.to()));
                 m = m.plusMonths(1)) {
                months.put(m, new int[2]);
            }
        }

        Dashboard build(Addition addition) {
            if (!people.isEmpty()) {
                if (addition == Addition.STREAMED
                        || addition == Addition.BY_SIZE && people.size() < SMALL_GROUP) {
                    store.forEachEnrolledBefore(end, people.keySet(), this::add);
                } else {
                    addUpInTheDatabase();
                }
            }
            Tally total = new Tally();
            Map<String, Tally> byPlace = new HashMap<>();
            Map<String, String> placeLabels = new HashMap<>();
            Map<String, Tally> byPosition = new HashMap<>();
            Map<String, Tally> byState = new HashMap<>();
            Map<Audience, Tally> byAudience = new LinkedHashMap<>();
            int[] funnel = new int[4];
            for (PersonFacts person : people.values()) {
                Tally mine = perPerson.get(person.id().value());
                Tally counted = mine == null ? new Tally() : personAsGroup(mine);
                total.add(counted);
                String key = placeKey(person);
                placeLabels.putIfAbsent(key, placeLabel(person));
                byPlace.computeIfAbsent(key, k -> new Tally()).add(rowsLevel == Place.Level.MUNICIPALITY
                        && mine != null ? mine : counted);
                String position = person.position() == null ? "" : person.position().name();
                byPosition.computeIfAbsent(position, k -> new Tally()).add(counted);
                if (person.state() != null) {
                    byState.computeIfAbsent(person.state().name(), k -> new Tally()).add(counted);
                }
                byAudience.computeIfAbsent(Audience.of(person.position()), k -> new Tally()).add(counted);
            }
            funnel[0] = total.reached;
            funnel[1] = started.size();
            funnel[2] = total.completed;
            funnel[3] = total.certified;
            Map<Long, String> titles = new HashMap<>();
            for (CourseCard card : catalogue.publishedCourses()) {
                titles.put(card.id().value(), card.title());
            }
            List<ReportRow> placeRows = rows(byPlace, placeLabels::get, key -> placeTarget(key));
            List<ReportRow> positionRows = rows(byPosition, key -> key.isEmpty() ? t("reporting.position.none")
                    : t("position." + key), key -> null);
            List<ReportRow> courseRows = rows(toStrings(perCourse), key -> titles.getOrDefault(Long.valueOf(key),
                    t("reporting.course.unpublished", key)), key -> null);
            List<ReportRow> stateRows = rows(byState, key -> t("state." + key), key -> null);
            List<ReportRow> targetRows = new ArrayList<>();
            for (Audience audience : Audience.values()) {
                targetRows.add(byAudience.getOrDefault(audience, new Tally()).row(audience.name(),
                        t(audience.messageKey()), targetFor(audience, place.regionId())));
            }
            List<Dashboard.MonthCount> activity = months.entrySet().stream()
                    .map(e -> new Dashboard.MonthCount(e.getKey().toString(), e.getValue()[0], e.getValue()[1]))
                    .toList();
            List<Dashboard.FunnelStep> steps = List.of(new Dashboard.FunnelStep("reporting.funnel.reached", funnel[0]),
                    new Dashboard.FunnelStep("reporting.funnel.started", funnel[1]),
                    new Dashboard.FunnelStep("reporting.funnel.completed", funnel[2]),
                    new Dashboard.FunnelStep("reporting.funnel.certified", funnel[3]));
            Integer totalTarget = targetRows.stream().allMatch(r -> r.target() != null)
                    ? targetRows.stream().mapToInt(r -> r.target()).sum() : null;
            return new Dashboard(period, place, total.row("total", t("reporting.total"), totalTarget), targetRows,
                    placeRows, positionRows, courseRows, stateRows, activity, steps, runLines(titles),
                    attendance(null));
        }

        /**
         * A large place (the whole programme): the database adds up per person (one scan) and per course and month (a second scan); then only
         * the rows of people it counted who are not of the place (the few non-learners with progress) are read
         * back and taken off, and the rows of run members are read for the table by run.
         */
        private void addUpInTheDatabase() {
            ProgressGroups.Window window = new ProgressGroups.Window(start, end, activeSince);
            Set<Long> outsiders = new HashSet<>();
            groups.sums(window, sums -> {
                if (people.containsKey(sums.key())) {
                    perPerson.put(sums.key(), Tally.of(sums));
                    if (sums.started()) {
                        started.add(sums.key());
                    }
                } else {
                    outsiders.add(sums.key());
                }
            });
            List<YearMonth> monthList = new ArrayList<>(months.keySet());
            ProgressGroups.CoursesAndMonths coursesAndMonths = groups.coursesAndMonths(window,
                    monthList.subList(1, monthList.size()).stream()
                            .map(m -> m.atDay(1).atStartOfDay(ProgrammeZone.ZONE).toInstant()).toList());
            coursesAndMonths.courses().forEach(sums -> perCourse.put(sums.key(), Tally.of(sums)));
            for (int m = 0; m < monthList.size(); m++) {
                months.put(monthList.get(m), coursesAndMonths.months()[m]);
            }
            Map<Long, Tally> notOfThePlace = new HashMap<>();
            Set<Long> toRead = new HashSet<>(outsiders);
            toRead.addAll(runOf.keySet());
            store.forEachEnrolledBefore(end, toRead, row -> {
                if (outsiders.contains(row.personId())) {
                    count(notOfThePlace.computeIfAbsent(row.courseId(), k -> new Tally()), row);
                    if (within(row.enrolledAt())) {
                        month(row.enrolledAt())[0]--;
                    }
                    if (within(row.completedAt())) {
                        month(row.completedAt())[1]--;
                    }
                } else {
                    countInRun(row);
                }
            });
            notOfThePlace.forEach((course, tally) -> perCourse.get(course).subtract(tally));
            perCourse.values().removeIf(tally -> tally.reached == 0);
        }

        private void countInRun(ProgressSummary row) {
            Long run = runOf.getOrDefault(row.personId(), Map.of()).get(row.courseId());
            if (run != null) {
                count(perRun.computeIfAbsent(run, k -> new Tally()), row);
            }
        }

        private void add(ProgressSummary row) {
            if (!people.containsKey(row.personId()) || row.enrolledAt() == null) {
                return;
            }
            Tally person = perPerson.computeIfAbsent(row.personId(), k -> new Tally());
            Tally course = perCourse.computeIfAbsent(row.courseId(), k -> new Tally());
            if (row.lastActivityAt() != null) {
                started.add(row.personId());
            }
            if (within(row.enrolledAt())) {
                month(row.enrolledAt())[0]++;
            }
            if (within(row.completedAt())) {
                month(row.completedAt())[1]++;
            }
            count(person, row);
            count(course, row);
            countInRun(row);
        }

        /** Adds one enrolment to a tally (a person's, a course's or a run's). */
        private void count(Tally tally, ProgressSummary row) {
            tally.reached++;
            if (within(row.enrolledAt())) {
                tally.enrolled++;
            }
            if (row.lastActivityAt() != null && !row.lastActivityAt().isBefore(activeSince)
                    && row.lastActivityAt().isBefore(end)) {
                tally.active++;
            }
            if (within(row.completedAt())) {
                tally.completed++;
            }
            if (within(row.certifiedAt())) {
                tally.certified++;
            }
            tally.addQuiz(row.quizPercent());
        }

        private boolean within(@Nullable Instant at) {
            return at != null && !at.isBefore(start) && at.isBefore(end);
        }

        private int[] month(Instant at) {
            return months.computeIfAbsent(YearMonth.from(at.atZone(ProgrammeZone.ZONE)), k -> new int[2]);
        }

        /** A person counted as one of a group: 1 in each column they qualify for, their quiz results as they are. */
        private Tally personAsGroup(Tally mine) {
            Tally one = new Tally();
            one.reached = mine.reached > 0 ? 1 : 0;
            one.enrolled = mine.enrolled > 0 ? 1 : 0;
            one.active = mine.active > 0 ? 1 : 0;
            one.completed = mine.completed > 0 ? 1 : 0;
            one.certified = mine.certified > 0 ? 1 : 0;
            one.quizSum = mine.quizSum;
            one.quizCount = mine.quizCount;
            return one;
        }

        /** One line per run with people of the place, by name; none without delivery figures (people export). */
        private List<Dashboard.RunLine> runLines(Map<Long, String> titles) {
            if (delivery == null) {
                return List.of();
            }
            Collator order = Collator.getInstance(locale);
            return delivery.runs().stream().filter(r -> perRun.containsKey(r.runId()))
                    .map(r -> new Dashboard.RunLine(perRun.get(r.runId()).row(Long.toString(r.runId()),
                            t("reporting.run.label", r.name(), titles.getOrDefault(r.courseId(),
                                    t("reporting.course.unpublished", r.courseId()))), null), r.mode(),
                            attendance(r.runId())))
                    .sorted(Comparator.comparing(line -> line.row().label(), order)).toList();
        }

        /** Percent of the place's attendance marks (of one run, or all) that were present or late. */
        private @Nullable Double attendance(@Nullable Long run) {
            if (delivery == null) {
                return null;
            }
            int attended = 0;
            int marked = 0;
            for (DeliveryFigures.Attendance a : delivery.attendance()) {
                if (people.containsKey(a.personId()) && (run == null || run == a.runId())) {
                    attended += a.attended();
                    marked += a.marked();
                }
            }
            return marked == 0 ? null : Math.round(1000.0 * attended / marked) / 10.0;
        }

        private String placeKey(PersonFacts person) {
            return switch (rowsLevel) {
                case PROGRAMME -> person.regionId() == null ? "" : person.regionId().toString();
                case REGION -> person.state() == null ? "" : person.state().name();
                case STATE -> person.municipality() == null ? "" : person.municipality().strip()
                        .toLowerCase(Locale.ROOT);
                case MUNICIPALITY -> person.id().value() + "";
            };
        }

        private String placeLabel(PersonFacts person) {
            return switch (rowsLevel) {
                case PROGRAMME -> person.regionName() == null ? t("reporting.place.no-region") : person.regionName();
                case REGION -> person.state() == null ? t("reporting.place.no-state")
                        : t(person.state().messageKey());
                case STATE -> person.municipality() == null ? t("reporting.place.no-municipality")
                        : person.municipality().strip();
                case MUNICIPALITY -> person.fullName();
            };
        }

        private @Nullable Integer placeTarget(String key) {
            if (rowsLevel != Place.Level.PROGRAMME || key.isEmpty()) {
                return null;
            }
            long region = Long.parseLong(key);
            Integer directors = targetFor(Audience.DIRECTORS, region);
            Integer practitioners = targetFor(Audience.PRACTITIONERS, region);
            return directors == null && practitioners == null ? null
                    : (directors == null ? 0 : directors) + (practitioners == null ? 0 : practitioners);
        }

        private @Nullable Integer targetFor(Audience audience, @Nullable Long region) {
            if (region == null && !caller.regionScope().all()) {
                // A coordinator's whole view: the sum of their regions' targets, when every one has one.
                List<Integer> parts = myRegions().stream().map(r -> targetFor(audience, r.id())).toList();
                return parts.isEmpty() || parts.contains(null) ? null
                        : parts.stream().mapToInt(Integer::intValue).sum();
            }
            return targetList().stream().filter(t -> t.audience() == audience
                    && Objects.equals(t.regionId(), region)).map(TargetView::target).findFirst()
                    .orElse(null);
        }

        private @Nullable List<TargetView> cachedTargets;

        private List<TargetView> targetList() {
            if (cachedTargets == null) {
                cachedTargets = targets.targets();
            }
            return cachedTargets;
        }

        private List<ReportRow> rows(Map<String, Tally> groups, Function<String, String> label,
                                     Function<String, @Nullable Integer> target) {
            Collator order = Collator.getInstance(locale);
            return groups.entrySet().stream()
                    .map(e -> e.getValue().row(e.getKey(), label.apply(e.getKey()), target.apply(e.getKey())))
                    .sorted(Comparator.comparing(ReportRow::label, order)).toList();
        }

        private Map<String, Tally> toStrings(Map<Long, Tally> byId) {
            Map<String, Tally> out = new HashMap<>();
            byId.forEach((k, v) -> out.put(k.toString(), v));
            return out;
        }

        private String t(String key, Object... args) {
            return translations.getTranslation(key, locale, args);
        }
    }
}
