package org.paralelo.media;

/** What an upload is for; each purpose has its own list of accepted formats. */
public enum MediaPurpose {
    /** A picture shown inside pages: PNG, JPEG, GIF or WebP. No SVG, which can carry scripts. */
    IMAGE,
    /** A file people download: PDF, DOCX, PPTX, XLSX, ODT, ODP, plain text, or one of the image formats. */
    ATTACHMENT,
    /**
     * A document a Network member shares as a resource or attaches to a post: the attachment formats. Any signed-in
     * member may upload one; the other staff purposes are for trainers and admins.
     */
    CONTRIBUTION,
    /** A picture a Network member shows inside a post: the image formats, any signed-in member. */
    POST_IMAGE,
    /**
     * A member's avatar: the image formats, scaled down to {@link #AVATAR_PX} on its longest side (always re-encoded,
     * so without metadata) and capped at {@link #AVATAR_MAX_BYTES} on upload.
     */
    AVATAR;

    public static final int AVATAR_PX = 256;
    public static final long AVATAR_MAX_BYTES = 5L * 1024 * 1024;

    /** Whether any signed-in member may upload for this purpose (the others are for trainers and admins). */
    public boolean openToMembers() {
        return this == CONTRIBUTION || this == POST_IMAGE || this == AVATAR;
    }
}
