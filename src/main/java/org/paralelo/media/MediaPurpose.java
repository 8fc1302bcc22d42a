package org.paralelo.media;

/** What an upload is for; each purpose has its own list of accepted formats. */
public enum MediaPurpose {
    /** A picture shown inside pages: PNG, JPEG, GIF or WebP. No SVG, which can carry scripts. */
    IMAGE,
    /** A file people download: PDF, DOCX, PPTX, XLSX, ODT, ODP, plain text, or one of the image formats. */
    ATTACHMENT,
    /**
     * A document a Network member shares as a resource: the attachment formats. Any signed-in member may upload
     * one (the resource then waits for moderation as its owner decides); the other purposes are for staff.
     */
    CONTRIBUTION
}
