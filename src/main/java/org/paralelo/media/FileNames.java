package org.paralelo.media;

import java.text.Normalizer;
import org.jspecify.annotations.Nullable;

/**
 * Cleans the name an uploader's browser sent. The result is only ever shown and offered as a download name,
 * never used as a path, but it should still read well and be harmless on every operating system.
 */
final class FileNames {

    static final int MAX_LENGTH = 255;
    static final String FALLBACK = "archivo";

    private FileNames() {
    }

    /**
     * Keeps the last path element, drops control and invisible formatting characters (such as the right-to-left
     * override that makes "gpj.exe" look like "exe.jpg"), replaces characters Windows forbids, trims dots and
     * spaces at the ends and limits the length to 255 characters, keeping the extension.
     */
    static String sanitise(@Nullable String name) {
        if (name == null) {
            return FALLBACK;
        }
        String clean = Normalizer.normalize(name, Normalizer.Form.NFC);
        int slash = Math.max(clean.lastIndexOf('/'), clean.lastIndexOf('\\'));
        clean = clean.substring(slash + 1);
        StringBuilder kept = new StringBuilder(clean.length());
        clean.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                kept.append(' ');
            } else if (!invisible(c)) {
                kept.appendCodePoint("<>:\"|?*".indexOf(c) >= 0 ? '_' : c);
            }
        });
        clean = kept.toString().replaceAll(" {2,}", " ");
        clean = stripEnds(clean);
        if (clean.isEmpty()) {
            return FALLBACK;
        }
        return limit(clean, MAX_LENGTH);
    }

    /**
     * Makes the name end with an extension of the type the bytes really are, so a saved download opens in the
     * right program: "foto.pdf" holding a PNG becomes "foto.pdf.png". Names already right stay as they are.
     */
    static String withExtensionFor(String name, String mediaType) {
        if (MediaTypes.claimedBy(name).filter(mediaType::equals).isPresent()) {
            return name;
        }
        String extension = "." + MediaTypes.extensionOf(mediaType);
        return limit(name, MAX_LENGTH - extension.length()) + extension;
    }

    private static boolean invisible(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    private static String stripEnds(String name) {
        int start = 0;
        int end = name.length();
        while (start < end && (name.charAt(start) == '.' || name.charAt(start) == ' ')) {
            start++;
        }
        while (end > start && (name.charAt(end - 1) == '.' || name.charAt(end - 1) == ' ')) {
            end--;
        }
        return name.substring(start, end);
    }

    /** Shortens to at most {@code max} UTF-16 units without splitting a character, keeping a short extension. */
    private static String limit(String name, int max) {
        if (name.length() <= max) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
        String stem = extension.isEmpty() ? name : name.substring(0, dot);
        int keep = max - extension.length();
        if (Character.isHighSurrogate(stem.charAt(keep - 1))) {
            keep--;
        }
        return stripEnds(stem.substring(0, keep)) + extension;
    }
}
