package org.paralelo.learning;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.paralelo.assessment.QuizOutcome;
import org.paralelo.assessment.QuizResultsService;
import org.paralelo.base.Languages;
import org.paralelo.courses.CatalogueService;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.ItemKind;
import org.paralelo.courses.PublishedCourse;
import org.paralelo.learning.domain.Enrolment;
import org.paralelo.learning.domain.EnrolmentRepository;
import org.paralelo.learning.domain.LessonProgress;
import org.paralelo.learning.domain.LessonProgressRepository;
import org.paralelo.people.PeopleFilter;
import org.paralelo.people.PersonDirectory;
import org.paralelo.people.PersonFacts;
import org.paralelo.people.PersonId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The trainer's view of a course's learners, for the course's own trainers and admins only. */
@Service
@Transactional(readOnly = true)
public class LearnerReportService {

    private final EnrolmentRepository enrolments;
    private final LessonProgressRepository lessons;
    private final CatalogueService catalogue;
    private final QuizResultsService quizResults;
    private final PersonDirectory directory;
    private final MessageSource messages;
    private final ObjectProvider<LearnerGroups> groups;

    LearnerReportService(EnrolmentRepository enrolments, LessonProgressRepository lessons, CatalogueService catalogue,
                         QuizResultsService quizResults, PersonDirectory directory, MessageSource messages,
                         ObjectProvider<LearnerGroups> groups) {
        this.groups = groups;
        this.enrolments = enrolments;
        this.lessons = lessons;
        this.catalogue = catalogue;
        this.quizResults = quizResults;
        this.directory = directory;
        this.messages = messages;
    }

    /** Every learner of the course matching the filter, by name; the CSV export uses the same rows. */
    @PreAuthorize("@courseAccess.canEdit(#course)")
    public List<LearnerRow> learners(CourseId course, PeopleFilter filter) {
        return learners(course, filter, null, 0, Integer.MAX_VALUE);
    }

    /** The groups (runs) of the course the signed-in trainer may filter the table by; empty without runs. */
    @PreAuthorize("@courseAccess.canEdit(#course)")
    public List<LearnerGroup> groups(CourseId course) {
        LearnerGroups known = groups.getIfAvailable();
        return known == null ? List.of() : known.groupsFor(course);
    }

    /** One page of {@link #learners(CourseId, PeopleFilter)}, for the lazy grid: progress is read for it alone. */
    @PreAuthorize("@courseAccess.canEdit(#course)")
    public List<LearnerRow> learners(CourseId course, PeopleFilter filter, int offset, int limit) {
        return learners(course, filter, null, offset, limit);
    }

    /** One page of the learners matching the filter and, unless null, in the given group (run). */
    @PreAuthorize("@courseAccess.canEdit(#course)")
    public List<LearnerRow> learners(CourseId course, PeopleFilter filter, @Nullable Long group, int offset,
                                     int limit) {
        PublishedCourse published = catalogue.published(course).orElse(null);
        if (published == null) {
            return List.of();
        }
        Map<Long, Enrolment> enrolled = enrolments.findByCourseId(course.value()).stream()
                .collect(Collectors.toMap(Enrolment::getPersonId, Function.identity()));
        List<PersonFacts> page = matching(inGroup(course, enrolled.keySet(), group), filter).stream()
                .skip(Math.max(0, offset)).limit(Math.max(0, limit)).toList();
        if (page.isEmpty()) {
            return List.of();
        }
        List<PersonId> ids = page.stream().map(PersonFacts::id).toList();
        Map<Long, List<LessonProgress>> progress = lessons.findByCourseIdAndPersonIdIn(course.value(),
                        ids.stream().map(PersonId::value).toList()).stream()
                .collect(Collectors.groupingBy(LessonProgress::getPersonId));
        Map<Long, List<QuizOutcome>> quizzes = quizResults.outcomesOfLearners(course, ids).stream()
                .collect(Collectors.groupingBy(q -> q.learner().value()));
        List<CourseQuiz> courseQuizzes = quizzesOf(published);
        List<LearnerRow> rows = new ArrayList<>();
        for (PersonFacts person : page) {
            long id = person.id().value();
            List<QuizOutcome> theirQuizzes = quizzes.getOrDefault(id, List.of());
            CourseProgress p = Outlines.progress(published, enrolled.get(id), progress.getOrDefault(id, List.of()),
                    theirQuizzes);
            rows.add(new LearnerRow(person, p.requiredDone(), p.requiredTotal(), p.percent(), p.lastActivity(),
                    p.completedAt(), standings(courseQuizzes, theirQuizzes)));
        }
        return rows;
    }

    /** How many learners of the course match the filter. */
    @PreAuthorize("@courseAccess.canEdit(#course)")
    public int countLearners(CourseId course, PeopleFilter filter) {
        return countLearners(course, filter, null);
    }

    /** How many learners of the course match the filter and, unless null, are in the given group (run). */
    @PreAuthorize("@courseAccess.canEdit(#course)")
    public int countLearners(CourseId course, PeopleFilter filter, @Nullable Long group) {
        if (catalogue.published(course).isEmpty()) {
            return 0;
        }
        return matching(inGroup(course, enrolments.findByCourseId(course.value()).stream()
                .map(Enrolment::getPersonId).toList(), group), filter).size();
    }

