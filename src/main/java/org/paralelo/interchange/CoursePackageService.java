package org.paralelo.interchange;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;
import org.paralelo.assessment.CategoryView;
import org.paralelo.assessment.QuestionBankService;
import org.paralelo.assessment.QuizDraft;
import org.paralelo.assessment.QuizService;
import org.paralelo.base.FieldProblem;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.UserFacingException;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.CourseImportService;
import org.paralelo.courses.ImportedCourse;
import org.paralelo.courses.ItemKind;
import org.paralelo.courses.PublishingService;
import org.paralelo.courses.TopicService;
import org.paralelo.courses.TopicView;
import org.paralelo.media.MediaPurpose;
import org.paralelo.media.MediaService;
import org.paralelo.media.StoredMedia;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports course packages: a preview that stores nothing, then the import itself, all or nothing in one
 * transaction. A package creates a new course draft, or, when its code names a course the trainer may edit (or a
 * target is chosen), replaces that course's draft; learners see nothing until it is published.
 */
@Service
@Transactional
public class CoursePackageService {

    /** The category for bank-only questions and quiz questions that name none. */
    static final String DEFAULT_CATEGORY = "General";

    private final CourseImportService courses;
    private final PublishingService publishing;
    private final TopicService topics;
    private final QuestionBankService bank;
    private final QuizService quizzes;
    private final MediaService media;

    CoursePackageService(CourseImportService courses, PublishingService publishing, TopicService topics,
                         QuestionBankService bank, QuizService quizzes, MediaService media) {
        this.courses = courses;
        this.publishing = publishing;
        this.topics = topics;
        this.bank = bank;
        this.quizzes = quizzes;
        this.media = media;
    }

    /** Reads and checks the package and says what importing it would do. Stores nothing. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public ImportReport preview(PackageFiles files, ImportOptions options) {
        return plan(PackageReader.read(files), options).report();
    }

    /**
     * Imports the package. Any error (in the package, or found while storing it) throws a
     * {@link PackageImportFailedException} carrying the report, and everything done so far is rolled back.
     */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public ImportReport importPackage(PackageFiles files, ImportOptions options) {
        PackageRead read = PackageReader.read(files);
        Plan plan = plan(read, options);
        if (!plan.report().ok() || read.coursePackage() == null) {
            throw new PackageImportFailedException(plan.report());
        }
        CoursePackage pkg = read.coursePackage();
        List<PackageProblem> errors = new ArrayList<>();
        Map<String, String> links = storeMedia(pkg, errors);
        if (!errors.isEmpty()) {
            throw new PackageImportFailedException(plan.report().withErrors(errors));
        }
        ImportedCourse course = course(pkg, links, plan.knownTopics());
        CourseId id;
        try {
            if (plan.target() == null) {
                id = courses.createDraft(course);
            } else {
                id = plan.target();
                courses.replaceDraft(id, course);
            }
        } catch (InvalidInputException refused) {
            throw new PackageImportFailedException(plan.report().withErrors(refused.problems().stream()
                    .map(p -> new PackageProblem(PackageReader.MANIFEST, 0, p.messageKey(), p.field())).toList()));
        } catch (UserFacingException refused) {
            throw new PackageImportFailedException(plan.report().withErrors(List.of(new PackageProblem(
                    PackageReader.MANIFEST, 0, refused.messageKey(), pkg.code()))));
        }
        storeQuestions(id, pkg, plan.target() != null, errors);
        if (!errors.isEmpty()) {
            throw new PackageImportFailedException(plan.report().withErrors(errors));
        }
        if (options.publish()) {
            publishing.publish(id);
        }
        return plan.report().done(id.value(), options.publish());
    }

    private record Plan(ImportReport report, @Nullable CourseId target, Set<String> knownTopics) {
    }

    private Plan plan(PackageRead read, ImportOptions options) {
        CoursePackage pkg = read.coursePackage();
        if (pkg == null) {
            return new Plan(ImportReport.refused(read.errors(), read.warnings()), null, Set.of());
        }
        List<PackageProblem> errors = new ArrayList<>(read.errors());
        List<PackageProblem> warnings = new ArrayList<>(read.warnings());
        CourseId target = options.target();
        if (target == null && !pkg.code().isEmpty()) {
            target = courses.findByCode(pkg.code()).orElse(null);
        }
        if (target != null && !mayEdit(target)) {
            errors.add(new PackageProblem(PackageReader.MANIFEST, 0, "interchange.package.code-taken", pkg.code()));
        }
        Set<String> known = new HashSet<>(topics.list().stream().map(TopicView::code).toList());
        pkg.topics().stream().filter(t -> !known.contains(t)).forEach(t -> warnings.add(
                new PackageProblem(PackageReader.MANIFEST, 0, "interchange.package.unknown-topic", t)));
        ImportReport report = new ImportReport(pkg.code(), pkg.title(),
                target == null ? ImportReport.CREATE : ImportReport.UPDATE, target == null ? null : target.value(),
                pkg.modules().size(), pkg.lessonCount(), pkg.quizCount(), pkg.questionCount(),
                List.copyOf(pkg.media().keySet()), errors, warnings, false, false);
        return new Plan(report, target, known);
    }

