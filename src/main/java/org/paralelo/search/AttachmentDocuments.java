package org.paralelo.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paralelo.courses.ItemKind;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * Attachments linked from lessons ({@code media/<id>/<name>}): one document per page of extracted text, so a hit
 * names its page and the link opens the file there ({@code #page=14} for PDFs).
 */
@Component
class AttachmentDocuments implements DocumentMapper {

    /** The same link shape courses.MediaLinks reads. */
    private static final Pattern LINK = Pattern.compile("(?<![\\w/.-])media/(\\d{1,18})/");

    static Set<Long> mediaIdsIn(String markdown) {
        Set<Long> ids = new LinkedHashSet<>();
        Matcher matcher = LINK.matcher(markdown);
        while (matcher.find()) {
            ids.add(Long.parseLong(matcher.group(1)));
        }
        return ids;
    }

    @Override
    public List<IndexDoc> map(CourseEdition edition) {
        var course = edition.course();
        List<IndexDoc> docs = new ArrayList<>();
        Set<Long> seen = new LinkedHashSet<>();
        for (var module : course.modules()) {
            for (var item : module.items()) {
                if (item.kind() != ItemKind.LESSON || item.markdown() == null) {
                    continue;
                }
                for (long mediaId : mediaIdsIn(item.markdown())) {
                    if (!seen.add(mediaId)) {
                        continue;
                    }
                    edition.attachments().find(course.courseId(), mediaId).ifPresent(text -> {
                        String file = "/media/" + mediaId + "/" + UriUtils.encodePathSegment(
                                text.fileName().replaceAll("[%;\\\\/?#]", "_"), java.nio.charset.StandardCharsets.UTF_8);
                        for (int p = 0; p < text.pages().size(); p++) {
                            String page = text.pages().get(p);
                            if (page.isBlank()) {
                                continue;
                            }
                            Integer number = text.paged() ? p + 1 : null;
                            docs.add(new IndexDoc(edition.id("media/" + mediaId + "/" + (p + 1)), course.courseId(),
                                    edition.edition(), ContentType.ATTACHMENT, course.languageTag(), text.fileName(),
                                    course.title(), List.of(course.title(), module.title(), item.title()),
                                    course.topicCodes(), "", page, edition.itemPath(item),
                                    number == null ? file : file + "#page=" + number, number, mediaId));
                        }
                    });
                }
            }
        }
        return docs;
    }
}
