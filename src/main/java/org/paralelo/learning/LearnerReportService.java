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
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    LearnerReportService(EnrolmentRepository enrolments, LessonProgressRepository lessons, CatalogueService catalogue,
                         QuizResultsService quizResults, PersonDirectory directory, MessageSource messages) {
        this.enrolments = enrolments;
        this.lessons = lessons;
        this.catalogue = catalogue;
        this.quizResults = quizResults;
        this.directory = directory;
        this.messages = messages;
    }

    @PreAuthorize("@courseAccess.canEdit(#course)")
    public List<LearnerRow> learners(CourseId course, PeopleFilter filter) {
        PublishedCourse published = catalogue.published(course).orElse(null);
        List<Enrolment> enrolled = enrolments.findByCourseId(course.value());
        if (published == null || enrolled.isEmpty()) {
            return List.of();
        }
        Map<Long, List<LessonProgress>> progress = lessons.findByCourseId(course.value()).stream()
                .collect(Collectors.groupingBy(LessonProgress::getPersonId));
        Map<Long, List<QuizOutcome>> quizzes = quizResults.courseOutcomes(course).stream()
                .collect(Collectors.groupingBy(q -> q.learner().value()));
        Map<Long, PersonFacts> people = directory.facts(enrolled.stream().map(e -> new PersonId(e.getPersonId()))
                .toList()).stream().collect(Collectors.toMap(p -> p.id().value(), Function.identity()));
        List<LearnerRow> rows = new ArrayList<>();
        for (Enrolment enrolment : enrolled) {
            PersonFacts person = people.get(enrolment.getPersonId());
            if (person == null || !matches(person, filter)) {
                continue;
            }
            List<QuizOutcome> theirQuizzes = quizzes.getOrDefault(enrolment.getPersonId(), List.of());
            CourseProgress p = Outlines.progress(published, enrolment,
                    progress.getOrDefault(enrolment.getPersonId(), List.of()), theirQuizzes);
            rows.add(new LearnerRow(person, p.requiredDone(), p.requiredTotal(), p.percent(), p.lastActivity(),
                    p.completedAt(), theirQuizzes));
        }
        rows.sort(Comparator.comparing(r -> r.person().fullName().toLowerCase(Locale.ROOT)));
        return rows;
    }

    /** The table as CSV, UTF-8 with a BOM so spreadsheet programs show accents; cells cannot start a formula. */
    @PreAuthorize("@courseAccess.canEdit(#course)")
    public byte[] csv(CourseId course, PeopleFilter filter, Locale locale) {
        Locale language = Languages.supported(locale);
        List<String> quizKeys = catalogue.published(course).map(c -> c.items()
                .filter(i -> i.kind() == ItemKind.QUIZ).map(PublishedCourse.Item::key).toList()).orElse(List.of());
        List<String> quizTitles = catalogue.published(course).map(c -> c.items()
                .filter(i -> i.kind() == ItemKind.QUIZ).map(PublishedCourse.Item::title).toList()).orElse(List.of());
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
            header.addAll(quizTitles);
            csv.printRecord(header.stream().map(LearnerReportService::safe).toList());
            for (LearnerRow row : learners(course, filter)) {
                List<String> cells = new ArrayList<>(List.of(row.person().fullName(), row.person().username(),
                        nullToEmpty(row.person().regionName()),
                        row.person().state() == null ? ""
                                : messages.getMessage(row.person().state().messageKey(), null, language),
                        nullToEmpty(row.person().municipality()), row.percent() + " %",
                        row.lastActivity() == null ? "" : when.format(row.lastActivity()),
                        row.completedAt() == null ? "" : when.format(row.completedAt())));
                for (String key : quizKeys) {
                    cells.add(row.quizzes().stream().filter(q -> q.itemKey().equals(key)).findFirst()
                            .map(q -> quizCell(q, language)).orElse(""));
                }
                csv.printRecord(cells.stream().map(LearnerReportService::safe).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private String quizCell(QuizOutcome q, Locale language) {
        if (q.awaitingGrading()) {
            return messages.getMessage("learning.learners.quiz-awaiting", null, language);
        }
        return q.gradePercent() == null ? "" : q.gradePercent().stripTrailingZeros().toPlainString() + " %"
                + (q.passed() ? " ✓" : "");
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