    private boolean mayEdit(CourseId course) {
        try {
            courses.code(course);
            return true;
        } catch (AccessDeniedException | UserFacingException e) {
            return false;
        }
    }

    /** Stores each media file the lessons use; returns package path → the stored file's link. */
    private Map<String, String> storeMedia(CoursePackage pkg, List<PackageProblem> errors) {
        Map<String, String> links = new HashMap<>();
        pkg.media().forEach((path, bytes) -> {
            String name = path.substring(path.lastIndexOf('/') + 1);
            try {
                StoredMedia stored = media.store(new ByteArrayInputStream(bytes), name, MediaPurpose.ATTACHMENT);
                links.put(path, stored.downloadPath().substring(1));
            } catch (InvalidInputException refused) {
                for (FieldProblem p : refused.problems()) {
                    errors.add(new PackageProblem(path, 0, p.messageKey(), name));
                }
            } catch (UserFacingException refused) {
                errors.add(new PackageProblem(path, 0, refused.messageKey(), name));
            }
        });
        return links;
    }

    private static ImportedCourse course(CoursePackage pkg, Map<String, String> links, Set<String> knownTopics) {
        List<ImportedCourse.Module> modules = pkg.modules().stream().map(m -> new ImportedCourse.Module(m.code(),
                m.title(), m.objectives(), m.items().stream().map(i -> new ImportedCourse.Item(i.code(),
                        i.quiz() ? ItemKind.QUIZ : ItemKind.LESSON, i.title(), i.required(),
                        i.markdown() == null ? null : relink(i.markdown(), links))).toList())).toList();
        Set<String> topicCodes = new HashSet<>(pkg.topics());
        topicCodes.retainAll(knownTopics);
        return ImportedCourse.of(pkg.code(), pkg.title(), pkg.summary(), pkg.language(), pkg.estimatedHours(),
                topicCodes, modules);
    }

    /** Points package links ({@code media/plantilla.pdf}) at the stored files ({@code media/12/plantilla.pdf}). */
    static String relink(String markdown, Map<String, String> links) {
        Matcher link = PackageReader.MEDIA_LINK.matcher(markdown);
        StringBuilder out = new StringBuilder();
        while (link.find()) {
            String target = links.get("media/" + link.group(1));
            link.appendReplacement(out, Matcher.quoteReplacement(target == null ? link.group() : target));
        }
        link.appendTail(out);
        return out.toString();
    }

    /**
     * Fills the bank and the quizzes. On an update the package is the course's whole new state: the quizzes it
     * names are emptied and bank questions no quiz uses any more are removed first (published versions keep their
     * frozen copies), so importing the same package twice leaves one copy of each question.
     */
    private void storeQuestions(CourseId course, CoursePackage pkg, boolean update, List<PackageProblem> errors) {
        List<CoursePackage.Item> quizItems = pkg.modules().stream().flatMap(m -> m.items().stream())
                .filter(CoursePackage.Item::quiz).toList();
        for (CoursePackage.Item item : quizItems) {
            QuizDraft existing = quizzes.quiz(course, item.code());
            quizzes.updateSettings(course, item.code(), item.settings(), existing.version());
            existing.slots().forEach(s -> quizzes.removeSlot(course, item.code(), s.id()));
        }
        if (update) {
            bank.allQuestions(course).forEach(q -> {
                try {
                    bank.deleteQuestion(course, q.key());
                } catch (UserFacingException stillUsed) {
                    // Used by a quiz the package no longer names: it stays in the bank.
                }
            });
        }
        Map<String, Long> categories = new LinkedHashMap<>();
        bank.categories(course).forEach((CategoryView c) -> categories.put(c.name(), c.id()));
        for (CoursePackage.Item item : quizItems) {
            for (ParsedQuestion q : item.questions()) {
                create(course, categories, item.file(), q, errors)
                        .ifPresent(key -> quizzes.addQuestion(course, item.code(), key));
            }
        }
        pkg.bank().forEach(q -> create(course, categories, "bank", q, errors));
    }

    private Optional<String> create(CourseId course, Map<String, Long> categories, String file, ParsedQuestion q,
                                    List<PackageProblem> errors) {
        String name = q.category().isEmpty() ? DEFAULT_CATEGORY : q.category();
        try {
            Long category = categories.get(name);
            if (category == null) {
                category = bank.createCategory(course, name);
                categories.put(name, category);
            }
            return Optional.of(bank.createQuestion(course, category, q.question()));
        } catch (InvalidInputException refused) {
            refused.problems().forEach(p -> errors.add(new PackageProblem(file, q.line(), p.messageKey(), p.field())));
        } catch (UserFacingException refused) {
            errors.add(new PackageProblem(file, q.line(), refused.messageKey(), ""));
        }
        return Optional.empty();
    }
}
