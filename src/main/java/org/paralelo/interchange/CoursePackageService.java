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
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.paralelo.assessment.CategoryView;
import org.paralelo.assessment.Question;
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
import org.paralelo.people.AuditAction;
import org.paralelo.people.AuditService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports course packages: a preview that keeps nothing, then the import itself, all or nothing in one
 * transaction. A package creates a new course draft, or, when its code names a course the trainer may edit (or a
 * target is chosen), replaces that course's draft; learners see nothing until it is published.
 *
 * <p>The preview is the import itself, run in a transaction that is always rolled back, so it reports exactly what
 * the import would: the reader's findings, the course model's rules, the media library's checks, the question
 * bank's, and, when publishing, the publish checks. Media files it stored are removed again by the media library
 * after the rollback; events it published reach no listener, since they all wait for a commit.
 */
@Service
@Transactional
public class CoursePackageService {

    /** The category for bank-only questions and quiz questions that name none. */
    static final String DEFAULT_CATEGORY = "General";
    private static final Pattern LESSON_BODY = Pattern.compile("modules\\.(\\d+)\\.items\\.(\\d+)\\.markdown");

    private final CourseImportService courses;
    private final PublishingService publishing;
    private final TopicService topics;
    private final QuestionBankService bank;
    private final QuizService quizzes;
    private final MediaService media;
    private final TransactionTemplate transactions;
    private final AuditService audit;

    CoursePackageService(CourseImportService courses, PublishingService publishing, TopicService topics,
                         QuestionBankService bank, QuizService quizzes, MediaService media,
                         PlatformTransactionManager transactionManager, AuditService audit) {
        this.audit = audit;
        this.courses = courses;
        this.publishing = publishing;
        this.topics = topics;
        this.bank = bank;
        this.quizzes = quizzes;
        this.media = media;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Reads and checks the package and says what importing it would do, by importing it in a transaction of its
     * own that is then rolled back: nothing is kept. A caller's transaction is suspended meanwhile, never marked.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public ImportReport preview(PackageFiles files, ImportOptions options) {
        return transactions.execute(status -> {
            status.setRollbackOnly();
            try {
                ImportReport done = run(files, options);
                try {
                    // What the commit would run first (quiz snapshots when publishing), run now: the rollback
                    // that follows skips it.
                    TransactionSynchronizationUtils.triggerBeforeCommit(false);
                } catch (UserFacingException atCommit) {
                    return done.withErrors(List.of(problem(done, atCommit)));
                }
                return done.asPreview();
            } catch (PackageImportFailedException failed) {
                return failed.report();
            }
        });
    }

