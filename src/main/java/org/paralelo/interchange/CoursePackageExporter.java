package org.paralelo.interchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;
import org.paralelo.assessment.CategoryView;
import org.paralelo.assessment.PublishedQuiz;
import org.paralelo.assessment.PublishedQuizService;
import org.paralelo.assessment.Question;
import org.paralelo.assessment.QuestionBankService;
import org.paralelo.assessment.QuestionSummary;
import org.paralelo.assessment.QuestionView;
import org.paralelo.assessment.QuizDraft;
import org.paralelo.assessment.QuizService;
import org.paralelo.assessment.QuizSettings;
import org.paralelo.assessment.SlotKind;
import org.paralelo.courses.CourseId;
import org.paralelo.courses.CourseImportService;
import org.paralelo.courses.ItemKind;
import org.paralelo.courses.PublishedCourse;
import org.paralelo.media.MediaDownload;
import org.paralelo.media.MediaId;
import org.paralelo.media.MediaService;
import org.paralelo.people.AuditAction;
import org.paralelo.people.AuditService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a course, its draft or one published version, as a {@code paralelo-course/1} package: the manifest,
 * one Markdown file per lesson, one GIFT file per quiz, the bank's other questions and the media the lessons link
 * to. The output is deterministic (sorted entries, fixed timestamps), so exporting the same content twice gives
 * the same files: the round trip export → import → export is checked on every sample course.
 */
@Service
@Transactional(readOnly = true)
public class CoursePackageExporter {

    private static final Pattern STORED_LINK = Pattern.compile("(?<![\\w/.:-])media/(\\d{1,18})/[^\\s)\"'<>]*");
    private static final long FIXED_TIME = 315_532_800_000L; // 1980-01-01, the earliest a ZIP can say

    private final AuditService audit;
    private final CourseImportService courses;
    private final QuestionBankService bank;
    private final QuizService quizzes;
    private final PublishedQuizService publishedQuizzes;
    private final MediaService media;

    CoursePackageExporter(CourseImportService courses, QuestionBankService bank, QuizService quizzes,
                          PublishedQuizService publishedQuizzes, MediaService media, AuditService audit) {
        this.audit = audit;
        this.courses = courses;
        this.bank = bank;
        this.quizzes = quizzes;
        this.publishedQuizzes = publishedQuizzes;
        this.media = media;
    }

    /** The package's files: path → bytes. {@code version} null exports the draft. */
    @PreAuthorize("@courseAccess.canEdit(#course)")
    public Map<String, byte[]> files(CourseId course, @Nullable Integer version) {
        PublishedCourse content = version == null ? courses.draftContent(course)
                : courses.versionContent(course, version);
        String code = courses.code(course).orElse("curso-" + course.value());
        Map<Long, String> categoryNames = new HashMap<>();
        bank.categories(course).forEach((CategoryView c) -> categoryNames.put(c.id(), c.name()));
        Map<String, byte[]> files = new TreeMap<>();
        MediaNames names = new MediaNames();
        Set<String> usedQuestions = new HashSet<>();
        StringBuilder yaml = new StringBuilder();
        yaml.append("format: ").append(CoursePackage.FORMAT).append('\n')
                .append("code: ").append(code).append('\n')
                .append("language: ").append(content.languageTag()).append('\n')
                .append("title: ").append(Yaml.quote(content.title())).append('\n')
                .append("summary: ").append(Yaml.quote(content.summary())).append('\n')
                .append("topics: [").append(String.join(", ", content.topicCodes().stream().sorted().toList()))
                .append("]\n")
                .append("estimatedHours: ").append(content.estimatedHours()).append('\n');
        StringBuilder modules = new StringBuilder("modules:\n");
        for (PublishedCourse.Module module : content.modules()) {
            modules.append("  - code: ").append(module.key()).append('\n')
                    .append("    title: ").append(Yaml.quote(module.title())).append('\n')
                    .append("    objectives: ").append(Yaml.quote(module.objectives())).append('\n')
                    .append("    items:\n");
            for (PublishedCourse.Item item : module.items()) {
                boolean quiz = item.kind() == ItemKind.QUIZ;
                String file = (quiz ? "quizzes/" : "lessons/") + item.key() + (quiz ? ".gift" : ".md");
                modules.append("      - type: ").append(quiz ? "quiz" : "lesson").append('\n')
                        .append("        code: ").append(item.key()).append('\n')
                        .append("        title: ").append(Yaml.quote(item.title())).append('\n')
                        .append("        file: ").append(file).append('\n')
                        .append("        required: ").append(item.required()).append('\n');
                if (quiz) {
                    QuizContent quizContent = version == null ? draftQuiz(course, item, categoryNames)
                            : publishedQuiz(course, version, item, categoryNames);
                    usedQuestions.addAll(quizContent.keys());
                    settings(modules, quizContent.settings());
                    files.put(file, utf8(quizContent.gift()));
                } else {
                    files.put(file, utf8(unlink(item.markdown() == null ? "" : item.markdown(), names, files)));
                }
            }
        }
        if (version == null) {
            List<ParsedQuestion> rest = new ArrayList<>();
            for (QuestionSummary q : bank.allQuestions(course)) {
                if (!usedQuestions.contains(q.key())) {
                    QuestionView view = bank.question(course, q.key());
                    rest.add(new ParsedQuestion(0, categoryNames.getOrDefault(view.categoryId(), ""),
                            view.question()));
                }
            }
            if (!rest.isEmpty()) {
                yaml.append("bank: quizzes/bank.gift\n");
                files.put("quizzes/bank.gift", utf8(GiftWriter.write(rest)));
            }
        }
        files.put(PackageReader.MANIFEST, utf8(yaml.append(modules).toString()));
        return files;
    }

