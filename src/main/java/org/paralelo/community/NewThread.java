package org.paralelo.community;

import java.util.List;
import org.paralelo.media.MediaId;

/**
 * A thread to open: for a debate, the title is its question and the body frames it. {@code attachments} are media
 * files the writer uploaded, listed under the post; images shown in the body need no entry here.
 */
public record NewThread(SpaceId space, ThreadKind kind, String title, String body, List<MediaId> attachments) {

    public NewThread {
        attachments = List.copyOf(attachments);
    }

    public NewThread(SpaceId space, ThreadKind kind, String title, String body) {
        this(space, kind, title, body, List.of());
    }
}
