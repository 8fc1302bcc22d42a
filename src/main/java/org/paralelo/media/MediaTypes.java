package org.paralelo.media;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** The accepted formats per purpose, their file extensions, and a generic name for everything else. */
final class MediaTypes {

    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String ODT = "application/vnd.oasis.opendocument.text";
    static final String ODP = "application/vnd.oasis.opendocument.presentation";
    static final String TEXT = "text/plain";
    static final String PNG = "image/png";
    static final String JPEG = "image/jpeg";
    static final String GIF = "image/gif";
    static final String WEBP = "image/webp";

    /** Accepted types in the order formats are listed to people, with their extensions (canonical first). */
    private static final Map<String, List<String>> EXTENSIONS = new LinkedHashMap<>();

    static {
        EXTENSIONS.put(PDF, List.of("pdf"));
        EXTENSIONS.put(DOCX, List.of("docx"));
        EXTENSIONS.put(PPTX, List.of("pptx"));
        EXTENSIONS.put(XLSX, List.of("xlsx"));
        EXTENSIONS.put(ODT, List.of("odt"));
        EXTENSIONS.put(ODP, List.of("odp"));
        EXTENSIONS.put(TEXT, List.of("txt", "text", "csv", "md"));
        EXTENSIONS.put(PNG, List.of("png"));
        EXTENSIONS.put(JPEG, List.of("jpg", "jpeg", "jpe", "jfif"));
        EXTENSIONS.put(GIF, List.of("gif"));
        EXTENSIONS.put(WEBP, List.of("webp"));
    }

    static final Set<String> IMAGES = Set.of(PNG, JPEG, GIF, WEBP);
    static final Set<String> ATTACHMENTS = Set.copyOf(EXTENSIONS.keySet());

    private MediaTypes() {
    }

    static boolean allowed(MediaPurpose purpose, String mediaType) {
        return switch (purpose) {
            case IMAGE, POST_IMAGE, AVATAR -> IMAGES.contains(mediaType);
            case ATTACHMENT, CONTRIBUTION -> ATTACHMENTS.contains(mediaType);
        };
    }

    static boolean isImage(String mediaType) {
        return IMAGES.contains(mediaType);
    }

    /** The accepted formats for a purpose as people know them, e.g. "PNG, JPEG, GIF, WebP". */
    static String formatList(MediaPurpose purpose) {
        return EXTENSIONS.keySet().stream().filter(type -> allowed(purpose, type))
                .map(type -> type.equals(TEXT) ? "TXT" : type.equals(WEBP) ? "WebP"
                        : EXTENSIONS.get(type).getFirst().toUpperCase(Locale.ROOT).replace("JPG", "JPEG"))
                .collect(Collectors.joining(", "));
    }

    /** The accepted type a file name claims through its extension, if any. */
    static Optional<String> claimedBy(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) {
            return Optional.empty();
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return EXTENSIONS.entrySet().stream().filter(e -> e.getValue().contains(extension))
                .map(Map.Entry::getKey).findFirst();
    }

    /** The usual extension of an accepted type, e.g. "docx". */
    static String extensionOf(String mediaType) {
        List<String> extensions = EXTENSIONS.get(mediaType);
        if (extensions == null) {
            throw new IllegalArgumentException("Not an accepted type: " + mediaType);
        }
        return extensions.getFirst();
    }

    /** Names a detected type in a few generic words, for refusals ("a compressed archive", "a web page"). */
    static Kind kindOf(String mediaType) {
        String type = mediaType.toLowerCase(Locale.ROOT);
        if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
            return Kind.WEB_PAGE;
        }
        if (type.startsWith("image/")) {
            return Kind.IMAGE;
        }
        if (type.startsWith("audio/")) {
            return Kind.AUDIO;
        }
        if (type.startsWith("video/")) {
            return Kind.VIDEO;
        }
        if (type.equals("application/zip") || type.equals("application/gzip") || type.contains("compressed")
                || type.contains("x-tar") || type.contains("x-7z") || type.contains("rar") || type.contains("bzip")
                || type.contains("x-xz") || type.equals("application/x-archive")) {
            return Kind.ARCHIVE;
        }
        if (type.contains("executable") || type.contains("msdownload") || type.contains("sharedlib")
                || type.contains("x-elf") || type.contains("mach-o") || type.contains("java")
                || type.contains("javascript") || type.contains("x-sh") || type.contains("bat")
                || type.contains("x-msi") || type.contains("dosexec") || type.contains("x-python")) {
            return Kind.PROGRAM;
        }
        if (type.startsWith("text/")) {
            return Kind.TEXT;
        }
        if (type.contains("pdf") || type.contains("officedocument") || type.contains("opendocument")
                || type.contains("ms-") || type.contains("msword") || type.contains("rtf")
                || type.contains("x-tika-") || type.contains("epub") || type.contains("xml")) {
            return Kind.DOCUMENT;
        }
        return Kind.OTHER;
    }

    /** A generic kind of file, with its name in the message bundles ({@code media.kind.*}). */
    enum Kind {
        ARCHIVE, WEB_PAGE, PROGRAM, IMAGE, AUDIO, VIDEO, TEXT, DOCUMENT, OTHER;

        String messageKey() {
            return "media.kind." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** For a message argument: resolved in the reader's language when the message is shown. */
        MessageSourceResolvable label() {
            return new DefaultMessageSourceResolvable(messageKey());
        }
    }
}