    /**
     * Imports the package. Any error (in the package, or found while storing it, or when the transaction commits)
     * throws a {@link PackageImportFailedException} carrying the report, and everything done so far is rolled back.
     * Inside a caller's transaction the import joins it, and what its commit refuses reaches that caller.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public ImportReport importPackage(PackageFiles files, ImportOptions options) {
        List<ImportReport> done = new ArrayList<>(1);
        try {
            ImportReport report = transactions.execute(status -> {
                done.add(run(files, options));
                return done.getFirst();
            });
            audit.record(AuditAction.PACKAGE_IMPORTED, report.code() + " → " + report.courseId());
            return report;
        } catch (PackageImportFailedException failed) {
            throw failed;
        } catch (UserFacingException atCommit) {
            if (done.isEmpty()) {
                throw atCommit;
            }
            throw new PackageImportFailedException(done.getFirst().withErrors(List.of(problem(done.getFirst(),
                    atCommit))));
        }
    }

    /** The import, in the current transaction; throws {@link PackageImportFailedException} at the first stage with errors. */
    private ImportReport run(PackageFiles files, ImportOptions options) {
        PackageRead read = read(files);
        Plan plan = plan(read, options);
        CoursePackage pkg = read.coursePackage();
        if (!plan.report().ok() || pkg == null) {
            throw new PackageImportFailedException(plan.report());
        }
        List<PackageProblem> errors = new ArrayList<>();
        Map<String, String> links = storeMedia(pkg, errors);
        failIfAny(plan, errors);
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
                    .map(p -> located(pkg, p)).toList()));
        } catch (UserFacingException refused) {
            throw new PackageImportFailedException(plan.report().withErrors(List.of(new PackageProblem(
                    pkg.manifestFile(), pkg.line("code"), refused.messageKey(), pkg.code()))));
        }
        storeQuestions(id, pkg, plan.target() != null, links, errors);
        failIfAny(plan, errors);
        if (options.publish()) {
            try {
                publishing.publish(id);
            } catch (UserFacingException refused) {
                throw new PackageImportFailedException(plan.report().withErrors(List.of(problem(plan.report(),
                        refused))));
            }
        }
        return plan.report().done(id.value(), options.publish());
    }

    /**
     * The package read by the reader of its kind, told from its manifest: a cartridge's {@code imsmanifest.xml}
     * that declares IMS Common Cartridge, or else {@code course.yaml}. Another IMS manifest (SCORM, a plain content
     * package) is refused by name.
     */
    static PackageRead read(PackageFiles files) {
        if (CartridgeReader.isCartridge(files)) {
            return CartridgeReader.read(files);
        }
        if (!files.has(PackageReader.MANIFEST) && files.has(CartridgeManifest.FILE)) {
            return new PackageRead(null, List.of(new PackageProblem(CartridgeManifest.FILE, 0,
                    "interchange.cc.not-cc", "")), List.of());
        }
        return PackageReader.read(files);
    }

    private static void failIfAny(Plan plan, List<PackageProblem> errors) {
        if (!errors.isEmpty()) {
            throw new PackageImportFailedException(plan.report().withErrors(errors));
        }
    }

    private record Plan(ImportReport report, @Nullable CourseId target, Set<String> knownTopics) {
    }

    /**
     * What the package would do, and every problem that can be found before anything is stored: the reader's, a
     * course the trainer may not edit, and the course model's rules, each on the manifest line of its field.
     */
    private Plan plan(PackageRead read, ImportOptions options) {
        CoursePackage pkg = read.coursePackage();
        if (pkg == null) {
            return new Plan(ImportReport.refused(read.errors(), read.warnings()), null, Set.of());
        }
        List<PackageProblem> errors = new ArrayList<>(read.errors());
        List<PackageProblem> warnings = new ArrayList<>(read.warnings());
        CourseId target = options.target();
        Optional<CourseId> owner = pkg.code().isEmpty() ? Optional.empty() : courses.findByCode(pkg.code());
        if (target == null) {
            target = owner.orElse(null);
            if (target != null && !mayEdit(target)) {
                // Someone else's course: neither its id nor an "update" is reported, only that the code is taken.
                target = null;
                errors.add(new PackageProblem(pkg.manifestFile(), pkg.line("code"),
                        "interchange.package.code-taken", pkg.code()));
            }
        } else if (!mayEdit(target)) {
            errors.add(new PackageProblem("", 0, "interchange.package.target-forbidden",
                    String.valueOf(target.value())));
        } else if (owner.filter(o -> !o.equals(options.target())).isPresent() && courses.code(target).isEmpty()) {
            // The chosen course would take the package's code, which another course has.
            errors.add(new PackageProblem(pkg.manifestFile(), pkg.line("code"), "interchange.package.code-taken",
                    pkg.code()));
        }
        Set<String> known = new HashSet<>(topics.list().stream().map(TopicView::code).toList());
        for (int i = 0; i < pkg.topics().size(); i++) {
            if (!known.contains(pkg.topics().get(i))) {
                warnings.add(new PackageProblem(pkg.manifestFile(), pkg.line("topics." + i),
                        "interchange.package.unknown-topic", pkg.topics().get(i)));
            }
        }
        courses.problems(course(pkg, Map.of(), known)).forEach(p -> errors.add(located(pkg, p)));
        ImportReport report = new ImportReport(pkg.format(), pkg.code(), pkg.title(),
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

    /**
     * A course-model refusal where the package holds the field: a lesson's body is its file; any other field is
     * the manifest line that sets it ({@code modules.0.title}), or of the module or item it belongs to.
     */
    private static PackageProblem located(CoursePackage pkg, FieldProblem problem) {
        Matcher lesson = LESSON_BODY.matcher(problem.field());
        if (lesson.matches()) {
            CoursePackage.Item item = pkg.modules().get(Integer.parseInt(lesson.group(1))).items()
                    .get(Integer.parseInt(lesson.group(2)));
            return PackageProblem.refusal(item.file(), 0, problem);
        }
        return PackageProblem.refusal(pkg.manifestFile(), pkg.line(problem.field()), problem);
    }

    /** A refusal about the whole course (publishing it): the manifest of the format read, with no line. */
    private static PackageProblem problem(ImportReport report, UserFacingException refused) {
        return PackageProblem.refusal(CoursePackage.manifestFile(report.format()), 0, refused);
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
                    errors.add(PackageProblem.refusal(path, 0, p));
                }
            } catch (UserFacingException refused) {
                errors.add(PackageProblem.refusal(path, 0, refused));
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
    private void storeQuestions(CourseId course, CoursePackage pkg, boolean update, Map<String, String> links,
                                List<PackageProblem> errors) {
        List<CoursePackage.Item> quizItems = pkg.modules().stream().flatMap(m -> m.items().stream())
                .filter(CoursePackage.Item::quiz).toList();
        for (CoursePackage.Item item : quizItems) {
            QuizDraft existing = quizzes.quiz(course, item.code());
            quizzes.updateSettings(course, item.code(), item.settings(), existing.version());
            existing.slots().forEach(s -> quizzes.removeSlot(course, item.code(), s.id()));
        }
        if (update) {
            // A question still used by a quiz the package no longer names stays in the bank.
            bank.deleteUnusedQuestions(course);
        }
        Map<String, Long> categories = new LinkedHashMap<>();
        bank.categories(course).forEach((CategoryView c) -> categories.put(c.name(), c.id()));
        for (CoursePackage.Item item : quizItems) {
            for (ParsedQuestion q : item.questions()) {
                create(course, categories, item.file(), QuestionMedia.relinked(q.question(), links), q, errors)
                        .ifPresent(key -> quizzes.addQuestion(course, item.code(), key));
            }
        }
        pkg.bank().forEach(q -> create(course, categories, pkg.bankFile(), QuestionMedia.relinked(q.question(), links),
                q, errors));
    }

    /** Creates one bank question ({@code question}: {@code q}'s with its media links pointing at stored files). */
    private Optional<String> create(CourseId course, Map<String, Long> categories, String file, Question question,
                                    ParsedQuestion q, List<PackageProblem> errors) {
        String name = q.category().isEmpty() ? DEFAULT_CATEGORY : q.category();
        try {
            Long category = categories.get(name);
            if (category == null) {
                category = bank.createCategory(course, name);
                categories.put(name, category);
            }
            return Optional.of(bank.createQuestion(course, category, question));
        } catch (InvalidInputException refused) {
            refused.problems().forEach(p -> errors.add(PackageProblem.of(file, ModelCheck.problem(q.line(), p))));
        } catch (UserFacingException refused) {
            errors.add(PackageProblem.refusal(file, q.line(), refused));
        }
        return Optional.empty();
    }
}
