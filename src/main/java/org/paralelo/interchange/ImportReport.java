package org.paralelo.interchange;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an import will do (preview) or did: the course it creates or updates, what it holds, and every error and
 * warning with its file and line. The same report goes to the upload page and, as JSON, to scripts.
 *
 * @param format     the format read: {@code paralelo-course/1}, {@code IMS Common Cartridge 1.3.0}; empty when
 *                   the upload could not be read as either
 * @param action     {@code create} or {@code update}
 * @param courseId   the course updated (preview) or created/updated (after the import); null for a new course
 *                   in a preview, or when the import failed
 * @param imported   whether the import was carried out (false for every preview)
 */
public record ImportReport(String format, String code, String title, String action, @Nullable Long courseId, int modules,
                           int lessons, int quizzes, int questions, List<String> media,
                           List<PackageProblem> errors, List<PackageProblem> warnings, boolean imported,
                           boolean published) {

    public static final String CREATE = "create";
    public static final String UPDATE = "update";

    public ImportReport {
        media = List.copyOf(media);
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    static ImportReport refused(List<PackageProblem> errors, List<PackageProblem> warnings) {
        return new ImportReport("", "", "", CREATE, null, 0, 0, 0, 0, List.of(), errors, warnings, false, false);
    }

    /** The report of an import that stopped: these errors too, nothing imported, no course created. */
    ImportReport withErrors(List<PackageProblem> more) {
        List<PackageProblem> all = new java.util.ArrayList<>(errors);
        all.addAll(more);
        return new ImportReport(format, code, title, action, CREATE.equals(action) ? null : courseId, modules,
                lessons, quizzes, questions, media, all, warnings, false, false);
    }

    ImportReport done(long id, boolean isPublished) {
        return new ImportReport(format, code, title, action, id, modules, lessons, quizzes, questions, media, errors,
                warnings, true, isPublished);
    }

    /** A completed import shown as the preview it was: nothing imported, and no id for a course it created. */
    ImportReport asPreview() {
        return new ImportReport(format, code, title, action, CREATE.equals(action) ? null : courseId, modules,
                lessons, quizzes, questions, media, errors, warnings, false, false);
    }
}
