package org.paralelo.interchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.paralelo.assessment.CategoryView;
import org.paralelo.assessment.QuestionBankService;
import org.paralelo.assessment.QuestionSummary;
import org.paralelo.assessment.QuestionView;
import org.paralelo.courses.CourseId;
import org.paralelo.people.AuditAction;
import org.paralelo.people.AuditService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * GIFT, Moodle XML (told apart by their text) and Aiken files into a course's question bank, with a report per
 * question: a broken question names its line and does not stop the others, unless the trainer chose all or
 * nothing. Also the bank back out as GIFT or Moodle XML.
 */
@Service
@Transactional
public class QuestionImportService {

    /** Longest category name the bank accepts. */
    static final int MAX_CATEGORY = 120;
    /** Warnings listed for one question; a file that raises more about one question is mostly noise past these. */
    static final int MAX_WARNINGS = 10;

    private final QuestionBankService bank;
    private final AuditService audit;
    private final QuestionMedia media;
    private final TransactionTemplate inTransaction;

    QuestionImportService(QuestionBankService bank, AuditService audit, QuestionMedia media,
                          PlatformTransactionManager transactions) {
        this.inTransaction = new TransactionTemplate(transactions);
        this.bank = bank;
        this.audit = audit;
        this.media = media;
    }

    /** What importing the text would do; stores nothing. {@code aiken} picks the format. */
    @Transactional(readOnly = true)
    @PreAuthorize("@courseAccess.canEdit(#course)")
    public QuestionImportReport preview(CourseId course, String text, boolean aiken) {
        return new QuestionImportReport(lines(parse(text, aiken), Map.of()), 0, false);
    }

    /**
     * Imports the readable questions (or, with {@code allOrNothing}, none if any is refused). Embedded files go to
     * the media library first, each in a short transaction of its own, so a refused file costs only its question;
     * then the questions in one transaction. All or nothing: files and questions in that one transaction.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @PreAuthorize("@courseAccess.canEdit(#course)")
    public QuestionImportReport importQuestions(CourseId course, String text, boolean aiken, boolean allOrNothing) {
        GiftResult parsed = parse(text, aiken);
        Map<String, String> links = new HashMap<>();
        if (allOrNothing) {
            return inTransaction.execute(status -> {
                QuestionImportReport report = importParsed(course, parsed, text, aiken, links,
                        media.store(parsed, links), true);
                if (!report.applied()) {
                    // Files stored for this import go again with its transaction.
                    status.setRollbackOnly();
                }
                return report;
            });
        }
        Map<String, GiftProblem> refusedFiles = media.store(parsed, links);
        return inTransaction.execute(status -> importParsed(course, parsed, text, aiken, links, refusedFiles, false));
    }

    private QuestionImportReport importParsed(CourseId course, GiftResult parsed, String text, boolean aiken,
                                              Map<String, String> links, Map<String, GiftProblem> refusedFiles,
                                              boolean allOrNothing) {
        List<QuestionImportReport.Line> lines = lines(parsed, refusedFiles);
        boolean anyError = lines.stream().anyMatch(l -> l.status().equals("error"));
        if (allOrNothing && anyError) {
            return new QuestionImportReport(lines, 0, false);
        }
        Map<String, Long> categories = new HashMap<>();
        bank.categories(course).forEach((CategoryView c) -> categories.put(c.name().toLowerCase(), c.id()));
        int stored = 0;
        for (ParsedQuestion q : parsed.questions()) {
            if (category(q).length() > MAX_CATEGORY || refusedFile(q, refusedFiles) != null) {
                continue;
            }
            String name = category(q);
            Long id = categories.get(name.toLowerCase());
            if (id == null) {
                id = bank.createCategory(course, name);
                categories.put(name.toLowerCase(), id);
            }
            bank.createQuestion(course, id, QuestionMedia.relinked(q.question(), links));
            stored++;
        }
        String format = aiken ? "Aiken" : MoodleXmlReader.looksLikeMoodleXml(text) ? "Moodle XML" : "GIFT";
        audit.record(AuditAction.QUESTIONS_IMPORTED, format + " → " + course.value() + ": " + stored);
        return new QuestionImportReport(lines, stored, true);
    }

    /** The whole bank as GIFT, category by category, oldest question first. */
    @Transactional(readOnly = true)
    @PreAuthorize("@courseAccess.canEdit(#course)")
    public String exportGift(CourseId course) {
        return GiftWriter.write(bankQuestions(course));
    }

    /** The whole bank as Moodle XML, in the same order. */
    @Transactional(readOnly = true)
    @PreAuthorize("@courseAccess.canEdit(#course)")
    public String exportMoodleXml(CourseId course) {
        return MoodleXmlWriter.write(bankQuestions(course), media::bytes);
    }