    /** The package as a ZIP. Read-write: it writes the audit entry, which MariaDB refuses in a read-only transaction. */
    @PreAuthorize("@courseAccess.canEdit(#course)")
    @Transactional
    public byte[] export(CourseId course, @Nullable Integer version) {
        byte[] zip = zip(files(course, version));
        audit.record(AuditAction.PACKAGE_EXPORTED, course.value() + (version == null ? "" : " v" + version));
        return zip;
    }

    static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> file : new TreeMap<>(files).entrySet()) {
                ZipEntry entry = new ZipEntry(file.getKey());
                entry.setTime(FIXED_TIME);
                zip.putNextEntry(entry);
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private record QuizContent(QuizSettings settings, String gift, Set<String> keys) {
    }

    private QuizContent draftQuiz(CourseId course, PublishedCourse.Item item, Map<Long, String> categoryNames) {
        QuizDraft quiz = quizzes.quiz(course, item.key());
        List<ParsedQuestion> questions = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        StringBuilder notes = new StringBuilder();
        for (QuizDraft.Slot slot : quiz.slots()) {
            if (slot.kind() == SlotKind.FIXED && slot.question() != null) {
                QuestionView view = bank.question(course, slot.question().key());
                keys.add(view.key());
                questions.add(new ParsedQuestion(0, categoryNames.getOrDefault(view.categoryId(), ""),
                        view.question()));
            } else if (slot.kind() == SlotKind.RANDOM) {
                notes.append("// A random draw of ").append(slot.draw()).append(" from \"")
                        .append(slot.categoryName()).append("\" is not part of the package format yet.\n");
            }
        }
        return new QuizContent(quiz.settings(), notes + GiftWriter.write(questions), keys);
    }

    private QuizContent publishedQuiz(CourseId course, int version, PublishedCourse.Item item,
                                      Map<Long, String> categoryNames) {
        PublishedQuiz quiz = publishedQuizzes.fullQuiz(course, version, item.key()).orElse(null);
        if (quiz == null) {
            return new QuizContent(QuizSettings.defaults(), "", Set.of());
        }
        Map<String, String> categoryOf = new HashMap<>();
        bank.allQuestions(course).forEach(q -> categoryOf.put(q.key(), categoryNames.getOrDefault(q.categoryId(), "")));
        List<ParsedQuestion> questions = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        for (PublishedQuiz.Slot slot : quiz.slots()) {
            for (PublishedQuiz.FrozenQuestion q : slot.questions()) {
                if (keys.add(q.key())) {
                    String category = slot.categoryName() != null ? slot.categoryName()
                            : categoryOf.getOrDefault(q.key(), "");
                    Question question = q.question();
                    questions.add(new ParsedQuestion(0, category, question));
                }
            }
        }
        return new QuizContent(quiz.settings(), GiftWriter.write(questions), keys);
    }

    private static void settings(StringBuilder out, QuizSettings s) {
        out.append("        settings:\n")
                .append("          passMarkPercent: ").append(s.passMarkPercent()).append('\n')
                .append("          attemptsAllowed: ").append(s.attemptsAllowed()).append('\n')
                .append("          timeLimitMinutes: ").append(s.timeLimitMinutes()).append('\n')
                .append("          shuffleQuestions: ").append(s.shuffleQuestions()).append('\n')
                .append("          shuffleAnswers: ").append(s.shuffleAnswers()).append('\n')
                .append("          feedback: ").append(s.feedbackTiming().name().toLowerCase().replace('_', '-'))
                .append('\n')
                .append("          grading: ").append(s.gradingPolicy().name().toLowerCase()).append('\n');
        if (s.closesOn() != null) {
            out.append("          closesOn: ").append(s.closesOn()).append('\n');
        }
    }

    /** Turns stored links ({@code media/12/x.pdf}) back into package links and adds the files. */
    private String unlink(String markdown, MediaNames names, Map<String, byte[]> files) {
        Matcher link = STORED_LINK.matcher(markdown);
        StringBuilder out = new StringBuilder();
        while (link.find()) {
            long id = Long.parseLong(link.group(1));
            String path = names.pathOf(id, this::originalName);
            if (!files.containsKey(path)) {
                files.put(path, bytes(id));
            }
            link.appendReplacement(out, Matcher.quoteReplacement(path));
        }
        link.appendTail(out);
        return out.toString();
    }

    private String originalName(long id) {
        return media.find(new MediaId(id)).map(m -> m.originalName()).orElse("archivo-" + id);
    }

    private byte[] bytes(long id) {
        MediaDownload download = media.open(new MediaId(id));
        try (InputStream in = download.content().open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Gives each stored file one package path, named after its upload and made unique. */
    private static final class MediaNames {
        private final Map<Long, String> paths = new LinkedHashMap<>();
        private final Set<String> taken = new HashSet<>();

        String pathOf(long id, java.util.function.LongFunction<String> name) {
            return paths.computeIfAbsent(id, key -> {
                String base = name.apply(key).replaceAll("[^\\p{L}\\p{N}._-]", "-");
                String candidate = base;
                for (int n = 2; !taken.add(candidate); n++) {
                    int dot = base.lastIndexOf('.');
                    candidate = dot > 0 ? base.substring(0, dot) + "-" + n + base.substring(dot) : base + "-" + n;
                }
                return "media/" + candidate;
            });
        }
    }

    /** Double-quoted YAML scalars: every string survives exactly, line breaks included. */
    static final class Yaml {
        private Yaml() {
        }

        static String quote(String text) {
            StringBuilder out = new StringBuilder("\"");
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\t' -> out.append("\\t");
                    case '\r' -> out.append("\\r");
                    default -> {
                        if (c < 0x20) {
                            out.append(String.format("\\x%02x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            return out.append('"').toString();
        }
    }
}
