package org.paralelo.interchange.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.paralelo.courses.CourseId;
import org.paralelo.interchange.QuestionImportReport;
import org.paralelo.interchange.QuestionImportService;
import org.paralelo.interchange.UploadFormat;
import org.springframework.context.MessageSource;

/**
 * A bare question file sent to {@code /api/packages}: previewed or imported, all or nothing, into the bank of the
 * course named by {@code course=<id>}; without a course the answer says how to name one.
 */
final class QuestionUpload {

    /** A question file of a few thousand questions is a few MB. */
    static final int MAX_TEXT_BYTES = 10 * 1024 * 1024;

    /** How the servlet writes a JSON answer. */
    interface Sender {
        void send(HttpServletResponse response, int status, Object body) throws IOException;
    }

    private final QuestionImportService questions;
    private final MessageSource messages;
    private final Sender sender;

    QuestionUpload(QuestionImportService questions, MessageSource messages, Sender sender) {
        this.questions = questions;
        this.messages = messages;
        this.sender = sender;
    }

    void answer(InputStream in, UploadFormat format, @Nullable CourseId course, boolean preview,
                HttpServletResponse response, Locale locale) throws IOException {
        String name = switch (format) {
            case MOODLE_XML -> "Moodle XML";
            case AIKEN -> "Aiken";
            default -> "GIFT";
        };
        if (course == null) {
            sender.send(response, 422, Map.of("error", "interchange.api.questions-need-course", "message",
                    messages.getMessage("interchange.api.questions-need-course", new Object[] {name}, locale)));
            return;
        }
        byte[] bytes = in.readNBytes(MAX_TEXT_BYTES + 1);
        if (bytes.length > MAX_TEXT_BYTES) {
            sender.send(response, 413, Map.of("error", "interchange.api.too-large", "message", messages.getMessage(
                    "interchange.api.too-large", new Object[] {MAX_TEXT_BYTES / (1024 * 1024)}, locale)));
            return;
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        boolean aiken = format == UploadFormat.AIKEN;
        QuestionImportReport report = preview ? questions.preview(course, text, aiken)
                : questions.importQuestions(course, text, aiken, true);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("format", name);
        body.put("imported", report.applied());
        body.put("stored", report.stored());
        body.put("lines", lines(report.lines(), locale));
        sender.send(response, report.errors() > 0 ? 422 : 200, body);
    }

    private List<Map<String, Object>> lines(List<QuestionImportReport.Line> lines, Locale locale) {
        return lines.stream().map(l -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("line", l.line());
            one.put("status", l.status());
            one.put("excerpt", l.excerpt());
            if (!l.messageKey().isEmpty()) {
                one.put("code", l.messageKey());
                one.put("message", messages.getMessage(l.displayKey(), l.messageArguments(), l.messageKey(),
                        locale));
            }
            return one;
        }).toList();
    }
}