    private List<ParsedQuestion> bankQuestions(CourseId course) {
        Map<Long, String> names = new LinkedHashMap<>();
        bank.categories(course).forEach((CategoryView c) -> names.put(c.id(), c.name()));
        List<ParsedQuestion> questions = new ArrayList<>();
        for (QuestionSummary summary : bank.allQuestions(course).stream()
                .sorted(Comparator.comparing((QuestionSummary s) -> names.getOrDefault(s.categoryId(), ""))).toList()) {
            QuestionView view = bank.question(course, summary.key());
            questions.add(new ParsedQuestion(0, names.getOrDefault(view.categoryId(), ""), view.question()));
        }
        return questions;
    }

    /** Aiken when asked; otherwise Moodle XML when the text is XML, else GIFT. */
    private static GiftResult parse(String text, boolean aiken) {
        if (aiken) {
            return AikenParser.parse(text);
        }
        return MoodleXmlReader.looksLikeMoodleXml(text) ? MoodleXmlReader.parse(text) : GiftParser.parse(text);
    }

    private static String category(ParsedQuestion q) {
        return q.category().isEmpty() ? CoursePackageService.DEFAULT_CATEGORY : q.category();
    }

    /** The refusal of the first embedded file the question's text links to that the media library refused. */
    private static @Nullable GiftProblem refusedFile(ParsedQuestion q, Map<String, GiftProblem> refusedFiles) {
        return refusedFiles.entrySet().stream().filter(f -> q.question().text().contains(f.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    /** One line per question read and per problem, in file order. */
    private static List<QuestionImportReport.Line> lines(GiftResult parsed, Map<String, GiftProblem> refusedFiles) {
        List<QuestionImportReport.Line> lines = new ArrayList<>();
        Map<Integer, List<GiftProblem>> warningsByLine = new LinkedHashMap<>();
        parsed.warnings().forEach(w -> warningsByLine.computeIfAbsent(w.line(), l -> new ArrayList<>()).add(w));
        for (ParsedQuestion q : parsed.questions()) {
            String excerpt = QuestionExcerpt.of(q.question().text());
            if (category(q).length() > MAX_CATEGORY) {
                lines.add(new QuestionImportReport.Line(q.line(), excerpt, category(q), "error",
                        "interchange.questions.category-too-long", String.valueOf(MAX_CATEGORY)));
                continue;
            }
            GiftProblem refused = refusedFile(q, refusedFiles);
            if (refused != null) {
                lines.add(QuestionImportReport.Line.of(q.line(), excerpt, category(q), "error", refused));
                continue;
            }
            List<GiftProblem> warnings = warningsByLine.getOrDefault(q.line(), List.of());
            if (warnings.isEmpty()) {
                lines.add(new QuestionImportReport.Line(q.line(), excerpt, category(q), "ok", "", ""));
            }
            warningLines(q.line(), excerpt, category(q), warnings, lines);
        }
        // Warnings about something that gave no question (a type with no equivalent) stand on their own.
        Set<Integer> read = new HashSet<>();
        parsed.questions().forEach(q -> read.add(q.line()));
        warningsByLine.forEach((line, about) -> {
            if (!read.contains(line)) {
                warningLines(line, "", "", about, lines);
            }
        });
        parsed.problems().forEach(p -> lines.add(QuestionImportReport.Line.of(p.line(), "", "", "error", p)));
        lines.sort(Comparator.comparingInt(QuestionImportReport.Line::line));
        return lines;
    }

    /** A line per warning, at most {@link #MAX_WARNINGS} for one question, then one that counts the rest. */
    private static void warningLines(int line, String excerpt, String category, List<GiftProblem> warnings,
                                     List<QuestionImportReport.Line> lines) {
        warnings.stream().limit(MAX_WARNINGS).forEach(w -> lines.add(QuestionImportReport.Line.of(line, excerpt,
                category, "warning", w)));
        if (warnings.size() > MAX_WARNINGS) {
            int more = warnings.size() - MAX_WARNINGS;
            // The count goes as a number: the message chooses "1 aviso más" or "N avisos más" by it.
            lines.add(new QuestionImportReport.Line(line, excerpt, category, "warning",
                    "interchange.questions.more-warnings", String.valueOf(more), List.of(more), ""));
        }
    }

    /** The start of a question's text, on one line. */
    static final class QuestionExcerpt {
        private QuestionExcerpt() {
        }

        static String of(String text) {
            String flat = text.replaceAll("\\s+", " ").strip();
            return flat.length() <= 100 ? flat : flat.substring(0, 99) + "…";
        }
    }
}
