package org.paralelo.interchange.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.core.FileUploadSizeException;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;
import org.paralelo.base.Languages;
import org.paralelo.base.UserFacingException;
import org.paralelo.courses.CourseId;
import org.paralelo.interchange.CoursePackageService;
import org.paralelo.interchange.ImportOptions;
import org.paralelo.interchange.ImportReport;
import org.paralelo.interchange.PackageFiles;
import org.paralelo.interchange.PackageImportFailedException;
import org.paralelo.interchange.PackageLimits;
import org.paralelo.interchange.PackageProblem;
import org.paralelo.interchange.PackageRefusedException;
import org.paralelo.interchange.QuestionImportService;
import org.paralelo.interchange.UploadFormat;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/packages}: imports a course package or an IMS Common Cartridge sent as {@code multipart/form-data}
 * (field {@code file}), for scripts; a bare GIFT, Aiken or Moodle XML question file goes into the bank of the course
 * named by {@code course=<id>} ({@link QuestionUpload}). The kind is told from the bytes, never from the name. A
 * plain servlet, not a Spring MVC controller, so that nothing parses the multipart body before it arrives here:
 * commons-fileupload streams it straight into the package reader with a cap on the request size and the number of
 * parts, and the reader applies its own caps to the ZIP inside.
 *
 * <p>Query parameters: {@code preview=true} only reports, {@code publish=true} publishes after importing,
 * {@code course=<id>} updates that course. The answer is the import report as JSON: 200 when imported (or
 * previewed), 422 with the errors when nothing was imported, 403 for people who are not trainers or admins, 413
 * when the request passes {@link #MAX_REQUEST_BYTES} (said by its Content-Length, or found while a chunked body
 * is read) or holds too many parts, 400 for a broken multipart body. Nothing is stored before the whole package has
 * been read, so a refused upload leaves nothing behind.
 */
public class PackageUploadServlet extends HttpServlet {

    /** The package may be 200 MB uncompressed; compressed it arrives smaller, plus a little multipart overhead. */
    public static final long MAX_REQUEST_BYTES = 210L * 1024 * 1024;

    private final transient CoursePackageService packages;
    private final transient MessageSource messages;
    private final transient JsonMapper json = JsonMapper.builder().build();
    private final transient QuestionUpload questionUpload;

    public PackageUploadServlet(CoursePackageService packages, QuestionImportService questions,
                                MessageSource messages) {
        this.packages = packages;
        this.messages = messages;
        this.questionUpload = new QuestionUpload(questions, messages, this::send);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locale(request);
        if (!JakartaServletFileUpload.isMultipartContent(request)) {
            problem(response, 415, "interchange.api.multipart-required", locale);
            return;
        }
        ImportOptions options;
        try {
            String course = request.getParameter("course");
            options = new ImportOptions("true".equals(request.getParameter("publish")),
                    course == null || course.isBlank() ? null : new CourseId(Long.parseLong(course.strip())));
        } catch (NumberFormatException e) {
            problem(response, 400, "interchange.api.bad-course", locale);
            return;
        }
        boolean preview = "true".equals(request.getParameter("preview"));
        JakartaServletFileUpload<?, ?> upload = new JakartaServletFileUpload<>();
        upload.setMaxSize(MAX_REQUEST_BYTES);
        upload.setMaxFileSize(MAX_REQUEST_BYTES);
        upload.setMaxFileCount(10);
        try {
            FileItemInputIterator parts = upload.getItemIterator(request);
            while (parts.hasNext()) {
                FileItemInput part = parts.next();
                if (!part.isFormField() && "file".equals(part.getFieldName())) {
                    PackageFiles files;
                    try (InputStream raw = part.getInputStream()) {
                        BufferedInputStream in = new BufferedInputStream(raw, UploadFormat.HEAD_BYTES);
                        in.mark(UploadFormat.HEAD_BYTES);
                        UploadFormat format = UploadFormat.detect(in.readNBytes(UploadFormat.HEAD_BYTES));
                        in.reset();
                        if (format.questions()) {
                            questionUpload.answer(in, format, options.target(), preview, response, locale);
                            return;
                        } else if (format != UploadFormat.ZIP) {
                            problem(response, 422, "interchange.upload.unknown-format", locale);
                            return;
                        }
                        files = PackageFiles.fromZip(in, PackageLimits.defaults());
                    }
                    ImportReport report = preview ? packages.preview(files, options)
                            : packages.importPackage(files, options);
                    write(response, 200, report, locale);
                    return;
                }
            }
            problem(response, 400, "interchange.api.no-file", locale);
        } catch (PackageRefusedException e) {
            write(response, 422, ImportReportJson.refused(e.problems()), locale);
        } catch (PackageImportFailedException e) {
            write(response, 422, e.report(), locale);
        } catch (AccessDeniedException e) {
            problem(response, 403, "interchange.api.forbidden", locale);
        } catch (AuthenticationException e) {
            problem(response, 401, "interchange.api.forbidden", locale);
        } catch (FileUploadSizeException e) {
            // The rest of the body is not read: the connection closes after the answer.
            response.setHeader("Connection", "close");
            problem(response, 413, "interchange.api.too-large", locale, MAX_REQUEST_BYTES / (1024 * 1024));
        } catch (FileUploadException e) {
            problem(response, 400, "interchange.api.bad-multipart", locale);
        } catch (UserFacingException e) {
            problem(response, 422, e.messageKey(), locale);
        }
    }

    /** The first language of Accept-Language that Paralelo speaks; Spanish without the header or a match. */
    static Locale locale(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") != null) {
            for (Locale wanted : Collections.list(request.getLocales())) {
                if (Languages.SUPPORTED.stream().anyMatch(l -> l.getLanguage().equals(wanted.getLanguage()))) {
                    return Languages.supported(wanted);
                }
            }
        }
        return Languages.SPANISH;
    }

    private void write(HttpServletResponse response, int status, ImportReport report, Locale locale)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("imported", report.imported());
        body.put("published", report.published());
        body.put("format", report.format());
        body.put("action", report.action());
        body.put("courseId", report.courseId());
        body.put("code", report.code());
        body.put("title", report.title());
        body.put("modules", report.modules());
        body.put("lessons", report.lessons());
        body.put("quizzes", report.quizzes());
        body.put("questions", report.questions());
        body.put("media", report.media());
        body.put("errors", problems(report.errors(), locale));
        body.put("warnings", problems(report.warnings(), locale));
        send(response, status, body);
    }

    private List<Map<String, Object>> problems(List<PackageProblem> problems, Locale locale) {
        return problems.stream().map(p -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("file", p.file());
            one.put("line", p.line());
            one.put("where", p.where());
            one.put("code", p.messageKey());
            if (!p.field().isEmpty()) {
                one.put("field", p.field());
            }
            one.put("message", messages.getMessage(p.displayKey(), p.messageArguments(), p.messageKey(), locale));
            return one;
        }).toList();
    }

    private void problem(HttpServletResponse response, int status, String key, Locale locale, Object... arguments)
            throws IOException {
        send(response, status, Map.of("error", key, "message", messages.getMessage(key, arguments, key, locale)));
    }

    void send(HttpServletResponse response, int status, Object body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        json.writeValue(response.getOutputStream(), body);
    }

    /** A report for a package that could not even be opened. */
    static final class ImportReportJson {
        private ImportReportJson() {
        }

        static ImportReport refused(List<PackageProblem> problems) {
            return new ImportReport("", "", "", ImportReport.CREATE, null, 0, 0, 0, 0, List.of(), problems, List.of(),
                    false, false);
        }
    }
}