    /** The enrolled people, narrowed to one group when one is chosen (an unknown group leaves nobody). */
    private Collection<Long> inGroup(CourseId course, Collection<Long> enrolled, @Nullable Long group) {
        if (group == null) {
            return enrolled;
        }
        LearnerGroups known = groups.getIfAvailable();
        if (known == null) {
            return List.of();
        }
        Set<Long> members = known.membersOf(course, group).stream().map(PersonId::value)
                .collect(Collectors.toSet());
        return enrolled.stream().filter(members::contains).toList();
    }

    /** The quizzes of the published course in course order, one column each in the table and the CSV. */
    @PreAuthorize("@courseAccess.canEdit(#course)")
    public List<CourseQuiz> quizzes(CourseId course) {
        return catalogue.published(course).map(LearnerReportService::quizzesOf).orElse(List.of());
    }

    /** The table as CSV, UTF-8 with a BOM so spreadsheet programs show accents; cells cannot start a formula. */
    @PreAuthorize("@courseAccess.canEdit(#course)")
    public byte[] csv(CourseId course, PeopleFilter filter, Locale locale) {
        return csv(course, filter, null, locale);
    }

    /** {@link #csv(CourseId, PeopleFilter, Locale)} of one group (run) when it is not null. */
    @PreAuthorize("@courseAccess.canEdit(#course)")
    public byte[] csv(CourseId course, PeopleFilter filter, @Nullable Long group, Locale locale) {
        Locale language = Languages.supported(locale);
        List<CourseQuiz> courseQuizzes = quizzes(course);
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(language)
                .withZone(CertificateService.PROGRAMME_ZONE);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL)) {
            writer.write('\uFEFF');
            List<String> header = new ArrayList<>();
            for (String column : List.of("name", "username", "region", "state", "municipality", "progress",
                    "last-activity", "completed")) {
                header.add(messages.getMessage("learning.learners.column." + column, null, language));
            }
            courseQuizzes.forEach(q -> header.add(q.title()));
            csv.printRecord(header.stream().map(LearnerReportService::safe).toList());
            for (LearnerRow row : learners(course, filter, group, 0, Integer.MAX_VALUE)) {
                List<String> cells = new ArrayList<>(List.of(row.person().fullName(), row.person().username(),
                        nullToEmpty(row.person().regionName()),
                        row.person().state() == null ? ""
                                : messages.getMessage(row.person().state().messageKey(), null, language),
                        nullToEmpty(row.person().municipality()), row.percent() + " %",
                        row.lastActivity() == null ? "" : when.format(row.lastActivity()),
                        row.completedAt() == null ? "" : when.format(row.completedAt())));
                for (CourseQuiz quiz : courseQuizzes) {
                    cells.add(row.quizzes().stream().filter(q -> q.quiz().equals(quiz)).findFirst()
                            .map(q -> messages.getMessage(q.messageKey(), new Object[] {q.percentText()}, language))
                            .orElse(""));
                }
                csv.printRecord(cells.stream().map(LearnerReportService::safe).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The enrolled people's facts that match the filter, sorted by name. */
    private List<PersonFacts> matching(Collection<Long> enrolled, PeopleFilter filter) {
        if (enrolled.isEmpty()) {
            return List.of();
        }
        return directory.facts(enrolled.stream().map(PersonId::new).toList()).stream()
                .filter(person -> matches(person, filter))
                .sorted(Comparator.comparing((PersonFacts p) -> p.fullName().toLowerCase(Locale.ROOT))
                        .thenComparing(PersonFacts::username))
                .toList();
    }

    private static List<CourseQuiz> quizzesOf(PublishedCourse published) {
        return published.items().filter(i -> i.kind() == ItemKind.QUIZ)
                .map(i -> new CourseQuiz(i.key(), i.title())).toList();
    }

    private static List<QuizStanding> standings(List<CourseQuiz> quizzes, List<QuizOutcome> outcomes) {
        Map<String, QuizOutcome> byKey = outcomes.stream()
                .collect(Collectors.toMap(QuizOutcome::itemKey, Function.identity(), (a, b) -> a));
        return quizzes.stream().map(quiz -> {
            QuizOutcome outcome = byKey.get(quiz.itemKey());
            return outcome == null ? new QuizStanding(quiz, 0, null, false, false)
                    : new QuizStanding(quiz, outcome.attemptsUsed(), outcome.gradePercent(), outcome.passed(),
                    outcome.awaitingGrading());
        }).toList();
    }

    /**
     * Spreadsheet formula injection: a cell beginning with =, +, -, @, tab or carriage return would be run as a
     * formula by Excel or LibreOffice, so it gets a leading apostrophe and is shown as text.
     */
    static String safe(@Nullable String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }

    private static String nullToEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    static boolean matches(PersonFacts person, PeopleFilter filter) {
        return (filter.regionId() == null || filter.regionId().equals(person.regionId()))
                && (filter.state() == null || filter.state() == person.state())
                && (filter.municipalityKey().isEmpty() || person.municipality() != null
                && person.municipality().strip().toLowerCase(Locale.ROOT).equals(filter.municipalityKey()));
    }
}
