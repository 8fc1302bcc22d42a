package org.paralelo.community;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.paralelo.base.UserFacingException;
import org.paralelo.community.domain.PostFileStore;
import org.paralelo.community.domain.PostFileStore.FileRow;
import org.paralelo.media.MediaId;
import org.paralelo.media.MediaService;
import org.paralelo.media.StoredMedia;
import org.springframework.stereotype.Component;

/**
 * The images and attachments of a post. Images are the media files its Markdown shows ({@code ![…](/media/12/…)});
 * attachments are listed under it. A post may carry only files its writer uploaded, or files it already had (a
 * moderator's edit keeps the author's): attaching someone else's file would let a new audience read it.
 */
@Component
class PostFiles {

    static final int MAX_FILES = 10;
    static final String IMAGE = "IMAGE";
    static final String ATTACHMENT = "ATTACHMENT";
    private static final Pattern MEDIA_IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\(\\s*/media/(\\d+)/");

    private final PostFileStore files;
    private final MediaService media;

    PostFiles(PostFileStore files, MediaService media) {
        this.files = files;
        this.media = media;
    }

    /** Media ids the Markdown shows as images, in order. */
    static Set<Long> imagesIn(String body) {
        Set<Long> ids = new LinkedHashSet<>();
        Matcher m = MEDIA_IMAGE.matcher(body);
        while (m.find()) {
            try {
                ids.add(Long.parseLong(m.group(1)));
            } catch (NumberFormatException tooLong) {
                // Not one of ours: the renderer drops it.
            }
        }
        return ids;
    }

    /**
     * The files a post will carry: its images and attachments, each checked to be the writer's own upload (or
     * already on the post) and of the right kind. Refused with a message otherwise.
     */
    List<FileRow> resolve(long postId, String body, List<MediaId> attachments, Collection<FileRow> current) {
        Map<Long, FileRow> had = current.stream().collect(Collectors.toMap(FileRow::mediaId, f -> f, (a, b) -> a));
        Set<Long> images = imagesIn(body);
        Set<Long> attached = attachments.stream().map(MediaId::value).collect(Collectors.toCollection(LinkedHashSet::new));
        if (images.size() + attached.size() > MAX_FILES) {
            throw new UserFacingException("community.error.too-many-files", MAX_FILES);
        }
        List<FileRow> rows = new ArrayList<>();
        for (long id : images) {
            rows.add(row(postId, id, IMAGE, rows.size(), had));
        }
        for (long id : attached) {
            if (!images.contains(id)) {
                rows.add(row(postId, id, ATTACHMENT, rows.size(), had));
            }
        }
        return rows;
    }

    private FileRow row(long postId, long id, String kind, int position, Map<Long, FileRow> had) {
        FileRow before = had.get(id);
        // A file kept from before was checked when first attached; one that now becomes an image is checked again.
        if (before != null && (ATTACHMENT.equals(kind) || IMAGE.equals(before.kind()))) {
            return new FileRow(postId, id, kind, position, before.name(), before.sizeBytes());
        }
        StoredMedia mine = media.mine(new MediaId(id))
                .orElseThrow(() -> new UserFacingException("community.error.file-not-yours"));
        if (IMAGE.equals(kind) && !mine.isImage()) {
            throw new UserFacingException("community.error.file-not-image");
        }
        return new FileRow(postId, id, kind, position, mine.originalName(), mine.sizeBytes());
    }

    void save(long postId, List<FileRow> rows) {
        files.replace(postId, rows);
    }

    List<FileRow> of(long postId) {
        return files.ofPosts(List.of(postId));
    }

    /** The files of these posts for readers, by post id. */
    Map<Long, List<PostFile>> views(Collection<Long> postIds) {
        return files.ofPosts(postIds).stream().collect(Collectors.groupingBy(FileRow::postId,
                Collectors.mapping(PostFiles::view, Collectors.toList())));
    }

    /** Image ids a post may show (the renderer drops every other image). */
    static Set<Long> imageIds(List<FileRow> rows) {
        return rows.stream().filter(r -> IMAGE.equals(r.kind())).map(FileRow::mediaId).collect(Collectors.toSet());
    }

    private static PostFile view(FileRow row) {
        return new PostFile(new MediaId(row.mediaId()), IMAGE.equals(row.kind()), row.name(), row.sizeBytes(),
                StoredMedia.downloadPath(new MediaId(row.mediaId()), row.name()));
    }
}
