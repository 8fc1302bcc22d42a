package org.paralelo.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paralelo.base.SystemTask;
import org.paralelo.courses.CourseImportService;
import org.paralelo.courses.SampleCourse;
import org.paralelo.courses.SampleLibrary;
import org.paralelo.media.MediaPurpose;
import org.paralelo.media.MediaService;
import org.paralelo.media.StoredMedia;
import org.paralelo.people.AccountService;
import org.paralelo.support.As;
import org.springframework.core.io.ClassPathResource;

/**
 * Loads the whole sample library, published, through the same import path as the first start; the files in each
 * course's media/ folder are uploaded and the lessons' links rewritten to them, as the package importer will.
 */
final class SampleContent {

    private static final Pattern MEDIA_LINK = Pattern.compile("\\(media/([A-Za-z0-9._-]+)\\)");
    private static volatile boolean loaded;
    static final Map<String, StoredMedia> UPLOADS = new HashMap<>();

    private SampleContent() {
    }

    static synchronized void load(CourseImportService imports, MediaService media, AccountService accounts,
                                  CourseIndexer indexer, AttachmentTextStore attachments) {
        if (loaded) {
            return;
        }
        for (String folder : SampleLibrary.FOLDERS) {
            // Uploads are stored as the admin (a real person), the import runs as the system, like the first start.
            SampleCourse course = As.admin(() -> withUploads(folder, SampleLibrary.read(folder), media));
            SystemTask.run(() -> imports.importPublishedIfAbsent(course,
                    accounts.idOf(AccountService.ADMIN_USERNAME).orElseThrow()));
        }
        indexer.awaitIdle();
        attachments.awaitIdle();
        indexer.awaitIdle();
        loaded = true;
    }

    private static SampleCourse withUploads(String folder, SampleCourse course, MediaService media) {
        List<SampleCourse.SampleModule> modules = course.modules().stream().map(m -> new SampleCourse.SampleModule(
                m.code(), m.title(), m.objectives(), m.lessons().stream().map(l -> new SampleCourse.SampleLesson(
                        l.code(), l.title(), relink(folder, l.markdown(), media), l.required())).toList())).toList();
        return new SampleCourse(course.code(), course.language(), course.title(), course.summary(),
                course.estimatedHours(), course.topics(), modules);
    }

    private static String relink(String folder, String markdown, MediaService media) {
        Matcher link = MEDIA_LINK.matcher(markdown);
        StringBuilder out = new StringBuilder();
        while (link.find()) {
            String name = link.group(1);
            StoredMedia stored = UPLOADS.computeIfAbsent(name, n -> upload(folder, n, media));
            link.appendReplacement(out, Matcher.quoteReplacement("(media/" + stored.id().value() + "/" + name + ")"));
        }
        link.appendTail(out);
        return out.toString();
    }

    private static StoredMedia upload(String folder, String name, MediaService media) {
        try (InputStream in = new ClassPathResource("content-samples/" + folder + "/media/" + name).getInputStream()) {
            return media.store(in, name, MediaPurpose.ATTACHMENT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
